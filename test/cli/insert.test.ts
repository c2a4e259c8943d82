/**
 * `perf-target insert` applies the same plan through exceljs: IN untouched, OUT keeps every other
 * sheet, value, format and merge, and the completed table checks without the defect it had.
 */
import ExcelJS from 'exceljs';
import { createHash } from 'crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkGrids } from '../../src/core/engine/check';
import { insertIntoFile, parseInsertArgs, templatesJson, templatesText, CommandError } from '../../src/cli/templatesCommand';
import { readWorkbookFile, readWorkbook } from '../../src/cli/readWorkbook';
import { parseRangeA1 } from '../../src/core/grid/address';
import { blankLevelCells } from '../support/levelCells';

const dir = mkdtempSync(join(tmpdir(), 'perf-target-insert-'));
const FIXTURES = join(__dirname, '..', 'fixtures');
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('perf-target insert', () => {
  it('grows every enclosing merge over the rows it inserts: seed 000 乡村整治专项资金 with the 维修改造/基建 set', async () => {
    const output = join(dir, 'construction.xlsx');
    const summary = await insertIntoFile(parseInsertArgs(['--sheet', '项目绩效目标表', '--table', '12', '--type', '维修改造/基建', join(FIXTURES, 'seed-000-pingluo-zuzhibu.xlsx'), output]));
    expect(summary).toMatch(/^「乡村整治专项资金」已插入 7 行/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('项目绩效目标表')!;
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseRangeA1(m)!);
    const value = (r: number, c: number) => {
      const cell = ws.getCell(r + 1, c + 1);
      return cell.isMerged && cell.master.address !== cell.address ? null : cell.value;
    };
    // The grid is rows 265–283 (after 7 inserted rows): 绩效指标, 一级 and 二级 all labelled or merged.
    const table = checkGrids(await readWorkbook(output)).tables.find((t) => t.name === '乡村整治专项资金')!;
    const range = parseRangeA1(table.range)!;
    expect(range.bottom).toBe(282);
    expect(blankLevelCells(value, merges, 264, range.bottom, [0, 1, 2])).toEqual([]);
  });

  it('adds the missing 满意度 to seed 002 驻村干部工作经费 and keeps everything else', async () => {
    const input = join(dir, 'in.xlsx');
    copyFileSync(join(FIXTURES, 'seed-002-dachang-projects.xlsx'), input);
    const before = hash(input);
    const output = join(dir, 'out.xlsx');
    const summary = await insertIntoFile(parseInsertArgs(['--sheet', '驻村干部工作经费', '--table', '1', '--indicator', 'beneficiary-satisfaction', input, output]));
    expect(summary).toContain('新增“服务对象满意度指标” 1 行（受益群众满意度）');
    expect(hash(input)).toBe(before);

    const [inGrids, outGrids] = [await readWorkbook(input), await readWorkbook(output)];
    expect(outGrids.map((g) => g.sheet)).toEqual(inGrids.map((g) => g.sheet));
    // Every other sheet is cell-for-cell the same.
    inGrids.forEach((g, i) => {
      if (g.sheet === '驻村干部工作经费') return;
      const o = outGrids[i]!;
      for (let r = 0; r < g.rowCount; r++) for (let c = 0; c < g.colCount; c++) expect(o.text(r, c)).toBe(g.text(r, c));
      expect(o.merges?.length).toBe(g.merges?.length);
    });
    const result = checkGrids(outGrids.filter((g) => g.sheet === '驻村干部工作经费'));
    expect(result.findings.filter((f) => f.rule === 'required-level2')).toEqual([]);

    // The new row copies the neighbouring row's borders and font.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('驻村干部工作经费')!;
    expect(ws.getCell('C15').value).toBe('受益群众满意度');
    expect(ws.getCell('C15').border).toEqual(ws.getCell('C14').border);
    expect(ws.getCell('C15').font).toEqual(ws.getCell('C14').font);
    expect((ws.model as { merges?: string[] }).merges).toEqual(expect.arrayContaining(['D15:E15']));
  });

  it('inserts a whole type’s set into a merged ningxia table, growing its merges', async () => {
    const output = join(dir, 'set.xlsx');
    await insertIntoFile(parseInsertArgs(['--sheet', '项目绩效目标表', '--table', '12', '--type', '党建/组织工作', join(FIXTURES, 'seed-000-pingluo-zuzhibu.xlsx'), output]));
    const grids = await readWorkbook(output);
    const result = checkGrids(grids);
    const table = result.tables.findIndex((t) => t.name === '乡村整治专项资金');
    expect(result.findings.filter((f) => f.table === table && f.rule === 'required-level2')).toEqual([]);
    expect(result.tables).toHaveLength(18);
    // The 一级 cell of 效益 grew over the rows added to it.
    const merges = grids[0]!.merges!;
    const benefit = result.tables[table]!;
    expect(benefit.range).toMatch(/^A254:E\d+$/);
    expect(merges.some((m) => m.left === 1 && m.top > 262 && m.bottom - m.top >= 3)).toBe(true);
  });

  it('refuses to write over its input and explains bad arguments in Chinese', () => {
    const f = join(FIXTURES, 'seed-001-tongfu.xlsx');
    expect(() => parseInsertArgs(['--sheet', 'S', '--table', '1', '--type', '培训', f, f])).toThrow(CommandError);
    expect(() => parseInsertArgs(['--sheet', 'S', '--table', '0', '--type', '培训', f, 'o.xlsx'])).toThrow(/--table/);
    expect(() => parseInsertArgs(['--sheet', 'S', '--table', '1', f, 'o.xlsx'])).toThrow(/--type 或 --indicator/);
  });

  it('reports an unknown type or sheet', async () => {
    const f = join(FIXTURES, 'seed-001-tongfu.xlsx');
    await expect(insertIntoFile(parseInsertArgs(['--sheet', '村干部民族团结奖', '--table', '1', '--type', '旅游', f, join(dir, 'x.xlsx')]))).rejects.toThrow(/未知的项目类型/);
    await expect(insertIntoFile(parseInsertArgs(['--sheet', '没有', '--table', '1', '--type', '培训', f, join(dir, 'x.xlsx')]))).rejects.toThrow(/没有名为/);
  });
});

