/**
 * The journal in words, for the Activity view and its CSV export (the audit trail the
 * council's office asks for). A small table phrases the commands people look for; every
 * other command, including ones added later by other features, reads through a generic
 * fallback built from its domain and verb ("Agenda: move", "Chương trình: chuyển").
 */
import Papa from 'papaparse';
import { fold } from '../../../common/fold';
import { fill, midSentence, quoted } from '../../../common/strings';
import { en as journalEn, vi as journalVi } from '../../lib/i18n/journal';
import { en as overlayEn, vi as overlayVi } from '../../overlay/strings';
import { en as backupsEn, vi as backupsVi } from '../../../common/backups/labels';
import { PERIODIC_BACKUP_MINUTES } from '../../../common/limits';
import { heldTimersText } from '../../../common/backups/held';
import type { Lang } from '../../../common/strings';
import type { State } from '../../../electron/engine/state';
import type { DeviceActivity } from '../../../electron/engine/protocol';
import { sittingParts } from '../../../common/timing/labels';
import { en as uiEn, vi as uiVi, type MessageKey } from '../../lib/i18n/index';
import { formatDateTime } from '../../../common/dates';
import { importCounts, noteName, undoStepText } from '../../lib/undoStep';
import type { SittingPart } from '../../../common/timing/model';
import type { Activity, ActivityEntry, ActivitySitting, NoteSubjectNames } from '../../../electron/features/activity/store';

/** The journal's words (i18n/journal.ts), by key, in the language asked (not the screen's: the CSV and tests choose). */
const WORDS: Record<Lang, Record<string, string>> = { en: journalEn, vi: journalVi };
const word = (key: string, lang: Lang): string | undefined => (Object.hasOwn(WORDS[lang], key) ? WORDS[lang][key] : undefined);
/** The overlay's own names of what it follows and of its backgrounds, as its controls show them. */
const OVERLAY_WORDS: Record<Lang, Record<string, string>> = { en: overlayEn, vi: overlayVi };
/** Mid-sentence, so in lower case: "theo người phát biểu", "nền phông xanh lá". */
const overlayWord = (key: string, lang: Lang): string =>
  midSentence(Object.hasOwn(OVERLAY_WORDS[lang], key) ? OVERLAY_WORDS[lang][key] : key);
/** A backup's reason as the Backups panel names it ("Taken by hand"). */
const BACKUP_WORDS: Record<Lang, Record<string, string>> = { en: backupsEn, vi: backupsVi };
const backupWord = (key: string, lang: Lang): string => (Object.hasOwn(BACKUP_WORDS[lang], key) ? BACKUP_WORDS[lang][key] : key);
const CSV_COLUMNS = ['revision', 'time', 'actor', 'kind', 'what', 'sitting', 'command', 'data'];
type Payload = Record<string, unknown>;

/**
 * What a sentence may name, looked up in the current state where the payload has only an id;
 * votes and items first in the titles the Activity read carries (the state holds the current session's only).
 */
export interface Names {
  person(id: unknown): string;
  item(id: unknown): string;
  vote(id: unknown): string;
  /** A paired device (second console): the journal names which one was revoked. */
  device(id: unknown): string;
  /** The person of a speech (a request to speak), or null when neither the read nor the state knows it. */
  speech(id: unknown): string | null;
  sitting(id: unknown, lang: Lang): string;
  /** A hall screen mode as the console names it. */
  hallMode(mode: unknown): string;
  /** What a note step's note was on ("speech:12"): its item and person, where the Activity read knows them. */
  note(subject: string): NoteSubjectNames | null;
}

