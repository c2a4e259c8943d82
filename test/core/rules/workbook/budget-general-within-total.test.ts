/** budget-general-within-total: tables as they are published, correct and with a planted error. */
import { unitSet, setCell, crossTable } from '../../../support/budgetTables';

describe('budget-general-within-total', () => {
  it('budget-general-within-total: a 一般公共预算 科目 larger than the same 科目 in 支出总表', () => {
    const f = crossTable(unitSet((s) => setCell(s, '一般公共预算财政拨款支出表', 9, 5, 366.33)));
    expect(f.map((x) => [x.rule, x.severity, x.sheet, x.cells, x.message])).toEqual([
      [
        'budget-general-within-total',
        'error',
        '一般公共预算财政拨款支出表',
        ['F10', '支出总表!F10'],
        '一般公共预算财政拨款支出表科目 2013299“其他组织事务支出”的项目支出 366.33 万元超过支出总表的 356.33 万元',
      ],
    ]);
  });
});
