/** 插入 from the task pane's controller, on the seed 000 workbook in the fake Excel host. */
import { excelPaneHost } from '../../src/excel/paneHost';
import { join } from 'path';
import { parseRangeA1, rangeA1 } from '../../src/core/grid/address';
import type { ExcelHost } from '../../src/excel/host';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import { blankLevelCells } from '../support/levelCells';

const SEED_000 = join(__dirname, '..', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx');
const SHEET = '项目绩效目标表';

async function setup(excelApi: number) {
  const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(SEED_000), { excelApi });
  const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: true }), { debounceMs: 0 });
  await checker.fullCheck();
  return { fake, checker };
}

describe.each([13, 7])('inserting templates (ExcelApi 1.%i)', (api) => {
  it('fills 乡村整治’s missing 可持续影响 in a few syncs and re-checks the sheet', async () => {
    const { fake, checker } = await setup(api);
    const table = checker.getSnapshot().result.tables.find((t) => t.name === '乡村整治专项资金')!;
    const top = parseRangeA1(table.range)!.top;
    const suggestions = checker.templateSuggestions(SHEET, top)!;
    expect(suggestions.missing.map((p) => p.level2)).toEqual(['可持续影响指标']);
    expect(suggestions.ranked[0]!.type.name).toBeDefined();
    const nextBefore = checker.getSnapshot().result.findings.filter((f) => f.message.includes('维修改造的村级场所补助') || f.rule === 'cost-within-total');

    const syncs = fake.syncCount;
    const plan = await checker.insertTemplates(SHEET, top, suggestions.missing.map((p) => p.template.id), false);
    await fake.settle();
    await checker.flush();
    expect(plan!.summary).toContain('新增“可持续影响指标” 1 行');
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(5);

    const snap = checker.getSnapshot();
    const t2 = snap.result.tables.findIndex((t) => t.name === '乡村整治专项资金');
    expect(snap.result.findings.filter((f) => f.table === t2 && f.rule === 'required-level2')).toEqual([]);
    // The next table moved down one row with its findings.
    const moved = snap.result.findings.filter((f) => f.rule === 'cost-within-total');
    expect(moved.map((f) => f.cells)).toEqual(nextBefore.filter((f) => f.rule === 'cost-within-total').map((f) => f.cells.map((c) => c.replace(/\d+/, (d) => String(Number(d) + 1)))));
    // Marks follow the findings; the inserted row carries none.
    const marks = fake.model.sheet(SHEET)!.conditionalFormats
      .filter((cf) => /perf-target/.test(cf.formula ?? ''))
      .flatMap((cf) => Array.from({ length: cf.range.bottom - cf.range.top + 1 }, (_, i) => rangeA1({ ...cf.range, top: cf.range.top + i, bottom: cf.range.top + i })));
    expect(marks).toContain(moved[0]!.cells[0]);
    expect(marks).not.toContain(plan!.rows[0]!.valueCell);
    expect(fake.model.selection.address).toBe(plan!.select);
  });
});

it('puts templates under the 二级 block where the cursor is', async () => {
  const { fake, checker } = await setup(13);
  const table = checker.getSnapshot().result.tables.find((t) => t.name === '人才工作经费')!;
  const top = parseRangeA1(table.range)!.top;
  fake.model.selection = { sheet: SHEET, address: 'D102' }; // the 数量 row
  const plan = await checker.insertTemplates(SHEET, top, ['training-attendance'], true);
  expect(plan!.rows[0]!.row).toBe(102);
  expect(fake.model.sheet(SHEET)!.get(102, 3)?.value).toBe('培训人次');
  expect(fake.model.sheet(SHEET)!.get(103, 3)?.value).toBe('补助人才项目、保障人才工作正常开展');
});

