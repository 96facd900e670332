import type { Db } from '../../store/db';
import type { RowImages } from '../../store/undo';
import { EngineError } from '../../engine/errors';
import { describeUndo, describeUndoOf, type StepDirection } from '../../engine/undo';
import { openedStepAllowed, votesOf, type OpenedRefusals } from '../votes/undo';
import type { UndoLabel } from '../../store/undo';
import { DRAFT_STEPS, type PersonnelVote } from '../../../common/personnel/model';
import { getOpenPersonnelVote, getPersonnelVote, type PersonInput, type PersonnelInput } from './store';

/** The opening of a personnel vote, and the ballots and lines of the open one, are taken back in this scope. */
export const PERSONNEL_UNDO_SCOPE = 'personnel';

/**
 * A draft's edits (personnel.update, personnel.sortByName) are taken back in a scope of their own:
 * in the counting scope, the secretary preparing the next election while the committee counts
 * made its Undo the draft's, and the open vote's Ctrl+Z lost its last count. Each step belongs to
 * its draft (its `subjectId`), so each draft undoes and redoes its own, whatever was done on
 * another draft between.
 */
export const PERSONNEL_DRAFT_UNDO_SCOPE = 'personnel-draft';

const PERSONNEL_REFUSALS: OpenedRefusals = { alreadyOpen: 'personnel-already-open', closed: 'undo-personnel-closed', counted: 'undo-personnel-counted' };

/**
 * Both personnel scopes: a draft's edit while it is a draft; the opening, the ballots and the lines
 * of an open personnel vote as a resolution vote's are (openedStepAllowed). Once it is closed they
 * are its record (corrected with a reason, or a new round held); a line's step touches only its
 * person's row, which a close leaves alone, and a list's step only its lines, which opening leaves
 * alone: the scope refuses by the vote's status, by the step's action (a step saved before the
 * scopes were two is judged alike in either).
 */
export function personnelStepAllowed(db: Db, images: readonly RowImages[], step: UndoLabel, direction: StepDirection): void {
  const draftStep = DRAFT_STEPS.includes(step.action);
  for (const voteId of votesOf(images, 'personnel_vote', 'personnel_person')) {
    const vote = getPersonnelVote(db, voteId);
    // A deleted draft's step: said so, rather than that a later action changed its rows. An edit
    // or a sort is named by the draft's title, an honorific by the person (its subject).
    if (!vote && draftStep) {
      throw new EngineError(step.action === 'honorific' ? 'undo-personnel-removed-person' : 'undo-personnel-removed', { title: step.subject, name: step.subject });
    }
    if (!vote) continue;
    if (draftStep) {
      if (vote.status !== 'draft') throw new EngineError('undo-personnel-opened', { title: vote.title });
      continue;
    }
    const counted = Object.values(vote.ballots).some((n) => n > 0) || vote.people.some((p) => Object.values(p.counts).some((n) => n > 0));
    const otherOpen = () => {
      const open = getOpenPersonnelVote(db);
      return open && open.id !== voteId ? open.title : null;
    };
    openedStepAllowed({ status: vote.status, title: vote.title, counted }, step, direction, otherOpen, PERSONNEL_REFUSALS);
  }
}

/**
 * Names a draft's edit: the honorific of one person when that is all it changed (a secretary
 * putting "Bà" right takes back just that, by name), else the edit of the vote, by its title;
 * either as a step of that draft (its subjectId).
 */
export function describeDraftEdit(db: Db, draft: PersonnelVote, vote: PersonnelInput, people: readonly PersonInput[]): void {
  const fields = (v: PersonnelInput) => JSON.stringify([v.agendaItemId, v.kind, v.title, v.posts, v.rules]);
  const sameVote = fields(vote) === fields(draft);
  const changed = people.flatMap((p, i) => {
    const was = draft.people[i];
    const same = was && was.delegateId === p.delegateId && was.fullName === p.fullName && was.title === p.title && was.body === p.body && was.exemptReason === p.exemptReason;
    if (!same) return [{ name: p.fullName, only: false }];
    return was.honorific !== p.honorific || was.honorificGuessed !== p.honorificGuessed ? [{ name: p.fullName, only: true }] : [];
  });
  const oneHonorific = sameVote && people.length === draft.people.length && changed.length === 1 && changed[0].only;
  describeUndoOf(db, draft.id, oneHonorific ? 'honorific' : 'edit', oneHonorific ? changed[0].name : vote.title);
}

/** Names a lines step by the person whose line changed (and how many lines, when more than one). */
export function describeLines(db: Db, names: readonly string[]): void {
  describeUndo(db, 'line', names[0] ?? '', names.length > 1 ? names.length : undefined);
}
