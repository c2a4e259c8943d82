import { quantityValueIsCount } from '../../../src/core/rules/quantity-value-is-count';
import { run } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('quantity-value-is-count', () => {
  it('accepts counts with units and percentages', () => {
    const table = ningxia(`
产出指标	数量指标	服务社区数量	29个
		引进人才	100 人
		维修和改造的村级	5-10个
		保障全年日常办公费用支出	100%
		“扫黄打非”宣传教育工作场次	≥12 场次`);
    expect(run(quantityValueIsCount, table)).toEqual([]);
  });

  it('warns on bare numbers and on values that are not counts', () => {
    const table = ningxia(`
产出指标	数量指标	培训人次	800
		专业婚姻调解师调解	全年
		宣传覆盖	显著提升`);
    expect(run(quantityValueIsCount, table)).toEqual([
      { messageId: 'noUnit', cells: ['E11'], severity: 'warning' },
      { messageId: 'notCount', cells: ['E12'], severity: 'warning' },
      { messageId: 'notCount', cells: ['E13'], severity: 'warning' },
    ]);
  });
});
