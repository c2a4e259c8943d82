import { fundTotalSum } from '../../../src/core/rules/fund-total-sum';
import { run, runFull } from '../../support/rules';
import { hebei, ningxia, VALID_HEBEI, VALID_INDICATORS } from '../../support/tables';

describe('fund-total-sum', () => {
  it('accepts a total that equals 财政拨款 + 其他资金, blanks as 0', () => {
    expect(run(fundTotalSum, ningxia(VALID_INDICATORS, { total: '60', fiscal: '50', other: '10' }))).toEqual([]);
    expect(run(fundTotalSum, ningxia(VALID_INDICATORS, { total: '2. 9567', fiscal: '2.9567', other: '' }))).toEqual([]);
    expect(run(fundTotalSum, hebei(VALID_HEBEI, { total: '2.00', fiscal: '2', other: '' }))).toEqual([]);
  });

  it('reports a total that does not add up, naming every cell', () => {
    const [f] = runFull(fundTotalSum, ningxia(VALID_INDICATORS, { total: '60', fiscal: '50', other: '5' }));
    expect(f).toMatchObject({ messageId: 'mismatch', severity: 'error', cells: ['C6', 'C7', 'C8'] });
    expect(f!.message).toBe('资金总额 60 万元不等于财政拨款 50 万元与其他资金 5 万元之和 55 万元（相差 5 万元）');
  });

  it('calls a last-digit gap a 尾差 warning (hebei 预算数)', () => {
    expect(run(fundTotalSum, hebei(VALID_HEBEI, { total: '10.01', fiscal: '10.00', other: '' }))).toEqual([
      { messageId: 'rounding', cells: ['C4', 'E4', 'G4'], severity: 'warning' },
    ]);
  });
});
