import { BUILTIN_PROFILES } from '../../../src/core/rules/profiles';
import { level2UnderLevel1 } from '../../../src/core/rules/level2-under-level1';
import { run, runFull } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('level2-under-level1', () => {
  it('accepts the standard hierarchy', () => {
    expect(run(level2UnderLevel1, ningxia(VALID_INDICATORS))).toEqual([]);
  });

  it('reports a 二级 under the wrong 一级, once per label cell', () => {
    const table = ningxia(`
产出指标	数量指标	培训人次	≥800人次
	社会效益指标	干部素质	有效提高
		队伍建设	持续发展
满意度指标	服务对象满意度指标	学员满意度	≥95%`);
    const findings = runFull(level2UnderLevel1, table);
    expect(findings.map((f) => [f.cells, f.message])).toEqual([
      [['C12'], '二级指标「社会效益指标」不应位于一级指标「产出指标」之下，应属于「效益指标」'],
    ]);
  });

  it('reports 成本指标 under 产出 in the mof-2021 framework', () => {
    expect(run(level2UnderLevel1, ningxia(VALID_INDICATORS), BUILTIN_PROFILES['mof-2021'])).toEqual([
      { messageId: 'wrongParent', cells: ['C14'], severity: 'error' },
    ]);
  });
});
