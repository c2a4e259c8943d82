/**
 * The real adapter and controller against the fake Excel host, on the seed 000 workbook (18
 * tables in one sheet): one-click check, non-destructive marks, clearing, live re-checks, row
 * inserts and deletes, cell-edit mode, navigation and fixes — with the syncs they cost.
 */
import { excelPaneHost } from '../../src/excel/paneHost';
import { join } from 'path';
import { checkGrids } from '../../src/core/engine/check';
import { readWorkbook as readXlsx } from '../../src/cli/readWorkbook';
import type { ExcelHost } from '../../src/excel/host';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { STORE_SHEET } from '../../src/core/store/document';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import { parseRange } from '../support/fakeExcel/model';
import { marksByCell, marksFor } from '../support/marks';

const SEED_000 = join(__dirname, '..', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx');
const SHEET = '项目绩效目标表';
const OURS = /perf-target/;

async function setup(excelApi = 7, settings: unknown = { live: true }) {
  const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(SEED_000), { excelApi });
  const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings(settings), { debounceMs: 0 });
  return { fake, checker };
}

/** Our marks in the fake workbook, cell by cell (a mark covers a rectangle): cell → severity. */
function marks(fake: FakeExcelHost, sheet = SHEET): Map<string, string> {
  return marksByCell(fake.model.sheet(sheet)!.conditionalFormats);
}

/** The marks the findings call for. */
function expectedMarks(checker: Checker, sheet = SHEET): Map<string, string> {
  return marksFor(checker.getSnapshot().result.findings, sheet);
}

async function settle(fake: FakeExcelHost, checker: Checker) {
  await fake.settle();
  await checker.flush();
  await fake.settle();
}

describe('一键检查 through the Excel adapter', () => {
  it.each([7, 13, 14])('finds what the CLI finds, in at most 4 syncs (ExcelApi 1.%i)', async (api) => {
    const { fake, checker } = await setup(api, { live: false });
    await checker.fullCheck();
    const snap = checker.getSnapshot();
    expect(snap.status).toBe('ready');
    const cli = checkGrids(await readXlsx(SEED_000));
    expect(snap.result.tables).toEqual(cli.tables);
    expect(snap.result.findings.map((f) => [f.rule, f.cells, f.message])).toEqual(cli.findings.map((f) => [f.rule, f.cells, f.message]));
    expect(fake.syncCount).toBeLessThanOrEqual(4);
  });

  it('marks error and warning cells without touching the user’s values, formats or merges', async () => {
    const { fake, checker } = await setup(13, { live: false });
    const before = fake.model.snapshot();
    await checker.fullCheck();
    expect(marks(fake)).toEqual(expectedMarks(checker));
    expect(marks(fake).get('E104')).toBe('error'); // 人才工作经费 时效 95%
    expect(fake.model.snapshot({ ignoreConditionalFormatsMatching: OURS })).toEqual(before);
  });

  it('清除标记 removes every mark and leaves the workbook exactly as it was, own conditional formats included', async () => {
    const { fake, checker } = await setup(13, { live: false });
    // The user's own conditional format and a mark left by an earlier session.
    fake.model.sheet(SHEET)!.addConditionalFormat({ type: 'Custom', range: parseRange('E11:E20'), formula: '=E11>100', fill: '#00FF00' });
    const before = fake.model.snapshot();
    fake.model.sheet(SHEET)!.addConditionalFormat({ type: 'Custom', range: parseRange('D5'), formula: '=N("perf-target:error")=0', fill: '#FFC7CE' });
    await checker.fullCheck();
    expect(marks(fake).has('D5')).toBe(false); // the stale mark went with the check
    // One mark per rectangle of flagged cells: fewer marks than cells.
    const ours = fake.model.sheet(SHEET)!.conditionalFormats.filter((cf) => OURS.test(cf.formula ?? '')).length;
    expect(ours).toBeLessThan(expectedMarks(checker).size);
    const removed = await checker.clearMarks();
    expect(removed).toBe(ours);
    expect(fake.model.snapshot()).toEqual(before);
    expect(checker.getSnapshot().result.findings.length).toBeGreaterThan(0);
  });

  it('reads large sheets in blocks, one sync per block budget, with the same result', async () => {
    const { fake } = await setup(7);
    const { readWorkbook } = await import('../../src/excel/readSheets');
    const caps = { minimum: true, copyFrom: false, delayForCellEdit: false, mergedAreas: false, triggerSource: false, undoGroups: false };
    const whole = await readWorkbook(fake as unknown as ExcelHost, caps);
    const before = fake.syncCount;
    const blocks = await readWorkbook(fake as unknown as ExcelHost, caps, 500);
    expect(fake.syncCount - before).toBeGreaterThan(5);
    const cells = (g: typeof whole.sheets[number]['grid']) => {
      const out: string[] = [];
      for (let r = 0; r < g.rowCount; r++) for (let c = 0; c < g.colCount; c++) out.push(g.text(r, c));
      return out;
    };
    expect(cells(blocks.sheets[0]!.grid)).toEqual(cells(whole.sheets[0]!.grid));
  });
});

