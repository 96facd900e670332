// Bench only: injected by bench/screens.ts into the console and hall pages before their own
// scripts run. Plain JavaScript on purpose: the page runs it as written, untranspiled.
// Stamps are performance.timeOrigin + performance.now(): sub-millisecond, comparable between
// the two pages; any constant skew between them cancels in "action minus echo".
(() => {
  const stamp = () => performance.timeOrigin + performance.now();
  const Native = window.WebSocket;
  const sockets = [];
  // Keeps a handle on the console's own WebSocket so a command goes out exactly as the UI sends it.
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      sockets.push(this);
    }
  };
  let echo = null;
  let waiting = null;
  let nextId = 1e9;

  const arm = (key, check) => {
    if (waiting) waiting.cancel();
    let cancel = () => {};
    const promise = new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`the page never showed ${key}`)), 10_000);
      const finish = (result) => {
        clearTimeout(timer);
        observer?.disconnect();
        waiting = null;
        result instanceof Error ? reject(result) : resolve(result);
      };
      cancel = () => finish(new Error('cancelled'));
      const observer = check
        ? new MutationObserver(() => {
            if (check()) finish(stamp());
          })
        : null;
      observer?.observe(document.body, { subtree: true, childList: true, characterData: true });
      waiting = { key, finish, cancel: () => cancel() };
    });
    promise.catch(() => {});
    return promise;
  };

  const replies = new Map();
  const consoleSocket = () => {
    const ws = sockets.find((s) => s.readyState === Native.OPEN && new URL(s.url).pathname === '/ws');
    if (!ws) throw new Error('the console has no open WebSocket');
    if (!ws.__benchReplies) {
      ws.__benchReplies = true;
      ws.addEventListener('message', (event) => {
        const msg = JSON.parse(String(event.data));
        if (msg.kind !== 'reply' || !replies.has(msg.id)) return;
        replies.get(msg.id)(msg.reply);
        replies.delete(msg.id);
      });
    }
    return ws;
  };

  window.__bench = {
    /** Console: sends a command on the page's own /ws socket; returns the send time. */
    sendCommand(command) {
      const ws = consoleSocket();
      const t = stamp();
      ws.send(JSON.stringify({ kind: 'command', id: nextId++, command, lang: 'en' }));
      return t;
    },
    /** Console: a setup command (not timed); resolves with its value once the engine replied. */
    command(command) {
      const ws = consoleSocket();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        replies.set(id, (reply) => (reply.ok ? resolve(reply.value ?? null) : reject(new Error(`${command.type}: ${reply.error.message}`))));
        ws.send(JSON.stringify({ kind: 'command', id, command, lang: 'en' }));
      });
    },
    /** Hall: waits (in the background) until the hall shows the effect of a chair action. */
    armHall(what, expected) {
      const text = (sel) => document.querySelector(sel)?.textContent?.trim();
      const checks = {
        speaker: () => text('[data-testid=hall-speaker]') === expected,
        timerRunning: () => text('[data-testid=hall-speaker]') === expected && document.querySelector('[data-testid=speaker-panel] .timer.running') !== null,
        voteOpen: () => text('[data-hall-vote=open] .title') === expected,
      };
      window.__bench.result = arm(`${what} ${expected}`, checks[what]);
    },
    /** Both pages: joins the bench's echo relay. */
    openEcho(url) {
      return new Promise((resolve, reject) => {
        const ws = new Native(url);
        ws.onopen = () => {
          echo = ws;
          resolve(true);
        };
        ws.onerror = () => reject(new Error(`cannot reach the echo relay at ${url}`));
        ws.onmessage = (event) => {
          const { seq } = JSON.parse(String(event.data));
          if (waiting?.key === `echo ${seq}`) waiting.finish(stamp());
        };
      });
    },
    sendEcho(seq) {
      const t = stamp();
      echo.send(JSON.stringify({ seq }));
      return t;
    },
    /** Hall: waits (in the background) until `selector` reads `expected`. */
    armText(selector, expected) {
      window.__bench.result = arm(`"${expected}"`, () => document.querySelector(selector)?.textContent?.trim() === expected);
    },
    armEcho(seq) {
      window.__bench.result = arm(`echo ${seq}`, null);
    },
    result: null,
  };
})();