describe('新建空白表', () => {
  it('writes a complete table of a type two rows below the sheet’s content, recognised and clean but for what the user fills in', async () => {
    const { fake, checker } = await setup(13);
    const before = checker.getSnapshot().result.tables.length;
    const plan = await checker.insertBlankTable(SHEET, 'training', false);
    expect(checker.getSnapshot().error).toBeUndefined();
    expect(plan!.summary).toContain('“培训”空白绩效目标表');
    const snap = checker.getSnapshot();
    expect(snap.result.tables).toHaveLength(before + 1);
    const t = snap.result.tables.length - 1;
    const rules = new Set(snap.result.findings.filter((f) => f.table === t).map((f) => f.rule));
    // Only what a blank table lacks: name, goal, funds, and the numbers left as **.
    expect([...rules].sort()).toEqual(['fund-amount-readable', 'no-placeholder', 'required-fields'].sort());
    expect(fake.model.sheet(SHEET)!.merges.some((m) => m.left === 0 && m.top === plan!.rows[0]!.row && m.bottom === plan!.rows.at(-1)!.row)).toBe(true);
    expect(fake.model.selection.address).toBe(plan!.select);
  });

  it('adds a new sheet for it, with a name not yet used', async () => {
    const { fake, checker } = await setup(7);
    fake.model.addSheet('会议');
    const plan = await checker.insertBlankTable(SHEET, 'meeting', true);
    expect(plan!.sheet).toBe('会议(2)');
    expect(checker.getSnapshot().result.tables.at(-1)).toMatchObject({ sheet: '会议(2)', kind: 'project/ningxia', range: 'A1:E18' });
  });

  it('refuses to write over anything', async () => {
    const { fake, checker } = await setup(13);
    const { planBlankTable } = await import('../../src/core/templates/plan');
    const { executePlan } = await import('../../src/excel/insertRows');
    const { LIBRARY } = await import('../../src/core/templates/library');
    const plan = planBlankTable({ sheet: SHEET, newSheet: false, top: 300, templates: [LIBRARY.indicator('total-cost')!], framework: 'legacy', typeName: '培训' });
    const caps = { minimum: true, copyFrom: true, delayForCellEdit: true, mergedAreas: true, triggerSource: true, undoGroups: false };
    const before = fake.model.snapshot();
    await expect(executePlan(fake as unknown as ExcelHost, caps, plan)).rejects.toThrow(/已有内容/);
    expect(fake.model.snapshot()).toEqual(before);
    void checker;
  });
});

describe('a 部门整体 table (seed 004)', () => {
  it('takes template indicators into the block under its tasks', async () => {
    const SHEET_004 = '部门整体绩效目标表';
    const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(join(__dirname, '..', 'fixtures', 'seed-004-suixi-department.xlsx')), { excelApi: 7 });
    const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: true }), { debounceMs: 0 });
    await checker.fullCheck();
    const [table] = checker.getSnapshot().result.tables;
    expect(table).toMatchObject({ kind: 'department', range: 'A1:E117' });
    const top = parseRangeA1(table!.range)!.top;
    expect(checker.templateSuggestions(SHEET_004, top)).toBeDefined();

    const sheet = fake.model.sheet(SHEET_004)!;
    const valuesAbove = (n: number) => Array.from({ length: n }, (_, r) => Array.from({ length: 5 }, (_, c) => sheet.get(r, c)?.value));
    const before = valuesAbove(117);
    const plan = await checker.insertTemplates(SHEET_004, top, ['beneficiary-satisfaction'], false);
    await fake.settle();
    await checker.flush();
    expect(checker.getSnapshot().error).toBeUndefined();
    const row = plan!.rows[0]!.row;
    expect(row).toBe(117); // after 指标58, the last line of 服务对象满意度指标
    expect(sheet.get(row, 3)?.value).toBe('受益群众满意度');
    expect(sheet.get(row, 4)?.value).toBe('≥90%');
    const snap = checker.getSnapshot();
    expect(snap.result.tables).toEqual([expect.objectContaining({ kind: 'department', range: 'A1:E118' })]);
    expect(snap.result.findings.filter((f) => f.cells.some((c) => c.endsWith(String(row + 1))))).toEqual([]);
    // Nothing of the user's was overwritten: every cell above the new row is as it was.
    expect(valuesAbove(117)).toEqual(before);
  });
});

