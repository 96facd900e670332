/**
 * The house rules (issue 19), checked in CI by `npm run lint:deps`:
 * - common/ is the pure core both sides use: it imports nothing of ours outside common/;
 * - the engine side (electron/) never imports the screens (src/);
 * - the screens import the engine side only for types (the protocol, slice and row shapes),
 *   so everything they run comes from common/ or src/;
 * - no import cycles anywhere.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'common-is-pure',
      comment: 'common/ is shared by the engine and the screens: it may import only common/ and packages.',
      severity: 'error',
      from: { path: '^common/' },
      to: { path: '^(electron|src|tests|bench|scripts)/' },
    },
    {
      name: 'engine-never-imports-screens',
      comment: 'The engine side runs without a browser: it may not import the renderer.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^src/' },
    },
    {
      name: 'screens-import-engine-types-only',
      comment: 'The renderer runs in a browser: from electron/ it may import types only; shared code lives in common/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^electron/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'An import cycle makes load order matter and hides which module owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.svelte', '.js', '.mjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