describe('live checking', () => {
  it('re-checks only the edited table, in at most 2 syncs, and updates its marks', async () => {
    const { fake, checker } = await setup(14);
    await checker.fullCheck();
    const others = checker.getSnapshot().result.findings.filter((f) => !f.cells.some((c) => /^E10[2-5]$/.test(c)));
    expect(marks(fake).get('E104')).toBe('error');

    const syncs = fake.syncCount;
    fake.userEdit(SHEET, 'E104', [['2024年12月底前']]);
    await settle(fake, checker);
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(2);

    const snap = checker.getSnapshot();
    expect(snap.result.findings.some((f) => f.cells.includes('E104'))).toBe(false);
    expect(snap.result.findings.filter((f) => !f.cells.some((c) => /^E10[2-5]$/.test(c)))).toEqual(others);
    expect(marks(fake).has('E104')).toBe(false);
    expect(marks(fake)).toEqual(expectedMarks(checker));
  });

  it('marks a new mistake as the user types it', async () => {
    const { fake, checker } = await setup(7);
    await checker.fullCheck();
    fake.userEdit(SHEET, 'E21', [['明显提高']]); // 满意度 of table 1
    await settle(fake, checker);
    expect(checker.getSnapshot().result.findings.find((f) => f.cells.includes('E21'))?.rule).toBe('satisfaction-is-percent');
    expect(marks(fake).get('E21')).toBe('error');
  });

  it('handles a pasted block across tables by re-reading the sheet', async () => {
    const { fake, checker } = await setup(7);
    await checker.fullCheck();
    fake.userEdit(SHEET, 'E102:E103', [['7个'], ['100%']]);
    fake.userEdit(SHEET, 'E361', [['10万元']]);
    await settle(fake, checker);
    const cells = checker.getSnapshot().result.findings.flatMap((f) => f.cells);
    expect(cells).not.toContain('E102');
    expect(cells).not.toContain('E361');
    expect(marks(fake)).toEqual(expectedMarks(checker));
  });

  it('keeps findings and marks right when rows are inserted and deleted above tables', async () => {
    const { fake, checker } = await setup(13);
    await checker.fullCheck();
    const before = checker.getSnapshot().result.findings.length;
    fake.userInsertRows(SHEET, 95, 2); // inside 人才工作经费's header block
    await settle(fake, checker);
    let snap = checker.getSnapshot();
    expect(snap.result.findings.length).toBe(before);
    expect(snap.result.findings.find((f) => f.rule === 'timeliness-value-is-time')?.cells).toEqual(['E106']);
    expect(marks(fake)).toEqual(expectedMarks(checker));

    fake.userDeleteRows(SHEET, 95, 2);
    await settle(fake, checker);
    snap = checker.getSnapshot();
    expect(snap.result.findings.find((f) => f.rule === 'timeliness-value-is-time')?.cells).toEqual(['E104']);
    expect(marks(fake)).toEqual(expectedMarks(checker));

    // Deleting the rows that carry marks leaves no stale ids behind.
    fake.userDeleteRows(SHEET, 101, 4);
    await settle(fake, checker);
    expect(checker.getSnapshot().status).toBe('ready');
    expect(marks(fake)).toEqual(expectedMarks(checker));
  });

  it('waits while the user is typing in a cell (Excel 2016 retries, newer Excel delays)', async () => {
    for (const api of [7, 11]) {
      const { fake, checker } = await setup(api);
      await checker.fullCheck();
      fake.enterCellEdit();
      fake.userEdit(SHEET, 'E104', [['2024年底']]);
      const done = settle(fake, checker);
      await new Promise((r) => setTimeout(r, 50));
      expect(checker.getSnapshot().result.findings.some((f) => f.cells.includes('E104'))).toBe(true);
      fake.exitCellEdit();
      await done;
      expect(checker.getSnapshot().result.findings.some((f) => f.cells.includes('E104'))).toBe(false);
      expect(checker.getSnapshot().status).toBe('ready');
    }
  });

  it('stops watching when live checking is switched off', async () => {
    const { fake, checker } = await setup(7);
    await checker.fullCheck();
    expect(fake.handlerCount()).toBe(1);
    await checker.setLive(false);
    expect(fake.handlerCount()).toBe(0);
    fake.userEdit(SHEET, 'E104', [['2024年底']]);
    await settle(fake, checker);
    expect(checker.getSnapshot().result.findings.some((f) => f.cells.includes('E104'))).toBe(true);
  });

  it('ignores its own writes while it says so (triggerSource where Excel has it, bookkeeping otherwise)', async () => {
    for (const api of [7, 14]) {
      const { fake, checker } = await setup(api);
      await checker.fullCheck();
      const syncs = fake.syncCount;
      checker.suppressOwnChanges(SHEET);
      await fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(SHEET).getRange('A500').values = [['插入的内容']];
        await ctx.sync();
      });
      await settle(fake, checker);
      expect(fake.syncCount - syncs).toBe(1);
    }
  });
});

