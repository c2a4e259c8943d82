/**
 * The `check` command end to end: real .xlsx files written with exceljs, the JSON contract,
 * exit codes, and bad input that must produce a Chinese message instead of a crash.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Writable } from 'stream';
import { runCheck } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { ningxiaTsv } from '../support/tables';

const dir = mkdtempSync(join(tmpdir(), 'perf-target-'));
const FIXTURES = join(__dirname, '..', 'fixtures');

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function check(args: string[]) {
  const out = new Capture();
  const err = new Capture();
  const code = await runCheck(args, out, err, false);
  return { code, out: out.text, err: err.text };
}

/** Writes a workbook whose first sheet holds the TSV table; `edit` may adjust cells. */
async function writeTable(name: string, tsvText: string, edit?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目表');
  tsvText.split('\n').forEach((line, r) =>
    line.split('\t').forEach((cell, c) => {
      if (cell !== '') ws.getCell(r + 1, c + 1).value = /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
    }),
  );
  edit?.(ws);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('perf-target check --format json', () => {
  it('prints exactly one JSON document following the contract', async () => {
    const file = join(FIXTURES, 'seed-001-tongfu.xlsx');
    const { code, out, err } = await check(['--format', 'json', file]);
    expect(err).toBe('');
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['files', 'summary']);
    expect(Object.keys(doc.files[0])).toEqual(['file', 'error', 'tables', 'findings']);
    expect(doc.files[0].file).toBe(file);
    expect(doc.files[0].error).toBeNull();
    expect(doc.files[0].tables[0]).toEqual({ sheet: '村干部民族团结奖', kind: 'project/ningxia', range: 'A1:E18', name: '村干部民族团结奖' });
    for (const f of doc.files[0].findings) {
      expect(Object.keys(f).filter((k) => k !== 'suggestion')).toEqual(['rule', 'severity', 'sheet', 'cells', 'message']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
    }
    expect(doc.summary).toEqual({ files: 1, unreadable: 0, tables: 11, errors: 4, warnings: 1, infos: 6, dismissed: 0 });
    expect(code).toBe(1);
  });

  it('exits 0 when no finding is an error', async () => {
    const file = await writeTable('clean.xlsx', ningxiaTsv());
    const { code, out } = await check(['--format', 'json', file]);
    expect(JSON.parse(out).summary).toEqual({ files: 1, unreadable: 0, tables: 1, errors: 0, warnings: 0, infos: 0, dismissed: 0 });
    expect(code).toBe(0);
  });

  it('reports an unreadable file in Chinese, still checks the others, and exits 2', async () => {
    const corrupt = join(dir, 'corrupt.xlsx');
    writeFileSync(corrupt, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
    const good = join(FIXTURES, 'seed-001-tongfu.xlsx');
    const { code, out } = await check(['--format', 'json', corrupt, good]);
    const doc = JSON.parse(out);
    expect(doc.files[0]).toMatchObject({ file: corrupt, tables: [], findings: [] });
    expect(doc.files[0].error).toMatch(/已损坏/);
    expect(doc.files[1].tables).toHaveLength(11);
    expect(code).toBe(2);
  });
});

describe('bad input gets a clear Chinese message', () => {
  it.each([
    ['a missing file', 'missing.xlsx', undefined, /文件不存在/],
    ['an empty file', 'empty.xlsx', Buffer.alloc(0), /空的/],
    ['a damaged .xls file (a compound-file header only)', 'old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /^\.xls \/ \.et 文件已损坏，或不是 Excel \/ WPS 工作簿/],
    ['a text file', 'notes.xlsx', Buffer.from('项目名称,预算'), /^不是 Excel 工作簿（文件内容既不是 \.xlsx 也不是 \.xls \/ \.et）$/],
  ])('%s', async (_what, name, content, message) => {
    const path = join(dir, name);
    if (content) writeFileSync(path, content);
    const { code, out } = await check(['--format', 'json', path]);
    expect(JSON.parse(out).files[0].error).toMatch(message);
    expect(code).toBe(2);
  });

  it('checks a unit’s budget set across its sheets and lists every cell a cross-table finding names', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(FIXTURES, 'seed-002-dachang-unit.xlsx'));
    wb.getWorksheet('财政拨款三公经费支出表')!.getCell('C12').value = 8.5;
    const file = join(dir, 'unit-planted.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, out } = await check([file]);
    expect(code).toBe(1);
    expect(out).toContain('budget/政府采购预算表');
    expect(out).toContain('  跨表核对：1 处');
    expect(out).toContain('涉及：财政拨款三公经费支出表!C12、一般公共预算财政拨款基本支出表!D26');
    const json = await check(['--format', 'json', file]);
    const cross = JSON.parse(json.out).files[0].findings.filter((f: { rule: string }) => f.rule === 'budget-figures-agree');
    expect(cross).toEqual([expect.objectContaining({ rule: 'budget-figures-agree', sheet: '财政拨款三公经费支出表', cells: ['C12', '一般公共预算财政拨款基本支出表!D26'] })]);
  });

  it('an empty workbook has no tables and no findings', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const path = join(dir, 'blank.xlsx');
    await wb.xlsx.writeFile(path);
    const { code, out } = await check([path]);
    expect(out).toContain('未识别到绩效目标表');
    expect(code).toBe(0);
  });

  it('wrong arguments exit 2 with usage', async () => {
    expect((await check(['--format', 'xml', 'a.xlsx'])).code).toBe(2);
    const r = await check(['--profile', 'hubei']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知的规则配置「hubei」');
    expect((await check(['--bogus'])).err).toContain('未知选项');
  });

  it('a custom profile file is validated', async () => {
    const good = join(dir, 'strict.json');
    writeFileSync(good, JSON.stringify({ extends: 'legacy', rules: { 'quantity-value-is-count': 'off' }, options: { satisfactionFloor: 95 } }));
    const file = await writeTable('floor.xlsx', ningxiaTsv().replace('参训学员满意度\t≥95%', '参训学员满意度\t≥92%'));
    const { out } = await check(['--format', 'json', '--profile', good, file]);
    expect(JSON.parse(out).files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['satisfaction-floor']);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ options: { satisfactionFloor: 'high' } }));
    const r = await check(['--profile', bad, file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('规则配置无效');
  });
});

describe('reading workbooks the way Excel shows them', () => {
  it('uses formula results, keeps error values, renders number formats and dates', async () => {
    const path = await writeTable('formulas.xlsx', ningxiaTsv(), (ws) => {
      ws.getCell('C6').value = { formula: 'C7+C8', result: 10 };
      ws.getCell('E12').value = 0.95;
      ws.getCell('E12').numFmt = '0%';
      ws.getCell('E13').value = new Date(Date.UTC(2024, 11, 31));
      ws.getCell('E13').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('E14').value = { formula: 'X1', result: { error: '#REF!' } } as ExcelJS.CellValue;
    });
    const [grid] = await readWorkbook(path);
    expect(grid!.value(5, 2)).toBe(10);
    expect(grid!.text(11, 4)).toBe('95%');
    expect(grid!.value(12, 4)).toBe(45657);
    expect(grid!.text(12, 4)).toBe('2024年12月31日');
    expect(grid!.value(13, 4)).toEqual({ error: '#REF!' });
    const { out } = await check(['--format', 'json', path]);
    const findings = JSON.parse(out).files[0].findings;
    expect(findings.map((f: { rule: string; cells: string[] }) => [f.rule, f.cells])).toEqual([['no-error-values', ['E14']]]);
  });

  it('keeps a merged area’s value in its top-left cell only', async () => {
    const path = await writeTable('merged.xlsx', ningxiaTsv(), (ws) => {
      ws.mergeCells('B3:E3');
      ws.mergeCells('B11:B14');
    });
    const [grid] = await readWorkbook(path);
    expect(grid!.text(2, 1)).toBe('干部教育培训');
    expect(grid!.text(2, 2)).toBe('');
    expect(grid!.text(11, 1)).toBe('');
    expect(grid!.merges).toEqual(expect.arrayContaining([{ top: 2, left: 1, bottom: 2, right: 4 }]));
  });
});

describe('the npm script', () => {
  it('npm run check prints the example workbook’s findings and exits 0', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'check'], { cwd: join(__dirname, '..', '..'), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('人才工作经费');
    expect(r.stdout).toMatch(/共 1 个文件，18 张表：错误 \d+/);
    expect(r.stderr).toContain('示例模式');
  });

  it('json output on stdout is parseable when run as a process, with exit status 1 for errors', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'check', '--format', 'json', join(FIXTURES, 'seed-003-pingluo-xianweiban.xlsx')], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 1, unreadable: 0, tables: 8, errors: 3, warnings: 9, infos: 12, dismissed: 0 });
    expect(r.status).toBe(1);
  });

  it('check --help and insert --help print the usage and exit 0; templates --format xml is refused', () => {
    const run = (...argv: string[]) => spawnSync('npx', ['tsx', 'src/cli/main.ts', ...argv], { cwd: join(__dirname, '..', '..'), encoding: 'utf8' });
    for (const argv of [['check', '--help'], ['insert', '--help'], ['templates', '-h']]) {
      const r = run(...argv);
      expect([r.status, r.stdout.startsWith('用法：')]).toEqual([0, true]);
    }
    const xml = run('templates', '--format', 'xml');
    expect(xml.status).toBe(2);
    expect(xml.stderr).toContain('--format 只能是 text 或 json，收到「xml」');
  });

  it('ends quietly when the reader goes away (check … | head -1)', () => {
    // Far more than a pipe holds (64 KB), so the writes after `head` exits meet EPIPE.
    const files = Array.from({ length: 30 }, () => JSON.stringify(join(FIXTURES, 'seed-000-pingluo-zuzhibu.xlsx'))).join(' ');
    const r = spawnSync('sh', ['-c', `npx tsx src/cli/main.ts check --format json ${files} | head -1`], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|内部错误|at /);
  }, 60000);
});

