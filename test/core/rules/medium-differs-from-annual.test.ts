import { mediumDiffersFromAnnual } from '../../../src/core/rules/medium-differs-from-annual';
import { testRule } from '../../support/rules';
import { gridFromTsv } from '../../support/tsv';

const blocks = (medium: [string, string], budget = '900') =>
  gridFromTsv(
    [
      `项目名称\t智慧停车\t中期市财政预算(万元)\t${budget}\t本年度申请市财政预算资金(万元)\t300`,
      '总体目标\t中期目标\t\t\t年度目标',
      '\t建成泊位3000个\t\t\t建成泊位1000个',
      '绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t计划指标值',
      `\t产出指标\t数量指标\t建成泊位\t${medium[0]}\t数量指标\t建成泊位\t1000个`,
      `\t\t时效指标\t完成时间\t${medium[1]}\t时效指标\t完成时间\t2024年12月底前`,
    ].join('\n'),
  );

testRule(mediumDiffersFromAnnual, {
  valid: [
    { name: '中期 values of their own', grid: blocks(['3000个', '2026年12月底前']) },
    { name: 'equal values where the budgets are equal too', grid: blocks(['1000个', '2024年12月底前'], '300') },
  ],
  invalid: [{ name: 'every 中期 value copied from 年度', grid: blocks(['1000个', '2024年12月底前']), reports: [{ messageId: 'copied', cells: ['E5', 'E6'] }] }],
});
