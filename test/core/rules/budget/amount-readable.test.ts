/** amount-readable: tables as they are published, correct and with a planted error. */
import { spending, budgetFindings, department, departmentFindings } from '../../../support/budgetTables';
import { gridWithRawCells } from '../../../support/tsv';

describe('amount-readable', () => {
  it('names a #REF! and a figure written as words, and leaves the sums around them unchecked', () => {
    const grid = spending({ D9: '#REF!', E12: '见附表' });
    expect(budgetFindings(grid, 'amount-readable')).toEqual([
      { severity: 'error', cells: ['D9'], message: '「行政运行」的合计是错误值「#REF!」，相关合计无法核对，请检查公式或引用' },
      { severity: 'error', cells: ['E12'], message: '「行政事业单位养老支出」的基本支出「见附表」不是有效的数字，相关合计无法核对' },
    ]);
    expect(budgetFindings(grid, 'budget-code-hierarchy').filter((f) => f.cells.includes('D9') || f.cells.includes('E12'))).toEqual([]);
  });

  it('accepts blanks, dashes and thousands separators', () => {
    expect(budgetFindings(spending({ D6: '2,243.88', F9: '—', E10: '-' }), 'amount-readable')).toEqual([]);
  });
});

describe('amount-readable on a 部门整体 table', () => {
  it('amount-readable: an amount written as words', () => {
    expect(departmentFindings(department({ basic: '一百万元' }), 'amount-readable')).toEqual([['error', ['C4'], '基本支出「一百万元」不是有效的数字，相关合计无法核对']]);
    expect(departmentFindings(department({ amount: '#N/A' }), 'amount-readable')).toEqual([['error', ['D11'], '任务1的拟投入资金是错误值「#N/A」，相关合计无法核对，请检查公式或引用']]);
  });

  it('names a figure shown as a date and a formula never calculated', () => {
    const grid = gridWithRawCells(spending(), { D9: { value: 61, text: '1900-03-01' }, E12: { value: { error: '#未计算', formula: 'E13' }, text: '=E13' } });
    expect(budgetFindings(grid, 'amount-readable')).toEqual([
      { severity: 'error', cells: ['D9'], message: '「行政运行」的合计显示为日期「1900-03-01」（单元格是日期格式），不是金额，相关合计无法核对' },
      { severity: 'error', cells: ['E12'], message: '「行政事业单位养老支出」的基本支出是公式「=E13」，文件中没有它的计算结果（Excel 尚未计算过），相关合计无法核对；请在 Excel 或 WPS 中打开、保存后再检查' },
    ]);
  });
});
