/** budget-total-row: tables as they are published, correct and with a planted error. */
import { spending, budgetFindings } from '../../../support/budgetTables';

describe('budget-total-row', () => {
  it('accepts a 合计 row equal to the top-level codes', () => {
    expect(budgetFindings(spending(), 'budget-total-row')).toEqual([]);
  });

  it('reports a 合计 that is off, and calls a last-digit gap a 尾差 warning', () => {
    expect(budgetFindings(spending({ F6: '1500.33' }), 'budget-total-row').map((f) => [f.severity, f.cells[0]])).toEqual([['error', 'F6']]);
    expect(budgetFindings(spending({ D6: '2243.87' }), 'budget-total-row').map((f) => [f.severity, f.cells[0]])).toEqual([['warning', 'D6']]);
  });
});
