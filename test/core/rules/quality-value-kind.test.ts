import { qualityValueKind } from '../../../src/core/rules/quality-value-kind';
import { run } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('quality-value-kind', () => {
  it('accepts rates, counts and durations', () => {
    const table = ningxia(`
产出指标	质量指标	培训合格率	100%
		验收合格率	≥95%
		《平罗年鉴》按时出版	700册
		人员培训时间	≥7 天
		减少离婚率	下降 0.5%`);
    expect(run(qualityValueKind, table)).toEqual([]);
  });

  it('warns on qualitative grades and dates (seed 003, seed 001 驻村工作队)', () => {
    const table = ningxia(`
产出指标	质量指标	加强正面宣传	显著
		提高驻村工作队助力乡村振兴	有效提高
		资料归档	2024年底`);
    expect(run(qualityValueKind, table)).toEqual([
      { messageId: 'qualitative', cells: ['E11'], severity: 'warning' },
      { messageId: 'qualitative', cells: ['E12'], severity: 'warning' },
      { messageId: 'timeValue', cells: ['E13'], severity: 'warning' },
    ]);
  });

  it('warns of a bare number with no unit', () => {
    expect(run(qualityValueKind, ningxia(`
产出指标	质量指标	验收合格	95`))).toEqual([{ messageId: 'noUnit', cells: ['E11'], severity: 'warning' }]);
  });
});
