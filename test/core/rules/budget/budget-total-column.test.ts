/** budget-total-column: tables as they are published, correct and with a planted error. */
import { checkTable, recognizeSheet } from '../../../../src/core/engine/check';
import { gridFromTsv } from '../../../support/tsv';
import { spending, budgetFindings, procurement, procurementFindings } from '../../../support/budgetTables';

describe('budget-total-column', () => {
  it('accepts 合计 = 基本支出 + 项目支出 on every row', () => {
    expect(budgetFindings(spending(), 'budget-total-column')).toEqual([]);
  });

  it('reports a row whose 合计 is not the sum of its parts', () => {
    const [f] = budgetFindings(spending({ D15: '1194.50' }), 'budget-total-column').filter((x) => x.cells[0] === 'D15');
    expect(f).toEqual({ severity: 'error', cells: ['D15', 'F15'], message: '第 15 行「农村综合改革」的合计 1194.5 万元不等于各分项之和 1194 万元（相差 0.5 万元）' });
  });

  it('checks a 小计 against its group (收入总表: 本年收入 小计 = 财政拨款收入 + …)', () => {
    const income = gridFromTsv(
      [
        '单位预算收入总表',
        '序号\t功能分类科目\t\t合计\t本年收入\t\t\t上年结转',
        '\t科目编码\t科目名称\t\t小计\t财政拨款收入\t事业收入',
        '栏次\t1\t2\t3\t4\t5\t6\t7',
        '1\t201\t一般公共服务支出\t925.07\t919.22\t900.00\t\t5.85',
      ].join('\n'),
    );
    const f = recognizeSheet(income).flatMap((t) => checkTable(t)).filter((x) => x.rule === 'budget-total-column');
    // 财政拨款收入 900 breaks both the 小计 and the 合计 of the row.
    expect(f.map((x) => [x.severity, x.cells])).toEqual([
      ['error', ['D5', 'F5', 'H5']],
      ['error', ['E5', 'F5']],
    ]);
    expect(f[1]!.message).toContain('本年收入小计');
  });
});

describe('budget-total-column on the 政府采购预算表', () => {
  it('reports a line whose 合计 is not the sum of its fund columns, and leaves 数量, 单价, 预算资金 out', () => {
    const f = procurementFindings(procurement({ I7: '1.06' }), 'budget-total-column');
    expect(f.map((x) => [x.severity, x.cells])).toEqual([['error', ['H7', 'I7']]]);
  });

  it('calls a last-digit gap a 尾差 warning', () => {
    expect(budgetFindings(spending({ D15: '1194.01' }), 'budget-total-column')).toEqual([
      { severity: 'warning', cells: ['D15', 'F15'], message: '第 15 行「农村综合改革」的合计 1194.01 万元与各分项之和 1194 万元相差 0.01 万元（尾差）' },
    ]);
  });
});
