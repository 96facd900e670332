import { en as coreEn } from './en';
import { vi as coreVi } from './vi';
import { en as questionsEn, vi as questionsVi } from '../../features/questions/strings';
import { en as votesEn, vi as votesVi } from '../../features/votes/strings';
import { en as agendaLiveEn, vi as agendaLiveVi } from '../../features/timing/strings';
import { en as rosterEn, vi as rosterVi } from '../../features/roster/strings';
import { en as hallEn, vi as hallVi } from '../../features/hall/strings';
import { en as rulesEn, vi as rulesVi } from '../../features/council/strings';
import { en as spreadsheetEn, vi as spreadsheetVi } from './spreadsheet';
import { en as recordEn, vi as recordVi } from '../../features/record/strings';
import { en as robustEn, vi as robustVi } from '../../features/backups/strings';
import { en as prepEn, vi as prepVi } from '../../features/prep/strings';
import { en as liveEn, vi as liveVi } from './live';
import { en as reviewEn, vi as reviewVi } from '../../../common/review/strings';
import { en as personnelEn, vi as personnelVi } from '../../features/personnel/strings';
import { en as operatorsEn, vi as operatorsVi } from '../../features/operators/strings';
import { en as overlayEn, vi as overlayVi } from '../../overlay/strings';
import { en as labelsEn, vi as labelsVi } from '../../../common/labels';
import { en as journalEn, vi as journalVi } from './journal';

/**
 * The UI's dictionaries. Each domain keeps its strings in a file of its own exporting
 * `en` and `vi`; add both to these spreads. The type makes a missing Vietnamese key an error.
 */
export const en = { ...coreEn, ...questionsEn, ...votesEn, ...agendaLiveEn, ...rosterEn, ...hallEn, ...rulesEn, ...spreadsheetEn, ...recordEn, ...robustEn, ...prepEn, ...liveEn, ...reviewEn, ...personnelEn, ...operatorsEn, ...overlayEn, ...labelsEn, ...journalEn };
export type MessageKey = keyof typeof en;
export const vi: Record<MessageKey, string> = { ...coreVi, ...questionsVi, ...votesVi, ...agendaLiveVi, ...rosterVi, ...hallVi, ...rulesVi, ...spreadsheetVi, ...recordVi, ...robustVi, ...prepVi, ...liveVi, ...reviewVi, ...personnelVi, ...operatorsVi, ...overlayVi, ...labelsVi, ...journalVi };
