/** budget-procurement-quantity-price: tables as they are published, correct and with a planted error. */
import { procurement, procurementFindings } from '../../../support/budgetTables';

describe('budget-procurement-quantity-price', () => {
  it('reports 数量 × 单价 that is not the 合计, naming the three cells', () => {
    const f = procurementFindings(procurement({ F7: '2' }), 'budget-procurement-quantity-price');
    expect(f).toEqual([
      {
        rule: 'budget-procurement-quantity-price',
        severity: 'error',
        cells: ['H7', 'F7', 'G7'],
        message: '「便携式计算机」数量 2 × 单价 1.16 万元 = 2.32 万元，与合计 1.16 万元不符（相差 1.16 万元）',
      },
    ]);
  });

  it('takes a rounded 单价 as a 尾差 warning', () => {
    const f = procurementFindings(procurement({ F7: '3', G7: '0.39' }), 'budget-procurement-quantity-price');
    expect(f.map((x) => [x.severity, x.cells, x.message])).toEqual([
      ['warning', ['H7', 'F7', 'G7'], '「便携式计算机」数量 3 × 单价 0.39 万元 = 1.17 万元，与合计 1.16 万元相差 0.01 万元（尾差）'],
    ]);
  });
});
