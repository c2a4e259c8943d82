/** budget-projects-sum: tables as they are published, correct and with a planted error. */
import { unitSet, setCell, crossTable } from '../../../support/budgetTables';

describe('budget-projects-sum', () => {
  it('budget-projects-sum: a project’s 预算数 that no longer adds up to 项目支出', () => {
    const f = crossTable(unitSet((s) => setCell(s, '驻村干部工作经费', 3, 2, 14)));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'budget-projects-sum', severity: 'error', sheet: '支出总表' });
    expect(f[0]!.cells[0]).toBe('F6');
    expect(f[0]!.cells).toContain('驻村干部工作经费!C4');
    expect(f[0]!.message).toBe('支出总表的项目支出 1550.33 万元不等于 22 张项目表的预算数之和 1551.33 万元（相差 1 万元）');
  });
});