describe.each([13, 7])('the merged structure grows over every inserted row (ExcelApi 1.%i)', (api) => {
  it('全部插入 of the 维修改造/基建 set into 乡村整治专项资金 leaves no blank 绩效指标, 一级 or 二级 cell', async () => {
    const { fake, checker } = await setup(api);
    const table = checker.getSnapshot().result.tables.find((t) => t.name === '乡村整治专项资金')!;
    const top = parseRangeA1(table.range)!.top;
    const suggestions = checker.templateSuggestions(SHEET, top)!;
    const ids = suggestions.forType('construction').map((p) => p.template.id);
    expect(ids.length).toBeGreaterThan(5);
    const plan = await checker.insertTemplates(SHEET, top, ids, false);
    await fake.settle();
    await checker.flush();
    expect(checker.getSnapshot().error).toBeUndefined();
    const after = checker.getSnapshot().result.tables.find((t) => t.name === '乡村整治专项资金')!;
    const range = parseRangeA1(after.range)!;
    const sheet = fake.model.sheet(SHEET)!;
    const gridTop = Math.min(...plan!.rows.map((r) => r.row)) - 1;
    // The grid starts under the 一级/二级/三级 heading row: find it above the first new row.
    let heading = gridTop;
    while (heading > range.top && sheet.get(heading, 1)?.value !== '一级指标') heading--;
    expect(blankLevelCells((r, c) => sheet.get(r, c)?.value, sheet.merges, heading + 1, range.bottom, [0, 1, 2])).toEqual([]);
    // No label was lost to a merge: every original label is still in the sheet.
    expect(plan!.rows.every((r) => sheet.get(r.row, 3)?.value !== undefined)).toBe(true);
  });
});

describe('inserted rows take the formats of the row they follow', () => {
  it('on every requirement set: cell by cell before ExcelApi 1.9, copyFrom after, with the same result', async () => {
    const formatsOf = async (api: number) => {
      const { fake, checker } = await setup(api);
      const table = checker.getSnapshot().result.tables.find((t) => t.name === '乡村整治专项资金')!;
      const sheet = fake.model.sheet(SHEET)!;
      const rowFormats = (rows: number) => Array.from({ length: rows }, (_, r) => JSON.stringify(Array.from({ length: 5 }, (_, c) => sheet.get(r, c)?.format ?? null)));
      const before = rowFormats(400);
      const plan = await checker.insertTemplates(SHEET, parseRangeA1(table.range)!.top, ['beneficiary-satisfaction', 'completion-deadline'], false);
      expect(checker.getSnapshot().error).toBeUndefined();
      // Every row of the user's keeps its formats exactly (the new rows aside).
      const newRows = new Set(plan!.rows.map((r) => r.row));
      expect(rowFormats(402).filter((_, r) => !newRows.has(r))).toEqual(before);
      return plan!.rows.map((r) => Array.from({ length: 5 }, (_, c) => ({ font: sheet.get(r.row, c)?.format?.fontName, borders: sheet.get(r.row, c)?.format?.borders, above: sheet.get(r.row - 1, c)?.format })));
    };
    const [old, recent] = [await formatsOf(7), await formatsOf(13)];
    for (const row of old) {
      for (const cell of row) {
        expect(cell.font).toBe(cell.above?.fontName);
        expect(cell.font).toBeDefined();
      }
      // Borders drawn as on the row above (the table's grid lines).
      expect(row.some((c) => c.borders !== undefined)).toBe(true);
    }
    expect(old.map((r) => r.map((c) => [c.font, c.borders !== undefined]))).toEqual(recent.map((r) => r.map((c) => [c.font, c.borders !== undefined])));
  });
});
