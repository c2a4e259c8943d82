/** budget-procurement-within-budget: tables as they are published, correct and with a planted error. */
import { PROCUREMENT_PROJECT, procurement, procurementFindings } from '../../../support/budgetTables';

describe('budget-procurement-within-budget', () => {
  it('reports a project whose purchases exceed its 预算资金', () => {
    const f = procurementFindings(procurement({ B7: '1.00' }), 'budget-procurement-within-budget');
    expect(f).toEqual([
      {
        rule: 'budget-procurement-within-budget',
        severity: 'error',
        cells: ['B7', 'H7'],
        message: `项目「${PROCUREMENT_PROJECT}」的政府采购金额 1.16 万元超过其预算资金 1 万元`,
      },
    ]);
  });

  it('adds up every line of the project against its 预算资金', () => {
    const extra = ['\t\t彩色打印机\tA02020400\t台\t2\t0.60\t1.20\t1.20\t\t\t\t\t\t1.20'];
    const edit = { H5: '2.36', I5: '2.36', O5: '2.36', H6: '2.36', I6: '2.36', O6: '2.36' };
    const f = procurementFindings(procurement(edit, extra), 'budget-procurement-within-budget');
    expect(f.map((x) => x.cells)).toEqual([['B7', 'H7', 'H8']]);
    expect(f[0]!.message).toContain('2.36 万元超过其预算资金 2.14 万元');
  });
});
