/** Proposed values in the 模板 tab: shown with their source, written only when the user accepts them. */
import { join } from 'path';
import { parseRangeA1 } from '../../src/core/grid/address';
import type { ExcelHost } from '../../src/excel/host';
import { excelPaneHost } from '../../src/excel/paneHost';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';

const SEED_001 = join(__dirname, '..', 'fixtures', 'seed-001-tongfu.xlsx');
const SHEET = '村干部报酬自治区补助资金';

async function setup() {
  const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(SEED_001), { excelApi: 13 });
  const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: false }), { debounceMs: 0 });
  await checker.fullCheck();
  const table = checker.getSnapshot().result.tables.find((t) => t.sheet === SHEET)!;
  return { fake, checker, top: parseRangeA1(table.range)!.top };
}

describe('values proposed from the table’s 年度目标', () => {
  it('are previewed as proposals with their source', async () => {
    const { checker, top } = await setup();
    const previews = checker.templateSuggestions(SHEET, top)!.forType('subsidy');
    const recipients = previews.find((p) => p.template.id === 'subsidy-recipients')!;
    expect(recipients.value).toBe('**人');
    expect(recipients.proposal).toEqual({ value: '65人', source: '据年度目标“13个行政村，每村5人”' });
  });

  it('leave ** for the user unless accepted, and are written when accepted', async () => {
    for (const accept of [false, true]) {
      const { fake, checker, top } = await setup();
      const plan = await checker.insertTemplates(SHEET, top, ['subsidy-recipients'], false, accept);
      await fake.settle();
      const row = plan!.rows[0]!;
      const [, col] = [row.row, row.valueCell.replace(/\d+$/, '')];
      expect([accept, fake.model.sheet(SHEET)!.get(row.row, col.charCodeAt(0) - 65)?.value]).toEqual([accept, accept ? '65人' : '**人']);
      expect(row.open).toBe(!accept);
    }
  });
});
