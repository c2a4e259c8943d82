/** budget-code-hierarchy: tables as they are published, correct and with a planted error. */
import { spending, budgetFindings } from '../../../support/budgetTables';

describe('budget-code-hierarchy', () => {
  it('accepts codes that add up', () => {
    expect(budgetFindings(spending(), 'budget-code-hierarchy')).toEqual([]);
  });

  it('reports a parent that is not the sum of its children, naming all the cells', () => {
    expect(budgetFindings(spending({ D9: '600.00', E9: '600.00' }), 'budget-code-hierarchy')[0]).toEqual({
      severity: 'error',
      cells: ['D8', 'D9', 'D10'],
      message: '科目 20132「组织事务」的合计 925.07 万元不等于下级科目之和 956.33 万元（相差 31.26 万元）',
    });
  });

  it('calls a last-digit gap between a parent and its children a 尾差 warning', () => {
    expect(budgetFindings(spending({ D10: '356.34', F10: '356.34' }), 'budget-code-hierarchy')).toEqual([
      { severity: 'warning', cells: ['D8', 'D9', 'D10'], message: '科目 20132「组织事务」的合计 925.07 万元与下级科目之和 925.08 万元相差 0.01 万元（尾差）' },
      { severity: 'warning', cells: ['F8', 'F10'], message: '科目 20132「组织事务」的项目支出 356.33 万元与下级科目之和 356.34 万元相差 0.01 万元（尾差）' },
    ]);
  });
});
