import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml is only read by `npm run dist`, which needs the internet and so never runs
 * here: check it against electron-builder's own schema (its validation, as `dist` runs it), so a
 * misspelt key fails the tests rather than a user's installer build.
 */
const root = path.resolve(__dirname, '../../..');
const require = createRequire(path.join(root, 'node_modules/electron-builder/package.json'));
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: object, debug: object): Promise<void>;
};
const { load } = require('js-yaml') as { load(text: string): Record<string, Record<string, unknown>> };
const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const quiet = { add() {}, isEnabled: false };

describe('the installer configuration', () => {
  it('is valid for electron-builder, and the Windows installer speaks Vietnamese and English', async () => {
    await expect(validateConfiguration(structuredClone(config), quiet)).resolves.toBeUndefined();
    expect(config.nsis.installerLanguages).toEqual(['vi_VN', 'en_US']);
    expect(config.nsis.language).toBe('1066');
  });

  it('a misspelt option is refused (the check can fail)', async () => {
    const wrong = { ...structuredClone(config), nsis: { ...config.nsis, installerLanguage: ['vi_VN'] } };
    await expect(validateConfiguration(wrong, quiet)).rejects.toThrow(/does not match the API schema/);
  });
});
