import { requiredFields } from '../../../src/core/rules/required-fields';
import { run } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';
import { tsv } from '../../support/tsv';

describe('required-fields', () => {
  it('accepts a table with a name and a goal', () => {
    expect(run(requiredFields, ningxia())).toEqual([]);
  });

  it('reports an empty name and an empty goal at their cells', () => {
    expect(run(requiredFields, ningxia(VALID_INDICATORS, {}, { name: '', goal: '' }))).toEqual([
      { messageId: 'missingName', cells: ['B3'], severity: 'error' },
      { messageId: 'missingGoal', cells: ['B9'], severity: 'error' },
    ]);
  });

  it('reports a table that has neither label', () => {
    const table = tsv`
名称	一级指标	二级指标	三级指标	指标值
绩效指标	产出指标	数量指标	培训人次	800人次`;
    expect(run(requiredFields, table).map((f) => f.messageId)).toEqual(['missingName', 'missingGoal']);
  });

  it('reports a header block with no indicator grid under it (a table cut short)', () => {
    const table = tsv`
部门项目支出预算绩效目标表
项目名称	干部培训
项目资金（万元）	年度资金总额：	10
年度总体目标	举办培训班。`;
    expect(run(requiredFields, table)).toEqual([{ messageId: 'noGrid', cells: ['A4'], severity: 'error' }]);
  });

  it('points at the label when the empty value would lie past the table’s last column', () => {
    const table = tsv`
项目名称	培训		年度总体目标
年度资金总额	10
一级指标	二级指标	三级指标	指标值
产出指标	数量指标	培训人数	≥100人`;
    expect(run(requiredFields, table)).toEqual([{ messageId: 'missingGoal', cells: ['D1'], severity: 'error' }]);
  });
});

