/** department-budget-balance: tables as they are published, correct and with a planted error. */
import { department, departmentFindings } from '../../../support/budgetTables';

describe('department-budget-balance', () => {
  it('department-budget-balance: spending and sources that do not agree', () => {
    expect(departmentFindings(department({ fiscal: '430' }), 'department-budget-balance')).toEqual([
      ['error', ['C4', 'C5', 'C8', 'E4'], '部门预算支出合计 420 万元不等于收入来源合计 430 万元（相差 10 万元）'],
    ]);
  });
});
