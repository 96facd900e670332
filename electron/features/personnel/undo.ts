import type { Db } from '../../store/db';
import type { RowImages } from '../../store/undo';
import { EngineError } from '../../engine/errors';
import { describeUndo } from '../../engine/undo';
import { votesOf } from '../votes/undo';
import type { UndoLabel } from '../../store/undo';
import { DRAFT_STEPS, type PersonnelVote } from '../../../common/personnel/model';
import { getPersonnelVote, type PersonInput, type PersonnelInput } from './store';

/** A draft's edits, and the ballots and lines of an open personnel vote, are taken back in this scope. */
export const PERSONNEL_UNDO_SCOPE = 'personnel';

/**
 * The `personnel` undo scope: a draft's edits while it is a draft, and the ballots and the lines
 * of an open personnel vote, as the counting committee reads them out. Once it is closed they are
 * its record (corrected with a reason, or a new round held); a line's step touches only its
 * person's row, which a close leaves alone, and a list's step only its lines, which opening
 * leaves alone: the scope refuses by the vote's status.
 */
export function personnelStepAllowed(db: Db, images: readonly RowImages[], step: UndoLabel): void {
  const draftStep = DRAFT_STEPS.includes(step.action);
  for (const voteId of votesOf(images, 'personnel_vote', 'personnel_person')) {
    const vote = getPersonnelVote(db, voteId);
    if (!vote) continue;
    if (draftStep && vote.status !== 'draft') throw new EngineError('undo-personnel-opened', { title: vote.title });
    if (!draftStep && vote.status !== 'open') throw new EngineError('undo-personnel-closed', { title: vote.title });
  }
}

/**
 * Names a draft's edit: the honorific of one person when that is all it changed (a secretary
 * putting "Bà" right takes back just that, by name), else the edit of the vote, by its title.
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
  describeUndo(db, oneHonorific ? 'honorific' : 'edit', oneHonorific ? changed[0].name : vote.title);
}

/** Names a lines step by the person whose line changed (and how many lines, when more than one). */
export function describeLines(db: Db, names: readonly string[]): void {
  describeUndo(db, 'line', names[0] ?? '', names.length > 1 ? names.length : undefined);
}
