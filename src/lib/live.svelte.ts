/**
 * The published state as this screen holds it. Views read it and never patch it; every
 * change goes to the engine as a command and comes back as a new state.
 */
import type { CommandPayload, CommandResult, CommandType } from '../../electron/engine/commands';
import type { AdminRequest, CopyReply, Reply, ReplyError, ReportWireReply, SharingRequest, SharingStatus } from '../../electron/engine/protocol';
import type { BackupFailure } from '../../electron/features/backups/store';
import type { ReportRequest } from '../../electron/documents/index';
import type { Role } from '../../common/roles';
import type { ClosedBy } from '../../common/closeCodes';
import type { State, StateUpdate } from '../../electron/engine/state';
import { i18n, t, type MessageKey } from './i18n.svelte';
import type { Lang } from '../../common/strings';
import { words, type Sentence } from './said.svelte';
import { toast } from './toast.svelte';
import { connect, downloadReport, TransportError, type Transport } from './transport';
import { applyPatch } from '../../common/patch';

export type { State };

declare global {
  interface Window {
    /** Browser mode: a copy of the state this screen holds (see Live.start). */
    __gavelState?: () => State | null;
  }
}

type Unreachable = 'error.offline' | 'error.timeout' | 'error.lost';

/**
 * What a view's line says of a command the connection kept from the engine once the connection is
 * back: not sent, do it again; its answer lost, check the screen first. Said while down, "try again
 * then" stayed in red under the green "Back online" until the next action.
 */
const ONCE_BACK: Partial<Record<Unreachable, MessageKey>> = { 'error.offline': 'error.offlineBack', 'error.lost': 'error.lostBack' };
/** Those lines, each in every language (a `$state`, so every view showing it re-words it), until the connection is back. */
const untilBack = new Map<Record<Lang, string>, MessageKey>();

/** A command that never reached the engine (no connection, no answer in time), as a refusal in every language. */
function unreachable(key: Unreachable): ReplyError {
  const back = ONCE_BACK[key];
  if (!back) return { code: 'internal', message: t(key), text: words(key) };
  const text = $state({ ...words(key) });
  untilBack.set(text, back);
  return { code: 'internal', message: t(key), text };
}

/** The connection is back: each line about a command it kept from the engine says what to do now. */
function sayBack(): void {
  for (const [text, key] of untilBack) Object.assign(text, words(key));
  untilBack.clear();
}

/** How often a screen re-measures its offset from the engine's clock. */
export const CLOCK_REMEASURE_MS = 30_000;
/** A round trip short enough that half of it is under one frame (16.7 ms). */
const GOOD_ROUND_TRIP_MS = 16;

class Live {
  state = $state<State | null>(null);
  connected = $state(false);
  /** Engine clock minus this screen's clock, in ms: add it to Date.now() to read the engine's time. */
  offset = $state(0);
  /** Round trip of the sample the offset came from, ms: the offset is right to within half of it. */
  clockRoundTrip = $state(Infinity);
  /** This console's role, as the server says (the engine enforces it; the UI only words it). */
  role = $state<Role>('chair');
  /** A paired console's device name; null on the chair's own console. */
  device = $state<string | null>(null);
  /** The server has said who this console is (`role` before that is a default, not an answer). */
  identified = $state(false);
  /** A paired console's display token (for the overlay's address); null on the chair's console. */
  displayToken = $state<string | null>(null);
  /** The chair revoked this device: it will not reconnect; it must be paired again. */
  revoked = $state(false);
  /** Revoked by the chair while connected (not refused on reconnecting): a hall screen says the chair disconnected it. */
  revokedByChair = $state(false);
  /**
   * Why the connection is down, when the server said (the chair stopped LAN sharing, Gavel quit on
   * the chair's computer): kept through the reconnection attempts, cleared once connected again.
   */
  closedBy = $state<Exclude<ClosedBy, 'restored'> | null>(null);
  /**
   * A backup was restored on the chair's computer while this console was connected: it now shows
   * the backup's records, without what was entered after it. Kept until the user has read it.
   */
  restored = $state(false);
  /**
   * This console asked for a restore, and is not connected again since: its own toast says what
   * happened (and how to undo it), so neither the notice meant for the other consoles nor "Back
   * online" after the reconnection the restore causes is shown on top of it. Cleared by a refusal
   * or the next connection (the restore's close always comes before it).
   */
  restoring = $state(false);
  /**
   * The last automatic (or any) backup that could not be written, while none has been since: the
   * chair's console shows a warning on every view until one is (the server pushes each change).
   */
  backupFailed = $state<BackupFailure | null>(null);
  private transport: Transport | null = null;

