import { z } from 'zod';
import path from 'node:path';
import type { Db } from '../store/db';
import { appendJournal, changedSince, lastRevision } from '../store/journal';
import { monotonicWallClock, type Clock } from './clock';
import { commands, type CommandPayload, type CommandResult, type CommandType } from './commands';
import type { CommandDef, JournalAbout } from './define';
import { EngineError, localized } from './errors';
import { roleNames, topicNames } from '../features/operators/strings';
import { mayRun, serverOnly, type Role } from '../../common/roles';
import { commandForbidden } from './roles';
import { topicKind, topicOf } from './topics';
import { editedFields, recordFieldChanges, refuseCrossedEdits } from './edits';
import { isConsoleId } from '../../common/consoleId';
import type { CommandMeta, Reply } from './protocol';
import { SLICE_NAMES, sliceBuilders, type SliceName, type State, type StateUpdate } from './state';
import { cleanInput, validationError } from './validation';
import { clearChanges, installCapture, readChanges, type Touched, type TableShape } from '../store/changes';
import { clearUndoLabel, recordUndoStep } from './undo';
import { dirtySlices, patchSlice } from './publish';
import { withSettingsCache } from '../store/settings';
import { packRows, type PatchOp } from '../../common/patch';
import { keepReply, keptReply, senderOf } from '../store/replies';

export type Subscriber = (update: StateUpdate) => void;

/**
 * A command's name is short (the longest is under 40 characters): a longer one is not a command,
 * and is refused as malformed rather than echoed back whole in "Unknown command: …".
 */
const MAX_TYPE_LENGTH = 64;
const envelope = z.looseObject({ type: z.string().min(1).max(MAX_TYPE_LENGTH) });
/**
 * `seen`: the state revision the sender's view was built on (see topics.ts); not part of the
 * payload. Checked by its name, so a bad one is refused as "Revision seen must be …", not as a
 * sentence naming no field.
 */
const seenField = z.object({ seen: z.int().min(0).optional() });

/**
 * The command bus. Every change is a command: validated, run in one transaction that
 * also appends to the journal, then published to every subscriber. A rejected command
 * changes nothing, the journal included.
 */
export class Engine {
  private readonly subscribers = new Set<Subscriber>();
  private state: State;
  /** One transaction wrapper for every command: `db.transaction` builds a new one per call. */
  private readonly inTransaction: (fn: () => void) => void;
  /** Tables the change capture covers; re-read when a migration changes the schema. */
  private shapes: Map<string, TableShape>;
  /** How long the last publication took to bring the slices up to date, ms (read by `npm run bench`). */
  lastPublishMs = 0;
  private schemaVersion = -1;
  /** Asked before every command; its own statement, so no other caller changes its pluck mode. */
  private readonly schemaVersionQuery: { get(): unknown };
  /** Set while `quietly` runs: commands commit but nothing is published until it ends. */
  private quiet = false;

  constructor(
    readonly db: Db,
    readonly clock: Clock = monotonicWallClock(),
  ) {
    this.inTransaction = db.transaction((fn: () => void) => fn());
    this.schemaVersionQuery = db.prepare('PRAGMA main.schema_version /* engine: capture check */').pluck();
    this.shapes = this.refreshCapture();
    this.state = this.build(SLICE_NAMES, lastRevision(db));
  }

