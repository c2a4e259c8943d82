/**
 * The pane reads the workbook's store with the sheets (no extra sync): a column the user taught in
 * the store is read with its role by 一键检查, as the CLI reads it, and the store's sheet is not a table.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles } from '../../src/cli/main';
import { writeStore } from '../../src/cli/readWorkbook';
import type { ExcelHost } from '../../src/excel/host';
import { memorySettingsStore } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { emptyStore, type Store } from '../../src/core/store/document';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../src/core/rules/profiles';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';

const dir = mkdtempSync(join(tmpdir(), 'perf-target-pane-store-'));
const ROWS = [
  ['项目名称', '村级文化活动'],
  ['年度资金总额', '8'],
  ['年度目标', '组织村级文化活动12场，群众满意度90%以上。'],
  ['一级指标', '二级指标', '三级指标', '指标值', '计算单位'],
  ['产出指标', '数量指标', '组织文化活动场次', '12', '场'],
  ['', '质量指标', '活动覆盖率', '95', '%'],
  ['', '时效指标', '完成时间', '2024年12月底', ''],
  ['', '成本指标', '活动经费', '8', '万元'],
  ['效益指标', '社会效益指标', '群众参与人次', '3000', '人次'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '90', '%'],
];

async function workbook(file: string, store?: Store): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('文化活动');
  ROWS.forEach((row, r) => row.forEach((v, c) => v !== '' && (ws.getCell(r + 1, c + 1).value = /^\d+$/.test(v) ? Number(v) : v)));
  if (store) writeStore(wb, store);
  await wb.xlsx.writeFile(file);
}

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
    await workbook(plain);
    await workbook(taught, { ...emptyStore(), columns: [{ sheet: '文化活动', heading: '计算单位', role: 'unit' }] });
    expect(await paneFindings(plain)).toEqual(['table 文化活动', 'quantity-value-is-count D5', 'quality-value-kind D6', 'cost-value-is-money D8', 'satisfaction-is-percent D10']);
    expect(await paneFindings(taught)).toEqual(['table 文化活动']);
    const [cli] = await checkFiles([taught], BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
    expect(cli!.findings).toEqual([]);
  });
});