describe('navigation and fixes', () => {
  it('selects a finding’s cell on its sheet', async () => {
    const { fake, checker } = await setup(7);
    await checker.fullCheck();
    const f = checker.getSnapshot().result.findings.find((x) => x.rule === 'cost-within-total')!;
    await checker.select(f);
    expect(fake.model.selection).toEqual({ sheet: SHEET, address: f.cells[0] });
  });

  it('应用建议 writes the fix and the live check clears the finding', async () => {
    const { fake } = await setup(7);
    const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: true }), { debounceMs: 0 });
    await checker.fullCheck();
    const fix = checker.getSnapshot().result.findings.find((f) => f.rule === 'value-format')!;
    expect(fix.fix).toEqual({ cell: 'C309', text: '2.9567' });
    await checker.applyFixes([fix]);
    await settle(fake, checker);
    expect(fake.model.sheet(SHEET)!.get(308, 2)?.value).toBe('2.9567');
    expect(checker.getSnapshot().result.findings.some((f) => f.rule === 'value-format' && f.cells[0] === 'C309')).toBe(false);
  });

  it('applies fixes without live checking and re-checks them itself', async () => {
    const { fake, checker } = await setup(7, { live: false });
    await checker.fullCheck();
    const fixes = checker.getSnapshot().result.findings.filter((f) => f.rule === 'value-format');
    await checker.applyFixes(fixes);
    expect(checker.getSnapshot().result.findings.filter((f) => f.rule === 'value-format')).toEqual([]);
    expect(marks(fake)).toEqual(expectedMarks(checker));
  });
});