export function namesFrom(
  state: State | null,
  sittings: readonly ActivitySitting[],
  hallMode: (mode: string) => string = String,
  titles: Partial<Pick<Activity, 'voteTitles' | 'itemTitles' | 'speechPeople' | 'noteSubjects'>> = {},
): Names {
  const find = <T extends { id: number }>(list: readonly T[] | undefined, id: unknown) => list?.find((x) => x.id === id);
  // Over the wire the titles' keys are strings; an id from a payload may be anything.
  const titleIn = (byId: Readonly<Record<number, string>>, id: unknown) => (typeof id === 'number' && Object.hasOwn(byId, id) ? byId[id] : undefined);
  return {
    person: (id) => find(state?.delegates, id)?.fullName ?? `#${String(id)}`,
    item: (id) => titleIn(titles.itemTitles ?? {}, id) || find(state?.agenda, id)?.title || `#${String(id)}`,
    vote: (id) => titleIn(titles.voteTitles ?? {}, id) || find(state?.votes, id)?.resolutionTitle || `#${String(id)}`,
    device: (id) => find(state?.devices, id)?.name ?? `#${String(id)}`,
    // The Activity read names every speech its entries point at; the chair's list of what the
    // secretary did has the state only, whose speaker queue holds the requests being worked on.
    speech: (id) => {
      const named = titleIn(titles.speechPeople ?? {}, id);
      if (named) return named;
      const { current, queue = [], history = [] } = state?.speakers ?? {};
      const speech = find([...(current ? [current] : []), ...queue, ...history], id);
      return speech ? (find(state?.delegates, speech.delegateId)?.fullName ?? null) : null;
    },
    sitting: (id, lang) => {
      const s = sittings.find((x) => x.id === id);
      return s ? sittingLabel(s, lang) : `#${String(id)}`;
    },
    hallMode: (mode) => hallMode(String(mode)),
    note: (subject) => (titles.noteSubjects && Object.hasOwn(titles.noteSubjects, subject) ? titles.noteSubjects[subject] : null),
  };
}


