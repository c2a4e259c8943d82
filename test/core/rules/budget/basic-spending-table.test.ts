/** basic-spending-table: tables as they are published, correct and with a planted error. */
import { checkGrids } from '../../../../src/core/engine/check';
import { unitSet, setCell } from '../../../support/budgetTables';

describe('within-table rules on the real 基本支出表 (经济分类)', () => {
  const rules = (grids: ReturnType<typeof unitSet>, rule: string) =>
    checkGrids(grids)
      .findings.filter((f) => f.rule === rule && f.sheet === '一般公共预算财政拨款基本支出表')
      .map((f) => ({ severity: f.severity, cells: f.cells, message: f.message }));

  it('accepts 301 = Σ 301xx and 合计 = 人员经费 + 公用经费 as published', () => {
    const grids = unitSet();
    expect(rules(grids, 'budget-code-hierarchy')).toEqual([]);
    expect(rules(grids, 'budget-total-column')).toEqual([]);
  });

  it('reports 基本工资 changed without its class 301', () => {
    // 30101 基本工资 158.31 → 168.31 in 合计 only.
    const f = rules(unitSet((s) => setCell(s, '一般公共预算财政拨款基本支出表', 7, 3, 168.31)), 'budget-code-hierarchy');
    expect(f[0]).toMatchObject({ severity: 'error', cells: expect.arrayContaining(['D7', 'D8']) });
    expect(f[0]!.cells[0]).toBe('D7');
    expect(f[0]!.message).toMatch(/^科目 301「工资福利支出」的合计 607\.57 万元不等于下级科目之和 617\.57 万元/);
  });

  it('reports a row whose 合计 is not 人员经费 + 公用经费', () => {
    const f = rules(unitSet((s) => setCell(s, '一般公共预算财政拨款基本支出表', 7, 4, 148.31)), 'budget-total-column');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cells: ['D8', 'E8'] });
  });
});
