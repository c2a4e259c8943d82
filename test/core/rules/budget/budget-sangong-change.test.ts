/** budget-sangong-change: a stand-alone "三公" table's 增减额 = 本年 − 上年 and 增减幅度 = 增减额 ÷ 上年, line by line. */
import { checkGrids } from '../../../../src/core/engine/check';
import { gridFromTsv } from '../../../support/tsv';

const table = (reception = ['6.00', '5.40', '-0.60', '-10.0']) =>
  gridFromTsv(
    [
      '某镇人民政府2025年“三公”经费预算情况表',
      '单位:万元',
      '项目\t本年预算数\t上年预算数\t增减额\t增减幅度(%)',
      `合计\t15.40\t16.00\t-0.60\t-3.8`,
      '1.因公出国(境)费\t0\t0\t0\t',
      `2.公务接待费\t${reception[1]}\t${reception[0]}\t${reception[2]}\t${reception[3]}`,
      '3.公务用车购置及运行费\t10.00\t10.00\t0\t0',
      '其中:(1)购置费\t0\t0\t0\t',
      '(2)运行(维护)费\t10.00\t10.00\t0\t0',
    ].join('\n'),
    { sheet: '三公', rawStrings: true },
  );

const found = (grid: ReturnType<typeof table>) =>
  checkGrids([grid]).findings.filter((f) => f.rule === 'budget-sangong-change').map((f) => [f.messageId, f.severity, f.cells, f.message]);

describe('budget-sangong-change', () => {
  it('accepts changes and rates that follow from 本年 and 上年 (本年 first here)', () => {
    expect(found(table())).toEqual([]);
  });

  it('reports a 增减额 that is not 本年 − 上年', () => {
    expect(found(table(['6.00', '5.40', '-0.50', '-10.0']))).toEqual([
      ['change', 'error', ['D6', 'B6', 'C6'], '「公务接待费」的增减额 -0.5 万元不等于本年 5.4 万元减上年 6 万元（应为 -0.6 万元）'],
    ]);
  });

  it('reports a 增减幅度 that is not 增减额 ÷ 上年', () => {
    expect(found(table(['6.00', '5.40', '-0.60', '-11.0']))).toEqual([['rate', 'error', ['E6', 'D6', 'C6'], '「公务接待费」的增减幅度 -11% 与增减额÷上年算得的 -10% 不符']]);
  });
});
