/**
 * The user's Ctrl+Z is theirs: on builds without API undo support every add-in write clears the
 * undo stack, so a live check that changes no mark writes nothing; where Excel can group writes
 * (ExcelApi 1.20) a check's marks, a fix and an insertion are each one undoable step. The fake host
 * models both kinds of build (see test/support/fakeExcel/host.ts).
 */
import { join } from 'path';
import { parseRangeA1 } from '../../src/core/grid/address';
import { excelPaneHost } from '../../src/excel/paneHost';
import type { ExcelHost } from '../../src/excel/host';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { FakeExcelHost, type FakeHostOptions } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';

const SEED_000 = join(__dirname, '..', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx');
const SHEET = '项目绩效目标表';

async function setup(options: FakeHostOptions) {
  const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(SEED_000), options);
  const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: true }), { debounceMs: 0 });
  return { fake, checker };
}

async function settle(fake: FakeExcelHost, checker: Checker) {
  await fake.settle();
  await checker.flush();
  await fake.settle();
}

/** A 三级 cell of the first table of seed 000 with no error or warning (no mark). */
function cleanTable(checker: Checker): { cell: string } {
  const snap = checker.getSnapshot();
  const i = snap.result.tables.findIndex((_, k) => !snap.result.findings.some((f) => f.table === k && f.severity !== 'info'));
  const t = snap.result.tables[i]!;
  const row = checker.indicatorTableAt(t.sheet, parseRangeA1(t.range)!.top)!.indicators[0]!;
  return { cell: row.level3.address };
}

describe.each([
  ['without API undo support (every write clears the stack)', { excelApi: 13, apiUndo: false }],
  ['with API undo support', { excelApi: 13, apiUndo: true }],
  ['with undo groups (ExcelApi 1.20)', { excelApi: 20, apiUndo: true }],
] as Array<[string, FakeHostOptions]>)('a build %s', (_name, options) => {
  it('typing into a clean table with 边填边查 on keeps the user’s undo history', async () => {
    const { fake, checker } = await setup(options);
    await checker.fullCheck();
    const { cell } = cleanTable(checker);
    fake.userEdit(SHEET, 'A1', [['附件 2（修订）']]);
    fake.userEdit(SHEET, cell, [['组织培训班次（期）']]);
    const stack = [...fake.undoStack];
    const syncs = fake.syncCount;
    await settle(fake, checker);
    expect(fake.syncCount).toBeGreaterThan(syncs); // it did re-check …
    expect(fake.undoStack).toEqual(stack); // … and wrote nothing
    expect(checker.getSnapshot().settingsSaved).toBeUndefined();
  });
});

describe('where Excel keeps add-in writes undoable', () => {
  it('a check’s marks, a fix and an insertion are one step each with undo groups (ExcelApi 1.20)', async () => {
    const { fake, checker } = await setup({ excelApi: 20, apiUndo: true });
    fake.userEdit(SHEET, 'A1', [['附件 2（修订）']]);
    await checker.fullCheck();
    expect(fake.undoStack).toEqual(['edit 项目绩效目标表!A1', 'add-in']);
    const fix = checker.getSnapshot().result.findings.find((f) => f.fix)!;
    await checker.applyFixes([fix]);
    await settle(fake, checker);
    // The fix, and the live re-check's marks: one step each.
    expect(fake.undoStack.slice(0, 3)).toEqual(['edit 项目绩效目标表!A1', 'add-in', 'add-in']);
    const table = checker.getSnapshot().result.tables.find((t) => t.name === '乡村整治专项资金')!;
    const before = fake.undoStack.length;
    await checker.insertTemplates(SHEET, parseRangeA1(table.range)!.top, ['beneficiary-satisfaction'], false);
    await settle(fake, checker);
    expect(fake.undoStack[before]).toBe('add-in');
    expect(fake.undoStack.length - before).toBeLessThanOrEqual(2); // the insertion, and its marks
  });

  it('a group Excel refuses (UndoNotSupported) runs again ungrouped', async () => {
    const { fake, checker } = await setup({ excelApi: 20, apiUndo: true, ungroupable: true });
    await checker.fullCheck();
    expect(checker.getSnapshot().error).toBeUndefined();
    expect(fake.model.sheet(SHEET)!.conditionalFormats.some((cf) => /perf-target/.test(cf.formula ?? ''))).toBe(true);
  });

  it('on older builds the history goes with the first write, which is why nothing is written without need', async () => {
    const { fake, checker } = await setup({ excelApi: 13, apiUndo: false });
    fake.userEdit(SHEET, 'A1', [['附件 2（修订）']]);
    await checker.fullCheck();
    expect(fake.undoStack).toEqual([]);
  });
});
