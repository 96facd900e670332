/**
 * Preparing a session: start its agenda from a template (built-in or saved), save an agenda
 * as a template, bring templates in from a file, copy an earlier session's agenda and
 * questioning topics, and record the first year of the council's term.
 */
import { z } from 'zod';
import { EngineError, localized, notFound } from '../../engine/errors';
import { hhmm, id, text, validationError } from '../../engine/validation';
import { AGENDA_KINDS } from '../../../common/agenda/model';
import { SITTING_PARTS, type SittingPart } from '../../../common/timing/model';
import { readRules } from '../council/rules';
import { getSession } from '../council/sessions';
import { getCouncil, setTermStartYear } from '../council/store';
import { findSitting, insertSitting, setItemParent } from '../timing/store';
import { insertTopic, insertTopicLink, listTopics, topicTitled } from '../questions/store';
import { agendaStructure, deleteTemplate, getTemplate, insertTemplate, templateNameTaken } from './store';
import { clearAgenda } from './replace';
import { carryRecordBasics, hasRecordBasics } from '../record/store';
import { describeUndo } from '../../engine/undo';
import { PREP_UNDO_SCOPE } from './slices';
import type { TemplateItem } from '../../../common/prep/model';
import type { Session } from '../../../common/council/model';
import type { Db } from '../../store/db';
import { BUILTIN_KEYS, builtinTemplate, TEMPLATE_FORMAT, TEMPLATE_VERSION } from '../../../common/prep/templates';
import { appendAgendaRow } from './agenda-import';
import { requireSession } from '../council/commands';
import { defineCommand } from '../../engine/define';
import { addDays, daysUntil } from '../../../common/questions/dates';

const AGENDA_SLICES = ['agenda', 'timing', 'sittings'] as const;

/** Whole days from one date to a later one. */
const daysBetween = (from: string, to: string): number => daysUntil(to, from);

/**
 * A template's or an earlier session's sitting on this session's days; none for a day outside
 * them (a two-day programme in a one-day session), so no sitting is made after the session closes.
 */
function sittingWithin(session: Session, sitting: { date: string; part: SittingPart }): { date: string; part: SittingPart } | undefined {
  return sitting.date >= session.startDate && sitting.date <= session.endDate ? sitting : undefined;
}

/**
 * Appends a template's items to the current session; day n becomes the session's n-th day.
 * `unplaced` counts the items whose day falls outside the session.
 */
function applyItems(db: Db, items: TemplateItem[]): { ids: number[]; unplaced: number } {
  const sessionId = requireSession(db);
  const session = getSession(db, sessionId)!;
  const defaults = readRules(db).defaultMinutes;
  let parent: number | null = null;
  let unplaced = 0;
  const ids = items.map((it) => {
    const wanted = it.day && it.part ? { date: addDays(session.startDate, it.day - 1), part: it.part } : undefined;
    const sitting = wanted && sittingWithin(session, wanted);
    if (wanted && !sitting) unplaced += 1;
    // A sitting the template makes starts and ends at the hours it was saved with; one already
    // there keeps the hours the chair gave it.
    if (sitting && it.hours && !findSitting(db, sessionId, sitting.date, sitting.part)) {
      insertSitting(db, sessionId, { ...sitting, plannedStart: it.hours.start, plannedEnd: it.hours.end });
    }
    const row = { title: it.title, kind: it.kind, presenter: it.presenter, plannedMinutes: it.minutes ?? undefined, sub: it.sub && parent !== null, sitting };
    const itemId = appendAgendaRow(db, sessionId, row, row.sub ? parent : null, null, defaults);
    if (!row.sub) parent = itemId;
    return itemId;
  });
  return { ids, unplaced };
}

/** The current session's agenda as template items: sittings as days from its first day. */
function itemsOfSession(db: Db, sessionId: number): TemplateItem[] {
  const start = getSession(db, sessionId)!.startDate;
  return agendaStructure(db, sessionId).map((it) => ({
    title: it.title,
    kind: it.kind,
    presenter: it.presenter,
    minutes: it.plannedMinutes,
    sub: it.parentId !== null,
    day: it.sitting ? Math.max(1, daysBetween(start, it.sitting.date) + 1) : null,
    part: it.sitting?.part ?? null,
    hours: it.sitting ? { start: it.sitting.plannedStart, end: it.sitting.plannedEnd } : null,
  }));
}

