/**
 * Commands that depend on what the sender saw. Each names the "thing" it reads and changes
 * (its topic, kept in the journal); a client may send `seen` (the state revision its view
 * was built on) and the engine refuses the command if another command changed that thing
 * after it. Two operators acting on the same thing get a clear refusal, never a silent
 * overwrite; acting on different things (two delegates' marks) never conflicts.
 */
import type { Db } from '../store/db';
import { getSpeech } from '../features/speakers/store';
import { getCurrentSessionId } from '../features/council/sessions';
import type { CommandType } from './commands';
import { focusItemId } from '../features/speakers/slices';
import { latestUndoStep, stepRow, type StepTable } from '../store/undo';
import { VOTE_UNDO_SCOPE } from '../features/votes/undo';
import { PREP_UNDO_SCOPE } from '../features/prep/slices';
import { TIMING_SCOPE } from '../features/timing/commands';
import { PROGRAMME_COMMANDS } from '../../common/timing/model';

type Payload = Record<string, unknown>;
type TopicOf = (db: Db, payload: Payload) => string | null;

const vote: TopicOf = (_, p) => `vote:${p.id}`;
const speechQueue: TopicOf = (db, p) => {
  const s = getSpeech(db, Number(p.id));
  return s ? `queue:${s.agendaItemId}` : null;
};
const focusQueue: TopicOf = (db, p) => {
  if (typeof p.agendaItemId === 'number') return `queue:${p.agendaItemId}`;
  const sessionId = getCurrentSessionId(db);
  const item = sessionId === null ? null : focusItemId(db, sessionId);
  return item === null ? null : `queue:${item}`;
};
const slips: TopicOf = (db) => `questions:${getCurrentSessionId(db)}`;
// The agenda's order: a move names a place by index, so any command that adds, removes or
// regroups items changes what that index means.
const agendaOrder: TopicOf = (db) => `agenda:${getCurrentSessionId(db)}`;
/**
 * The session's running programme: which item runs, each item's state and time, which sitting is in
 * progress. One thing, not one per item: a start finishes or pauses the item running and opens,
 * suspends or closes sittings, and Space means pause or resume by what the chair saw running; a
 * Space, `n`, +1 min or Close sent on a view from before another console's start, finish or undo
 * is refused rather than acting on what is no longer there (pausing what was just paused elsewhere
 * resumes nothing; a second +1 adds no second minute).
 */
const timing: TopicOf = (db) => `timing:${getCurrentSessionId(db)}`;

/**
 * What undoing (or redoing) the vote scope's latest step changes: that vote's count, or one
 * delegate's mark (and the count it made), as the command it takes back named it.
 */
function voteStep(db: Db, table: StepTable): string | null {
  const images = latestUndoStep(db, VOTE_UNDO_SCOPE, table)?.images ?? [];
  const mark = images.find((img) => img.t === 'vote_mark');
  const row = mark && stepRow<{ vote_id: number; delegate_id: number }>(mark);
  if (row) return `vote:${row.vote_id}:mark:${row.delegate_id}`;
  const vote = images.find((img) => img.t === 'vote');
  return vote ? `vote:${vote.k}` : null;
}

/**
 * Taking back (or redoing) a template, a copied agenda or an import reorders the agenda as much
 * as applying it; taking back a count or a mark changes them as much as entering it.
 */
const stepTopic =
  (table: StepTable): TopicOf =>
  (db, p) =>
    p.scope === PREP_UNDO_SCOPE
      ? agendaOrder(db, p)
      : p.scope === VOTE_UNDO_SCOPE
        ? voteStep(db, table)
        : p.scope === TIMING_SCOPE
          ? timing(db, p)
          : null;

export const commandTopics: Partial<Record<CommandType, TopicOf>> = {
  'vote.tally': vote,
  'vote.correct': vote,
  'vote.mark': (_, p) => `vote:${p.id}:mark:${p.delegateId}`,
  'speaker.request': focusQueue,
  'speaker.next': focusQueue,
  'speaker.move': speechQueue,
  'speaker.withdraw': speechQueue,
  'speaker.requeue': speechQueue,
  'speaker.call': speechQueue,
  // The queue it changes the order of: a move there sent on a view from before the carry-over is refused.
  'speaker.carryOver': (_, p) => `queue:${String(p.toItemId)}`,
  'question.register': slips,
  'question.move': slips,
  'question.remove': slips,
  'question.next': slips,
  'agenda.move': agendaOrder,
  'agenda.add': agendaOrder,
  'agenda.remove': agendaOrder,
  'agenda.assign': agendaOrder,
  'agenda.setParent': agendaOrder,
  'agenda.import': agendaOrder,
  'template.apply': agendaOrder,
  'session.copyFrom': agendaOrder,
  ...Object.fromEntries(PROGRAMME_COMMANDS.map((type) => [type, timing])),
  undo: stepTopic('undo_step'),
  redo: stepTopic('redo_step'),
};

export function topicOf(type: string, db: Db, payload: unknown): string | null {
  const fn = Object.hasOwn(commandTopics, type) ? commandTopics[type as CommandType] : undefined;
  return fn ? fn(db, payload as Payload) : null;
}

export type TopicKind = 'vote' | 'mark' | 'queue' | 'questions' | 'agenda' | 'timing';

/** Which sentence names the thing: "vote:4" → vote, "vote:4:mark:9" → mark, "queue:3" → queue. */
export function topicKind(topic: string): TopicKind {
  if (topic.includes(':mark:')) return 'mark';
  return topic.slice(0, topic.indexOf(':')) as Exclude<TopicKind, 'mark'>;
}
