/** The fake host behaves like Excel where the adapter depends on it. */
import { FakeExcelHost } from './host';
import { FakeWorkbookModel } from './model';

function host(excelApi = 7) {
  return new FakeExcelHost(
    FakeWorkbookModel.create([
      { name: 'Sheet1', cells: { A1: '项目名称', B1: '甲', C3: 0.95, A5: '#REF!' }, merges: ['B1:E1'] },
      { name: '第二页', cells: { B2: 1 } },
    ]),
    { excelApi },
  );
}

describe('fake Excel host', () => {
  it('refuses to read a property before load and sync, as Excel does', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C3');
      expect(() => r.values).toThrow(/PropertyNotLoaded|not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values[0]).toEqual(['项目名称', '甲', '']);
      expect(() => r.text).toThrow(/not available/);
    });
  });

  it('counts syncs and reports null objects', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('没有这页');
      const used = ctx.workbook.worksheets.getItem('第二页').getUsedRangeOrNullObject(true);
      used.load('address');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.address).toBe('第二页!B2');
    });
    expect(fake.syncCount).toBe(1);
  });

  it('renders text from number formats and reports error values', async () => {
    const fake = host();
    fake.model.sheet('Sheet1')!.set(2, 2, { value: 0.95, numberFormat: '0%' });
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A3:C5');
      r.load('text,valueTypes');
      await ctx.sync();
      expect(r.text[0]![2]).toBe('95%');
      expect(r.valueTypes[2]![0]).toBe('Error');
    });
  });

  it('gates newer requirement sets', async () => {
    expect(host(7).isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(host(13).isSetSupported('ExcelApi', '1.13')).toBe(true);
    await host(7).run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getMergedAreasOrNullObject()).toThrow(/ApiNotFound|1\.13/);
    });
  });

  it('fails a batch during cell edit unless it asked to be delayed', async () => {
    const fake = host(11);
    fake.enterCellEdit();
    await expect(fake.run(async () => 1)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    const delayed = fake.run({ delayForCellEdit: true }, async () => 2);
    fake.exitCellEdit();
    await expect(delayed).resolves.toBe(2);
  });

  it('shifts cells, merges and conditional formats when rows are inserted, growing a merge that spans the point', () => {
    const fake = host();
    const s = fake.model.sheet('Sheet1')!;
    s.merges.push({ top: 1, left: 0, bottom: 4, right: 0 });
    s.addConditionalFormat({ type: 'Custom', range: { top: 4, left: 0, bottom: 4, right: 0 }, formula: '=1' });
    fake.userInsertRows('Sheet1', 2, 3);
    expect(s.get(7, 0)?.value).toBe('#REF!');
    expect(s.merges).toContainEqual({ top: 1, left: 0, bottom: 7, right: 0 });
    expect(s.conditionalFormats[0]!.range).toEqual({ top: 7, left: 0, bottom: 7, right: 0 });
  });
});
