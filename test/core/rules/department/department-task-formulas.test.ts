/** department-task-formulas: tables as they are published, correct and with a planted error. */
import { evaluate } from '../../../../src/core/rules/department/department-task-formulas';
import { department, departmentFindings } from '../../../support/budgetTables';

describe('department-task-formulas', () => {
  it('department-task-formulas: a wrong calculation, and a stated total that is not the amount', () => {
    expect(departmentFindings(department({ task: '需配套 322×10×0.1=300 万元。', amount: '300' }), 'department-task-formulas')).toEqual([
      ['error', ['C11'], '「任务1」的计算式「322×10×0.1=300」算得 322，与写明的结果不符'],
    ]);
    expect(departmentFindings(department({ task: '培训经费以上预算共计8.05万元。', amount: '7' }), 'department-task-formulas')).toEqual([
      ['error', ['C11', 'D11'], '「任务1」的说明写明合计 8.05 万元，与拟投入的资金 7 万元不一致（相差 1.05 万元）'],
    ]);
    // A total written in 元, a thousandth of a 万元 away: a 尾差.
    expect(departmentFindings(department({ task: '培训经费以上预算共计3220000元。', amount: '322.001' }), 'department-task-formulas')).toEqual([
      ['warning', ['C11', 'D11'], '「任务1」的说明写明合计 322 万元，与拟投入的资金 322.001 万元相差 0.001 万元（尾差）'],
    ]);
    expect(departmentFindings(department(), 'department-task-formulas')).toEqual([]);
  });

  it('evaluates formulas with precedence, exactly', () => {
    expect(evaluate('224-28×5')?.toString()).toBe('84');
    expect(evaluate('2145×3500×12×0.1')?.toString()).toBe('9009000');
    expect(evaluate('1÷0')).toBeUndefined();
    expect(evaluate('3××4')).toBeUndefined();
  });
});
