// The house's boundaries, checked by `npm run lint` (and by .ci/run before the tests). No
// formatting rules: the code's layout is not this file's business.
//   - no import cycles anywhere;
//   - src/core is pure: no imports of the hosts, the pane, the CLI or Node, no Office/Excel/DOM globals
//     (src/core/tsconfig.json backs this with no DOM lib and no office-js types);
//   - the Excel object model (Excel.run, context.sync, ctx.workbook) only in src/excel, with
//     office-addins/no-context-sync-in-loop there;
//   - no file-level eslint-disable in src; a line-level disable says why.
import comments from '@eslint-community/eslint-plugin-eslint-comments';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'https',
  'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'string_decoder', 'timers', 'tls', 'url',
  'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

/** The Excel object model, kept in src/excel. */
const EXCEL_SYNTAX = [
  { selector: "CallExpression[callee.object.name='Excel'][callee.property.name='run']", message: 'Excel.run belongs in src/excel (the adapter).' },
  { selector: "CallExpression[callee.property.name='sync'][callee.object.name=/^(ctx|context)$/]", message: 'context.sync belongs in src/excel (the adapter).' },
  { selector: "MemberExpression[object.name=/^(ctx|context)$/][property.name='workbook']", message: 'ctx.workbook belongs in src/excel (the adapter).' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/browser/output/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { 'import-x': importX, '@eslint-community/eslint-comments': comments },
    settings: {
      // import-x reads only .js files unless told: without these it finds no cycle among .ts files.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // A file-level disable hides a whole file from the house's rules.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@eslint-community/eslint-comments/disable-enable-pair': ['error', { allowWholeFile: false }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      'no-restricted-syntax': ['error', ...EXCEL_SYNTAX],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.flatMap((name) => [
            { name, message: 'src/core is pure: no Node built-ins (the CLI reads files).' },
            { name: `node:${name}`, message: 'src/core is pure: no Node built-ins (the CLI reads files).' },
          ]),
          patterns: [
            { group: ['**/excel', '**/excel/**'], message: 'src/core must not import the Excel adapter.' },
            { group: ['**/taskpane', '**/taskpane/**'], message: 'src/core must not import the pane.' },
            { group: ['**/cli', '**/cli/**'], message: 'src/core must not import the CLI.' },
            { group: ['**/wps', '**/wps/**'], message: 'src/core must not import the WPS adapter.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['Office', 'Excel', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'].map((name) => ({
          name,
          message: 'src/core is pure: hosts hand it grids; it never reaches for Office, the DOM or Node.',
        })),
      ],
    },
  },
  {
    // The pane and its controller know the host only through core/host/paneHost; the entry wires Excel in.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/excel', '**/excel/**'], message: 'The pane reaches the host through core/host/paneHost only (src/taskpane/index.tsx wires Excel in).' },
            { group: ['**/wps', '**/wps/**'], message: 'The pane reaches the host through core/host/paneHost only.' },
          ],
        },
      ],
    },
  },
  {
    // The two adapters stand side by side: neither reaches into the other (shared code lives in src/core).
    files: ['src/wps/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/excel', '**/excel/**'], message: 'The WPS adapter does not use the Excel adapter: shared code goes in src/core.' }] }],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/wps', '**/wps/**'], message: 'The Excel adapter does not use the WPS adapter: shared code goes in src/core.' }] }],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      // The plugin's rule knows the name `context` only; the adapter's batches call theirs `ctx`.
      'no-restricted-syntax': [
        'error',
        {
          selector: ":matches(ForStatement, ForInStatement, WhileStatement, DoWhileStatement, ForOfStatement) CallExpression[callee.object.name='ctx'][callee.property.name='sync']",
          message: 'A sync per loop turn costs a round trip each: queue the loop, then sync once.',
        },
      ],
      // The plugin's other rules misfire on the queue-then-read pattern STYLE.md asks for.
      'office-addins/no-context-sync-in-loop': 'error',
    },
  },
  {
    // Tests load modules by path; the tool configs (at the root, and the WPS build's) are CommonJS.
    files: ['test/**/*.{ts,tsx}', '*.js', 'wps/*.js'],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
