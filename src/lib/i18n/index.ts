import { en as coreEn } from './en';
import { vi as coreVi } from './vi';
import { en as rosterEn, vi as rosterVi } from './roster';

/**
 * The UI's dictionaries. Each domain keeps its strings in a file of its own exporting
 * `en` and `vi`; add both to these spreads. The type makes a missing Vietnamese key an error.
 */
export const en = { ...coreEn, ...rosterEn };
export type MessageKey = keyof typeof en;
export const vi: Record<MessageKey, string> = { ...coreVi, ...rosterVi };
