import { en as coreEn } from './en';
import { vi as coreVi } from './vi';
import { en as hallEn, vi as hallVi } from './hall';

/**
 * The UI's dictionaries. Each domain keeps its strings in a file of its own exporting
 * `en` and `vi`; add both to these spreads. The type makes a missing Vietnamese key an error.
 */
export const en = { ...coreEn, ...hallEn };
export type MessageKey = keyof typeof en;
export const vi: Record<MessageKey, string> = { ...coreVi, ...hallVi };
