import { knownLevelLabels } from '../../../src/core/rules/known-level-labels';
import { run } from '../../support/rules';
import { gridFromTsv } from '../../support/tsv';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('known-level-labels', () => {
  it('accepts standard, numbered and annotated labels', () => {
    expect(run(knownLevelLabels, ningxia(VALID_INDICATORS))).toEqual([]);
    expect(run(knownLevelLabels, ningxia(`
1-产出指标	11-数量指标（必填 硬性指标）	培训人次	≥800人次
2-效益指标	22-社会效益（必填）	干部素质	有效提高`))).toEqual([]);
  });

  it('reports labels it cannot read', () => {
    const table = ningxia(`
产出指标	数目指标	培训人次	≥800人次
成果指标	社会效益指标	干部素质	有效提高`);
    expect(run(knownLevelLabels, table)).toEqual([
      { messageId: 'unknownLevel2', cells: ['C11'], severity: 'warning' },
      { messageId: 'unknownLevel1', cells: ['B12'], severity: 'warning' },
    ]);
  });

  it('reports a row above the first 一级/二级 label, which belongs to none', () => {
    const table = gridFromTsv('项目名称\t甲\n年度资金总额\t10\n一级指标\t二级指标\t三级指标\t指标值\n\t\t培训人次\t800人次\n产出指标\t数量指标\t参训率\t≥95%');
    expect(run(knownLevelLabels, table)).toEqual([{ messageId: 'missingLevel', cells: ['C4'], severity: 'warning' }]);
  });
});
