import { noPlaceholder } from '../../../src/core/rules/no-placeholder';
import { run } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('no-placeholder', () => {
  it('reports template placeholders left in names and values', () => {
    const table = ningxia(`
产出指标	数量指标	培训人次	≥**人
	成本指标	XX培训费	XX万元
	时效指标	完成时间	待填写`);
    expect(run(noPlaceholder, table)).toEqual([
      { messageId: 'placeholder', cells: ['E11'], severity: 'error' },
      { messageId: 'placeholder', cells: ['D12'], severity: 'error' },
      { messageId: 'placeholder', cells: ['E12'], severity: 'error' },
      { messageId: 'placeholder', cells: ['E13'], severity: 'error' },
    ]);
  });

  it('checks the header fields too, and accepts a filled table', () => {
    expect(run(noPlaceholder, ningxia(VALID_INDICATORS, {}, { name: '××项目' }))).toEqual([
      { messageId: 'placeholder', cells: ['B3'], severity: 'error' },
    ]);
    expect(run(noPlaceholder, ningxia(VALID_INDICATORS))).toEqual([]);
  });

  it('reports a value that is only a unit (an unfilled template: `公里`)', () => {
    expect(run(noPlaceholder, ningxia(`
产出指标	数量指标	维护里程	公里`))).toEqual([{ messageId: 'unitOnly', cells: ['E11'], severity: 'error' }]);
  });
});
