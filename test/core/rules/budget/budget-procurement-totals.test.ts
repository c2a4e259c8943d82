/** budget-procurement-totals: tables as they are published, correct and with a planted error. */
import { procurement, procurementFindings } from '../../../support/budgetTables';

describe('budget-procurement-totals', () => {
  it('reports a 合计 row that is not the sum of the 小计 rows', () => {
    const f = procurementFindings(procurement({ H5: '1.26', I5: '1.26' }), 'budget-procurement-totals');
    expect(f.map((x) => [x.severity, x.cells])).toEqual([
      ['error', ['H5', 'H6']],
      ['error', ['I5', 'I6']],
    ]);
    expect(f[0]!.message).toBe('「合计」的合计 1.26 万元不等于各小计之和 1.16 万元（相差 0.1 万元）');
  });

  it('reports a 小计 that is not the sum of its lines, in the 中小企业 share too', () => {
    const f = procurementFindings(procurement({ O6: '0.5', O5: '0.5' }), 'budget-procurement-totals');
    expect(f.map((x) => x.cells)).toEqual([['O6', 'O7']]);
    expect(f[0]!.message).toContain('「中共大厂回族自治县委组织部小计」的2024年预留中小微企业份额 0.5 万元不等于其下各采购品目之和 1.16 万元');
  });

  it('sums the lines of a project bought in two lines (project name not repeated)', () => {
    const extra = ['\t\t彩色打印机\tA02020400\t台\t1\t0.60\t0.60\t0.60\t\t\t\t\t\t0.60'];
    const edit = { H5: '1.76', I5: '1.76', O5: '1.76', H6: '1.76', I6: '1.76', O6: '1.76' };
    expect(procurementFindings(procurement(edit, extra))).toEqual([]);
    const f = procurementFindings(procurement({ ...edit, H6: '1.16', I6: '1.16' }, extra), 'budget-procurement-totals');
    expect(f.map((x) => x.cells)).toEqual([
      ['H5', 'H6'],
      ['I5', 'I6'],
      ['H6', 'H7', 'H8'],
      ['I6', 'I7', 'I8'],
    ]);
  });

  it('calls a last-digit gap between a 小计 and its lines a 尾差 warning; a 合计 of one 小计 has no room for one', () => {
    const extra = ['\t\t打印机\tA02021003\t台\t1\t0.2\t0.2\t0.2\t\t\t\t\t\t0.2'];
    const f = procurementFindings(procurement({ H5: '1.36', I5: '1.36', O5: '1.36', H6: '1.37', I6: '1.36', O6: '1.36' }, extra), 'budget-procurement-totals');
    expect(f.map((x) => [x.severity, x.cells, x.message])).toEqual([
      ['error', ['H5', 'H6'], '「合计」的合计 1.36 万元不等于各小计之和 1.37 万元（相差 0.01 万元）'],
      ['warning', ['H6', 'H7', 'H8'], '「中共大厂回族自治县委组织部小计」的合计 1.37 万元与其下各采购品目之和 1.36 万元相差 0.01 万元（尾差）'],
    ]);
  });
});
