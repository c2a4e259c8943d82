import { costValueIsMoney } from '../../../src/core/rules/cost-value-is-money';
import { BUILTIN_PROFILES } from '../../../src/core/rules/profiles';
import { run, runFull } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('cost-value-is-money', () => {
  it('accepts totals, unit costs, ranges and amounts in 元', () => {
    const table = ningxia(`
产出指标	成本指标	培训总成本	≤9万元
		月工资	2746 元
		社区奖励标准	3 万元/个
		村干部学历提升	2000 元-5000 元/人
		高清视频会议终端	4.2 万`);
    expect(run(costValueIsMoney, table)).toEqual([]);
  });

  it('accepts a bare number when the 三级 name carries the unit', () => {
    const table = ningxia(`
产出指标	成本指标	新闻出版工作经费（万元）	16`);
    expect(run(costValueIsMoney, table)).toEqual([]);
  });

  it('reports counts, years and grades under 成本 (seed 000 人才工作经费, 档案馆)', () => {
    const table = ningxia(`
产出指标	成本指标（必填硬性指标）	人才建设工程宣传	10 人
		本年度完成所有任务	2024年度
		保障部门工作正常开展	显著提升
		宣传手册材料	1000册`);
    expect(run(costValueIsMoney, table)).toEqual([
      { messageId: 'notMoney', cells: ['E11'], severity: 'error' },
      { messageId: 'notMoney', cells: ['E12'], severity: 'error' },
      { messageId: 'notMoney', cells: ['E13'], severity: 'error' },
      { messageId: 'notMoney', cells: ['E14'], severity: 'error' },
    ]);
  });

  it('reports a bare number with a fix to 万元', () => {
    const [f] = runFull(costValueIsMoney, ningxia(`
产出指标	成本指标	培训总成本	12`));
    expect(f).toMatchObject({ messageId: 'noUnit', cells: ['E11'], fix: { cell: 'E11', text: '12万元' }, suggestion: '若单位为万元，改为「12万元」' });
  });

  it('checks 经济成本指标 under the mof-2021 framework', () => {
    const table = ningxia(`
成本指标	经济成本指标	设备购置成本	3台`);
    expect(run(costValueIsMoney, table, BUILTIN_PROFILES['mof-2021'])).toEqual([{ messageId: 'notMoney', cells: ['E11'], severity: 'error' }]);
  });

  it('leaves the other 二级 alone', () => {
    expect(run(costValueIsMoney, ningxia(VALID_INDICATORS))).toEqual([]);
  });

  it('reports a rate where money is expected (成本控制率 100%)', () => {
    const [f] = runFull(costValueIsMoney, ningxia(`
产出指标	成本指标	成本控制率	100%`));
    expect([f!.messageId, f!.severity, f!.cells, f!.message]).toEqual([
      'rate',
      'error',
      ['E11'],
      '成本指标「成本控制率」的指标值「100%」是比率，不是金额；成本指标应写明花多少钱（如「≤9万元」「3万元/个」）',
    ]);
  });

  it('warns of a cost of nothing and of a floor where a cost sets a ceiling', () => {
    const table = ningxia(`
产出指标	成本指标	人均培训成本	0万元/人
		设备购置成本	≥5万元`);
    expect(run(costValueIsMoney, table)).toEqual([
      { messageId: 'zero', cells: ['E11'], severity: 'warning' },
      { messageId: 'atLeast', cells: ['E12', 'D12'], severity: 'warning' },
    ]);
  });
});
