import { duplicateLevel3AcrossLevel2 } from '../../../src/core/rules/duplicate-level3-across-level2';
import { run } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('duplicate-level3-across-level2', () => {
  it('warns when a 三级 is repeated under unrelated 二级 (seed 000 村级活动场所建设资金)', () => {
    const table = ningxia(`
产出指标	数量指标(必填硬性指标)	维修和改造的村级	5-10个
	质量指标(必填)	完成村级活动场所维修及建设	98%
效益指标	可持续影响指标（必填）	维修和改造的村级	5-10 个
满意度指标	服务对象满意度指标（必填）	完成村级活动场所维修及建设	98%`);
    expect(run(duplicateLevel3AcrossLevel2, table)).toEqual([
      { messageId: 'duplicate', cells: ['D11', 'D13'], severity: 'warning' },
      { messageId: 'duplicate', cells: ['D12', 'D14'], severity: 'warning' },
    ]);
  });

  it('accepts a count and a cost of the same item (seed 000 涉密信息系统)', () => {
    expect(run(duplicateLevel3AcrossLevel2, ningxia(`
产出指标	数量指标	交换机	1 台
	成本指标	交换机	2.5 万元`))).toEqual([]);
  });
});
