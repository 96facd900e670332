/**
 * One wording of an undo step, from what the engine labels it (scope, action, subject, count):
 * every view's Undo button, its question and toast, and the Activity view's "Undid in the
 * speaker queue: withdrawal (Nguyễn Văn Dũng)" read the same catalog keys through here. Pure:
 * the catalog comes in as `say`, so the console passes its own `t` (undo.ts `stepText`) and
 * Activity the language it was asked for.
 */
import { formatDate } from '../../common/dates';
import { sittingOfLabel } from '../../common/attendance/sittingLabel';
import { sittingParts } from '../../common/timing/labels';
import { BUILTIN_NAMES, type BuiltinKey } from '../../common/prep/templates';
import type { Lang } from '../../common/strings';
import { readVoteStepSubject } from '../../common/personnel/model';

/** A catalog lookup with its parameters filled; undefined for a key the catalog lacks. */
export type Say = (key: string, params?: Record<string, string | number>) => string | undefined;

/** A step as the engine labels it (electron/engine/undo-offer.ts). */
export interface Step {
  action: string;
  subject: string;
  count?: number;
  /** The thing the step belongs to (a personnel draft's id), as data beside the subject. */
  subjectId?: number;
}

/** What only a view knows: the session an agenda was copied from (Activity says "another session"). */
export interface StepContext {
  session?: (id: string) => string | null;
  /** What a note was on, by its step's subject ("speech:12"): its item, and who spoke, asked or answered. */
  note?: (subject: string) => { item: string | null; name: string | null } | null;
}

/** "extra time (Nguyễn Thị Hằng)": the action's words with the person it was about. */
const withWho = (say: Say, label: string | undefined, subject: string) => (label !== undefined && subject ? say('undo.who', { label, name: subject }) : label);

/**
 * A sitting's step by its sitting: "the morning sitting of 8 Dec 2026" / "phiên họp buổi sáng ngày
 * 08/12/2026". Steps kept from before named the day only ("2026-12-08"), and still read so.
 */
function sittingStep(subject: string, say: Say, lang: Lang): string | undefined {
  const s = sittingOfLabel(subject);
  return s ? say('undo.sittingNamed', { part: sittingParts[lang][s.part], date: formatDate(s.date, lang) }) : say('undo.sittingDay', { date: formatDate(subject, lang) });
}

/**
 * A vote's (or a personnel vote's ballots') step: "the counts 49 for, 2 against, 1 abstaining",
 * "Nguyễn Thị Hằng’s vote (for)". A count step's subject is its numbers, "for/against/abstain"
 * (or a secret ballot's "issued/returned/valid/invalid"), as features/votes/undo.ts names it.
 */
function voteStep({ action, subject }: Step, say: Say): string | undefined {
  const n = subject.split('/');
  if (action === 'tally') return say('votes.u.tally', { for: n[0], against: n[1], abstain: n[2] });
  if (action === 'ballots') return say('votes.u.ballots', { issued: n[0], returned: n[1], valid: n[2], invalid: n[3] });
  return say(`votes.u.${action}`, { name: subject });
}

/**
 * A note by what it is on: "the note on the speech of Nguyễn Thị Hằng, item “Thảo luận tại hội
 * trường”" / "tóm tắt phát biểu của …, mục “…”". `subject` is the note's kind and id ("speech:12"),
 * as its undo step and its journal row name it; undefined when `on` lacks what the words need.
 */
export function noteName(subject: string, on: { item: string | null; name: string | null }, say: Say): string | undefined {
  const kind = subject.split(':')[0];
  if (kind === 'item' ? on.item === null : on.name === null) return undefined;
  const where = kind !== 'item' && on.item !== null ? say('rec.note.where', { item: on.item }) : '';
  return say(`rec.note.${kind}`, { item: on.item ?? '', name: on.name ?? '', where: where ?? '' });
}

/**
 * A note's step: "the change to the note on the speech of Nguyễn Thị Hằng, item “Thảo luận tại
 * hội trường”". Its subject only points at the note ("speech:12"), so the words need the context
 * to say what it was on; undefined without it (the note's own field names it by its label).
 */
