/** budget-procurement: tables as they are published, correct and with a planted error. */
import { recognizeSheet } from '../../../src/core/engine/check';
import type { BudgetTable } from '../../../src/core/layouts/budget';
import { gridFromTsv } from '../../support/tsv';
import { procurement, procurementFindings } from '../../support/budgetTables';

describe('recognising the 政府采购预算表', () => {
  it('reads the published table without a 栏次 row: kind, range, column roles, lines', () => {
    const [t] = recognizeSheet(procurement()) as BudgetTable[];
    expect(t!.kind).toBe('budget/政府采购预算表');
    expect(t!.rangeA1).toBe('A1:O7');
    expect(t!.title?.text).toBe('单位政府采购预算');
    const roles = Object.fromEntries(t!.columns.map((c) => [c.heading, c.role]));
    expect(roles).toMatchObject({
      项目名称: 'item',
      预算资金: 'reference',
      采购物品名称: 'name',
      政府采购目录序号: 'text',
      计量单位: 'text',
      数量: 'measure',
      单价: 'measure',
      合计: 'amount',
      一般公共预算拨款: 'amount',
      上年结转结余: 'amount',
      '2024年预留中小微企业份额': 'reference',
    });
    expect(t!.rows.map((r) => r.row)).toEqual([4, 5, 6]);
  });

  it('checks clean as published', () => {
    expect(procurementFindings(procurement())).toEqual([]);
  });

  it('recognises a renamed table with a 栏次 row by its columns', () => {
    const grid = gridFromTsv(
      [
        '2024年部门政府采购预算明细',
        '项目名称\t采购品目名称\t数量\t单价\t合计\t一般公共预算拨款',
        '栏次\t1\t2\t3\t4\t5',
        '合计\t\t\t\t3.00\t3.00',
        '办公设备购置\t复印机\t2\t1.50\t3.00\t3.00',
      ].join('\n'),
      { sheet: 'Sheet1' },
    );
    const [t] = recognizeSheet(grid) as BudgetTable[];
    expect(t!.kind).toBe('budget/政府采购预算表');
    expect(procurementFindings(grid)).toEqual([]);
  });
});
