/** department-tasks-sum: tables as they are published, correct and with a planted error. */
import { department, departmentFindings } from '../../../support/budgetTables';

describe('department-tasks-sum', () => {
  it('department-tasks-sum: tasks against 项目支出', () => {
    expect(departmentFindings(department({ amount: '300', task: '村办公经费' }), 'department-tasks-sum').map((f) => f[0])).toEqual(['warning']);
  });
});
