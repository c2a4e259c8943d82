/** budget-total-row: tables as they are published, correct and with a planted error. */
import { spending, budgetFindings } from '../../../support/budgetTables';

describe('budget-total-row', () => {
  it('accepts a 合计 row equal to the top-level codes', () => {
    expect(budgetFindings(spending(), 'budget-total-row')).toEqual([]);
  });

  it('reports a 合计 that is off, and calls a last-digit gap a 尾差 warning', () => {
    expect(budgetFindings(spending({ F6: '1500.33' }), 'budget-total-row')).toEqual([
      { severity: 'error', cells: ['F6', 'F7', 'F14'], message: '合计行的项目支出 1500.33 万元不等于各科目之和 1550.33 万元（相差 50 万元）' },
    ]);
    expect(budgetFindings(spending({ D6: '2243.87' }), 'budget-total-row')).toEqual([
      { severity: 'warning', cells: ['D6', 'D7', 'D11', 'D14', 'D17'], message: '合计行的合计 2243.87 万元与各科目之和 2243.88 万元相差 0.01 万元（尾差）' },
    ]);
  });
});
