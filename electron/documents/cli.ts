/**
 * `npm run export -- minutes|ballots|notice|personnel|ballot-papers|review|review-xlsx|attendance|speaking --data-dir DIR [--session N] [--sitting YYYY-MM-DD-morning]
 * [--lang vi|en] --out FILE [--force]`: the session's documents for offices that script their
 * archives. Opens browser mode's database read-only (generating never writes, and a running
 * console is not disturbed), writes the file atomically, and exits non-zero with one sentence
 * when it cannot.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION } from '../store/migrations/index';
import { APPLICATION_ID, type Db } from '../store/db';
import { writeFileDurably } from '../store/durable-file';
import { getCurrentSessionId, listSessions } from '../features/council/sessions';
import { listSittings } from '../features/timing/store';
import { REPORT_KINDS, reportFile, type ReportKind } from './index';
import { exportReview, type ReviewExport } from '../features/review/export';
import { ballotPapersRefusal } from '../features/personnel/ballot-paper';

/** The post-session review's files (reports/review/): the report, the workbook and the two CSVs. */
export const REVIEW_DOCS = { review: 'review-docx', 'review-xlsx': 'review-xlsx', attendance: 'attendance', speaking: 'speaking' } as const satisfies Record<string, ReviewExport>;
export type ReviewDoc = keyof typeof REVIEW_DOCS;
const isReviewDoc = (doc: string): doc is ReviewDoc => Object.hasOwn(REVIEW_DOCS, doc);
const DOCS: readonly string[] = [...REPORT_KINDS, ...Object.keys(REVIEW_DOCS)];

/** The file browser mode keeps in its data dir (the same name as electron/server/cli.ts). */
export const DATABASE_FILE = 'gavel.sqlite';

export interface ExportOptions {
  doc: ReportKind | ReviewDoc;
  dataDir: string;
  /** The session's number (Kỳ họp thứ N); the current session when absent. */
  session: number | null;
  sitting: string | null;
  lang: 'vi' | 'en';
  out: string;
  force: boolean;
}

const USAGE = `Usage: npm run export -- ${DOCS.join('|')} --data-dir DIR [--session N] [--sitting YYYY-MM-DD-morning|afternoon] [--lang vi|en] --out FILE [--force]`;

export class ExportError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Parses argv without touching the process, so every case is unit-tested. */
export function parseExportArgs(argv: readonly string[]): ExportOptions {
  const o: Partial<ExportOptions> & { force: boolean; lang: 'vi' | 'en'; session: number | null; sitting: string | null } = {
    force: false,
    lang: 'vi',
    session: null,
    sitting: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ExportError(`${arg} needs a value. ${USAGE}`, 2);
      return v;
    };
    if (arg === '--data-dir') o.dataDir = value();
    else if (arg === '--out') o.out = value();
    else if (arg === '--force') o.force = true;
    else if (arg === '--session') {
      const raw = value();
      if (!/^[1-9]\d{0,3}$/.test(raw)) throw new ExportError(`--session must be the session's number (1, 2, 11…), not "${raw}".`, 2);
      o.session = Number(raw);
    } else if (arg === '--sitting') {
      const raw = value();
      if (!/^\d{4}-\d{2}-\d{2}-(morning|afternoon)$/.test(raw)) throw new ExportError(`--sitting must look like 2019-12-17-morning, not "${raw}".`, 2);
      o.sitting = raw;
    } else if (arg === '--lang') {
      const raw = value();
      if (raw !== 'vi' && raw !== 'en') throw new ExportError(`--lang must be vi or en, not "${raw}".`, 2);
      o.lang = raw;
    } else if (!arg.startsWith('--') && o.doc === undefined) {
      if (!DOCS.includes(arg)) throw new ExportError(`Unknown document "${arg}"; choose ${DOCS.join(', ')}. ${USAGE}`, 2);
      o.doc = arg as ReportKind | ReviewDoc;
    } else throw new ExportError(`Unknown option "${arg}". ${USAGE}`, 2);
  }
  if (!o.doc) throw new ExportError(`Say which document: ${DOCS.join(', ')}. ${USAGE}`, 2);
  if (!o.dataDir) throw new ExportError(`--data-dir is required (the folder given to npm run serve). ${USAGE}`, 2);
  if (!o.out) throw new ExportError(`--out is required (the file to write). ${USAGE}`, 2);
  if (o.sitting && o.doc !== 'minutes') throw new ExportError('--sitting is for the minutes only.', 2);
  return o as ExportOptions;
}

