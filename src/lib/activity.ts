/**
 * The journal in words, for the Activity view and its CSV export (the audit trail the
 * council's office asks for). A small table phrases the commands people look for; every
 * other command, including ones added later by other features, reads through a generic
 * fallback built from its domain and verb ("Agenda: move", "Chương trình: chuyển").
 */
import Papa from 'papaparse';
import { fold } from './format';
import { fill } from '../../common/fill';
import type { Lang } from '../../electron/engine/messages';
import type { State } from '../../electron/engine/state';
import type { DeviceActivity } from '../../electron/engine/protocol';
import { sittingParts } from '../../electron/engine/catalog/agendaLive';
import type { SittingPart } from '../../electron/store/agendaLive';
import type { Activity, ActivityEntry, ActivitySitting } from '../../electron/store/activity';

type Words = Record<Lang, string>;
type Payload = Record<string, unknown>;

/** What a sentence may name, looked up in the current state where the payload has only an id. */
export interface Names {
  person(id: unknown): string;
  item(id: unknown): string;
  vote(id: unknown): string;
  sitting(id: unknown, lang: Lang): string;
  /** A hall screen mode as the console names it. */
  hallMode(mode: unknown): string;
}

export function namesFrom(state: State | null, sittings: readonly ActivitySitting[], hallMode: (mode: string) => string = String): Names {
  const find = <T extends { id: number }>(list: readonly T[] | undefined, id: unknown) => list?.find((x) => x.id === id);
  return {
    person: (id) => find(state?.delegates, id)?.fullName ?? `#${String(id)}`,
    item: (id) => find(state?.agenda, id)?.title ?? `#${String(id)}`,
    vote: (id) => find(state?.votes, id)?.resolutionTitle || `#${String(id)}`,
    sitting: (id, lang) => {
      const s = sittings.find((x) => x.id === id);
      return s ? sittingLabel(s, lang) : `#${String(id)}`;
    },
    hallMode: (mode) => hallMode(String(mode)),
  };
}

const SITTING: Words = { vi: 'Phiên {part} {date}', en: '{part} sitting {date}' };

