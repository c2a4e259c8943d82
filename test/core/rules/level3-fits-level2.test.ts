import { level3FitsLevel2 } from '../../../src/core/rules/level3-fits-level2';
import { run } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('level3-fits-level2', () => {
  it('warns on a satisfaction indicator under 可持续影响 (seed 000 村级活动场所建设资金)', () => {
    const table = ningxia(`
效益指标	可持续影响指标（必填）	农村党员和群众满意度	≥95%`);
    expect(run(level3FitsLevel2, table)).toEqual([{ messageId: 'satisfactionElsewhere', cells: ['D11'], severity: 'warning' }]);
  });

  it('accepts satisfaction indicators under 满意度', () => {
    expect(run(level3FitsLevel2, ningxia(VALID_INDICATORS))).toEqual([]);
  });
});