function noteStep({ action, subject }: Step, say: Say, context: StepContext): string | undefined {
  if (action === 'presentedBy') return say('rec.u.presentedBy');
  const on = context.note?.(subject);
  const note = action === 'note' && on ? noteName(subject, on, say) : undefined;
  return note === undefined ? undefined : say('rec.u.noteChange', { note });
}

/**
 * What a roster import did, "1 added, 2 updated" / "thêm 1, cập nhật 2", what is none left out;
 * undefined when it did neither. Its Undo button and its Activity line say it alike.
 */
export function importCounts(added: number, updated: number, say: Say): string | undefined {
  const counts = [
    [added, 'roster.u.added'],
    [updated, 'roster.u.updated'],
  ] as const;
  const said = counts.filter(([n]) => n > 0).map(([n, key]) => say(key, { n }));
  return said.length > 0 ? said.join(', ') : undefined;
}

/**
 * A roster import's step: "importing the roster file (1 added, 2 updated)", or of pasted lines
 * (action `paste`) "adding the pasted lines to the roster (…)". Its subject is the two numbers,
 * "added/updated" (roster/commands.ts), as a vote's count step carries its numbers; a step saved
 * before it did counts the people together ("(3 people)").
 */
function importStep({ action, subject, count }: Step, say: Say): string | undefined {
  const [added, updated] = /^\d+\/\d+$/.test(subject) ? subject.split('/').map(Number) : [0, 0];
  const counts = importCounts(added, updated, say);
  if (counts === undefined) return say('roster.u.import', { n: count ?? 0 });
  return say(action === 'paste' ? 'roster.u.paste' : 'roster.u.importCounts', { counts });
}

/** The step in words; undefined for a scope or action without words (a note's field without the context naming it). */
export function undoStepText(scope: string, step: Step, say: Say, lang: Lang, context: StepContext = {}): string | undefined {
  const { action, subject } = step;
  switch (scope) {
    case 'timing':
      return action.startsWith('sitting') ? say(`undo.${action}`, { sitting: sittingStep(subject, say, lang) ?? subject }) : say(`undo.${action}`, { title: subject });
    case 'queue':
      // A carry-over names how many it moved and where to, not a person.
      if (action === 'carryOver') return say('spk.u.carried', { n: step.count ?? 0, item: subject });
      return withWho(say, say(`spk.u.${action}`), subject);
    case 'questions':
      return withWho(say, say(`q.u.${action}`), subject);
    case 'attendance':
      return say(`att.u.${action}`, { name: subject });
    case 'roster':
      return action === 'import' || action === 'paste' ? importStep(step, say) : say(`roster.u.${action}`, { name: subject, n: step.count ?? 0 });
    case 'prep': {
      // A template's subject is its key; a copy's, the session copied from.
      const name = action.startsWith('builtin')
        ? (BUILTIN_NAMES[lang][subject as BuiltinKey] ?? subject)
        : action.startsWith('copy')
          ? (context.session?.(subject) ?? say('prep.u.otherSession') ?? subject)
          : subject;
      return say(`prep.u.${action}`, { name, n: step.count ?? 0 });
    }
    case 'vote':
      return voteStep(step, say);
    case 'notes':
      return noteStep(step, say, context);
    case 'personnel':
    case 'personnel-draft': {
      // The ballots are said as a secret vote's are: one wording for the four numbers.
      if (action === 'ballots') return voteStep(step, say);
      // A draft's steps: its edit and its sort by the vote's title, an honorific by the person's
      // name, the draft's id beside it (subjectId); its opening by its title, the subject also
      // holding the vote's id (voteStepSubject), as did a draft's before subjectId (older journal rows).
      if (action === 'edit' || action === 'honorific' || action === 'sort' || action === 'open') {
        return say(`personnel.u.${action}`, { name: step.subjectId === undefined ? readVoteStepSubject(subject).name : subject });
      }
      const n = step.count ?? 1;
      return n > 1 ? say('personnel.u.lines', { name: subject, more: n - 1 }) : say('personnel.u.line', { name: subject });
    }
    default:
      return undefined;
  }
}
