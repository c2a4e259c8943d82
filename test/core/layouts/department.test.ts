/** department: tables as they are published, correct and with a planted error. */
import { checkGrids } from '../../../src/core/engine/check';
import { readWorkbook } from '../../../src/cli/readWorkbook';
import { gridFromTsv } from '../../support/tsv';
import { SEED_004, departmentIndicatorRows, department } from '../../support/budgetTables';

describe('reading a 部门整体 table', () => {
  it('accept a consistent table', () => {
    const all = checkGrids([department()]).findings;
    expect(all).toEqual([]);
    expect(checkGrids([department()]).tables[0]).toMatchObject({ kind: 'department', name: '中共某县委组织部', range: 'A1:E11' });
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

  it('claims the indicator block below the tasks and checks it with the indicator rules', () => {
    const clean = checkGrids([department({ indicators: departmentIndicatorRows() })]);
    expect(clean.tables).toEqual([{ sheet: '部门', kind: 'department', range: 'A1:E20', name: '中共某县委组织部' }]);
    expect(clean.findings).toEqual([]);

    const bad = checkGrids([department({ indicators: departmentIndicatorRows('明显提高') })]).findings;
    expect(bad.map((f) => [f.rule, f.severity, f.cells])).toEqual([['satisfaction-is-percent', 'error', ['E20']]]);
  });

  it('does not ask a department table for 项目名称 or a spending plan', () => {
    const rules = new Set(checkGrids([department({ indicators: departmentIndicatorRows('明显提高') })]).findings.map((f) => f.rule));
    expect([...rules].filter((r) => /required-fields|spending-plan|fund-/.test(r))).toEqual([]);
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
