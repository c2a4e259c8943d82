/** department-tasks-sum: tables as they are published, correct and with a planted error. */
import { department, departmentFindings } from '../../../support/budgetTables';

describe('department-tasks-sum', () => {
  it('department-tasks-sum: tasks against 项目支出', () => {
    expect(departmentFindings(department({ amount: '300', task: '村办公经费' }), 'department-tasks-sum')).toEqual([
      ['warning', ['C5', 'D11'], '1 项任务拟投入的资金合计 300 万元，与项目支出 322 万元不一致（相差 22 万元）'],
    ]);
    expect(departmentFindings(department({ task: '村办公经费' }), 'department-tasks-sum')).toEqual([]);
  });
});
