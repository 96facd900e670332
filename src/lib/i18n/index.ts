import { en as coreEn } from './en';
import { vi as coreVi } from './vi';
import { en as questionsEn, vi as questionsVi } from './questions';
import { en as votesEn, vi as votesVi } from './votes';
import { en as agendaLiveEn, vi as agendaLiveVi } from './agendaLive';
import { en as rosterEn, vi as rosterVi } from './roster';
import { en as hallEn, vi as hallVi } from './hall';
import { en as rulesEn, vi as rulesVi } from './rules';
import { en as spreadsheetEn, vi as spreadsheetVi } from './spreadsheet';
import { en as recordEn, vi as recordVi } from './record';
import { en as robustEn, vi as robustVi } from './robust';
import { en as prepEn, vi as prepVi } from './prep';
import { en as liveEn, vi as liveVi } from './live';
import { en as reviewEn, vi as reviewVi } from './review';
import { en as personnelEn, vi as personnelVi } from './personnel';
import { en as operatorsEn, vi as operatorsVi } from './operators';
import { en as overlayEn, vi as overlayVi } from './overlay';
import { en as journalEn, vi as journalVi } from './journal';

/**
 * The UI's dictionaries. Each domain keeps its strings in a file of its own exporting
 * `en` and `vi`; add both to these spreads. The type makes a missing Vietnamese key an error.
 */
export const en = { ...coreEn, ...questionsEn, ...votesEn, ...agendaLiveEn, ...rosterEn, ...hallEn, ...rulesEn, ...spreadsheetEn, ...recordEn, ...robustEn, ...prepEn, ...liveEn, ...reviewEn, ...personnelEn, ...operatorsEn, ...overlayEn, ...journalEn };
export type MessageKey = keyof typeof en;
export const vi: Record<MessageKey, string> = { ...coreVi, ...questionsVi, ...votesVi, ...agendaLiveVi, ...rosterVi, ...hallVi, ...rulesVi, ...spreadsheetVi, ...recordVi, ...robustVi, ...prepVi, ...liveVi, ...reviewVi, ...personnelVi, ...operatorsVi, ...overlayVi, ...journalVi };
