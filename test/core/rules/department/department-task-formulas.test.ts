/** department-task-formulas: tables as they are published, correct and with a planted error. */
import { evaluate } from '../../../../src/core/rules/department/department-task-formulas';
import { department, departmentFindings } from '../../../support/budgetTables';

describe('department-task-formulas', () => {
  it('department-task-formulas: a wrong calculation, and a stated total that is not the amount', () => {
    expect(departmentFindings(department({ task: '需配套 322×10×0.1=300 万元。', amount: '300' }), 'department-task-formulas')).toEqual([
      ['error', ['C11'], '「任务1」的计算式「322×10×0.1=300」算得 322，与写明的结果不符'],
    ]);
    expect(departmentFindings(department({ task: '培训经费以上预算共计8.05万元。', amount: '7' }), 'department-task-formulas').map((f) => f[0])).toEqual(['error']);
  });

  it('evaluates formulas with precedence, exactly', () => {
    expect(evaluate('224-28×5')?.toString()).toBe('84');
    expect(evaluate('2145×3500×12×0.1')?.toString()).toBe('9009000');
    expect(evaluate('1÷0')).toBeUndefined();
    expect(evaluate('3××4')).toBeUndefined();
  });
});
