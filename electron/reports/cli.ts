/**
 * `npm run export -- <what> --data-dir DIR [--session N] [--term T] [--lang vi|en] --out FILE`
 *
 * Writes one document of a session from a Gavel database without starting the console.
 * Each document is one entry of EXPORTERS: another report (the minutes) joins by adding its
 * entry. The database is opened as the console opens it (migrated if older); it is never
 * created: a folder without a Gavel database is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeStore, openStore, StoreOpenError, type Db } from '../store/db';
import { findSessionByNumber, getCurrentSessionId, listSessions } from '../store/sessions';
import { getCouncil } from '../store/council';
import { LANGS, type Lang } from '../engine/messages';
import { exportReview, type ExportFile } from './review/export';

export const DATABASE_FILE = 'gavel.sqlite';

export interface ExportContext {
  sessionId: number;
  lang: Lang;
  now: number;
}

/** What each `<what>` writes. */
export const EXPORTERS: Record<string, (db: Db, ctx: ExportContext) => Promise<ExportFile | null>> = {
  'review-xlsx': (db, ctx) => exportReview(db, 'review-xlsx', ctx),
  attendance: (db, ctx) => exportReview(db, 'attendance', ctx),
  speaking: (db, ctx) => exportReview(db, 'speaking', ctx),
};

export interface ExportArgs {
  what: string;
  dataDir: string;
  /** The session's number ("Kỳ họp thứ N"); null: the console's current session. */
  session: number | null;
  /** The term the number is in; null: the council's term, else the latest with that number. */
  term: number | null;
  lang: Lang;
  out: string;
}

const FLAGS = ['--data-dir', '--out', '--session', '--term', '--lang'];
const usage = () => `Usage: npm run export -- ${Object.keys(EXPORTERS).join('|')} --data-dir DIR [--session N] [--term T] [--lang vi|en] --out FILE`;

/** Parses argv without touching the process, so every case is unit-tested. */
export function parseExportArgs(argv: readonly string[]): { ok: true; args: ExportArgs } | { ok: false; message: string } {
  const args: Partial<ExportArgs> & { lang: Lang } = { lang: 'vi', session: null, term: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      if (args.what !== undefined) return { ok: false, message: `Only one document at a time ("${args.what}" and "${arg}"). ${usage()}` };
      args.what = arg;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!FLAGS.includes(flag)) return { ok: false, message: `Unknown option "${flag}". ${usage()}` };
    const v = inline ?? argv[++i];
    if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) return { ok: false, message: `${flag} needs a value. ${usage()}` };
    switch (flag) {
      case '--data-dir':
        args.dataDir = v;
        break;
      case '--out':
        args.out = v;
        break;
      case '--session':
      case '--term': {
        if (!/^\d+$/.test(v) || Number(v) < 1) return { ok: false, message: `${flag} must be a whole number from 1, not "${v}"` };
        if (flag === '--session') args.session = Number(v);
        else args.term = Number(v);
        break;
      }
      case '--lang':
        if (!LANGS.includes(v as Lang)) return { ok: false, message: `--lang must be vi or en, not "${v}"` };
        args.lang = v as Lang;
        break;
    }
  }
  if (args.what === undefined) return { ok: false, message: `Say what to export. ${usage()}` };
  if (!Object.hasOwn(EXPORTERS, args.what)) return { ok: false, message: `Cannot export "${args.what}". ${usage()}` };
  if (args.dataDir === undefined) return { ok: false, message: `--data-dir is required. ${usage()}` };
  if (args.out === undefined) return { ok: false, message: `--out is required. ${usage()}` };
  return { ok: true, args: args as ExportArgs };
}

/** The session meant by --session/--term, or a sentence saying why there is none. */
export function resolveSession(db: Db, a: Pick<ExportArgs, 'session' | 'term'>): { id: number } | { error: string } {
  if (a.session === null) {
    const id = getCurrentSessionId(db);
    return id === null ? { error: 'The database has no current session; name one with --session N.' } : { id };
  }
  const term = a.term ?? getCouncil(db)?.term ?? null;
  const found =
    (term !== null ? findSessionByNumber(db, term, a.session) : undefined) ??
    (a.term === null ? listSessions(db).filter((s) => s.number === a.session).at(-1) : undefined);
  return found ? { id: found.id } : { error: `No session ${a.session}${a.term === null ? '' : ` of term ${a.term}`} in this database.` };
}

/** Runs one export; returns the process exit code and prints what happened. */
export async function runExport(argv: readonly string[], now = Date.now()): Promise<number> {
  const parsed = parseExportArgs(argv);
  if (!parsed.ok) {
    console.error(`gavel export: ${parsed.message}`);
    return 2;
  }
  const a = parsed.args;
  const file = path.resolve(a.dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) {
    console.error(`gavel export: no Gavel database at ${file}`);
    return 3;
  }
  let db: Db;
  try {
    db = openStore(file);
  } catch (e) {
    console.error(`gavel export: cannot open ${file}: ${e instanceof StoreOpenError ? e.message : String(e)}`);
    return 3;
  }
  try {
    const session = resolveSession(db, a);
    if ('error' in session) {
      console.error(`gavel export: ${session.error}`);
      return 4;
    }
    const out = await EXPORTERS[a.what](db, { sessionId: session.id, lang: a.lang, now });
    if (!out) {
      console.error(`gavel export: session ${session.id} not found`);
      return 4;
    }
    fs.mkdirSync(path.dirname(path.resolve(a.out)), { recursive: true });
    fs.writeFileSync(a.out, out.body);
    console.log(`Wrote ${a.out} (${out.body.length} bytes)`);
    return 0;
  } finally {
    closeStore(db);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runExport(process.argv.slice(2)).then((code) => process.exit(code));
}
