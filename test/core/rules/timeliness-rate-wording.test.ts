import { timelinessRateWording } from '../../../src/core/rules/timeliness-rate-wording';
import { run } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('timeliness-rate-wording', () => {
  it('asks for a rate name when a scheduled action has a percentage (seed 002 农村干部基础职务补贴)', () => {
    const table = ningxia(`
产出指标	时效指标	每月发放一次基本职务补贴	100%
		每年年底发放全年绩效补贴	100%`);
    expect(run(timelinessRateWording, table)).toEqual([
      { messageId: 'rename', cells: ['D11', 'E11'], severity: 'warning' },
      { messageId: 'rename', cells: ['D12', 'E12'], severity: 'warning' },
    ]);
  });

  it('accepts rate names and dates', () => {
    const table = ningxia(`
产出指标	时效指标	按月发放及时率	100%
		每月发放时间	每月10日前`);
    expect(run(timelinessRateWording, table)).toEqual([]);
  });
});