describe('figures that must agree across sheets (seed 002 单位预算 set)', () => {
  const UNIT = join(__dirname, '..', 'fixtures', 'seed-002-dachang-unit.xlsx');
  const SANGONG = '财政拨款三公经费支出表';
  const BASIC = '一般公共预算财政拨款基本支出表';

  it('marks both ends of a cross-table finding, live, and takes the marks away when it is put right', async () => {
    const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(UNIT), { excelApi: 14 });
    const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: true }), { debounceMs: 0 });
    await checker.fullCheck();
    expect(marks(fake, BASIC)).toEqual(new Map());

    // "三公" 公务用车运行维护费 8.40 → 8.50: no longer 基本支出表 30231 (D26).
    const syncs = fake.syncCount;
    fake.userEdit(SANGONG, 'C12', [[8.5]]);
    await settle(fake, checker);
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(2);
    const cross = checker.getSnapshot().result.findings.filter((f) => f.rule === 'budget-figures-agree');
    expect(cross.map((f) => [f.sheet, f.cells])).toEqual([[SANGONG, ['C12', `${BASIC}!D26`]]]);
    expect(marks(fake, BASIC)).toEqual(new Map([['D26', 'error']]));
    expect(marks(fake, SANGONG).get('C12')).toBe('error');

    // Clicking the other sheet's cell goes there.
    await checker.select(cross[0]!, `${BASIC}!D26`);
    expect(fake.model.selection).toMatchObject({ sheet: BASIC, address: 'D26' });

    // 一键检查 marks it the same way.
    await checker.fullCheck();
    expect(marks(fake, BASIC)).toEqual(new Map([['D26', 'error']]));

    fake.userEdit(SANGONG, 'C12', [[8.4]]);
    await settle(fake, checker);
    expect(checker.getSnapshot().result.findings.filter((f) => f.rule === 'budget-figures-agree')).toEqual([]);
    expect(marks(fake, BASIC)).toEqual(new Map());
  });
});

describe('the 部门整体 table (seed 004)', () => {
  it('re-checks its indicators live as one table with its tasks', async () => {
    const SHEET_004 = '部门整体绩效目标表';
    const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(join(__dirname, '..', 'fixtures', 'seed-004-suixi-department.xlsx')), { excelApi: 7 });
    const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: true }), { debounceMs: 0 });
    await checker.fullCheck();
    expect(marks(fake, SHEET_004).get('E108')).toBe('error'); // 指标49 满意度 = 长期
    const syncs = fake.syncCount;
    fake.userEdit(SHEET_004, 'E108', [['≥90%']]);
    await settle(fake, checker);
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(2);
    const snap = checker.getSnapshot();
    expect(snap.result.tables.map((t) => t.kind)).toEqual(['department']);
    expect(snap.result.findings.some((f) => f.cells.includes('E108'))).toBe(false);
    expect(snap.result.findings.some((f) => f.rule === 'department-task-formulas')).toBe(true);
    expect(marks(fake, SHEET_004).has('E108')).toBe(false);
    expect(marks(fake, SHEET_004)).toEqual(expectedMarks(checker, SHEET_004));
  });
});

