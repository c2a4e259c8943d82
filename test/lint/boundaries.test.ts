/**
 * The house's boundaries fail when broken: in a copy of the project (node_modules linked), files
 * are planted that break each one — an import cycle, Office and Node in src/core, the DOM in
 * src/core (no DOM lib there), Excel.run and context.sync outside src/excel, context.sync in a loop,
 * a file-level eslint-disable, an unused export and an unused file — and `npm run lint`'s tools,
 * run as CI runs them, must report each.
 */
import { spawnSync } from 'child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, relative } from 'path';

const ROOT = join(__dirname, '..', '..');
let copy = '';

function plant(file: string, text: string): void {
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  writeFileSync(join(copy, file), text);
}

function run(bin: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', ...bin.split('/')), ...args], { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** ESLint's findings per planted file, as `rule: message`. */
function eslint(files: string[]): Map<string, string[]> {
  const r = run('eslint/bin/eslint.js', ['--format', 'json', ...files]);
  const results = JSON.parse(r.out.slice(r.out.indexOf('['))) as Array<{ filePath: string; messages: LintMessage[] }>;
  return new Map(results.map((x) => [relative(copy, x.filePath), x.messages.map((m) => `${m.ruleId}: ${m.message}`)]));
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'perf-target-lint-'));
  const skip = new Set(['node_modules', 'dist', '.git', 'output', 'coverage']);
  for (const entry of ['src', 'test', 'assets', 'package.json', 'tsconfig.json', 'knip.json', 'eslint.config.mjs', 'webpack.config.js', 'jest.config.js', 'manifest.xml', 'wps']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true, filter: (p) => !skip.has(p.split(/[\\/]/).pop()!) });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the boundaries npm run lint keeps', () => {
  it('ESLint fails each broken boundary, at the planted file', () => {
    plant('src/core/planted/a.ts', "import { b } from './b';\nexport const a = () => b() + 1;\n");
    plant('src/core/planted/b.ts', "import { a } from './a';\nexport const b = () => (a.length > 0 ? 1 : 0);\n");
    plant(
      'src/core/planted/office.ts',
      "import { readFileSync } from 'fs';\nimport { officeHost } from '../../excel/host';\nexport const read = () => [readFileSync, officeHost, Office.context, window.location];\n",
    );
    plant('src/core/planted/disabled.ts', '/* eslint-disable */\nexport const x = 1;\n');
    plant('src/core/planted/whole-rule.ts', '/* eslint-disable @typescript-eslint/no-explicit-any */\nexport const y: any = 1;\n');
    plant('src/core/planted/no-reason.ts', '// eslint-disable-next-line @typescript-eslint/no-explicit-any\nexport const z: any = 1;\n');
    plant(
      'src/taskpane/planted.ts',
      'export async function readInPane(): Promise<void> {\n  await Excel.run(async (ctx) => {\n    ctx.workbook.worksheets.load("items");\n    await ctx.sync();\n  });\n}\n',
    );
    plant('src/taskpane/planted-host.ts', "import { selectCell } from '../excel/navigate';\nexport const go = selectCell;\n");
    plant(
      'src/excel/planted.ts',
      'export async function slow(ctx: Excel.RequestContext, names: string[]): Promise<void> {\n  for (const n of names) {\n    ctx.workbook.worksheets.getItem(n).load("name");\n    await ctx.sync();\n  }\n}\n',
    );
    plant(
      'src/excel/planted-context.ts',
      'export async function slower(context: Excel.RequestContext, names: string[]): Promise<void> {\n  for (const n of names) {\n    context.workbook.worksheets.getItem(n).load("name");\n    await context.sync();\n  }\n}\n',
    );
    plant('src/wps/planted.ts', "import { PlanRefused } from '../excel/insertRows';\nexport const refused = PlanRefused;\n");
    const found = eslint(['src/core/planted', 'src/taskpane/planted.ts', 'src/taskpane/planted-host.ts', 'src/excel/planted.ts', 'src/excel/planted-context.ts', 'src/wps/planted.ts']);
    const rules = (file: string) => (found.get(file) ?? []).map((m) => m.slice(0, m.indexOf(':')));

    expect(rules('src/core/planted/a.ts')).toContain('import-x/no-cycle');
    expect(rules('src/core/planted/b.ts')).toContain('import-x/no-cycle');
    expect(rules('src/core/planted/office.ts')).toEqual(['no-restricted-imports', 'no-restricted-imports', 'no-restricted-globals', 'no-restricted-globals']);
    expect(found.get('src/core/planted/office.ts')!.join('\n')).toContain('src/core must not import the Excel adapter');
    expect(rules('src/core/planted/disabled.ts')).toContain('@eslint-community/eslint-comments/no-unlimited-disable');
    expect(rules('src/core/planted/whole-rule.ts')).toContain('@eslint-community/eslint-comments/disable-enable-pair');
    expect(rules('src/core/planted/no-reason.ts')).toContain('@eslint-community/eslint-comments/require-description');
    expect(rules('src/taskpane/planted.ts')).toEqual(['no-restricted-syntax', 'no-restricted-syntax', 'no-restricted-syntax']);
    expect(found.get('src/taskpane/planted.ts')!.join('\n')).toContain('Excel.run belongs in src/excel');
    expect(found.get('src/taskpane/planted-host.ts')!.join('\n')).toContain('The pane reaches the host through core/host/paneHost only');
    expect(found.get('src/excel/planted.ts')).toEqual(['no-restricted-syntax: A sync per loop turn costs a round trip each: queue the loop, then sync once.']);
    expect(rules('src/excel/planted-context.ts')).toEqual(['office-addins/no-context-sync-in-loop']);
    expect(found.get('src/wps/planted.ts')!.join('\n')).toContain('The WPS adapter does not use the Excel adapter');
  }, 120000);

  it('the core type-checks without the DOM or office-js: a DOM use there fails tsc', () => {
    plant('src/core/planted-dom.ts', 'export const title = (): string => document.title;\n');
    const r = run('typescript/bin/tsc', ['--noEmit', '-p', 'src/core/tsconfig.json']);
    rmSync(join(copy, 'src/core/planted-dom.ts'));
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/planted-dom\.ts.*Cannot find name 'document'/);
  }, 120000);

  it('knip fails an unused export and an unused file', () => {
    rmSync(join(copy, 'src/core/planted'), { recursive: true, force: true });
    rmSync(join(copy, 'src/taskpane/planted.ts'), { force: true });
    rmSync(join(copy, 'src/taskpane/planted-host.ts'), { force: true });
    rmSync(join(copy, 'src/excel/planted.ts'), { force: true });
    rmSync(join(copy, 'src/excel/planted-context.ts'), { force: true });
    rmSync(join(copy, 'src/wps/planted.ts'), { force: true });
    const clean = run('knip/bin/knip.js', ['--no-progress']);
    expect(clean.out).not.toMatch(/Unused/);
    expect(clean.status).toBe(0);
    writeFileSync(join(copy, 'src/core/text.ts'), `${readFileSync(join(copy, 'src/core/text.ts'), 'utf8')}\nexport function plantedUnused(): number {\n  return 1;\n}\n`);
    plant('src/core/planted-orphan.ts', 'export const orphan = 1;\n');
    const r = run('knip/bin/knip.js', ['--no-progress']);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('plantedUnused');
    expect(r.out).toContain('src/core/planted-orphan.ts');
  }, 120000);
});
