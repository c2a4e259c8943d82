import { fundAmountReadable } from '../../../src/core/rules/fund-amount-readable';
import { run } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('fund-amount-readable', () => {
  it('reports amounts that are not numbers and a missing total', () => {
    expect(run(fundAmountReadable, ningxia(VALID_INDICATORS, { total: '六十', fiscal: '60' }))).toEqual([
      { messageId: 'invalid', cells: ['C6'], severity: 'error' },
    ]);
    expect(run(fundAmountReadable, ningxia(VALID_INDICATORS, { total: '', fiscal: '' }))).toEqual([
      { messageId: 'missingTotal', cells: ['C6'], severity: 'error' },
    ]);
  });

  it('accepts numbers, 万元 amounts and dashes', () => {
    expect(run(fundAmountReadable, ningxia(VALID_INDICATORS, { total: '60万元', fiscal: '60', other: '—' }))).toEqual([]);
  });
});
