/** Marks travel with the file: the Excel add-in finds and clears the marks the WPS add-in made, and the other way round. */
import { join } from 'path';
import type { ExcelHost } from '../../src/excel/host';
import { excelPaneHost } from '../../src/excel/paneHost';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { wpsPaneHost } from '../../src/wps/paneHost';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import { parseRange } from '../support/fakeExcel/model';
import { fakeWpsFromXlsx } from '../support/fakeWps/fromXlsx';

const SEED_000 = join(__dirname, '..', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx');
const SHEET = '项目绩效目标表';

it('the Excel add-in clears marks the WPS add-in made (a token after the signature)', async () => {
  const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(SEED_000), { excelApi: 13 });
  const sheet = fake.model.sheet(SHEET)!;
  sheet.addConditionalFormat({ type: 'Custom', range: parseRange('E104'), formula: '=N("perf-target:error#kmj3x1")=0', fill: '#FFC7CE' });
  sheet.addConditionalFormat({ type: 'Custom', range: parseRange('E11:E20'), formula: '=E11>100', fill: '#00FF00' });
  const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: false }), { debounceMs: 0 });
  expect(await checker.clearMarks()).toBe(1);
  expect(sheet.conditionalFormats.map((cf) => cf.formula)).toEqual(['=E11>100']);
});

it('the WPS add-in clears marks the Excel add-in made, with the user’s own rule left alone', async () => {
  const app = await fakeWpsFromXlsx(SEED_000);
  const sheet = app.sheet(SHEET)!;
  sheet.conditions.push({ type: 2, formula: '=N("perf-target:warning")=0', range: { top: 103, left: 4, bottom: 105, right: 4 }, color: 10284031 });
  sheet.conditions.push({ type: 2, formula: '=E11>100', range: { top: 10, left: 4, bottom: 19, right: 4 }, color: 65280 });
  const checker = new Checker(wpsPaneHost(app), memoryLegacySettings({ live: false }), { debounceMs: 0 });
  expect(await checker.clearMarks()).toBe(1);
  expect(sheet.conditions.map((cf) => cf.formula)).toEqual(['=E11>100']);
});