describe('settings', () => {
  it('are saved with the workbook and change the check', async () => {
    const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(SEED_000), { excelApi: 7 });
    const store = memoryLegacySettings({ satisfactionFloor: 99, live: false });
    const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), store, { debounceMs: 0 });
    await checker.fullCheck();
    expect(checker.getSnapshot().result.findings.filter((f) => f.rule === 'satisfaction-floor').length).toBeGreaterThan(10);
    await checker.saveSettings({ ...checker.getSnapshot().settings, satisfactionFloor: 90 });
    // In the workbook's store (a very hidden sheet), moved there from the old place.
    expect(String(fake.model.sheet(STORE_SHEET)!.get(0, 0)!.value)).toContain('"satisfactionFloor":90');
    expect(store.load()).toBeUndefined();
    expect(checker.getSnapshot().result.findings.filter((f) => f.rule === 'satisfaction-floor')).toEqual([]);
  });

  it('fall back to defaults when the stored value is damaged', async () => {
    const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(SEED_000));
    const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ profile: 'hubei', satisfactionFloor: 'high' }));
    expect(checker.getSnapshot().settings).toEqual({ profile: 'auto', satisfactionFloor: 90, roundingTolerancePerPart: 0.005, rulesOff: [], live: true });
  });

  it('switch a rule off, say they were saved only once they were, and apply for the session when they cannot be', async () => {
    const { fake, checker } = await setup(7, { live: false });
    await checker.fullCheck();
    expect(checker.getSnapshot().settingsSaved).toBeUndefined();
    const before = checker.getSnapshot().result.findings.filter((f) => f.rule === 'timeliness-value-is-time').length;
    expect(before).toBeGreaterThan(0);
    await checker.saveSettings({ ...checker.getSnapshot().settings, rulesOff: ['timeliness-value-is-time'] });
    expect(checker.getSnapshot().settingsSaved).toBe(true);
    expect(checker.getSnapshot().result.findings.filter((f) => f.rule === 'timeliness-value-is-time')).toEqual([]);
    expect(String(fake.model.sheet(STORE_SHEET)!.get(0, 0)!.value)).toContain('"rulesOff":["timeliness-value-is-time"]');
    // A workbook that cannot be written: the change applies, and the pane says it was not saved.
    fake.model.readOnly = true;
    await checker.saveSettings({ ...checker.getSnapshot().settings, rulesOff: [] });
    expect(checker.getSnapshot().settingsSaved).toBe(false);
    // Still checked, though no mark can go in: the findings are shown, and why there are no marks.
    expect(checker.getSnapshot().result.findings.filter((f) => f.rule === 'timeliness-value-is-time').length).toBe(before);
    expect(checker.getSnapshot().status).toBe('ready');
    expect(checker.getSnapshot().error).toMatch(/^在单元格上做标记未完成：工作簿是只读的或受保护/);
  });
});

describe('what the pane is told', () => {
  it('says what produced the result: 一键检查, or a live re-check with what it added and resolved', async () => {
    const { fake, checker } = await setup(7, { live: true });
    await checker.fullCheck();
    expect(checker.getSnapshot().lastUpdate).toEqual({ kind: 'full' });
    fake.userEdit(SHEET, 'E104', [['2024年12月底前']]);
    await settle(fake, checker);
    expect(checker.getSnapshot().lastUpdate).toEqual({ kind: 'live', sheet: SHEET, added: 0, removed: 1 });
    fake.userEdit(SHEET, 'E104', [['100%']]);
    await settle(fake, checker);
    expect(checker.getSnapshot().lastUpdate).toEqual({ kind: 'live', sheet: SHEET, added: 1, removed: 0 });
  });

  it('puts a host error in Chinese, saying what failed and what to do', async () => {
    const { fake, checker } = await setup(7, { live: false });
    await checker.fullCheck();
    fake.model.readOnly = true;
    const fix = checker.getSnapshot().result.findings.find((f) => f.fix)!;
    await checker.applyFixes([fix]);
    expect(checker.getSnapshot().error).toMatch(new RegExp(`^应用建议（${fix.fix!.cell}）未完成：工作簿是只读的或受保护`));
  });

  it('refuses, in Chinese and at once, a sheet whose used range runs to a stray cell at XFD1048576', async () => {
    const { fake, checker } = await setup(13, { live: false });
    fake.model.sheet(SHEET)!.set(1048575, 16383, { value: '备注' });
    const t0 = Date.now();
    await checker.fullCheck();
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(checker.getSnapshot().error).toMatch(/^检查未完成：工作表“项目绩效目标表”的已用区域太大（A1:XFD1048576，约 \d+ 万个单元格）.*Ctrl\+End/);
  });

  it('counts the marks it leaves in the file, and says when fixes changed cells', async () => {
    const { fake, checker } = await setup(7, { live: false });
    await checker.fullCheck();
    const ours = () => fake.model.sheet(SHEET)!.conditionalFormats.filter((cf) => OURS.test(cf.formula ?? '')).length;
    expect(checker.getSnapshot().markCount).toBe(ours());
    expect(checker.getSnapshot().markCount).toBeGreaterThan(0);
    expect(checker.getSnapshot().fixesApplied).toBe(false);
    await checker.applyFixes([checker.getSnapshot().result.findings.find((f) => f.fix)!]);
    expect(checker.getSnapshot().fixesApplied).toBe(true);
    expect(checker.getSnapshot().markCount).toBe(ours());
    await checker.clearMarks();
    expect(checker.getSnapshot().markCount).toBe(0);
  });
});