  start(transport: Transport = connect()): void {
    this.transport = transport;
    // Browser mode only (`npm run serve`; the desktop app has the preload's bridge instead):
    // a read-only copy of the state this screen holds, so the E2E tests can check that every
    // screen agrees with the engine (tests/e2e/agree.test.ts). It exposes nothing the page
    // does not already show, and a copy cannot be used to change what the screen holds.
    if (typeof window !== 'undefined' && !window.gavel) window.__gavelState = () => $state.snapshot(this.state);
    transport.onState((update) => this.apply(update));
    transport.onRevoked?.((byChair) => {
      this.revoked = true;
      this.revokedByChair = byChair;
    });
    // A restore closes the socket only for it to reconnect at once: not a reason the connection is down.
    transport.onBackups?.((failed) => (this.backupFailed = failed));
    transport.onClosedBy?.((why) => {
      if (why !== 'restored') this.closedBy = why;
      else if (!this.restoring) this.restored = true;
    });
    // A command the page before a reload sent and never heard back about, sent again once: said so.
    transport.onResent?.((reply) => {
      const reason = reply.ok ? null : (reply.error.text ?? reply.error.message);
      toast.show(reason === null ? words('error.resent') : words('error.resentRefused', (l) => ({ reason: typeof reason === 'string' ? reason : reason[l] })));
    });
    // A transport without a hello (the desktop app's own console) is the chair's from the start.
    this.identified = !transport.onHello;
    transport.onHello?.((hello) => {
      this.identified = true;
      this.role = hello.role;
      this.device = hello.device;
      this.displayToken = hello.displayToken ?? null;
    });
    transport.onConnection((connected) => {
      this.connected = connected;
      if (connected) this.closedBy = null;
      if (connected) sayBack();
      if (connected) this.restoring = false;
      // On every (re)connection: the server sends the full snapshot, and the clock is measured anew.
      if (connected) void this.measureClock();
    });
    // Clocks drift and sleep; measuring every so often keeps every screen within a frame.
    setInterval(() => {
      if (this.connected) void this.measureClock();
    }, CLOCK_REMEASURE_MS);
  }

  /** LAN sharing and pairing: the chair's console, where the transport has it. */
  get canShare(): boolean {
    return this.transport?.sharing != null && this.role === 'chair';
  }

  async sharing(request?: boolean | SharingRequest): Promise<SharingStatus> {
    if (!this.transport?.sharing) throw new Error(t('error.offline'));
    return this.transport.sharing(typeof request === 'boolean' ? { enable: request } : request, i18n.lang);
  }

  /** A document of the record as blocks (Minutes view preview); never writes. */
  async reportPreview(request: ReportRequest): Promise<ReportWireReply> {
    if (!this.transport?.reportPreview) return { ok: false, error: unreachable('error.offline') };
    try {
      return await this.transport.reportPreview(request, i18n.lang);
    } catch {
      return { ok: false, error: unreachable('error.offline') };
    }
  }

  /** Downloads a document (GET /report/<doc>, the same path in both modes). */
  async saveReport(request: ReportRequest): Promise<{ ok: true; name: string } | { ok: false; message: Sentence } | null> {
    try {
      return await downloadReport(request, i18n.lang);
    } catch (e) {
      // In every language, as any request that got no answer (failure's text).
      const error = failure(e);
      return { ok: false, message: error.text ?? error.message };
    }
  }

  /** Saves a copy of a listed backup elsewhere (a download, or the desktop's save dialog); `saved` null when cancelled. */
  async saveBackupCopy(name: string): Promise<CopyReply> {
    if (!this.transport?.saveBackupCopy) return { ok: false, error: unreachable('error.offline') };
    try {
      return await this.transport.saveBackupCopy(name, i18n.lang);
    } catch (e) {
      return { ok: false, error: failure(e) };
    }
  }

