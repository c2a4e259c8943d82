import { costWithinTotal } from '../../../src/core/rules/cost-within-total';
import { run } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('cost-within-total', () => {
  it('reports a cost larger than the total (seed 000 村级活动场所建设资金: 200 万元 of 100)', () => {
    const table = ningxia(`
产出指标	成本指标（必填硬性指标）	维修改造的村级场所补助	200 万元`, { total: '100', fiscal: '100' });
    expect(run(costWithinTotal, table)).toEqual([{ messageId: 'exceeds', cells: ['E11', 'C6'], severity: 'error' }]);
  });

  it('compares in 万元 whatever the unit written', () => {
    const table = ningxia(`
产出指标	成本指标	足额保障缴纳全年住房公积金	6420 元
		专用设备成本	≤17600元`, { total: '0.642', fiscal: '0.642' });
    expect(run(costWithinTotal, table)).toEqual([{ messageId: 'exceeds', cells: ['E12', 'C6'], severity: 'error' }]);
  });

  it('does not compare unit costs with the total', () => {
    expect(run(costWithinTotal, ningxia(`
产出指标	成本指标	村级建设补助	200 万元/个`, { total: '100', fiscal: '100' }))).toEqual([]);
  });
});
