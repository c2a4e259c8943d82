import { indicatorComplete } from '../../../src/core/rules/indicator-complete';
import { run } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('indicator-complete', () => {
  it('accepts rows with a name and a value', () => {
    expect(run(indicatorComplete, ningxia(VALID_INDICATORS))).toEqual([]);
  });

  it('reports an empty value (seed 000 七一: 经济效益) and an empty 三级 (seed 001 两个中心)', () => {
    const table = ningxia(`
效益指标	经济效益	促进地方社会经济效益发展
满意度指标	服务对象满意度指标（必填）		≥95%`);
    expect(run(indicatorComplete, table)).toEqual([
      { messageId: 'emptyValue', cells: ['E11'], severity: 'error' },
      { messageId: 'emptyLevel3', cells: ['D12'], severity: 'error' },
    ]);
  });

  it('reports a required 二级 left empty, but not an optional one', () => {
    const table = ningxia(`
效益指标	21-经济效益
	24-可持续影响（必填）`);
    expect(run(indicatorComplete, table)).toEqual([{ messageId: 'emptyRequired', cells: ['D12', 'E12'], severity: 'error' }]);
  });
});
