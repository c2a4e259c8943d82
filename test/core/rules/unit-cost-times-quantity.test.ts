import { unitCostTimesQuantity } from '../../../src/core/rules/unit-cost-times-quantity';
import { run, runFull } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('unit-cost-times-quantity', () => {
  it('reports a unit cost times its quantity above the total (seed 001 政府长聘人员经费)', () => {
    const table = ningxia(`
产出指标	数量指标（必填硬性指标）	保障工作人员用餐人数	60 人
	成本指标（必填硬性指标）	长聘人员经费标准	2. 9657 万元/人/年`, { total: '5. 9314', fiscal: '5. 9314', other: '0' });
    const [f] = runFull(unitCostTimesQuantity, table);
    expect(f).toMatchObject({ messageId: 'exceeds', severity: 'error', cells: ['E12', 'E11', 'C6'] });
    expect(f!.message).toContain('177.942');
  });

  it('accepts matching products (seed 000 社区为民服务资金: 3 万元/个 × 29 个 = 87)', () => {
    const table = ningxia(`
产出指标	数量指标	服务社区数量	29个
	成本指标	社区奖励标准	3 万元/个`, { total: '87', fiscal: '87' });
    expect(run(unitCostTimesQuantity, table)).toEqual([]);
  });

  it('multiplies only lower bounds and only matching units', () => {
    const table = ningxia(`
产出指标	数量指标	选调生人数	≤10人
		培训人次	≥450人次
	成本指标	一次性安置费人均成本	≤3000元/人
		人均成本	440元/人
		项目补助	1-2万元/个`, { total: '5.85', fiscal: '5.85' });
    expect(run(unitCostTimesQuantity, table)).toEqual([]);
  });
});