/** One item of a template file (common/prep/model.ts), checked where the file is read: the engine. */
const templateItem = z.strictObject({
  title: z.string().trim().min(1).max(500),
  kind: z.enum(AGENDA_KINDS),
  presenter: z.string().trim().max(200).default(''),
  minutes: z.int().min(0).max(600).nullable().default(null),
  sub: z.boolean().default(false),
  day: z.int().min(1).max(30).nullable().default(null),
  part: z.enum(SITTING_PARTS).nullable().default(null),
  hours: z
    .strictObject({ start: hhmm, end: hhmm })
    .refine((h) => h.end > h.start, { message: 'a sitting ends after it starts' })
    .nullable()
    .default(null),
});

const fileSchema = z.strictObject({
  format: z.literal(TEMPLATE_FORMAT),
  version: z.int().min(1),
  name: z.string().trim().min(1).max(200),
  items: z.array(templateItem).min(1).max(1000),
});

/** Reads a template file's text, refusing what is not one and what a newer Gavel wrote. */
export function parseTemplateFile(raw: string): { name: string; items: TemplateItem[] } {
  // Not JSON, or JSON of something else: one sentence in the reader's language either way.
  const unreadable = () => new EngineError('template-file-unreadable');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw unreadable();
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== TEMPLATE_FORMAT) throw unreadable();
  if (typeof head.version === 'number' && head.version > TEMPLATE_VERSION) {
    throw new EngineError('template-file-newer', { version: head.version, max: TEMPLATE_VERSION });
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const err = validationError(parsed.error);
    throw localized('template-file-invalid', (l) => ({ detail: err.messageIn(l).replace(/\.$/, '') }));
  }
  return { name: parsed.data.name, items: parsed.data.items };
}

