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

  it('calls a last-digit gap a 尾差 warning', () => {
    const [f] = crossTable(unitSet((s) => setCell(s, '驻村干部工作经费', 3, 2, 13.01)));
    expect([f!.rule, f!.severity, f!.message]).toEqual(['budget-projects-sum', 'warning', '支出总表的项目支出 1550.33 万元与 22 张项目表的预算数之和 1550.34 万元相差 0.01 万元（尾差）']);
  });
});