/** "Phiên buổi sáng 08/12/2026", "Morning sitting 08/12/2026". */
export function sittingLabel(s: Pick<ActivitySitting, 'date' | 'part'>, lang: Lang): string {
  const [y, m, d] = s.date.split('-');
  const part = sittingParts[lang][s.part as SittingPart] ?? s.part;
  return fill(SITTING[lang], { part, date: `${d}/${m}/${y}` }).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

const quote = (v: unknown) => `“${String(v ?? '')}”`;

/** A roll-call mark as the record says it ("Marked Lê Văn Tám late"). */
const STATUSES: Record<string, Words> = {
  present: { vi: 'có mặt', en: 'present' },
  absent: { vi: 'vắng mặt', en: 'absent' },
  excused: { vi: 'vắng mặt có lý do', en: 'excused' },
  late: { vi: 'đến muộn', en: 'late' },
  notArrived: { vi: 'chưa đến', en: 'not arrived yet' },
  left: { vi: 'đã rời hội trường', en: 'as having left' },
};

/** Sentences for the commands people search the record for. `{x}` are filled from `fill`. */
type Phrase = { words: Words; fill?: (p: Payload, n: Names, lang: Lang) => Record<string, string> };
const person = (p: Payload, n: Names) => ({ who: typeof p.fullName === 'string' ? p.fullName : n.person(p.id ?? p.delegateId) });
const item = (p: Payload, n: Names) => ({ item: quote(n.item(p.id)) });
const vote = (p: Payload, n: Names) => ({ vote: quote(n.vote(p.id)) });
/** Mid-sentence, the sitting's name starts in lower case ("Suspended the morning sitting …"). */
const sitting = (p: Payload, n: Names, lang: Lang) => ({ sitting: n.sitting(p.id, lang).replace(/^\p{Lu}/u, (c) => c.toLowerCase()) });

export const PHRASES: Record<string, Phrase> = {
  'council.save': { words: { vi: 'Lưu thông tin hội đồng {name}', en: 'Saved the council {name}' }, fill: (p) => ({ name: quote(p.name) }) },
  'rules.save': { words: { vi: 'Lưu quy chế làm việc', en: 'Saved the rules of procedure' } },
  'session.create': { words: { vi: 'Tạo kỳ họp thứ {number}', en: 'Created session {number}' }, fill: (p) => ({ number: String(p.number) }) },
  'session.select': { words: { vi: 'Chọn kỳ họp làm việc', en: 'Selected the session to work on' } },
  'delegate.add': { words: { vi: 'Thêm người vào danh sách: {who}', en: 'Added {who} to the roster' }, fill: person },
  'delegate.update': { words: { vi: 'Sửa thông tin của {who}', en: 'Edited the details of {who}' }, fill: person },
  'delegate.remove': { words: { vi: 'Xóa {who} khỏi danh sách', en: 'Removed {who} from the roster' }, fill: person },
  'roster.import': { words: { vi: 'Nhập danh sách {n} người từ tệp', en: 'Imported {n} people from a file' }, fill: (p) => ({ n: String(Array.isArray(p.rows) ? p.rows.length : 0) }) },
  'agenda.add': { words: { vi: 'Thêm nội dung {title} vào chương trình', en: 'Added {title} to the agenda' }, fill: (p) => ({ title: quote(p.title) }) },
  'agenda.remove': { words: { vi: 'Xóa nội dung {item} khỏi chương trình', en: 'Removed {item} from the agenda' }, fill: item },
  'sitting.open': { words: { vi: 'Khai mạc / tiếp tục {sitting}', en: 'Opened or resumed the {sitting}' }, fill: sitting },
  'sitting.suspend': { words: { vi: 'Tạm dừng {sitting}', en: 'Suspended the {sitting}' }, fill: sitting },
  'sitting.close': { words: { vi: 'Bế mạc {sitting}', en: 'Closed the {sitting}' }, fill: sitting },
  'item.start': { words: { vi: 'Bắt đầu nội dung {item}', en: 'Started {item}' }, fill: item },
  'item.pause': { words: { vi: 'Tạm dừng nội dung {item}', en: 'Paused {item}' }, fill: item },
  'item.resume': { words: { vi: 'Tiếp tục nội dung {item}', en: 'Resumed {item}' }, fill: item },
  'item.finish': { words: { vi: 'Kết thúc nội dung {item}', en: 'Finished {item}' }, fill: item },
  'item.skip': { words: { vi: 'Bỏ qua nội dung {item}', en: 'Skipped {item}' }, fill: item },
  'item.extend': { words: { vi: 'Cho thêm {minutes} phút cho nội dung {item}', en: 'Gave {item} {minutes} more minutes' }, fill: (p, n) => ({ ...item(p, n), minutes: String(p.minutes ?? 1) }) },
  'attendance.open': { words: { vi: 'Mở điểm danh', en: 'Opened a roll call' } },
  'attendance.mark': {
    words: { vi: 'Ghi nhận {who} {status}', en: 'Marked {who} {status}' },
    fill: (p, n, lang) => ({ who: n.person(p.delegateId), status: STATUSES[String(p.status)]?.[lang] ?? String(p.status) }),
  },
  'speaker.request': { words: { vi: 'Ghi tên {who} đăng ký phát biểu', en: '{who} asked to speak' }, fill: (p, n) => ({ who: n.person(p.delegateId) }) },
  'speaker.call': { words: { vi: 'Mời đại biểu phát biểu', en: 'Called a speaker' } },
  'speaker.start': { words: { vi: 'Bắt đầu tính giờ phát biểu', en: 'Started a speech timer' } },
  'speaker.finish': { words: { vi: 'Kết thúc lượt phát biểu', en: 'Ended a speech' } },
  'vote.create': { words: { vi: 'Tạo biểu quyết {title}', en: 'Created the vote {title}' }, fill: (p) => ({ title: quote(p.resolutionTitle) }) },
  'vote.open': { words: { vi: 'Mở biểu quyết {vote}', en: 'Opened the vote {vote}' }, fill: vote },
  'vote.close': { words: { vi: 'Kết thúc biểu quyết {vote}', en: 'Closed the vote {vote}' }, fill: vote },
  'vote.announce': { words: { vi: 'Công bố kết quả biểu quyết {vote}', en: 'Announced the result of {vote}' }, fill: vote },
  'vote.correct': { words: { vi: 'Đính chính kết quả biểu quyết {vote}', en: 'Corrected the result of {vote}' }, fill: vote },
  'vote.tally': {
    words: { vi: 'Nhập kết quả biểu quyết {vote}: {for} tán thành, {against} không tán thành, {abstain} không biểu quyết', en: 'Entered the count of {vote}: {for} for, {against} against, {abstain} abstaining' },
    fill: (p, n) => ({ ...vote(p, n), for: String(p.for ?? 0), against: String(p.against ?? 0), abstain: String(p.abstain ?? 0) }),
  },
  'hall.setMode': { words: { vi: 'Màn hình hội trường chuyển sang: {mode}', en: 'Hall screen switched to: {mode}' }, fill: (p, n) => ({ mode: n.hallMode(p.mode) }) },
  'hall.setMessage': { words: { vi: 'Thông báo lên màn hình hội trường: {message}', en: 'Message on the hall screen: {message}' }, fill: (p) => ({ message: quote(p.message) }) },
};

/** Domains by the first part of a command type; an unknown domain reads as itself. */
export const DOMAINS: Record<string, Words> = {
  council: { vi: 'Hội đồng', en: 'Council' },
  rules: { vi: 'Quy chế', en: 'Rules' },
  session: { vi: 'Kỳ họp', en: 'Session' },
  delegate: { vi: 'Danh sách', en: 'Roster' },
  roster: { vi: 'Danh sách', en: 'Roster' },
  agenda: { vi: 'Chương trình', en: 'Agenda' },
  sitting: { vi: 'Phiên họp', en: 'Sitting' },
  item: { vi: 'Nội dung', en: 'Agenda item' },
  timing: { vi: 'Thời gian', en: 'Timing' },
  attendance: { vi: 'Điểm danh', en: 'Attendance' },
  speaker: { vi: 'Phát biểu', en: 'Speakers' },
  respondent: { vi: 'Chất vấn', en: 'Questioning' },
  topic: { vi: 'Chất vấn', en: 'Questioning' },
  question: { vi: 'Chất vấn', en: 'Questioning' },
  questions: { vi: 'Chất vấn', en: 'Questioning' },
  answer: { vi: 'Chất vấn', en: 'Questioning' },
  vote: { vi: 'Biểu quyết', en: 'Votes' },
  hall: { vi: 'Màn hình hội trường', en: 'Hall screen' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
};

const VERBS: Record<string, Words> = {
  add: { vi: 'thêm', en: 'add' },
  create: { vi: 'tạo', en: 'create' },
  update: { vi: 'sửa', en: 'edit' },
  save: { vi: 'lưu', en: 'save' },
  remove: { vi: 'xóa', en: 'remove' },
  delete: { vi: 'xóa', en: 'delete' },
  move: { vi: 'chuyển vị trí', en: 'move' },
  open: { vi: 'mở', en: 'open' },
  close: { vi: 'đóng', en: 'close' },
  start: { vi: 'bắt đầu', en: 'start' },
  pause: { vi: 'tạm dừng', en: 'pause' },
  resume: { vi: 'tiếp tục', en: 'resume' },
  finish: { vi: 'kết thúc', en: 'finish' },
  stop: { vi: 'dừng', en: 'stop' },
  next: { vi: 'chuyển tiếp', en: 'next' },
  undo: { vi: 'hoàn tác', en: 'undo' },
  select: { vi: 'chọn', en: 'select' },
  import: { vi: 'nhập từ tệp', en: 'import' },
  mark: { vi: 'đánh dấu', en: 'mark' },
  extend: { vi: 'cho thêm giờ', en: 'extend' },
  withdraw: { vi: 'rút', en: 'withdraw' },
};

/** The payload field that best names what a generic command acted on. */
const NAMING_FIELDS = ['fullName', 'title', 'name', 'resolutionTitle', 'message', 'mode', 'scope'];

export function kindOf(type: string): string {
  return type.split('.')[0];
}

export function kindLabel(kind: string, lang: Lang): string {
  return DOMAINS[kind]?.[lang] ?? kind;
}

/** One sentence for one journal entry. */
export function describe(entry: Pick<ActivityEntry, 'type' | 'payload'>, names: Names, lang: Lang): string {
  const phrase = PHRASES[entry.type];
  const payload = entry.payload ?? {};
  if (phrase) {
    const params = phrase.fill?.(payload, names, lang) ?? {};
    return fill(phrase.words[lang], params);
  }
  const [kind, ...rest] = entry.type.split('.');
  const action = rest.join('.');
  const verb = VERBS[action]?.[lang] ?? action;
  const named = NAMING_FIELDS.map((f) => payload[f]).find((v) => typeof v === 'string' && v !== '');
  const target = named ? ` ${quote(named)}` : typeof payload.id === 'number' ? ` #${payload.id}` : '';
  return action ? `${kindLabel(kind, lang)}: ${verb}${target}` : `${kindLabel(kind, lang)}${target}`;
}

/** Who did it, in words where the actor is one of ours; anything else (device names of later features) as recorded. */
export function actorLabel(actor: string, lang: Lang): string {
  if (actor === 'desktop') return lang === 'vi' ? 'Máy của chủ tọa (ứng dụng)' : 'Chair’s computer (app)';
  if (actor === 'system') return lang === 'vi' ? 'Hệ thống' : 'System';
  const m = /^browser@(.*)$/.exec(actor);
  if (m) {
    const here = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(m[1]);
    return here ? (lang === 'vi' ? 'Trình duyệt trên máy chủ tọa' : 'Browser on the chair’s computer') : `${lang === 'vi' ? 'Trình duyệt' : 'Browser'} ${m[1]}`;
  }
  return actor;
}

const DEVICE_LINE: Words = { vi: '{time} · {actor}: {what}', en: '{time} · {actor}: {what}' };

/**
 * One line per command a paired device sent, for the chair's list of who did what
 * ("08:12 · Thư ký - laptop 2: Marked Lê Văn Tám late"): the same sentence the journal gives.
 */
export function deviceActivityLine(entry: DeviceActivity, names: Names, lang: Lang, time: (ms: number) => string): string {
  const what = describe({ type: entry.type, payload: (entry.payload ?? {}) as Payload }, names, lang);
  return fill(DEVICE_LINE[lang], { time: time(entry.at), actor: entry.actor, what });
}

export interface ActivityFilter {
  kind: string;
  /** '' for all, 'none' for entries outside any sitting, else a sitting id. */
  sitting: string;
  search: string;
}

export interface ActivityRow {
  entry: ActivityEntry;
  text: string;
  actor: string;
  sitting: string;
}

export function activityRows(activity: Activity, names: Names, lang: Lang): ActivityRow[] {
  return activity.entries.map((entry) => ({
    entry,
    text: describe(entry, names, lang),
    actor: actorLabel(entry.actor, lang),
    sitting: entry.sittingId === null ? '' : names.sitting(entry.sittingId, lang),
  }));
}

/** Search ignores case and Vietnamese marks (format.ts fold), so "dai bieu" finds "Đại biểu". */
export function filterRows(rows: readonly ActivityRow[], f: ActivityFilter): ActivityRow[] {
  const needle = fold(f.search.trim());
  return rows.filter(
    (r) =>
      (!f.kind || kindOf(r.entry.type) === f.kind) &&
      (!f.sitting || (f.sitting === 'none' ? r.entry.sittingId === null : String(r.entry.sittingId) === f.sitting)) &&
      (!needle || fold(`${r.text} ${r.actor} ${r.entry.type} ${r.sitting}`).includes(needle)),
  );
}

const CSV_HEAD: Record<Lang, string[]> = {
  vi: ['Số thứ tự', 'Thời gian', 'Người thực hiện', 'Loại', 'Nội dung', 'Phiên họp', 'Lệnh', 'Dữ liệu'],
  en: ['Revision', 'Time', 'Done by', 'Kind', 'What was done', 'Sitting', 'Command', 'Data'],
};

/** The rows shown, oldest first, as CSV with a BOM (Excel opens Vietnamese text right). */
export function activityCsv(rows: readonly ActivityRow[], lang: Lang, formatTime: (ms: number) => string): string {
  const data = [...rows]
    .reverse()
    .map((r) => [r.entry.revision, formatTime(r.entry.at), r.actor, kindLabel(kindOf(r.entry.type), lang), r.text, r.sitting, r.entry.type, JSON.stringify(r.entry.payload)]);
  return '\uFEFF' + Papa.unparse({ fields: CSV_HEAD[lang], data }, { quotes: true, newline: '\r\n' }) + '\r\n';
}
