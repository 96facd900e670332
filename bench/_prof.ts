import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { Engine } from '../electron/engine/engine';
import { openStore } from '../electron/store/db';
import { generateSession, liveActions, REALISTIC } from './generate';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-bench-'));
const db = openStore(path.join(dir, 'x.sqlite'));
const engine = new Engine(db);
const s = generateSession(engine, REALISTIC);
engine.subscribe((u) => JSON.stringify({ kind: 'state', update: u }));
const acts = liveActions(s);
for (const [k, a] of acts.entries()) {
  for (let i = 0; i < 300; i++) engine.dispatch(a(i), { actor: 'b', lang: 'en' });
  const t = performance.now();
  for (let i = 0; i < 2000; i++) { const r = engine.dispatch(a(i), { actor: 'b', lang: 'en' }); if (!r.ok) throw new Error(r.error.message); }
  console.log(a(0).type, ((performance.now() - t) / 2000 * 1000).toFixed(1), 'us');
}
// noop-ish: tx + journal only
const t = performance.now();
for (let i = 0; i < 2000; i++) db.transaction(() => db.prepare('INSERT INTO journal (at, actor, type, payload) VALUES (?, ?, ?, ?)').run(1, 'b', 'x', '{}'))();
console.log('journal tx only', ((performance.now() - t) / 2000 * 1000).toFixed(1), 'us');
fs.rmSync(dir, { recursive: true });
