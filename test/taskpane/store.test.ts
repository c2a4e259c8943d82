/**
 * The store in the pane, against the fake Excel host: 一键检查 reads it with the sheets (no extra
 * sync); the pane writes it (a very hidden sheet) only when the user changes a setting or teaches a
 * column, moves the old Office-settings value into it once, never overwrites a store it cannot read,
 * and 清除 removes it. What the pane writes is what the CLI reads.
 */
import { excelPaneHost } from '../../src/excel/paneHost';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import type { ExcelHost } from '../../src/excel/host';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { decodeStore, emptyStore, STORE_SHEET } from '../../src/core/store/document';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../src/core/rules/profiles';
import { writeTaughtWorkbook } from '../support/storeWorkbook';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import { saveFakeWorkbook } from '../support/fakeExcel/toXlsx';

const dir = mkdtempSync(join(tmpdir(), 'perf-target-pane-store-'));
const PLAIN_FINDINGS = ['table 文化活动', 'unknown-column E4', 'quantity-value-is-count D5', 'quality-value-kind D6', 'cost-value-is-money D8', 'satisfaction-is-percent D10'];

async function pane(file: string, legacy: unknown = { live: false }) {
  const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(file), { excelApi: 7 });
  const old = memoryLegacySettings(legacy);
  const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), old, { debounceMs: 0 });
  return { fake, checker, old };
}

function findingsOf(checker: Checker): string[] {
  const snap = checker.getSnapshot();
  return [...snap.result.tables.map((t) => `table ${t.sheet}`), ...snap.result.findings.map((f) => `${f.rule} ${f.cells.join(',')}`)];
}

/** The store as the fake workbook holds it. */
function storeIn(fake: FakeExcelHost) {
  const sheet = fake.model.sheet(STORE_SHEET);
  if (!sheet) return undefined;
  const chunks = [...sheet.cells.entries()].filter(([k]) => k.endsWith(',0')).sort(([a], [b]) => Number(a.split(',')[0]) - Number(b.split(',')[0])).map(([, c]) => String(c.value ?? ''));
  return { visibility: sheet.visibility, ...decodeStore(chunks) };
}

let plain: string;
let taught: string;
beforeAll(async () => {
  plain = join(dir, 'plain.xlsx');
  taught = join(dir, 'taught.xlsx');
  await writeTaughtWorkbook(plain);
  await writeTaughtWorkbook(taught, { ...emptyStore(), columns: [{ sheet: '文化活动', heading: '计算单位', role: 'unit' }] });
});

