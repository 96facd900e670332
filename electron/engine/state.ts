import type { PatchOp } from '../../common/patch';
import type { Db } from '../store/db';
import { listAgenda } from '../features/agenda/store';
import { getCouncil } from '../features/council/store';
import { listDelegates } from '../features/roster/store';
import { getCurrentSessionId, listSessions } from '../features/council/sessions';
import { readRules } from '../features/council/rules';
import { questionSlices } from '../features/questions/slices';
import { voteSlices } from '../features/votes/slices';
import { agendaLiveSlices } from '../features/timing/slices';
import { attendanceSlices } from '../features/attendance/slices';
import { FOCUS_READS, speakerSlices } from '../features/speakers/slices';
import { hallSlices, overlaySlices } from '../features/hall/slices';
import { recordSlices } from '../features/record/slices';
import { prepSlices } from '../features/prep/slices';
import { personnelSlices } from '../features/personnel/slices';
import { undoPlaces, undoSlices } from './undo-slice';
import { UNDO_RESTORED_AT_SETTING } from '../store/undo';
import { deviceSlices } from '../features/operators/slices';
import { reviewSlices } from '../features/review/signer';

/** Slices of the foundation. Each later domain exports its own builders and is added below. */
const foundationSlices = {
  council: getCouncil,
  rules: readRules,
  sessions: (db: Db) => ({ list: listSessions(db), currentId: getCurrentSessionId(db) }),
  delegates: listDelegates,
  agenda: (db: Db) => {
    const sessionId = getCurrentSessionId(db);
    return sessionId === null ? [] : listAgenda(db, sessionId);
  },
};

/**
 * The published state is built in slices, so that a command republishes only the slices
 * it touched. Add a domain's builders to this spread; its slices join `State` by type.
 */
export const sliceBuilders = { ...foundationSlices, ...questionSlices, ...voteSlices, ...agendaLiveSlices, ...attendanceSlices, ...speakerSlices, ...hallSlices, ...recordSlices, ...prepSlices, ...personnelSlices, ...undoSlices, ...deviceSlices, ...overlaySlices, ...reviewSlices };

export type SliceName = keyof typeof sliceBuilders;

/** Everything a screen shows is a function of this. */
export type State = { revision: number } & { [K in SliceName]: ReturnType<(typeof sliceBuilders)[K]> };

export const SLICE_NAMES = Object.keys(sliceBuilders) as SliceName[];

/** The current session's id in the `setting` table: every per-session slice reads it. */
const CURRENT = 'setting:current_session_id';

/** What says where the console is, for an undo scope taken in one place (the current roll call, the speakers' item). */
const UNDO_PLACES = [...new Set(Object.values(undoPlaces).flatMap((p) => p.follows))];

/**
 * What each slice reads, as tables ('speech'), columns of a table ('delegate(voting)': a row
 * added or removed, or that column changed) or single settings ('setting:rules', or a
 * prefix 'setting:speakers.item.*'). After a command the engine rebuilds or patches exactly
 * the slices whose tables it touched (electron/store/changes.ts records them). A slice that
 * is not listed here is rebuilt when a command lists it in `slices` (and after `undo` or a
 * command with slices: 'all'), as before this map existed.
 */
export const sliceTables: Partial<Record<SliceName, readonly string[]>> = {
  council: ['council'],
  rules: ['setting:rules'],
  sessions: ['session', CURRENT],
  delegates: ['delegate'],
  agenda: ['agenda_item', CURRENT],
  respondents: ['respondent', 'delegate'],
  questionTopics: ['question_topic', 'question_topic_respondent', CURRENT],
  questions: ['question', 'answer', CURRENT],
  votes: ['vote', 'vote_version', 'vote_mark', CURRENT],
  // Rebuilt and compared (no row patcher): a command that touches no personnel row sends nothing.
  // An item's title says whether its election is "bổ sung" or "thay thế" (the view's `way`).
  personnel: ['personnel_vote', 'personnel_person', 'personnel_counter', 'personnel_version', 'agenda_item(title)', CURRENT],
  sittings: ['sitting', CURRENT],
  timing: ['agenda_item', 'item_segment', CURRENT],
  // A roll call of a sitting is named from the sitting's date and part (attendance/store.ts).
  attendance: ['roll_call', 'roll_call_member', 'attendance', 'delegate(voting)', 'sitting(date,part)', 'council', 'setting:rules', 'setting:attendance.current.*', CURRENT],
  // The focus item (speakers/slices.ts focusItemId) reads an item's session, status, kind, position and, for a report's floor, its sitting, parent and planned minutes.
  speakers: ['speech', ...FOCUS_READS, CURRENT],
  // A speech counts by its item, its speaker, whether it has started and its time: a pause or
  // time added to the person at the rostrum (extra_ms, started_at) changes no total.
  speechTotals: ['speech(agenda_item_id,delegate_id,first_started_at,accumulated_ms)', 'agenda_item(session_id)', 'delegate(delegate_group)', CURRENT],
  // Rebuilt and compared (no row patcher): the items over (status) with requests waiting (a
  // speech's status and item), in programme order. Not rebuilt by what the rostrum's clock
  // changes (a pause, a resume, time added): most speaker actions.
  leftWaiting: ['speech(status,agenda_item_id)', 'agenda_item(session_id,status,position)', CURRENT],
  // Rebuilt and compared (no row patcher). A note is kept by its subject's id and shown while the
  // subject is there: it leaves the slice when the item, speech, question or answer is deleted,
  // and comes back when an undo or redo restores it ('table-'). A new speech or question has no
  // note yet, so adding one (every request to speak) does not rebuild the record.
  record: ['session_record', 'session_officer', 'sitting(presiding_id)', 'item_document', 'record_note', 'vote_counter', 'vote-', 'agenda_item-', 'speech-', 'question-', 'answer-', CURRENT],
  // The review's signer: the choice kept, and the guess from the presiding board and the roster's titles.
  reviewSigner: ['review_signer', 'session_officer', 'delegate(title)', CURRENT],
  hall: ['hall_screen', 'setting:hall.attendance'],
  hallEmblem: ['hall_emblem'],
  // Each offer also reads the role of the console that took it from `devices`, which no command
  // changes for a name once paired (a device is revoked, not renamed or deleted): not followed.
  undo: ['undo_step', CURRENT, ...UNDO_PLACES],
  // Rebuilt and compared (no row patcher): its table holds only the steps undone since the last new one.
  redo: ['redo_step', CURRENT, ...UNDO_PLACES],
  // Rebuilt and compared: one read of the subjects' latest steps (a partial index of the few that have one).
  undoOf: ['undo_step', CURRENT],
  redoOf: ['redo_step', CURRENT],
  // Written only into a copy being restored (store/undo.ts startUndoAfresh), before the engine opens on it.
  undoBoundary: [`setting:${UNDO_RESTORED_AT_SETTING}`],
};

/**
 * A published change. On connect: the whole state in `slices`. After a command: `patches`
 * per slice (electron/engine/patch.ts, applied by `applyPatch` from common/patch.ts), and
 * `slices` only for a slice replaced whole.
 */
export interface StateUpdate {
  revision: number;
  /** Engine clock at publication, epoch ms: screens measure their offset from it. */
  serverTime: number;
  slices: Partial<Omit<State, 'revision'>>;
  patches?: Partial<Record<SliceName, PatchOp[]>>;
  /** Set on the whole state (connect, reconnect): it replaces what a screen holds. */
  full?: true;
}