/** "Phiên buổi sáng 08/12/2026", "Morning sitting 08/12/2026". */
export function sittingLabel(s: Pick<ActivitySitting, 'date' | 'part'>, lang: Lang): string {
  const [y, m, d] = s.date.split('-');
  const part = sittingParts[lang][s.part as SittingPart] ?? s.part;
  return fill(word('journal.label.sitting', lang)!, { part, date: `${d}/${m}/${y}` }).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** A name or text as typed, quoted in the sentence's language (“…”, «…»). */
const quote = (v: unknown, lang: Lang) => quoted(String(v ?? ''), lang);


/**
 * The commands people search the record for have a sentence of their own (`journal.<type>` in
 * i18n/journal.ts); this gives each its parameters (null: none).
 */
type Params = (p: Payload, n: Names, lang: Lang) => Record<string, string>;
const person = (p: Payload, n: Names) => ({ who: typeof p.fullName === 'string' ? p.fullName : n.person(p.id ?? p.delegateId) });
const item = (p: Payload, n: Names, lang: Lang) => ({ item: quote(n.item(p.id), lang) });
const vote = (p: Payload, n: Names, lang: Lang) => ({ vote: quote(n.vote(p.id), lang) });
/** Mid-sentence, the sitting's name starts in lower case ("Suspended the morning sitting …"). */
const sitting = (p: Payload, n: Names, lang: Lang) => ({ sitting: midSentence(n.sitting(p.id, lang)) });
/** The name the journal row recorded when the command ran (`about.who`, speakers.ts), if it did. */
function recordedWho(p: Payload): string | undefined {
  const who = (p.about as Payload | undefined)?.who;
  return typeof who === 'string' && who !== '' ? who : undefined;
}
/**
 * The person a speech command was about: the name its row recorded, else (rows written before
 * rows did) the person of the speech `id` as the database knows it now, else "a delegate".
 */
const speechOf = (p: Payload, n: Names, lang: Lang) => ({ who: recordedWho(p) ?? n.speech(p.id) ?? word('journal.label.someSpeaker', lang)! });
/** What one overlay.set put on air, field by field ("on air, follows Speaker, caption “…”"). */
function overlayChange(p: Payload, lang: Lang): { what: string } {
  const parts: string[] = [];
  if (typeof p.visible === 'boolean') parts.push(word(p.visible ? 'journal.overlay.onAir' : 'journal.overlay.offAir', lang)!);
  if (typeof p.follow === 'string') parts.push(fill(word('journal.overlay.follows', lang)!, { what: overlayWord(`overlay.follow.${p.follow}`, lang) }));
  if (typeof p.caption === 'string') parts.push(p.caption ? fill(word('journal.overlay.caption', lang)!, { caption: quote(p.caption, lang) }) : word('journal.overlay.captionCleared', lang)!);
  if (typeof p.key === 'string') parts.push(fill(word('journal.overlay.key', lang)!, { key: overlayWord(`overlay.key.${p.key}`, lang) }));
  return { what: parts.length ? parts.join(', ') : word('journal.verb.set', lang)! };
}

/** An undo or redo's scope in words ("the speaker queue"), not its key; a scope without words as recorded. */
const undoScope = (p: Payload, _n: Names, lang: Lang) => ({ scope: word(`journal.undoScope.${String(p.scope)}`, lang) ?? quote(p.scope, lang) });

/** The console's own words (each view's undo button), by key, in the language asked. */
const UI: Record<Lang, Record<MessageKey, string>> = { en: uiEn, vi: uiVi };
const ui = (lang: Lang) => (key: string, params: Record<string, string | number> = {}): string | undefined =>
  Object.hasOwn(UI[lang], key) ? fill(UI[lang][key as MessageKey], params) : undefined;

/**
 * A questioning step in words, naming whose question or answer it was as the row recorded it
 * when the command ran (`about`, questions/commands.ts): "Bắt đầu tính giờ câu hỏi của Nguyễn
 * Văn A", "Đánh dấu đã trả lời tại phiên họp: câu hỏi của …". Rows written before they recorded
 * it read as before ("Chất vấn: đánh dấu"); undefined sends them there.
 */
function questionSentence(type: string, p: Payload, lang: Lang): string | undefined {
  const about = (p.about ?? {}) as Payload;
  if (typeof about.who !== 'string' || about.who === '') return undefined;
  const on = about.on === 'answer' ? 'answer' : 'question';
  const keys: Record<string, string | undefined> = {
    'question.next': 'journal.q.next',
    'answer.start': 'journal.q.answer',
    'question.followUp': 'journal.q.followUp',
    'question.toggle': typeof about.step === 'string' ? `journal.q.${about.step}.${on}` : undefined,
    'question.stop': `journal.q.stop.${on}`,
    'question.extend': `journal.q.extend.${on}`,
    'question.mark': 'journal.q.mark',
  };
  const sentence = Object.hasOwn(keys, type) && keys[type] ? word(keys[type], lang) : undefined;
  if (!sentence) return undefined;
  const status = ui(lang)(`q.status.${String(p.status)}`) ?? String(p.status);
  return fill(sentence, { who: about.who, seconds: String(p.seconds ?? '?'), status: midSentence(status) });
}

/** The journal rows of undo, redo and set-aside: worded by undoSentence, not by PHRASED. */
export const UNDO_TYPES: ReadonlySet<string> = new Set(['undo', 'redo', 'undo.skip']);

/**
 * An undo, redo or set-aside that recorded its step says which ("Undid in the speaker queue:
 * withdrawal (Nguyễn Văn Dũng)"); a row from before they did, or a step without words, reads as
 * before ("Undid the last step of the speaker queue").
 */
function undoSentence(type: string, p: Payload, n: Names, lang: Lang): string {
  const about = (p.about ?? {}) as Payload;
  const scope = String(p.scope);
  // The step in the words its view's Undo button used (undoStep.ts), from what the row recorded.
  const what =
    typeof about.action === 'string'
      ? undoStepText(
          scope,
          {
            action: about.action,
            subject: typeof about.subject === 'string' ? about.subject : '',
            count: typeof about.count === 'number' ? about.count : undefined,
            subjectId: typeof about.subjectId === 'number' ? about.subjectId : undefined,
          },
          ui(lang),
          lang,
          { note: n.note },
        )
      : undefined;
  const params = undoScope(p, n, lang);
  const sentence = what ? fill(word(`journal.step.${type}`, lang)!, { ...params, what }) : fill(word(`journal.${type}`, lang)!, params);
  // Another operator's step (the chair taking back the secretary's registration) says whose it was.
  const by = about.byRole === 'secretary' || about.byRole === 'chair' ? word(`journal.step.by.${about.byRole}`, lang) : undefined;
  return by && typeof about.by === 'string' ? fill(by, { sentence, name: about.by }) : sentence;
}

/**
 * A saved note names what it was on, as its undo does ("Lưu tóm tắt phát biểu của Nguyễn Thị Hằng,
 * mục “Thảo luận tại hội trường”"), by the names its row recorded when it was saved (`about`,
 * record/commands.ts), so a later rename does not rewrite it; a row from before rows recorded them
 * reads as it always did ("Tóm tắt: cập nhật").
 */
function noteSentence(p: Payload, lang: Lang): string | undefined {
  const about = p.about as Payload | undefined;
  if (!about || typeof p.subject !== 'string') return undefined;
  const named = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const note = noteName(`${p.subject}:${String(p.id)}`, { item: named(about.item), name: named(about.name) }, ui(lang));
  return note === undefined ? undefined : fill(word(p.note === '' ? 'journal.note.cleared' : 'journal.note.set', lang)!, { note });
}

/**
 * A personnel result announced, by the title its row recorded when it ran (`about`, personnel/commands.ts),
 * and whether it was a corrected result announced again ("… (version 2) …"); a row from before rows
 * recorded them reads as it always did ("Personnel: announce the result").
 */
function personnelAnnounced(p: Payload, lang: Lang): string | undefined {
  const about = p.about as Payload | undefined;
  if (typeof about?.title !== 'string') return undefined;
  const version = typeof about.version === 'number' ? about.version : 1;
  return fill(word(version > 1 ? 'journal.personnel.announceCorrected' : 'journal.personnel.announce', lang)!, { title: quote(about.title, lang), version: String(version) });
}

/**
 * A resolution's result announced, as a personnel one's is: by the title its row recorded
 * (votes/commands.ts), and a corrected result read out again by its version; a row from before
 * rows recorded them reads as it always did ("Announced the result of …", by the vote's name now).
 */
function voteAnnounced(p: Payload, lang: Lang): string | undefined {
  const about = p.about as Payload | undefined;
  if (typeof about?.title !== 'string') return undefined;
  const version = typeof about.version === 'number' ? about.version : 1;
  return fill(word(version > 1 ? 'journal.vote.announceCorrected' : 'journal.vote.announce', lang)!, { vote: quote(about.title, lang), version: String(version) });
}

export const PHRASED: Record<string, Params | null> = {
  'council.save': (p, _n, lang) => ({ name: quote(p.name, lang) }),
  'rules.save': null,
  'session.create': (p) => ({ number: String(p.number) }),
  'session.select': null,
  'delegate.add': person,
  'delegate.update': person,
  'delegate.remove': person,
  // The people added and those updated apart, as the import's Undo button says them.
  'roster.import': (p, _n, lang) => {
    const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
    return { counts: importCounts(count(p.rows), count(p.updates), ui(lang)) ?? ui(lang)('roster.u.added', { n: 0 })! };
  },
  'agenda.import': (p) => ({ n: String(Array.isArray(p.rows) ? p.rows.length : 0) }),
  'agenda.add': (p, _n, lang) => ({ title: quote(p.title, lang) }),
  'agenda.remove': item,
  'sitting.open': sitting,
  'sitting.suspend': sitting,
  'sitting.close': sitting,
  'item.start': item,
  'item.pause': item,
  'item.resume': item,
  'item.finish': item,
  'item.skip': item,
  'item.extend': (p, n, lang) => ({ ...item(p, n, lang), minutes: String(p.minutes ?? 1) }),
  'attendance.open': null,
  'attendance.mark': (p, n, lang) => ({ who: n.person(p.delegateId), status: word(`journal.status.${String(p.status)}`, lang) ?? String(p.status) }),
  'speaker.request': (p, n) => ({ who: recordedWho(p) ?? n.person(p.delegateId) }),
  // Which slip, for the chair's list of what the secretary did and the office's search: not the questioning item's title.
  'question.register': (p, n, lang) => ({ who: n.person(p.askerId), text: quote(p.text, lang) }),
  'speaker.call': speechOf,
  'speaker.move': (p, n, lang) => ({ ...speechOf(p, n, lang), place: String(typeof p.index === 'number' ? p.index + 1 : '?') }),
  'speaker.withdraw': speechOf,
  'speaker.requeue': speechOf,
  // How many and the two items as the row recorded them when the command ran, else as named now.
  'speaker.carryOver': (p, n, lang) => {
    const about = (p.about ?? {}) as Payload;
    const named = (v: unknown, id: unknown) => quote(typeof v === 'string' && v !== '' ? v : n.item(id), lang);
    return { n: String(typeof about.count === 'number' ? about.count : '?'), from: named(about.from, p.fromItemId), to: named(about.to, p.toItemId) };
  },
  'speaker.next': speechOf,
  'speaker.start': speechOf,
  'speaker.pause': speechOf,
  'speaker.finish': speechOf,
  'speaker.extend': (p, n, lang) => ({ ...speechOf(p, n, lang), seconds: String(p.seconds ?? '?') }),
  'vote.create': (p, _n, lang) => ({ title: quote(p.resolutionTitle, lang) }),
  'vote.prepareMany': (p) => ({ n: String(Array.isArray(p.votes) ? p.votes.length : 0) }),
  'vote.open': vote,
  'vote.close': vote,
  'vote.announce': vote,
  'vote.correct': vote,
  'vote.tally': (p, n, lang) => ({ ...vote(p, n, lang), for: String(p.for ?? 0), against: String(p.against ?? 0), abstain: String(p.abstain ?? 0) }),
  'hall.setMode': (p, n) => ({ mode: n.hallMode(p.mode) }),
  'hall.setMessage': (p, _n, lang) => ({ message: quote(p.message, lang) }),
  'hall.attendance': (p, _n, lang) => ({ what: word(p.show ? 'journal.attendance.up' : 'journal.attendance.down', lang)! }),
  'overlay.set': (p, _n, lang) => overlayChange(p, lang),
  'device.address': (p, n, lang) => ({ name: quote(n.device(p.id), lang), address: String(p.address ?? '') }),
  'device.pair': (p, _n, lang) => ({ name: quote(p.name, lang) }),
  // Which backup, by its time as the Backups panel lists it; where what the restore replaced went (listed there too, so the restore can be undone).
  'backup.restored': (p, _n, lang) => ({
    when: typeof p.takenAt === 'number' ? formatDateTime(p.takenAt, lang, { seconds: true }) : quote(p.name, lang),
    reason: midSentence(backupWord(`backups.reason.${String(p.reason)}`, lang).replace('{n}', String(PERIODIC_BACKUP_MINUTES))),
    kept: typeof p.beforeRestore === 'string' ? word('journal.backup.keptAs', lang)! : '',
    // The clocks it paused (restore.ts), by whose and how long they had run; none on rows from before restores recorded them.
    held: ((list) => (list ? fill(word('journal.backup.held', lang)!, { list }) : ''))(heldTimersText(p.held, lang)),
  }),
};



/** The payload field that best names what a generic command acted on. */
const NAMING_FIELDS = ['fullName', 'title', 'name', 'resolutionTitle', 'message', 'mode', 'scope'];

/**
 * What a generic command's ids name, where the state knows it: the command's own `id` by its
 * domain, else a field that points at a person, an item or a vote. An id nothing can name
 * (a speech, a slip) is left out: "#12" means nothing to the council's office.
 */
const ID_OF_DOMAIN: Record<string, keyof Omit<Names, 'hallMode' | 'speech' | 'note'>> = { agenda: 'item', item: 'item', vote: 'vote', delegate: 'person', sitting: 'sitting', device: 'device' };
const ID_FIELDS: [string, keyof Omit<Names, 'hallMode' | 'sitting' | 'device' | 'speech' | 'note'>][] = [['agendaItemId', 'item'], ['voteId', 'vote'], ['delegateId', 'person']];

function subject(kind: string, payload: Payload, names: Names, lang: Lang): string | null {
  const named = NAMING_FIELDS.map((f) => payload[f]).find((v) => typeof v === 'string' && v !== '');
  if (named) return named as string;
  const own = ID_OF_DOMAIN[kind];
  if (own && typeof payload.id === 'number') return own === 'sitting' ? names.sitting(payload.id, lang) : names[own](payload.id);
  const field = ID_FIELDS.find(([f]) => typeof payload[f] === 'number');
  return field ? names[field[1]](payload[field[0]]) : null;
}

/** Domains that read as one kind (the Kind filter offers each label once). */
const KIND_OF_DOMAIN: Record<string, string> = { redo: 'undo', delegate: 'roster', respondent: 'questions', topic: 'questions', question: 'questions', answer: 'questions' };

export function kindOf(type: string): string {
  const domain = type.split('.')[0];
  return KIND_OF_DOMAIN[domain] ?? domain;
}

export function kindLabel(kind: string, lang: Lang): string {
  return word(`journal.domain.${kind}`, lang) ?? kind;
}

/**
 * An import's sentence says what it took the people or the programme from, a file or lines pasted
 * (`pasted`), and whether it replaced the programme, as its Undo button does; any other command's is its type's.
 */
const importKey = (type: string, p: Payload): string =>
  type === 'roster.import' || type === 'agenda.import' ? `journal.${type}${p.replace === true ? 'Replace' : ''}${p.pasted === true ? 'Pasted' : ''}` : `journal.${type}`;

/** One sentence for one journal entry. */
export function describe(entry: Pick<ActivityEntry, 'type' | 'payload'>, names: Names, lang: Lang): string {
  const payload = entry.payload ?? {};
  if (UNDO_TYPES.has(entry.type)) return undoSentence(entry.type, payload, names, lang);
  const note = entry.type === 'note.set' ? noteSentence(payload, lang) : undefined;
  if (note !== undefined) return note;
  const announced = entry.type === 'personnel.announce' ? personnelAnnounced(payload, lang) : entry.type === 'vote.announce' ? voteAnnounced(payload, lang) : undefined;
  if (announced !== undefined) return announced;
  const questioning = questionSentence(entry.type, payload, lang);
  if (questioning) return questioning;
  // A laptop paired again keeps its device (`again`): the office reads a second pairing, not a new device.
  // A roll-call mark cleared is said as cleared, not as a mark of "not marked".
  const key =
    entry.type === 'device.pair' && payload.again !== undefined
      ? 'journal.device.pairAgain'
      : entry.type === 'attendance.mark' && payload.status === 'unmarked'
        ? 'journal.attendance.unmark'
        : importKey(entry.type, payload);
  if (Object.hasOwn(PHRASED, entry.type)) return fill(word(key, lang)!, PHRASED[entry.type]?.(payload, names, lang) ?? {});
  const [kind, ...rest] = entry.type.split('.');
  const action = rest.join('.');
  const verb = word(`journal.verb.${action}`, lang) ?? action;
  const named = subject(kind, payload, names, lang);
  const target = named ? ` ${quote(named, lang)}` : '';
  return action ? `${kindLabel(kind, lang)}: ${verb}${target}` : `${kindLabel(kind, lang)}${target}`;
}

/** Who did it, in words where the actor is one of ours; anything else (device names of later features) as recorded. */
export function actorLabel(actor: string, lang: Lang): string {
  if (actor === 'desktop' || actor === 'system') return word(`journal.actor.${actor}`, lang)!;
  const m = /^browser@(.*)$/.exec(actor);
  if (m) {
    const here = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(m[1]);
    return here ? word('journal.actor.localBrowser', lang)! : fill(word('journal.actor.browser', lang)!, { address: m[1] });
  }
  return actor;
}


/**
 * One line per command a paired device sent, for the chair's list of who did what
 * ("08:12 · Thư ký - laptop 2: Marked Lê Văn Tám late"): the same sentence the journal gives.
 */
export function deviceActivityLine(entry: DeviceActivity, names: Names, lang: Lang, time: (ms: number) => string): string {
  const what = describe({ type: entry.type, payload: (entry.payload ?? {}) as Payload }, names, lang);
  return fill(word('journal.label.device', lang)!, { time: time(entry.at), actor: entry.actor, what });
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


/** The rows shown, oldest first, as CSV with a BOM (Excel opens Vietnamese text right). */
export function activityCsv(rows: readonly ActivityRow[], lang: Lang, formatTime: (ms: number) => string): string {
  const data = [...rows]
    .reverse()
    .map((r) => [r.entry.revision, formatTime(r.entry.at), r.actor, kindLabel(kindOf(r.entry.type), lang), r.text, r.sitting, r.entry.type, JSON.stringify(r.entry.payload)]);
  return '\uFEFF' + Papa.unparse({ fields: CSV_COLUMNS.map((c) => word(`journal.col.${c}`, lang)!), data }, { quotes: true, newline: '\r\n' }) + '\r\n';
}