describe('导出检查结果', () => {
  it('writes every finding into a new 检查结果 sheet with links to the cells, touching no sheet of the user’s', async () => {
    const { fake, checker } = await setup(7, { live: true });
    await checker.fullCheck();
    const before = JSON.stringify([...fake.model.sheet(SHEET)!.cells.entries()]);
    const name = await checker.exportResults('2026/12/2 10:00:00');
    expect(name).toBe('检查结果');
    expect(checker.getSnapshot().error).toBeUndefined();
    const sheet = fake.model.sheet('检查结果')!;
    expect(sheet.get(0, 0)?.value).toBe('绩效目标表检查结果');
    expect(sheet.get(1, 0)?.value).toBe('文件：本工作簿　检查时间：2026/12/2 10:00:00');
    const findings = checker.getSnapshot().result.findings;
    expect(sheet.get(4 + findings.length - 1, 0)?.value).toBe(String(findings.length));
    expect(sheet.get(4 + findings.length, 0)).toBeUndefined();
    // Text-formatted, each 单元格 a link into the table.
    expect(sheet.get(4, 5)?.numberFormat).toBe('@');
    expect(sheet.get(4, 3)?.hyperlink?.documentReference).toMatch(/^'项目绩效目标表'![A-Z]+\d+$/);
    expect(sheet.columnWidths.get(5)).toBeGreaterThan(300);
    // The user's sheet is exactly as it was (values, formats, marks aside).
    expect(JSON.stringify([...fake.model.sheet(SHEET)!.cells.entries()])).toBe(before);
    // A second export does not overwrite the first.
    expect(await checker.exportResults('later')).toBe('检查结果(2)');
  });
});

describe('a long 一键检查', () => {
  /** Seed 000's sheet copied onto `n` sheets. */
  async function manySheets(n: number) {
    const model = await fakeWorkbookFromXlsx(SEED_000);
    const source = model.sheet(SHEET)!;
    for (let i = 2; i <= n; i++) {
      const copy = model.addSheet(`项目表${i}`);
      for (const [k, c] of source.cells) copy.cells.set(k, { ...c });
      copy.merges = source.merges.map((m) => ({ ...m }));
    }
    return model;
  }

  it('shows progress sheet by sheet, and 取消 leaves the previous findings and marks as they were', async () => {
    const fake = new FakeExcelHost(await manySheets(6), { excelApi: 13 });
    // A clock that moves 50 ms a call: the check gives the pane a turn after every sheet.
    let t = 0;
    const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: false }), { debounceMs: 0, now: () => (t += 50) });
    const progress: Array<{ done: number; total: number }> = [];
    const stop = checker.subscribe(() => {
      const p = checker.getSnapshot().progress;
      if (p && progress.at(-1)?.done !== p.done) progress.push(p);
    });
    await checker.fullCheck();
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.every((p) => p.total === 6)).toBe(true);
    const done = checker.getSnapshot();
    expect(done.result.tables).toHaveLength(6 * 18);
    expect(done.progress).toBeUndefined();
    const marks = JSON.stringify(fake.model.sheets.map((x) => x.conditionalFormats));

    // The next check is cancelled after its second sheet.
    fake.userEdit(SHEET, 'E104', [['2024年12月底前']]);
    const cancel = checker.subscribe(() => {
      if ((checker.getSnapshot().progress?.done ?? 0) >= 2) checker.cancelCheck();
    });
    await checker.fullCheck();
    stop();
    cancel();
    const after = checker.getSnapshot();
    expect(after.cancelled).toBe(true);
    expect(after.status).toBe('ready');
    expect(after.result).toBe(done.result);
    expect(JSON.stringify(fake.model.sheets.map((x) => x.conditionalFormats))).toBe(marks);
  });
});
