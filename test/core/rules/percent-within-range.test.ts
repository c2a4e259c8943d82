import { percentWithinRange } from '../../../src/core/rules/percent-within-range';
import { run } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('percent-within-range', () => {
  it('reports percentages above 100%', () => {
    const table = ningxia(`
产出指标	质量指标	验收合格率	105%
满意度指标	服务对象满意度指标	群众满意度	≥120%`);
    expect(run(percentWithinRange, table)).toEqual([
      { messageId: 'above', cells: ['E11'], severity: 'error' },
      { messageId: 'above', cells: ['E12'], severity: 'error' },
    ]);
  });

  it('accepts 0–100% and growth rates above 100%', () => {
    const table = ningxia(`
产出指标	质量指标	验收合格率	100%
效益指标	经济效益指标	村集体收入增长率	120%`);
    expect(run(percentWithinRange, table)).toEqual([]);
  });
});
