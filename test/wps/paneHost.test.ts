/**
 * The real WPS adapter and the pane's controller against the fake WPS application, on the seed 000
 * workbook (18 tables in one sheet): 一键检查 and its marks, marks another host made, 清除标记, live
 * re-checks, rows inserted by the user, navigation, fixes, the store, an insertion, 导出检查结果, and
 * a workbook switched under the pane.
 */
import { join } from 'path';
import { checkFile } from '../../src/cli/checkFile';
import { parseRangeA1 } from '../../src/core/grid/address';
import { STORE_SHEET } from '../../src/core/store/document';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { wpsPaneHost } from '../../src/wps/paneHost';
import { bgr } from '../../src/wps/marks';
import { FakeWpsApp, parseRef } from '../support/fakeWps/app';
import { fakeWpsFromXlsx } from '../support/fakeWps/fromXlsx';
import { blankLevelCells } from '../support/levelCells';
import { LIBRARY } from '../../src/core/templates/library';
import { planBlankTable } from '../../src/core/templates/plan';
import { marksByCell, marksFor } from '../support/marks';

const SEED_000 = join(__dirname, '..', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx');
const SHEET = '项目绩效目标表';

async function setup(settings: unknown = { live: true }) {
  const app = await fakeWpsFromXlsx(SEED_000);
  const checker = new Checker(wpsPaneHost(app), memoryLegacySettings(settings), { debounceMs: 0 });
  return { app, checker };
}

/** Our marks in the fake workbook, cell by cell: cell → severity. */
function marks(app: FakeWpsApp, sheet = SHEET): Map<string, string> {
  return marksByCell(app.sheet(sheet)!.conditions);
}

/** The marks the findings call for. */
function expectedMarks(checker: Checker, sheet = SHEET): Map<string, string> {
  return marksFor(checker.getSnapshot().result.findings, sheet);
}

/** The user's data on a sheet: values, formats, merges (not conditional formats). */
function userData(app: FakeWpsApp, sheet = SHEET): string {
  const s = app.sheet(sheet)!;
  return JSON.stringify({ cells: [...s.cells.entries()].sort(), merges: s.merges });
}

describe('一键检查 through the WPS adapter', () => {
  it('finds what the CLI finds and marks the cells, leaving the user’s values, formats and merges as they were', async () => {
    const { app, checker } = await setup({ live: false });
    const before = userData(app);
    await checker.fullCheck();
    const snap = checker.getSnapshot();
    expect(snap.status).toBe('ready');
    const cli = await checkFile(SEED_000, undefined);
    expect(snap.result.findings.map((f) => [f.rule, f.cells, f.message])).toEqual(cli.findings.map((f) => [f.rule, f.cells, f.message]));
    expect(marks(app)).toEqual(expectedMarks(checker));
    expect(marks(app).get('E104')).toBe('error');
    const e104 = app.sheet(SHEET)!.conditions.find((cf) => cf.range.top <= 103 && cf.range.bottom >= 103 && cf.range.left <= 4 && cf.range.right >= 4)!;
    expect(e104.formula).toMatch(/^=N\("perf-target:error#[a-z0-9]+"\)=0$/);
    expect(e104.color).toBe(bgr('#FFC7CE'));
    expect(userData(app)).toBe(before);
    // The screen is held still while marks are written, and given back.
    expect(app.ScreenUpdating).toBe(true);
  });

  it('clears marks the Excel add-in left, and 清除标记 leaves the sheet exactly as it was, the user’s own conditional format included', async () => {
    const { app, checker } = await setup({ live: false });
    const s = app.sheet(SHEET)!;
    s.conditions.push({ type: 2, formula: '=E11>100', range: parseRef('E11:E20')!, color: 65280 });
    const before = JSON.stringify(s.conditions);
    // A mark the Excel add-in made (no token), and one of an earlier WPS session.
    s.conditions.push({ type: 2, formula: '=N("perf-target:error")=0', range: parseRef('D5')!, color: 13551615 });
    s.conditions.push({ type: 2, formula: '=N("perf-target:warning#kold1")=0', range: parseRef('D6')!, color: 10284031 });
    await checker.fullCheck();
    expect(marks(app).has('D5')).toBe(false);
    expect(marks(app).has('D6')).toBe(false);
    expect(marks(app)).toEqual(expectedMarks(checker));
    const ours = s.conditions.filter((cf) => /perf-target/.test(cf.formula)).length;
    expect(await checker.clearMarks()).toBe(ours);
    expect(JSON.stringify(s.conditions)).toBe(before);
    // Nothing left to clear: nothing is written.
    const calls = app.calls;
    expect(await checker.clearMarks()).toBe(0);
    expect(app.calls - calls).toBeLessThan(40);
  });
});

describe('live checking through SheetChange', () => {
  it('re-checks the edited table and updates its marks; a new mistake is marked as it is typed', async () => {
    const { app, checker } = await setup();
    await checker.fullCheck();
    expect(checker.getSnapshot().watching).toBe(true);
    expect(checker.getSnapshot().result.findings.some((f) => f.rule === 'timeliness-value-is-time' && f.cells[0] === 'E104')).toBe(true);
    const calls = app.calls;
    app.userEdit(SHEET, 'E104', '2024年12月底前');
    await checker.flush();
    expect(checker.getSnapshot().result.findings.some((f) => f.cells[0] === 'E104' && f.rule === 'timeliness-value-is-time')).toBe(false);
    expect(marks(app).has('E104')).toBe(false);
    // One table's rows, not the workbook.
    expect(app.calls - calls).toBeLessThan(300);

    app.userEdit(SHEET, 'E21', '明显提高');
    await checker.flush();
    expect(checker.getSnapshot().result.findings.some((f) => f.cells.includes('E21'))).toBe(true);
    expect(marks(app)).toEqual(expectedMarks(checker));
  });

  it('keeps findings and marks right when the user inserts rows above tables (the marks move with their cells)', async () => {
    const { app, checker } = await setup();
    await checker.fullCheck();
    const before = checker.getSnapshot().result.findings.length;
    app.userInsertRows(SHEET, 95, 2);
    await checker.flush();
    const snap = checker.getSnapshot();
    expect(snap.result.findings.length).toBe(before);
    expect(snap.result.findings.find((f) => f.rule === 'timeliness-value-is-time')?.cells).toEqual(['E106']);
    expect(marks(app)).toEqual(expectedMarks(checker));
  });

  it('puts back a mark the user cleared by hand when the table is re-checked, looking only at that table’s rows', async () => {
    const { app, checker } = await setup();
    await checker.fullCheck();
    const s = app.sheet(SHEET)!;
    const at = (cell: string) => parseRef(cell)!;
    const hit = (cf: { range: { top: number; bottom: number; left: number; right: number } }, cell: string) => cf.range.top <= at(cell).top && cf.range.bottom >= at(cell).top && cf.range.left <= at(cell).left && cf.range.right >= at(cell).left;
    expect(marks(app).get('E105')).toBeDefined();
    // 开始 → 条件格式 → 清除规则 on the cell.
    s.conditions = s.conditions.filter((cf) => !hit(cf, 'E105'));
    expect(marks(app).has('E105')).toBe(false);
    const calls = app.calls;
    app.userEdit(SHEET, 'D104', '保障人才工作有效开展。');
    await checker.flush();
    expect(marks(app)).toEqual(expectedMarks(checker));
    expect(app.calls - calls).toBeLessThan(120);
  });

  it('stops listening when live checking is switched off', async () => {
    const { app, checker } = await setup();
    await checker.fullCheck();
    expect(app.listeners.get('SheetChange')?.length).toBe(1);
    await checker.setLive(false);
    expect(app.listeners.get('SheetChange')?.length).toBe(0);
  });
});

describe('navigation and fixes', () => {
  it('selects a finding’s cell, activating its sheet', async () => {
    const { app, checker } = await setup({ live: false });
    await checker.fullCheck();
    const f = checker.getSnapshot().result.findings.find((x) => x.rule === 'cost-within-total')!;
    await checker.select(f);
    const at = parseRangeA1(f.cells[0]!)!;
    expect(app.selection).toEqual({ sheet: SHEET, row: at.top, col: at.left });
  });

  it('应用建议 writes the fix as typed and the live check clears the finding', async () => {
    const { app, checker } = await setup();
    await checker.fullCheck();
    const fix = checker.getSnapshot().result.findings.find((f) => f.rule === 'value-format')!;
    expect(fix.fix).toEqual({ cell: 'C309', text: '2.9567' });
    await checker.applyFixes([fix]);
    await checker.flush();
    expect(app.sheet(SHEET)!.get(308, 2)?.v).toBe(2.9567);
    expect(checker.getSnapshot().result.findings.some((f) => f.rule === 'value-format' && f.cells[0] === 'C309')).toBe(false);
  });
});

describe('the store in a very hidden sheet', () => {
  it('keeps settings in the workbook, out of sight, and the user’s sheet stays in front; 清除 removes it', async () => {
    const { app, checker } = await setup({ satisfactionFloor: 99, live: false });
    await checker.fullCheck();
    expect(checker.getSnapshot().result.findings.filter((f) => f.rule === 'satisfaction-floor').length).toBeGreaterThan(10);
    await checker.saveSettings({ ...checker.getSnapshot().settings, satisfactionFloor: 90 });
    const store = app.sheet(STORE_SHEET)!;
    expect(store.visible).toBe(2);
    expect(store.get(0, 0)?.fmt).toBe('@');
    expect(String(store.get(0, 0)?.v)).toContain('"satisfactionFloor":90');
    expect(app.active?.name).toBe(SHEET);
    expect(checker.getSnapshot().result.findings.filter((f) => f.rule === 'satisfaction-floor')).toEqual([]);

    // A new pane on the same workbook reads it back; the store's sheet is not checked as a table.
    const again = new Checker(wpsPaneHost(app), memoryLegacySettings(undefined), { debounceMs: 0 });
    await again.start();
    expect(again.getSnapshot().settings.satisfactionFloor).toBe(90);
    await again.fullCheck();
    expect(again.getSnapshot().result.tables.length).toBe(checker.getSnapshot().result.tables.length);

    expect(await again.clearStore()).toBe(true);
    expect(app.sheet(STORE_SHEET)).toBeUndefined();
    expect(app.DisplayAlerts).toBe(true);
  });
});

describe('inserting template rows', () => {
  it('fills 乡村整治’s missing 可持续影响: rows inserted, merged blocks extended, nothing overwritten, the next table moved down', async () => {
    const { app, checker } = await setup();
    await checker.fullCheck();
    const table = checker.getSnapshot().result.tables.find((t) => t.name === '乡村整治专项资金')!;
    const top = parseRangeA1(table.range)!.top;
    const suggestions = checker.templateSuggestions(SHEET, top)!;
    expect(suggestions.missing.map((p) => p.level2)).toEqual(['可持续影响指标']);
    const moving = checker.getSnapshot().result.findings.filter((f) => f.rule === 'cost-within-total');
    const valuesBefore = [...app.sheet(SHEET)!.cells.values()].filter((c) => c.v !== undefined).length;

    const plan = await checker.insertTemplates(SHEET, top, suggestions.missing.map((p) => p.template.id), false);
    await checker.flush();
    expect(checker.getSnapshot().error).toBeUndefined();
    expect(plan!.summary).toContain('新增“可持续影响指标” 1 行');
    expect(app.lostValues).toEqual([]);
    const valuesAfter = [...app.sheet(SHEET)!.cells.values()].filter((c) => c.v !== undefined).length;
    expect(valuesAfter).toBeGreaterThan(valuesBefore);

    const snap = checker.getSnapshot();
    const t2 = snap.result.tables.findIndex((t) => t.name === '乡村整治专项资金');
    expect(snap.result.findings.filter((f) => f.table === t2 && f.rule === 'required-level2')).toEqual([]);
    // The next table moved down one row with its findings and marks.
    expect(snap.result.findings.filter((f) => f.rule === 'cost-within-total').map((f) => f.cells)).toEqual(moving.map((f) => f.cells.map((c) => c.replace(/\d+/, (d) => String(Number(d) + 1)))));
    expect(marks(app)).toEqual(expectedMarks(checker));
    expect(app.selection).toEqual({ sheet: SHEET, row: parseRangeA1(plan!.select!)!.top, col: parseRangeA1(plan!.select!)!.left });
  });

  it.each([null, true] as const)('全部插入 of the 维修改造/基建 set leaves no blank 绩效指标, 一级 or 二级 cell and loses no label to a merge (MergeCells of a partly merged range: %s)', async (partly) => {
    const { app, checker } = await setup();
    app.partlyMergedIs = partly;
    await checker.fullCheck();
    const table = checker.getSnapshot().result.tables.find((t) => t.name === '乡村整治专项资金')!;
    const top = parseRangeA1(table.range)!.top;
    const ids = checker.templateSuggestions(SHEET, top)!.forType('construction').map((p) => p.template.id);
    expect(ids.length).toBeGreaterThan(5);
    const plan = await checker.insertTemplates(SHEET, top, ids, false);
    await checker.flush();
    expect(checker.getSnapshot().error).toBeUndefined();
    expect(app.lostValues).toEqual([]);
    const after = checker.getSnapshot().result.tables.find((t) => t.name === '乡村整治专项资金')!;
    const range = parseRangeA1(after.range)!;
    const sheet = app.sheet(SHEET)!;
    let heading = Math.min(...plan!.rows.map((r) => r.row)) - 1;
    while (heading > range.top && sheet.get(heading, 1)?.v !== '一级指标') heading--;
    expect(blankLevelCells((r, c) => sheet.get(r, c)?.v, sheet.merges, heading + 1, range.bottom, [0, 1, 2])).toEqual([]);
    expect(plan!.rows.every((r) => sheet.get(r.row, 3)?.v !== undefined)).toBe(true);
    expect(marks(app)).toEqual(expectedMarks(checker));
  });

  it('puts templates under the 二级 block where the cursor is', async () => {
    const { app, checker } = await setup({ live: false });
    await checker.fullCheck();
    const table = checker.getSnapshot().result.tables.find((t) => t.name === '人才工作经费')!;
    app.userSelect(SHEET, 'D102'); // the 数量 row
    const plan = await checker.insertTemplates(SHEET, parseRangeA1(table.range)!.top, ['training-attendance'], true);
    expect(plan!.rows[0]!.row).toBe(102);
    expect(app.sheet(SHEET)!.get(102, 3)?.v).toBe('培训人次');
    expect(app.sheet(SHEET)!.get(103, 3)?.v).toBe('补助人才项目、保障人才工作正常开展');
  });

  it('新建空白表 over cells that are not empty is refused, and nothing is written', async () => {
    const { app, checker } = await setup({ live: false });
    await checker.fullCheck();
    const plan = planBlankTable({ sheet: SHEET, newSheet: false, top: 300, templates: [LIBRARY.indicator('total-cost')!], framework: 'legacy', typeName: '培训' });
    const before = userData(app);
    await expect(wpsPaneHost(app).executePlan(plan)).rejects.toThrow(/已有内容/);
    expect(userData(app)).toBe(before);
  });

  it('新建空白表 on a new sheet writes a table the checker recognises', async () => {
    const { app, checker } = await setup({ live: false });
    await checker.fullCheck();
    const plan = await checker.insertBlankTable(SHEET, 'training', true);
    expect(checker.getSnapshot().error).toBeUndefined();
    expect(app.sheet(plan!.sheet)).toBeDefined();
    expect(checker.getSnapshot().result.tables.some((t) => t.sheet === plan!.sheet)).toBe(true);
    expect(app.lostValues).toEqual([]);
  });
});

describe('导出检查结果 and a switched workbook', () => {
  it('writes every finding into a new sheet with links, text-formatted, touching no sheet of the user’s', async () => {
    const { app, checker } = await setup();
    await checker.fullCheck();
    const before = userData(app);
    expect(await checker.exportResults('2026/12/2 10:00:00')).toBe('检查结果');
    const sheet = app.sheet('检查结果')!;
    expect(sheet.get(0, 0)?.v).toBe('绩效目标表检查结果');
    expect(String(sheet.get(1, 0)?.v)).toContain('seed-000-pingluo-zuzhibu.xlsx');
    expect(sheet.get(4, 5)?.fmt).toBe('@');
    expect(sheet.hyperlinks.length).toBeGreaterThan(10);
    expect(sheet.hyperlinks[0]!.subAddress).toMatch(/^'项目绩效目标表'![A-Z]+\d+$/);
    expect(userData(app)).toBe(before);
    expect(await checker.exportResults('later')).toBe('检查结果(2)');
  });

  it('stops with a Chinese message when the user has switched to another workbook, and checks the one in front next', async () => {
    const { app, checker } = await setup({ live: false });
    await checker.fullCheck();
    const f = checker.getSnapshot().result.findings[0]!;
    app.otherWorkbookInFront = true;
    await checker.select(f);
    expect(checker.getSnapshot().error).toMatch(/已切换到另一个工作簿/);
  });
});
