import { percentAtLeast100 } from '../../../src/core/rules/percent-at-least-100';
import { run, runFull } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('percent-at-least-100', () => {
  it('warns on ≥100% in any spelling (seed 002) with a fix to 100%', () => {
    const table = ningxia(`
产出指标	质量指标	站点畅通	≥100百分比
满意度指标	服务对象满意度指标	综合满意度	≥100%`);
    expect(run(percentAtLeast100, table)).toEqual([
      { messageId: 'atLeast100', cells: ['E11'], severity: 'warning' },
      { messageId: 'atLeast100', cells: ['E12'], severity: 'warning' },
    ]);
    expect(runFull(percentAtLeast100, table)[0]!.fix).toEqual({ cell: 'E11', text: '100%' });
    expect(runFull(percentAtLeast100, table)[0]!.suggestion).toBe('改为「100%」');
  });

  it('accepts 100% and ≥95%', () => {
    expect(run(percentAtLeast100, ningxia(`
产出指标	质量指标	验收合格率	100%
满意度指标	服务对象满意度指标	群众满意度	≥95%`))).toEqual([]);
  });
});
