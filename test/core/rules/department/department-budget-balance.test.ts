/** department-budget-balance: tables as they are published, correct and with a planted error. */
import { department, departmentFindings } from '../../../support/budgetTables';

describe('department-budget-balance', () => {
  it('department-budget-balance: spending and sources that do not agree', () => {
    expect(departmentFindings(department({ fiscal: '430' }), 'department-budget-balance')).toEqual([
      ['error', ['C4', 'C5', 'C8', 'E4'], '部门预算支出合计 420 万元不等于收入来源合计 430 万元（相差 10 万元）'],
    ]);
  });

  it('calls a last-digit gap a 尾差 warning', () => {
    expect(departmentFindings(department({ fiscal: '420.01' }), 'department-budget-balance')).toEqual([
      ['warning', ['C4', 'C5', 'C8', 'E4'], '部门预算支出合计 420 万元与收入来源合计 420.01 万元相差 0.01 万元（尾差）'],
    ]);
  });

  it('accepts spending that equals its sources', () => {
    expect(departmentFindings(department(), 'department-budget-balance')).toEqual([]);
  });
});