/** Opens the database read-only, refusing what is not a Gavel database of this version. */
export function openReadOnly(dataDir: string): Db {
  const file = path.resolve(dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) throw new ExportError(`No Gavel database at ${file}; give the folder used with npm run serve -- --data-dir.`, 3);
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw new ExportError(`${file} is not a Gavel database.`, 3);
    if (version !== LATEST_VERSION) {
      db.close();
      throw new ExportError(
        version > LATEST_VERSION
          ? `${file} was written by a newer Gavel (schema ${version}); update Gavel to export from it.`
          : `${file} is from an older Gavel (schema ${version}); open it once with npm run serve to upgrade it, then export.`,
        3,
      );
    }
  } catch (e) {
    if (e instanceof ExportError) throw e;
    throw new ExportError(`Cannot open ${file}: ${(e as Error).message}.`, 3);
  }
  return db;
}

/** Writes the document; returns the path written. */
export async function runExport(o: ExportOptions, now = Date.now()): Promise<string> {
  const out = path.resolve(o.out);
  if (fs.existsSync(out) && !o.force) throw new ExportError(`${out} already exists; add --force to replace it.`, 5);
  const db = openReadOnly(o.dataDir);
  try {
    const sessions = listSessions(db);
    const chosen = o.session === null ? sessions.find((s) => s.id === getCurrentSessionId(db)) : [...sessions].reverse().find((s) => s.number === o.session);
    if (!chosen) {
      const known = sessions.map((s) => s.number).join(', ') || 'none';
      throw new ExportError(o.session === null ? `No session is selected; give --session N (sessions: ${known}).` : `There is no session ${o.session} (sessions: ${known}).`, 4);
    }
    let sittingId: number | undefined;
    if (o.sitting) {
      const [date, part] = [o.sitting.slice(0, 10), o.sitting.slice(11)];
      const sitting = listSittings(db, chosen.id).find((s) => s.date === date && s.part === part);
      if (!sitting) throw new ExportError(`Session ${chosen.number} has no ${part} sitting on ${date}.`, 4);
      sittingId = sitting.id;
    }
    const noPapers = o.doc === 'ballot-papers' ? ballotPapersRefusal(db, chosen.id, undefined) : null;
    if (noPapers) throw new ExportError(noPapers.toReply('en').message, 4);
    const file = isReviewDoc(o.doc)
      ? await exportReview(db, REVIEW_DOCS[o.doc], { sessionId: chosen.id, lang: o.lang, now }).then((f) => f && { bytes: f.body })
      : await reportFile(db, { doc: o.doc, sessionId: chosen.id, lang: o.lang, sittingId }, now);
    if (!file) throw new ExportError('The council is not set up yet; there is nothing to export.', 4);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // Flushed to the disk before it replaces an older copy: a power cut right after "Written"
    // leaves the whole document (or the old one), never an empty file under the final name.
    writeFileDurably(out, file.bytes);
    return out;
  } finally {
    db.close();
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const written = await runExport(parseExportArgs(argv));
    console.log(`Written: ${written}`);
    return 0;
  } catch (e) {
    if (e instanceof ExportError) {
      console.error(`gavel export: ${e.message}`);
      return e.exitCode;
    }
    console.error(`gavel export: ${(e as Error).message}`);
    return 1;
  }
}

// Run when built as out/main/export.js (not when imported by tests).
if (process.argv[1] && /export\.(js|mjs)$/.test(process.argv[1])) void main(process.argv.slice(2)).then((code) => process.exit(code));