  /** Runs one command as it arrived from a client: unknown shape, any language. */
  dispatch(raw: unknown, meta: CommandMeta): Reply {
    try {
      // Sent again after a lost connection (or a restart of this computer): answered with what it
      // got the first time, never run twice. A refusal is not kept: asked again, it is decided again.
      const kept = meta.cid ? keptReply(this.db, senderOf(meta), meta.cid) : undefined;
      if (kept) return kept;
      const head = envelope.safeParse(cleanInput(raw));
      if (!head.success) throw new EngineError('malformed-command');
      const { type, seen, ...payload } = head.data;
      const def = (commands as Record<string, CommandDef>)[type];
      if (!def || !Object.hasOwn(commands, type)) throw new EngineError('unknown-command', { type });
      // In-process callers (the desktop app's own console, tests, seeding) are the chair;
      // the network server always names the role of the socket (server.ts). A command only the
      // server runs needs the server's own call, whatever the role: no console sends it.
      const role: Role = meta.role ?? 'chair';
      if (serverOnly(type) ? meta.server !== true : !mayRun(role, type, payload)) {
        throw commandForbidden(type, role);
      }
      const seenParsed = seenField.safeParse({ seen });
      if (!seenParsed.success) throw validationError(seenParsed.error);
      const parsed = def.schema.safeParse(payload);
      if (!parsed.success) throw validationError(parsed.error, def.fields);
      return withSettingsCache(this.db, () => this.commit(type, def, parsed.data, { ...meta, role }, seenParsed.data.seen));
    } catch (err) {
      if (err instanceof EngineError) return { ok: false, error: err.toReply(meta.lang) };
      // The disk is full (SQLite rolled the command back): said as such, so the chair knows what
      // to put right, where "something went wrong" on every key left the hall guessing.
      if ((err as { code?: unknown }).code === 'SQLITE_FULL') {
        console.warn(`gavel: a command was refused, the disk is full: ${err instanceof Error ? err.message : String(err)}`);
        return { ok: false, error: new EngineError('disk-full', { dir: path.dirname(path.resolve(this.db.name)) }).toReply(meta.lang) };
      }
      console.error('gavel: command failed unexpectedly', err);
      const internal = new EngineError('internal');
      return { ok: false, error: internal.toReply(meta.lang) };
    }
  }

  /**
   * Typed entry for code inside the process (tests, seeding, benchmarks): the payload is what
   * command K's schema accepts, the value what its handler returns. The same path as `dispatch`,
   * validation included: the types help callers, they do not replace the schema.
   */
  run<K extends CommandType>(type: K, payload: CommandPayload<K>, meta: CommandMeta = { actor: 'system', lang: 'en' }): Reply<CommandResult<K>> {
    return this.dispatch({ ...payload, type }, meta) as Reply<CommandResult<K>>;
  }

  /**
   * Runs `fn`, whose commands go through `run`/`dispatch` as always (validated, committed and
   * journaled one by one), without bringing the state up to date after each; then builds every
   * slice once and publishes the whole state. For bulk seeding (the bench's stress session):
   * republishing after each of thousands of commands would take minutes.
   */
  quietly<T>(fn: () => T): T {
    const outer = !this.quiet;
    this.quiet = true;
    try {
      return fn();
    } finally {
      // A nested call leaves the publishing to the outermost one.
      if (outer) {
        this.quiet = false;
        this.state = this.build(SLICE_NAMES, lastRevision(this.db));
        this.notify(this.snapshot());
      }
    }
  }

