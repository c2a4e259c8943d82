/**
 * The pane reads the workbook's store with the sheets (no extra sync): a column the user taught in
 * the store is read with its role by 一键检查, as the CLI reads it, and the store's sheet is not a table.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles } from '../../src/cli/main';
import type { ExcelHost } from '../../src/excel/host';
import { memorySettingsStore } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { emptyStore } from '../../src/core/store/document';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../src/core/rules/profiles';
import { writeTaughtWorkbook } from '../support/storeWorkbook';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';

const dir = mkdtempSync(join(tmpdir(), 'perf-target-pane-store-'));

async function paneFindings(file: string): Promise<string[]> {
  const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(file), { excelApi: 7 });
  const checker = new Checker(fake as unknown as ExcelHost, memorySettingsStore({ live: false }), { debounceMs: 0 });
  await checker.fullCheck();
  const snap = checker.getSnapshot();
  return [...snap.result.tables.map((t) => `table ${t.sheet}`), ...snap.result.findings.map((f) => `${f.rule} ${f.cells.join(',')}`)];
}

describe('the store in the pane', () => {
  it('a taught column is read with its role, and the pane agrees with the CLI on the same file', async () => {
    const plain = join(dir, 'plain.xlsx');
    const taught = join(dir, 'taught.xlsx');
    await writeTaughtWorkbook(plain);
    await writeTaughtWorkbook(taught, { ...emptyStore(), columns: [{ sheet: '文化活动', heading: '计算单位', role: 'unit' }] });
    expect(await paneFindings(plain)).toEqual(['table 文化活动', 'unknown-column E4', 'quantity-value-is-count D5', 'quality-value-kind D6', 'cost-value-is-money D8', 'satisfaction-is-percent D10']);
    expect(await paneFindings(taught)).toEqual(['table 文化活动']);
    const [cli] = await checkFiles([taught], BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
    expect(cli!.findings).toEqual([]);
  });
});
