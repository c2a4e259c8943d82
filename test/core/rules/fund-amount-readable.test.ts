import { fundAmountReadable } from '../../../src/core/rules/fund-amount-readable';
import { run, runFull } from '../../support/rules';
import { gridWithRawCells } from '../../support/tsv';
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

  it('names an amount shown as a date (61 in a date-formatted cell shows 1900-03-01), not 61 万元', () => {
    const grid = gridWithRawCells(ningxia(VALID_INDICATORS, { total: '61', fiscal: '61' }), { C6: { value: 61, text: '1900-03-01' } });
    const [f] = runFull(fundAmountReadable, grid);
    expect([f!.messageId, f!.cells, f!.message]).toEqual(['date', ['C6'], '年度资金总额显示为日期「1900-03-01」（单元格是日期格式），不是金额；若本意是金额，请把单元格格式改为数值']);
    // 2024.5 is how a number shows, not a date.
    expect(run(fundAmountReadable, gridWithRawCells(ningxia(VALID_INDICATORS), { C6: { value: 2024.5, text: '2024.5' }, C7: { value: 2024.5, text: '2024.5' } }))).toEqual([]);
  });

  it('leaves a formula that was never calculated to no-error-values (no false 为空)', () => {
    const grid = gridWithRawCells(ningxia(VALID_INDICATORS), { C6: { value: { error: '#未计算', formula: 'C7+C8' }, text: '=C7+C8' } });
    expect(run(fundAmountReadable, grid)).toEqual([]);
  });
});
