import { foundation } from './001-foundation';
import { undo } from './002-undo';
import { questions } from './003-questions';
import { votes } from './004-votes';
import { agendaLive } from './005-agenda-live';
import { roster } from './006-roster';
import { hall } from './007-hall';
import { record } from './008-record';
import { preparation } from './009-preparation';
import { liveFixes } from './010-live-fixes';
import { personnel } from './011-personnel';
import { engineUndo } from './012-engine-undo';
import { operators } from './013-operators';
import type { Migration } from './migration';
import { perf } from './014-perf';
import { rollCallRoster } from './015-roll-call-roster';
import { undoCount } from './016-undo-count';
import { deviceAddress } from './017-device-address';
import { questionExtraTime } from './018-question-extra-time';
import { redo } from './019-redo';
import { questionLimit } from './020-question-limit';
import { commandReplies } from './021-command-replies';
import { questionLive } from './022-question-live';
import { commandReplyIndex } from './023-command-reply-index';
import { personnelRemoval } from './024-personnel-removal';
import { delegateListPosition } from './025-delegate-list-position';
import { votePresentedBy } from './026-vote-presented-by';
import { rollCallSitting } from './027-roll-call-sitting';
import { reviewSigner } from './028-review-signer';
import { voteVacancy } from './029-vote-vacancy';
import { attendancePresent } from './030-attendance-present';
import { presentSource } from './031-present-source';
import { journalConsole } from './032-journal-console';
import { fieldChange } from './033-field-change';
import { honorificGuessed } from './034-honorific-guessed';
import { itemFinishedAt } from './035-item-finished-at';
import { undoSubject } from './036-undo-subject';

/** Every schema step in order. Add new steps at the end; never edit a released one. */
export const migrations: readonly Migration[] = [foundation, undo, questions, votes, agendaLive, roster, hall, record, preparation, liveFixes, personnel, engineUndo, operators, perf, rollCallRoster, undoCount, deviceAddress, questionExtraTime, redo, questionLimit, commandReplies, questionLive, commandReplyIndex, personnelRemoval, delegateListPosition, votePresentedBy, rollCallSitting, reviewSigner, voteVacancy, attendancePresent, presentSource, journalConsole, fieldChange, honorificGuessed, itemFinishedAt, undoSubject];

export const LATEST_VERSION = migrations[migrations.length - 1].version;

/** 'GavL' in ASCII: marks a SQLite file as Gavel's (PRAGMA application_id). */
export const APPLICATION_ID = 0x4761764c;
