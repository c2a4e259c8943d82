import { noDuplicateLevel3 } from '../../../src/core/rules/no-duplicate-level3';
import { run } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('no-duplicate-level3', () => {
  it('reports the same 三级 twice under one 二级 (seed 000 社区党务工作者津贴)', () => {
    const table = ningxia(`
产出指标	成本指标（必填硬性指标）	社区党务工作者优秀	400 元/月
		社区党务工作者优秀	200 元/月`);
    expect(run(noDuplicateLevel3, table)).toEqual([{ messageId: 'duplicate', cells: ['D11', 'D12'], severity: 'error' }]);
  });

  it('matches names that differ only in spacing and width', () => {
    const table = ningxia(`
产出指标	数量指标	培训 人次	≥800人次
		培训人次	≥800人次`);
    expect(run(noDuplicateLevel3, table)).toHaveLength(1);
  });

  it('accepts distinct names and the same name under different 二级', () => {
    expect(run(noDuplicateLevel3, ningxia(VALID_INDICATORS))).toEqual([]);
    expect(run(noDuplicateLevel3, ningxia(`
产出指标	数量指标	交换机	1 台
	成本指标	交换机	2.5 万元`))).toEqual([]);
  });

  it('reports each repeated name once, in the order its rows come, and only where one 二级 holds it twice', () => {
    const table = ningxia(`
产出指标	数量指标	培训人次	≥800人次
		发放手册	≥500册
		发放手册	≥500册
		培训人次	≥800人次
	质量指标	培训合格率	≥95%
		发放手册	100%`);
    // 发放手册 is twice under 数量 and once under 质量: the finding names the two 数量 cells only.
    expect(run(noDuplicateLevel3, table)).toEqual([
      { messageId: 'duplicate', cells: ['D11', 'D14'], severity: 'error' },
      { messageId: 'duplicate', cells: ['D12', 'D13'], severity: 'error' },
    ]);
  });
});
