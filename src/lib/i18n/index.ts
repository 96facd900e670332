import { en as coreEn } from './en';
import { vi as coreVi } from './vi';
import { en as agendaLiveEn, vi as agendaLiveVi } from './agendaLive';

/**
 * The UI's dictionaries. Each domain keeps its strings in a file of its own exporting
 * `en` and `vi`; add both to these spreads. The type makes a missing Vietnamese key an error.
 */
export const en = { ...coreEn, ...agendaLiveEn };
export type MessageKey = keyof typeof en;
export const vi: Record<MessageKey, string> = { ...coreVi, ...agendaLiveVi };
