import { timelinessWithinPeriod } from '../../../src/core/rules/timeliness-within-period';
import { testRule } from '../../support/rules';
import { ningxia, ningxiaTsv } from '../../support/tables';
import { gridFromTsv } from '../../support/tsv';

const withPeriod = (period: string, deadline: string) =>
  gridFromTsv(ningxiaTsv(`产出指标	时效指标	完成时间	${deadline}`).replace('项目期\t1 年', `项目期\t${period}`));

testRule(timelinessWithinPeriod, {
  valid: [
    { name: 'a deadline inside the 2024 table year', grid: ningxia(`产出指标	时效指标	完成时间	2024年12月底前`) },
    { name: 'a deadline at the project period end', grid: withPeriod('2022年3月-2023年11月', '2023年11月底前') },
    { name: 'a span, not a date', grid: ningxia(`产出指标	时效指标	培训周期	≤6个月`) },
  ],
  invalid: [
    { name: 'a deadline after the project period', grid: withPeriod('2022年3月-2023年11月', '2023年底'), reports: [{ messageId: 'afterPeriod', cells: ['E11'] }] },
    { name: 'a deadline in the next year of a one-year table', grid: ningxia(`产出指标	时效指标	完成时间	2025年6月底前`), reports: [{ messageId: 'afterYear', cells: ['E11'] }] },
    {
      name: 'the deadline written in the 三级 name',
      grid: ningxia(`产出指标	时效指标	截至2025年12月底,项目开展率(%)	≥95%`),
      reports: [{ messageId: 'afterYear', cells: ['D11', 'E11'] }],
    },
  ],
});