describe('the store in the pane', () => {
  it('a taught column is read with its role by 一键检查, as the CLI reads it, and the store’s sheet is not a table', async () => {
    const a = await pane(plain);
    await a.checker.fullCheck();
    expect(findingsOf(a.checker)).toEqual(PLAIN_FINDINGS);
    const b = await pane(taught);
    await b.checker.fullCheck();
    expect(findingsOf(b.checker)).toEqual(['table 文化活动']);
    const [cli] = await checkFiles([taught], BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
    expect(cli!.findings).toEqual([]);
  });

  it('teaching a column in the pane saves it in a very hidden sheet, changes the findings, and changes the CLI’s findings on that workbook', async () => {
    const { fake, checker } = await pane(plain);
    await checker.fullCheck();
    expect(checker.teachableColumns()).toEqual([{ sheet: '文化活动', cell: 'E4', heading: '计算单位' }]);
    const syncs = fake.syncCount;
    await checker.teachColumn('文化活动', '计算单位', 'unit');
    // Write the store (2 syncs), re-read and re-mark the sheet (2).
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(4);
    expect(findingsOf(checker)).toEqual(['table 文化活动']);
    expect(checker.teachableColumns()).toEqual([{ sheet: '文化活动', cell: 'E4', heading: '计算单位', role: 'unit' }]);
    expect(storeIn(fake)).toEqual({
      visibility: 'VeryHidden',
      store: { version: 1, settings: { profile: 'auto', satisfactionFloor: 90, roundingTolerancePerPart: 0.005, rulesOff: [], live: false }, columns: [{ sheet: '文化活动', heading: '计算单位', role: 'unit' }], dismissed: [] },
    });
    // The user's sheet is as it was: only the store's sheet was added.
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['文化活动', STORE_SHEET]);

    const saved = join(dir, 'taught-in-pane.xlsx');
    await saveFakeWorkbook(fake.model, saved);
    const profile = BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!;
    const [before] = await checkFiles([plain], profile);
    const [after] = await checkFiles([saved], profile);
    expect(before!.findings.map((f) => f.rule)).toContain('quantity-value-is-count');
    expect(after!.findings).toEqual([]);
    expect((await readWorkbookFile(saved)).grids.map((g) => g.sheet)).toEqual(['文化活动']);

    // Forgetting the teaching brings the findings back; the store keeps the rest.
    await checker.teachColumn('文化活动', '计算单位', undefined);
    expect(findingsOf(checker)).toEqual(PLAIN_FINDINGS);
    expect(storeIn(fake)).toMatchObject({ store: { columns: [] } });
  });

  it('a column taught 忽略 is left out without a hint', async () => {
    const { checker } = await pane(plain);
    await checker.fullCheck();
    await checker.teachColumn('文化活动', '计算单位', 'ignore');
    expect(findingsOf(checker)).not.toContain('unknown-column E4');
  });

  it('writes nothing while nothing changed: opening, checking, the same setting again', async () => {
    const { fake, checker, old } = await pane(plain, { live: false, satisfactionFloor: 95 });
    await checker.start();
    await checker.fullCheck();
    await checker.saveSettings({ ...checker.getSnapshot().settings });
    await checker.teachColumn('文化活动', '计算单位', undefined);
    expect(fake.model.sheet(STORE_SHEET)).toBeUndefined();
    expect(old.removed).toBe(false);
  });

  it('moves the old settings into the store on the first change, removes them from the old place, and a new pane reads them back', async () => {
    const { fake, checker, old } = await pane(plain, { live: false, satisfactionFloor: 95 });
    await checker.start();
    expect(checker.getSnapshot().settings.satisfactionFloor).toBe(95);
    await checker.saveSettings({ ...checker.getSnapshot().settings, roundingTolerancePerPart: 0.01 });
    expect(old.removed).toBe(true);
    expect(storeIn(fake)).toMatchObject({ visibility: 'VeryHidden', store: { settings: { live: false, satisfactionFloor: 95, roundingTolerancePerPart: 0.01 } } });
    // The next time the workbook is opened the old place is empty; the store has the settings.
    const again = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings(undefined), { debounceMs: 0 });
    await again.start();
    expect(again.getSnapshot().settings).toMatchObject({ live: false, satisfactionFloor: 95, roundingTolerancePerPart: 0.01 });
  });

  it('moves the old settings in when the first write is a taught column', async () => {
    const { fake, checker, old } = await pane(plain, { live: false, satisfactionFloor: 95 });
    await checker.fullCheck();
    await checker.teachColumn('文化活动', '计算单位', 'unit');
    expect(old.removed).toBe(true);
    expect(storeIn(fake)).toMatchObject({ store: { settings: { satisfactionFloor: 95, live: false }, columns: [{ heading: '计算单位', role: 'unit' }] } });
  });

  it('never overwrites a store it cannot read, says why, and 清除 removes it and the old settings', async () => {
    const { fake, checker, old } = await pane(plain, { live: false, satisfactionFloor: 95 });
    const sheet = fake.model.addSheet(STORE_SHEET);
    sheet.visibility = 'VeryHidden';
    sheet.setValue(0, 0, '{"version":9,"columns":[]}');
    await checker.fullCheck();
    expect(checker.getSnapshot().storeError).toBe('工作簿中保存的助手数据来自更新的版本，已忽略');
    await checker.teachColumn('文化活动', '计算单位', 'unit');
    await checker.saveSettings({ ...checker.getSnapshot().settings, satisfactionFloor: 80 });
    expect(fake.model.sheet(STORE_SHEET)!.get(0, 0)!.value).toBe('{"version":9,"columns":[]}');
    // The teaching still applies for this session.
    expect(findingsOf(checker)).toEqual(['table 文化活动']);

    expect(await checker.clearStore()).toBe(true);
    expect(fake.model.sheet(STORE_SHEET)).toBeUndefined();
    expect(old.removed).toBe(true);
    const snap = checker.getSnapshot();
    expect(snap.storeError).toBeUndefined();
    expect(snap.settings).toMatchObject({ satisfactionFloor: 90, live: false });
    expect(findingsOf(checker)).toEqual(PLAIN_FINDINGS);
  });

  it('忽略此问题 keeps the finding out with its reason, takes its mark away, survives 一键检查, is undone by 恢复, and the CLI reports it as 已忽略', async () => {
    const plain = join(dir, 'dismiss.xlsx');
    await writeTaughtWorkbook(plain);
    const { fake, checker } = await pane(plain);
    await checker.fullCheck();
    const f = checker.getSnapshot().result.findings.find((x) => x.rule === 'quality-value-kind')!;
    const marked = () => fake.model.sheet('文化活动')!.conditionalFormats.some((cf) => /perf-target/.test(cf.formula ?? '') && cf.range.top <= 5 && cf.range.bottom >= 5 && cf.range.left <= 3 && cf.range.right >= 3);
    expect(marked()).toBe(true);
    await checker.dismiss(f, '县里规定按次数考核');
    let snap = checker.getSnapshot();
    expect(snap.result.findings.some((x) => x.rule === 'quality-value-kind')).toBe(false);
    expect(snap.result.dismissed).toEqual([expect.objectContaining({ rule: 'quality-value-kind', cells: ['D6'], reason: '县里规定按次数考核' })]);
    expect(marked()).toBe(false);
    const stored = storeIn(fake) as { store: { dismissed: unknown[] } };
    expect(stored.store.dismissed).toEqual([expect.objectContaining({ sheet: '文化活动', rule: 'quality-value-kind', text: '95', reason: '县里规定按次数考核' })]);

    // Still dismissed after a full check; the CLI reads the file the same way.
    await checker.fullCheck();
    expect(checker.getSnapshot().result.dismissed).toHaveLength(1);
    const saved = join(dir, 'dismissed-in-pane.xlsx');
    await saveFakeWorkbook(fake.model, saved);
    const [cli] = await checkFiles([saved], undefined);
    expect(cli!.findings.some((x) => x.rule === 'quality-value-kind')).toBe(false);
    expect(cli!.dismissed).toEqual([expect.objectContaining({ rule: 'quality-value-kind', reason: '县里规定按次数考核' })]);
    const { fileText, summaryText } = await import('../../src/cli/report');
    expect(fileText(cli!, false)).toContain('已忽略：1 个（在任务窗格中忽略，不计入错误和警告）');
    expect(fileText(cli!, false)).toContain('理由：县里规定按次数考核');
    expect(summaryText([cli!], false)).toMatch(/；已忽略 1$/);

    // 恢复 brings it back, with its mark.
    snap = checker.getSnapshot();
    await checker.restore(snap.result.dismissed![0]!);
    expect(checker.getSnapshot().result.findings.some((x) => x.rule === 'quality-value-kind')).toBe(true);
    expect(checker.getSnapshot().result.dismissed).toBeUndefined();
    expect(marked()).toBe(true);
  });
});
