import { moneyOnlyUnderCost } from '../../../src/core/rules/money-only-under-cost';
import { run } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('money-only-under-cost', () => {
  it('reports money under 数量 and 质量 (seed 000 人才工作经费: rows shifted)', () => {
    const table = ningxia(`
产出指标	数量指标(必填硬性指标)	保障人才工作运行	7万元
	质量指标（必填）	补助人才项目、保障人才工作正常开展	7万元`);
    expect(run(moneyOnlyUnderCost, table)).toEqual([
      { messageId: 'money', cells: ['E11'], severity: 'error' },
      { messageId: 'money', cells: ['E12'], severity: 'error' },
    ]);
  });

  it('accepts counts and rates, and money under 成本 or 效益', () => {
    const table = ningxia(`${VALID_INDICATORS}
	经济效益指标	带动村集体增收	≥10万元`);
    expect(run(moneyOnlyUnderCost, table)).toEqual([]);
  });
});
