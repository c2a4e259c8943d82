/** The 部门整体绩效目标表 rules: seed 004 as published, and with planted errors. */
import { join } from 'path';
import { checkGrids } from '../../../src/core/engine/check';
import { evaluate } from '../../../src/core/rules/department/department-task-formulas';
import { readWorkbook } from '../../../src/cli/readWorkbook';
import { gridFromTsv } from '../../support/tsv';

const SEED_004 = join(__dirname, '..', '..', 'fixtures', 'seed-004-suixi-department.xlsx');

/** The indicator block below the tasks, as a department table writes it (指标N numbering). */
function indicatorRows(satisfaction = '≥90%') {
  return [
    '其他需完成的任务 (可选填)\t任务1: .....\t0',
    '\t一级指标\t二级指标\t三级指标\t指标值',
    '绩效指标\t产出指标\t数量指标\t指标1: 保障村(社区)数量\t348个',
    '\t\t质量指标\t指标2: 经费拨付准确率(%)\t100%',
    '\t\t时效指标\t指标3: 资金拨付及时率(%)\t100%',
    '\t\t成本指标\t指标4: 每村办公经费\t≤1万元',
    '\t效益指标\t社会效益指标\t指标5: 基层党组织服务群众水平\t逐年提高',
    '\t\t可持续影响指标\t指标6: 村级组织运转保障机制\t长期有效',
    `\t满意度指标\t服务对象满意度指标\t指标7: 群众满意度(%)\t${satisfaction}`,
  ];
}

function department(opts: { basic?: string; fiscal?: string; task?: string; amount?: string; indicators?: string[] } = {}) {
  return gridFromTsv(
    [
      '2024年县级部门整体预算绩效目标表',
      '部门名称\t中共某县委组织部',
      '预算整体情况\t部门预算支出\t预算金额(万元)\t收入来源\t预算金额(万元)',
      `\t基本支出\t${opts.basic ?? '100'}\t财政拨款\t${opts.fiscal ?? '420'}`,
      '\t项目支出\t322\t其他资金',
      '\t事业发展性支出\t预算金额(万元)',
      '\t财政专项资金',
      '\t其他事业发展性支出\t-2',
      '总体绩效目标\t提供坚强组织保证',
      '\t名称\t主要实施内容\t拟投入的资金(万元)\t期望达到的目标(概述)',
      `\t任务1: 村办公经费\t${opts.task ?? '按每村10万元的标准,省市县6:3:1的分担比例核算,需配套村办公经费 322×10×0.1=322 万元。'}\t${opts.amount ?? '322'}\t保障村日常办公运转`,
      ...(opts.indicators ?? []),
    ].join('\n'),
    { sheet: '部门' },
  );
}

const of = (grid: ReturnType<typeof department>, rule: string) =>
  checkGrids([grid])
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.severity, f.cells, f.message]);