export const prepCommands = {
  /** A built-in or saved template appended to the current session's agenda, sittings included. */
  'template.apply': defineCommand({
    // replace: the template takes the place of the current programme instead of following it.
    schema: z.union([
      z.strictObject({ builtin: z.enum(BUILTIN_KEYS), replace: z.boolean().default(false) }),
      z.strictObject({ templateId: id, replace: z.boolean().default(false) }),
    ]),
    slices: AGENDA_SLICES,
    undo: PREP_UNDO_SCOPE,
    run({ db }, choice) {
      // The undo step names the template: a built-in one by its key, which the screen says in its language.
      let source: { action: string; name: string; items: TemplateItem[] };
      if ('builtin' in choice) {
        // "năm nay", "năm sau" written as the session's years, as its programme and minutes name them.
        const year = Number(getSession(db, requireSession(db))!.startDate.slice(0, 4));
        source = { action: 'builtin', name: choice.builtin, items: builtinTemplate(choice.builtin, getCouncil(db)?.level, year) };
      }
      else {
        const saved = getTemplate(db, choice.templateId);
        if (!saved) throw notFound('template', choice.templateId);
        source = { action: 'template', name: saved.name, items: saved.items };
      }
      if (choice.replace) clearAgenda(db, requireSession(db));
      const applied = applyItems(db, source.items);
      describeUndo(db, choice.replace ? `${source.action}-replace` : source.action, source.name, applied.ids.length);
      return applied;
    },
  }),

  'template.save': defineCommand({
    schema: z.strictObject({ name: text(200) }),
    slices: ['prep'],
    run({ db, now }, { name }) {
      const items = itemsOfSession(db, requireSession(db));
      if (items.length === 0) throw new EngineError('template-empty-agenda');
      if (templateNameTaken(db, name)) throw new EngineError('template-name-taken', { name });
      return { id: insertTemplate(db, name, items, now) };
    },
  }),

  /**
   * A template file from another council: its text, checked whole before anything is saved;
   * `name` saves it under another name than the file's (when that one is taken here).
   */
  'template.import': defineCommand({
    schema: z.strictObject({ file: z.string().max(2_000_000), name: text(200).optional() }),
    slices: ['prep'],
    run({ db, now }, { file, name: rename }) {
      const { name: named, items } = parseTemplateFile(file);
      const name = rename ?? named;
      if (templateNameTaken(db, name)) throw new EngineError('template-name-taken', { name });
      return { id: insertTemplate(db, name, items, now) };
    },
  }),

  'template.delete': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['prep'],
    run({ db }, { id: templateId }) {
      if (!getTemplate(db, templateId)) throw notFound('template', templateId);
      deleteTemplate(db, templateId);
    },
  }),

  /**
   * An earlier session's agenda (items, sub-items, sittings shifted to this session's dates,
   * planned hours kept) and questioning topics with their respondents, appended to the
   * current session. The roster, its groups and committees, the respondents and the rules
   * belong to the council, so every session already shares them.
   */
  'session.copyFrom': defineCommand({
    // replace: the copied agenda takes the place of the current programme instead of following it.
    // record: the place, presiding board and secretaries too, where this session has none yet.
    schema: z.strictObject({ fromId: id, agenda: z.boolean(), topics: z.boolean(), record: z.boolean().default(false), replace: z.boolean().default(false) }),
    slices: [...AGENDA_SLICES, 'questionTopics', 'record', 'reviewSigner'],
    undo: PREP_UNDO_SCOPE,
    run({ db }, { fromId, agenda, topics, record, replace }) {
      const sessionId = requireSession(db);
      const from = getSession(db, fromId);
      if (!from) throw notFound('session', fromId);
      if (fromId === sessionId) throw new EngineError('copy-same-session');
      if (!agenda && !topics && !record) throw new EngineError('copy-nothing');
      const items = agenda ? agendaStructure(db, fromId) : [];
      const sourceTopics = topics ? listTopics(db, fromId) : [];
      const sourceRecord = record && hasRecordBasics(db, fromId);
      if (items.length === 0 && sourceTopics.length === 0 && !sourceRecord) throw new EngineError('copy-source-empty');
      // A topic this session already has (copied before, or typed by hand) is not copied twice.
      const newTopics = sourceTopics.filter((t) => !topicTitled(db, sessionId, t.title));
      const topicsHere = sourceTopics.length - newTopics.length;
      const carried = sourceRecord ? carryRecordBasics(db, fromId, sessionId) : { place: false, chairs: 0, secretaries: 0 };
      const recordCopied = carried.place || carried.chairs > 0 || carried.secretaries > 0;
      if (items.length === 0 && newTopics.length === 0 && !recordCopied) {
        // The command's transaction takes back nothing here: nothing was written.
        throw new EngineError(sourceTopics.length > 0 ? 'copy-topics-here' : 'copy-record-here');
      }

      if (replace && items.length > 0) clearAgenda(db, sessionId);
      const session = getSession(db, sessionId)!;
      const shift = daysBetween(from.startDate, session.startDate);
      const defaults = readRules(db).defaultMinutes;
      const newIds = new Map<number, number>();
      let unplaced = 0;
      for (const it of items) {
        let sitting: { date: string; part: SittingPart } | undefined;
        if (it.sitting) {
          sitting = sittingWithin(session, { date: addDays(it.sitting.date, shift), part: it.sitting.part });
          if (!sitting) unplaced += 1;
          else if (!findSitting(db, sessionId, sitting.date, sitting.part)) {
            insertSitting(db, sessionId, { ...sitting, plannedStart: it.sitting.plannedStart, plannedEnd: it.sitting.plannedEnd });
          }
        }
        const row = { title: it.title, kind: it.kind, presenter: it.presenter, plannedMinutes: it.plannedMinutes, sub: false, sitting };
        newIds.set(it.id, appendAgendaRow(db, sessionId, row, null, null, defaults));
      }
      for (const it of items) if (it.parentId !== null && newIds.has(it.parentId)) setItemParent(db, newIds.get(it.id)!, newIds.get(it.parentId)!);
      for (const topic of newTopics) {
        const topicId = insertTopic(db, sessionId, topic.title);
        for (const r of topic.respondentIds) insertTopicLink(db, topicId, r);
      }
      // The source session by id: the screen names it in its own language.
      if (items.length > 0) describeUndo(db, replace ? 'copy-replace' : 'copy', String(fromId), items.length);
      else if (newTopics.length > 0) describeUndo(db, 'copy-topics', String(fromId), newTopics.length);
      else describeUndo(db, 'copy-record', String(fromId));
      return { items: items.length, topics: newTopics.length, topicsHere, unplaced, record: carried };
    },
  }),

  /** The first year of the council's term, written with the term: "khóa VIII, nhiệm kỳ 2026–2031". */
  'council.setTermYears': defineCommand({
    schema: z.strictObject({ startYear: z.int().min(1946).max(2200).nullable() }),
    slices: ['council'],
    run({ db }, { startYear }) {
      if (!getCouncil(db)) throw new EngineError('no-council');
      setTermStartYear(db, startYear);
    },
  }),
};