describe('perf-target templates', () => {
  it('prints the library as text and as JSON', () => {
    expect(templatesText()).toContain('【培训】');
    const doc = JSON.parse(templatesJson());
    expect(doc.types).toHaveLength(25);
    expect(doc.indicators.find((i: { id: string }) => i.id === 'total-cost').value).toBe('≤{total}万元');
  });
});

describe('perf-target insert --new-table, in the layout of the sheet', () => {
  it('writes a hebei table below a hebei sheet’s tables, and a ningxia one with --layout where nothing is to follow', async () => {
    const output = join(dir, 'blank-hebei.xlsx');
    const { grids } = await readWorkbookFile(join(FIXTURES, 'seed-002-dachang-projects.xlsx'));
    const sheet = grids[0]!.sheet;
    await insertIntoFile(parseInsertArgs(['--sheet', sheet, '--new-table', '--type', '培训', join(FIXTURES, 'seed-002-dachang-projects.xlsx'), output]));
    const after = checkGrids(await readWorkbook(output)).tables.filter((t) => t.sheet === sheet);
    expect(after.at(-1)!.kind).toBe('project/hebei');
    expect(after).toHaveLength(checkGrids(grids).tables.filter((t) => t.sheet === sheet).length + 1);
    const onNew = join(dir, 'blank-new-sheet.xlsx');
    await insertIntoFile(parseInsertArgs(['--sheet', '新表', '--new-table', '--type', '培训', '--layout', 'hebei', join(FIXTURES, 'seed-001-tongfu.xlsx'), onNew]));
    expect(checkGrids(await readWorkbook(onNew)).tables.filter((t) => t.sheet === '新表').map((t) => t.kind)).toEqual(['project/hebei']);
    expect(() => parseInsertArgs(['--sheet', 'S', '--new-table', '--type', '培训', '--layout', 'excel', 'a.xlsx', 'b.xlsx'])).toThrow('--layout 只能是 ningxia');
  });
});

describe('perf-target insert --new-table', () => {
  it('writes a blank table of a type below the sheet’s last table, recognised as a second table', async () => {
    const output = join(dir, 'blank.xlsx');
    const summary = await insertIntoFile(parseInsertArgs(['--sheet', '村干部民族团结奖', '--new-table', '--type', '培训', join(FIXTURES, 'seed-001-tongfu.xlsx'), output]));
    expect(summary).toContain('新建“培训”空白绩效目标表');
    const result = checkGrids(await readWorkbook(output));
    const tables = result.tables.filter((t) => t.sheet === '村干部民族团结奖');
    expect(tables.map((t) => t.range)).toEqual(['A1:E18', 'A21:E38']);
  });

  it('creates the sheet when it does not exist', async () => {
    const output = join(dir, 'newsheet.xlsx');
    await insertIntoFile(parseInsertArgs(['--sheet', '新项目', '--new-table', '--type', '设备购置', join(FIXTURES, 'seed-001-tongfu.xlsx'), output]));
    const result = checkGrids(await readWorkbook(output));
    expect(result.tables.at(-1)).toMatchObject({ sheet: '新项目', range: 'A1:E18', name: null });
  });
});
