import { fundTotalSum } from '../../../src/core/rules/fund-total-sum';
import { run, runFull } from '../../support/rules';
import { hebei, ningxia, VALID_HEBEI, VALID_INDICATORS } from '../../support/tables';
import { gridWithEdits } from '../../support/tsv';

/** A county declaration form: the total, then its sources by level (中央 · 市级 · 区级). */
const BY_LEVEL = [
  '项目绩效目标表',
  '申报单位\t县农业农村局\t项目名称\t高标准农田建设',
  '资金情况(万元)\t年度资金总额:\t120',
  '\t其中:1.中央资金\t80',
  '\t2.市级资金\t30',
  '\t3.区级资金\t10',
  '项目年度目标\t完成高标准农田建设。',
  '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
  '\t产出指标\t数量指标\t建设面积\t≥1000亩',
];
/** The same with the breakdown written inside the total's cell instead. */
const IN_CELL = BY_LEVEL.filter((_, i) => i < 3 || i > 5);
const found = (grid: ReturnType<typeof gridWithEdits>) => runFull(fundTotalSum, grid).map((f) => [f.messageId, f.severity, f.cells, f.message]);

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

  it('checks the sources listed by level against the total', () => {
    expect(found(gridWithEdits(BY_LEVEL, {}))).toEqual([]);
    expect(found(gridWithEdits(BY_LEVEL, { C5: '40' }))).toEqual([
      ['sourcesMismatch', 'error', ['C3', 'C4', 'C5', 'C6'], '「年度资金总额」 120 万元不等于所列各项资金来源（中央、市级、区级、其他资金等）之和 130 万元（相差 10 万元）'],
    ]);
    expect(found(gridWithEdits(BY_LEVEL, { C3: '120.01' }))).toEqual([
      ['sourcesRounding', 'warning', ['C3', 'C4', 'C5', 'C6'], '「年度资金总额」 120.01 万元与所列各项资金来源之和 120 万元相差 0.01 万元（尾差）'],
    ]);
  });

  it('checks a breakdown written inside the total’s cell (854万(高标准农田建设400万元,…))', () => {
    const total = (last: string) => ({ C3: `854万(高标准农田建设400万元,示范建设295万元,畅通工程${last}万元)` });
    expect(found(gridWithEdits(IN_CELL, total('159')))).toEqual([]);
    expect(found(gridWithEdits(IN_CELL, total('160')))).toEqual([
      ['partsMismatch', 'error', ['C3'], '「年度资金总额」 854 万元不等于同一单元格中所列各项（高标准农田建设、示范建设、畅通工程）之和 855 万元（相差 1 万元）'],
    ]);
    expect(found(gridWithEdits(IN_CELL, total('159.01')))).toEqual([
      ['partsRounding', 'warning', ['C3'], '「年度资金总额」 854 万元与同一单元格中所列各项之和 854.01 万元相差 0.01 万元（尾差）'],
    ]);
  });
});
