import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../electron/engine/commands';
import { errorMessages } from '../../../electron/engine/messages';
import { SLICE_NAMES } from '../../../electron/engine/state';

const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/protocol.md'), 'utf8');

describe('docs/protocol.md', () => {
  it('documents every command of the handler map, and no command that does not exist', () => {
    const documented = [...doc.matchAll(/^### `([\w.-]+)`$/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(commands).sort());
  });

  it('lists every error code', () => {
    for (const code of Object.keys(errorMessages.en)) expect(doc, `error code ${code}`).toContain(`| \`${code}\` |`);
  });

  it('lists every message kind of electron/engine/protocol.ts in its Messages table', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../../../electron/engine/protocol.ts'), 'utf8');
    const kinds = [...new Set([...source.matchAll(/kind: '([\w-]+)'/g)].map((m) => m[1]))];
    expect(kinds).toContain('hello');
    for (const kind of kinds) expect(doc, `message kind ${kind}`).toContain(`| \`{ kind: '${kind}'`);
  });

  it('describes every state slice', () => {
    for (const slice of SLICE_NAMES) expect(doc, `slice ${slice}`).toContain(`| \`${slice}\` |`);
  });
});