  private apply(update: StateUpdate): void {
    // A snapshot (on connect) carries whole slices; an update after a command carries patches,
    // applied with the engine's own applyPatch so this copy and the engine's cannot drift.
    if (update.full) {
      // The whole state, on (re)connect: it replaces what this screen held, whatever its revision.
      this.state = { ...update.slices, revision: update.revision } as State;
      return;
    }
    // Patches need the state they were made for: none before the snapshot, none twice.
    if (!this.state || update.revision <= this.state.revision) return;
    const next = { ...this.state, ...update.slices, revision: update.revision } as Record<string, unknown>;
    for (const [name, ops] of Object.entries(update.patches ?? {})) next[name] = applyPatch(next[name], ops);
    this.state = next as State;
  }

  /**
   * Measures the offset from the engine's clock over a few round trips, keeping the
   * tightest: its error is at most half its round trip. On a busy machine or Wi-Fi it keeps
   * sampling (up to `maxSamples`) until a round trip is short enough for one-frame accuracy.
   */
  async measureClock(samples = 5, maxSamples = 15): Promise<void> {
    if (!this.transport) return;
    let best = Infinity;
    let offset = this.offset;
    for (let i = 0; i < maxSamples && (i < samples || best > GOOD_ROUND_TRIP_MS); i++) {
      try {
        const { serverTime, roundTrip } = await this.transport.clock();
        if (roundTrip < best) {
          best = roundTrip;
          offset = serverTime + roundTrip / 2 - Date.now();
        }
      } catch {
        break;
      }
    }
    // Set once, from the best sample: a slow first sample must not make timers jump meanwhile.
    if (best < Infinity) {
      this.offset = offset;
      this.clockRoundTrip = best;
    }
  }

  /** The engine's current time as this screen reckons it, epoch ms. */
  now(): number {
    return Date.now() + this.offset;
  }

  /** A maintenance request (backups, Activity); failures come back as a readable reply. */
  async admin<V>(request: AdminRequest): Promise<Reply<V>> {
    if (!this.transport) return { ok: false, error: unreachable('error.offline') };
    if (request.op === 'backups.restore') this.restoring = true;
    let reply: Reply<V>;
    try {
      reply = (await this.transport.admin(request, i18n.lang)) as Reply<V>;
    } catch (e) {
      reply = { ok: false, error: failure(e) };
    }
    if (!reply.ok) this.restoring = false;
    return reply;
  }

  /**
   * Sends a typed command; refusals and transport failures come back as a readable reply.
   * `seen`: the revision the sender's view was built on, for commands that depend on what
   * was on screen (a count typed against a tally, a queue move): the engine refuses it if
   * that thing changed since (electron/engine/topics.ts).
   */
  async send<K extends CommandType>(type: K, payload: CommandPayload<K>, opts: { seen?: number } = {}): Promise<Reply<CommandResult<K>>> {
    if (!this.transport) return { ok: false, error: unreachable('error.offline') };
    // A toast says what was just done: the next thing done makes it stale, whether or not it says
    // something of its own ("23 items added to the agenda" stayed on while the next item went in).
    toast.clear();
    try {
      return (await this.transport.send(wireCommand(type, payload, opts.seen), i18n.lang)) as Reply<CommandResult<K>>;
    } catch (e) {
      return { ok: false, error: failure(e) };
    }
  }
}

/** A command as the engine takes it: the payload, its `type` and, when given, `seen` beside them (docs/protocol.md). */
export function wireCommand(type: string, payload: object, seen?: number): Record<string, unknown> {
  return seen === undefined ? { ...payload, type } : { ...payload, type, seen };
}

/** Why a request got no answer, in the console's language. */
/** A request that got no reply, as a refusal: offline, no answer in time, or lost with the connection (whether it ran is not known). */
function failure(e: unknown): ReplyError {
  const reason = e instanceof TransportError ? e.reason : 'offline';
  return unreachable(reason === 'timeout' ? 'error.timeout' : reason === 'lost' ? 'error.lost' : 'error.offline');
}

export const live = new Live();
