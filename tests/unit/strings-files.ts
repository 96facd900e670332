/// <reference types="vite/client" />
/**
 * Every strings module of the product, found by name so a new feature's strings are checked
 * without being listed: the engine's catalogs (`*strings.ts` under electron/) and the UI's
 * dictionaries (each feature's `strings.ts` under src/ or common/, the model's value names in
 * common/<feature>/labels.ts, and the core ones in src/lib/i18n/).
 */
type UiDictionary = { en?: Record<string, string>; vi?: Record<string, string> };

export const ENGINE_STRINGS = import.meta.glob<Record<string, Record<string, unknown>>>(['../../electron/**/*strings.ts', '../../common/**/catalog.ts'], { eager: true });

export const UI_STRINGS = import.meta.glob<UiDictionary>(['../../src/**/strings.ts', '../../common/**/strings.ts', '../../common/*/labels.ts', '../../src/lib/i18n/*.ts', '!../../src/lib/i18n/index.ts', '!../../common/strings.ts'], { eager: true });
