import { costSumWithinTotal } from '../../../src/core/rules/cost-sum-within-total';
import { run } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('cost-sum-within-total', () => {
  it('accepts costs that add up to the total (seed 003 妇联工作保障经费: 1.5+1.5+3+7+10+2 = 25)', () => {
    const table = ningxia(`
产出指标	14-成本指标（必填 硬性指标）	18岁以下儿童工作保障经费	1.5万元
		“和谐家庭”建设经费	1.5万元
		妇儿工委经费	3万元
		妇女工作保障经费	7万元
		基层妇女组织工作经费	10万元
		开展“三八”妇女节活动经费	2万元`, { total: '25', fiscal: '25' });
    expect(run(costSumWithinTotal, table)).toEqual([]);
  });

  it('reports costs that together exceed the total', () => {
    const table = ningxia(`
产出指标	成本指标	印刷费	6万元
		会议费	5万元`, { total: '10', fiscal: '10' });
    expect(run(costSumWithinTotal, table)).toEqual([{ messageId: 'exceeds', cells: ['E11', 'E12', 'C6'], severity: 'error' }]);
  });

  it('notes, as info, exact costs that fall short of the total', () => {
    const table = ningxia(`
产出指标	成本指标	印刷出版《平罗年鉴2024》	15万元
		档案日宣传材料	5万元`, { total: '25', fiscal: '25' });
    expect(run(costSumWithinTotal, table)).toEqual([{ messageId: 'below', cells: ['E11', 'E12', 'C6'], severity: 'info' }]);
  });

  it('does not sum caps (≤) or unit costs as a shortfall', () => {
    const table = ningxia(`
产出指标	成本指标	印刷费	≤6万元
		人均成本	≤440元/人次`, { total: '25', fiscal: '25' });
    expect(run(costSumWithinTotal, table)).toEqual([]);
  });
});