  private commit(type: string, def: CommandDef, payload: unknown, meta: CommandMeta & { role: Role }, seen: number | undefined): Reply {
    const now = this.clock();
    const { actor, role } = meta;
    // Checked where it came in (the server's upgrade); an in-process caller's odd one is no console.
    const consoleId = isConsoleId(meta.consoleId) ? meta.consoleId : null;
    let value: unknown;
    let revision = 0;
    let published = null as { state: State; update: StateUpdate } | null;
    clearUndoLabel(this.db);
    // Outside the command's transaction: a refused command rolls back, and would take the capture with it.
    this.refreshCapture();
    this.inTransaction(() => {
      clearChanges(this.db);
      const topic = topicOf(type, this.db, payload);
      if (topic !== null && seen !== undefined) refuseIfChanged(this.db, topic, seen, { actor, deviceId: meta.deviceId ?? null, consoleId });
      const about: JournalAbout = {};
      value = def.run({ db: this.db, now, actor, role, about: (fields) => void Object.assign(about, fields) }, payload);
      const touched = readChanges(this.db);
      const sender = { actor, deviceId: meta.deviceId ?? null, consoleId };
      // A form's edit of a field someone else changed since the form was read is refused (edits.ts).
      const edited = editedFields(this.db, touched);
      if (seen !== undefined) refuseCrossedEdits(this.db, edited, seen, sender);
      const journaled = Object.keys(about).length > 0 ? { ...(payload as object), about } : payload;
      revision = appendJournal(this.db, { at: now, actor, type, payload: journaled, deviceId: meta.deviceId ?? null, role, topic, consoleId });
      recordFieldChanges(this.db, edited, revision, sender);
      if (meta.cid) keepReply(this.db, { sender: senderOf(meta), cid: meta.cid, revision, value, at: now });
      if (def.undo) recordUndoStep(this.db, this.shapes, touched, { scope: def.undo, type, actor, at: now });
      // The patch is read inside the command's transaction (its locks are already held) and
      // kept until the commit succeeds: a patch that cannot be built refuses the command
      // instead of leaving the screens behind a committed change.
      if (!this.quiet) published = this.patch(dirtySlices(type, def, touched), touched, revision);
    });
    if (published) {
      this.state = published.state;
      this.notify(published.update);
    }
    return { ok: true, revision, value: value ?? null };
  }

  /** (Re)installs the change capture when the schema changed (a migration, a new table). */
  private refreshCapture(): Map<string, TableShape> {
    const version = this.schemaVersionQuery.get() as number;
    if (version !== this.schemaVersion) {
      this.shapes = installCapture(this.db);
      this.schemaVersion = this.schemaVersionQuery.get() as number;
    }
    return this.shapes;
  }

  private build(names: readonly SliceName[], revision: number): State {
    const next = { ...this.state, revision } as State;
    for (const name of names) (next as unknown as Record<string, unknown>)[name] = sliceBuilders[name](this.db);
    return next;
  }

  /** Brings each dirty slice up to date (by row patches where it can); the update holds only what changed. */
  private patch(names: readonly SliceName[], touched: Touched, revision: number): { state: State; update: StateUpdate } {
    const t0 = performance.now();
    const next = { ...this.state, revision } as Record<string, unknown>;
    const patches: Partial<Record<SliceName, PatchOp[]>> = {};
    for (const name of names) {
      const { value, ops } = patchSlice(this.db, name, this.state[name], touched);
      next[name] = value;
      if (ops.length > 0) patches[name] = ops.map(packRows);
    }
    this.lastPublishMs = performance.now() - t0;
    return { state: next as State, update: { revision, serverTime: this.clock(), slices: {}, patches } };
  }

  private notify(update: StateUpdate): void {
    for (const fn of this.subscribers) {
      // The command is committed: a failing screen must not turn it into a refusal.
      try {
        fn(update);
      } catch (err) {
        console.error('gavel: a state subscriber failed', err);
      }
    }
  }

  /** The whole current state, as sent to a screen when it connects. */
  snapshot(): StateUpdate {
    const { revision, ...slices } = this.state;
    return { revision, serverTime: this.clock(), slices, full: true };
  }

  get current(): State {
    return this.state;
  }

  /** Calls `fn` with every update from now on; returns the unsubscribe function. */
  subscribe(fn: Subscriber): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }
}

/** Refuses a command made on a view older than the last change to the thing it acts on. */
function refuseIfChanged(db: Db, topic: string, seen: number, by: { actor: string; deviceId: number | null; consoleId: string | null }): void {
  const change = changedSince(db, topic, seen, by);
  if (!change) return;
  // A paired device is named by its name; anything else came from the chair's own console.
  const who = (l: 'vi' | 'en') => (change.deviceId !== null ? change.actor : roleNames[l].chair);
  throw localized('stale', (l) => ({ what: topicNames[l][topicKind(topic)], actor: who(l) }));
}