describe('department rules', () => {
  it('accept a consistent table', () => {
    const all = checkGrids([department()]).findings;
    expect(all).toEqual([]);
    expect(checkGrids([department()]).tables[0]).toMatchObject({ kind: 'department', name: '中共某县委组织部', range: 'A1:E11' });
  });

  it('department-budget-balance: spending and sources that do not agree', () => {
    expect(of(department({ fiscal: '430' }), 'department-budget-balance')).toEqual([
      ['error', ['C4', 'C5', 'C8', 'E4'], '部门预算支出合计 420 万元不等于收入来源合计 430 万元（相差 10 万元）'],
    ]);
  });

  it('department-task-formulas: a wrong calculation, and a stated total that is not the amount', () => {
    expect(of(department({ task: '需配套 322×10×0.1=300 万元。', amount: '300' }), 'department-task-formulas')).toEqual([
      ['error', ['C11'], '「任务1」的计算式「322×10×0.1=300」算得 322，与写明的结果不符'],
    ]);
    expect(of(department({ task: '培训经费以上预算共计8.05万元。', amount: '7' }), 'department-task-formulas').map((f) => f[0])).toEqual(['error']);
  });

  it('reads 预算金额(元) and 拟投入的资金(元) into 万元', () => {
    const grid = gridFromTsv(
      [
        '部门名称\t中共某县委组织部',
        '预算整体情况\t部门预算支出\t预算金额(元)\t收入来源\t预算金额(元)',
        '\t基本支出\t1000000\t财政拨款\t4220000',
        '\t项目支出\t3220000\t其他资金',
        '总体绩效目标\t提供坚强组织保证',
        '\t名称\t主要实施内容\t拟投入的资金(元)\t期望达到的目标(概述)',
        '\t任务1: 村办公经费\t需配套 322×10×0.1=322 万元。\t3220000\t保障村日常办公运转',
      ].join('\n'),
      { sheet: '部门' },
    );
    expect(checkGrids([grid]).findings).toEqual([]);
  });

  it('amount-readable: an amount written as words', () => {
    expect(of(department({ basic: '一百万元' }), 'amount-readable')).toEqual([['error', ['C4'], '基本支出「一百万元」不是有效的数字，相关合计无法核对']]);
    expect(of(department({ amount: '#N/A' }), 'amount-readable')).toEqual([['error', ['D11'], '任务1的拟投入资金是错误值「#N/A」，相关合计无法核对，请检查公式或引用']]);
  });

  it('department-tasks-sum: tasks against 项目支出', () => {
    expect(of(department({ amount: '300', task: '村办公经费' }), 'department-tasks-sum').map((f) => f[0])).toEqual(['warning']);
  });

  it('claims the indicator block below the tasks and checks it with the indicator rules', () => {
    const clean = checkGrids([department({ indicators: indicatorRows() })]);
    expect(clean.tables).toEqual([{ sheet: '部门', kind: 'department', range: 'A1:E20', name: '中共某县委组织部' }]);
    expect(clean.findings).toEqual([]);

    const bad = checkGrids([department({ indicators: indicatorRows('明显提高') })]).findings;
    expect(bad.map((f) => [f.rule, f.severity, f.cells])).toEqual([['satisfaction-is-percent', 'error', ['E20']]]);
  });

  it('does not ask a department table for 项目名称 or a spending plan', () => {
    const rules = new Set(checkGrids([department({ indicators: indicatorRows('明显提高') })]).findings.map((f) => f.rule));
    expect([...rules].filter((r) => /required-fields|spending-plan|fund-/.test(r))).toEqual([]);
  });

  it('evaluates formulas with precedence, exactly', () => {
    expect(evaluate('224-28×5')?.toString()).toBe('84');
    expect(evaluate('2145×3500×12×0.1')?.toString()).toBe('9009000');
    expect(evaluate('1÷0')).toBeUndefined();
    expect(evaluate('3××4')).toBeUndefined();
  });
});

describe('seed 004', () => {
  it('reports its real inconsistencies and nothing else', async () => {
    const result = checkGrids(await readWorkbook(SEED_004));
    expect(result.tables).toEqual([{ sheet: '部门整体绩效目标表', kind: 'department', range: 'A1:E117', name: '中共遂溪县委组织部' }]);
    expect(result.findings.map((f) => [f.rule, f.severity, f.cells[0]])).toEqual([
      // 1255.022751 + 1021.5575 + 11977.116 = 14253.696251 against 14253.69625: a last-digit 尾差.
      ['department-budget-balance', 'warning', 'C5'],
      // 45 tasks add up to 3430.316 against 项目支出 1021.5575.
      ['department-tasks-sum', 'warning', 'C6'],
      // 任务20: "以上预算共计149960元" = 14.996 万元 against 15 万元.
      ['department-task-formulas', 'warning', 'C31'],
      // 任务21: "以上预算共计8.05万元" against 7 万元.
      ['department-task-formulas', 'error', 'C32'],
      // The indicators (指标1–58). 指标2, 3, 13: counts without a unit (56, 100, ≥ 300).
      ['quantity-value-is-count', 'warning', 'E61'],
      ['quantity-value-is-count', 'warning', 'E62'],
      ['quantity-value-is-count', 'warning', 'E72'],
      // 指标18–20 under 质量指标: wording, not a measurable rate.
      ['quality-value-kind', 'warning', 'E77'],
      ['quality-value-kind', 'warning', 'E78'],
      ['quality-value-kind', 'warning', 'E79'],
      // 指标27, 29 资金支出进度 100% under 时效指标: a percentage for a deadline.
      ['timeliness-value-is-time', 'error', 'E86'],
      ['timeliness-value-is-time', 'error', 'E88'],
      // 经济效益指标 printed inside the 产出指标 block.
      ['level2-under-level1', 'error', 'C92'],
      // 指标39 单位员工满意度 under 社会效益指标.
      ['level3-fits-level2', 'warning', 'D98'],
      // 指标49 提升农村青年创业能力 = 长期 under 满意度指标.
      ['satisfaction-is-percent', 'error', 'E108'],
    ]);
  });
});
