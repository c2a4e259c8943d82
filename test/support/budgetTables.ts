/**
 * The 单位预算, 政府采购, 部门整体 and seed 002 unit-set tables the budget, department and
 * workbook rule tests share: written as they are published, with a way to plant an error.
 */
import { join } from 'path';
import { checkGrids, checkTable, recognizeSheet } from '../../src/core/engine/check';
import { BUDGET_RULES } from '../../src/core/rules';
import { BUILTIN_PROFILES } from '../../src/core/rules/profiles';
import { buildSheet, loadSeed, sheetName, sheetToGrid, type SheetModel } from '../fixtures/layout';
import { gridFromTsv, gridWithEdits } from './tsv';

export function spending(edit: Record<string, string> = {}) {
  const rows = [
    '单位预算支出总表',
    '203001中共大厂回族自治县委组织部\t\t\t预算年度：2024\t单位：万元',
    '序号\t功能分类科目\t\t合计\t基本支出\t项目支出',
    '\t科目编码\t科目名称',
    '栏次\t1\t2\t3\t4\t5',
    '1\t\t合计\t2243.88\t693.55\t1550.33',
    '2\t201\t一般公共服务支出\t925.07\t568.74\t356.33',
    '3\t20132\t组织事务\t925.07\t568.74\t356.33',
    '4\t2013201\t行政运行\t568.74\t568.74',
    '5\t2013299\t其他组织事务支出\t356.33\t\t356.33',
    '6\t208\t社会保障和就业支出\t58.85\t58.85',
    '7\t20805\t行政事业单位养老支出\t58.85\t58.85',
    '8\t2080505\t机关事业单位基本养老保险缴费支出\t58.85\t58.85',
    '9\t213\t农林水支出\t1194.00\t\t1194.00',
    '10\t21307\t农村综合改革\t1194.00\t\t1194.00',
    '11\t2130705\t对村民委员会和村党支部的补助\t1194.00\t\t1194.00',
    '12\t221\t住房保障支出\t65.96\t65.96',
    '13\t22102\t住房改革支出\t65.96\t65.96',
    '14\t2210201\t住房公积金\t65.96\t65.96',
  ];
  return gridWithEdits(rows, edit, { sheet: '支出总表' });
}

export function budgetFindings(grid: ReturnType<typeof spending>, rule: string) {
  return recognizeSheet(grid)
    .flatMap((t) => checkTable(t, BUILTIN_PROFILES.legacy))
    .filter((f) => f.rule === rule)
    .map((f) => ({ severity: f.severity, cells: f.cells, message: f.message }));
}

export const PROCUREMENT_PROJECT = '公务员信息采集统计上报一体化系统及公务员考核经费';

/** Rows as published; `edit` replaces cells (`H6` style), `extra` appends lines after the last. */
export function procurement(edit: Record<string, string> = {}, extra: string[] = []) {
  const rows = [
    '单位政府采购预算',
    '203001中共大厂回族自治县委组织部\t\t\t\t\t\t\t单位：万元',
    '政府采购项目来源\t\t采购物品名称\t政府采购目录序号\t计量  单位\t数量\t单价\t政府采购金额（当年部门预算安排资金）\t\t\t\t\t\t\t2024年  预留中  小微企  业份额',
    '项目名称\t预算    资金\t\t\t\t\t\t合计\t一般公共预算拨款\t基金预算拨款\t国有资本经营预算拨款\t财政专户核拨\t单位    资金\t上年结转结余',
    '合  计\t\t\t\t\t\t\t1.16\t1.16\t\t\t\t\t\t1.16',
    '中共大厂回族自治县委组织部小计\t\t\t\t\t\t\t1.16\t1.16\t\t\t\t\t\t1.16',
    `${PROCUREMENT_PROJECT}\t2.14\t便携式计算机\tA02010108\t台\t1\t1.16\t1.16\t1.16\t\t\t\t\t\t1.16`,
    ...extra,
    '',
    '注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。',
  ];
  return gridWithEdits(rows, edit, { sheet: '政府采购预算', rawStrings: true });
}

export function procurementFindings(grid: ReturnType<typeof procurement>, rule?: string) {
  return recognizeSheet(grid)
    .flatMap((t) => checkTable(t, BUILTIN_PROFILES.legacy))
    .filter((f) => !rule || f.rule === rule)
    .map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells, message: f.message }));
}

export const SEED_004 = join(__dirname, '..', 'fixtures', 'seed-004-suixi-department.xlsx');

/** The indicator block below the tasks, as a department table writes it (指标N numbering). */
export function departmentIndicatorRows(satisfaction = '≥90%') {
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

export function department(opts: { basic?: string; fiscal?: string; task?: string; amount?: string; indicators?: string[] } = {}) {
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

export const departmentFindings = (grid: ReturnType<typeof department>, rule: string) =>
  checkGrids([grid])
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.severity, f.cells, f.message]);

export function unitSet(edit?: (sheets: SheetModel[]) => void) {
  const used = new Set<string>();
  const budget = loadSeed('seed-002-budget.tsv').map((t) => buildSheet(sheetName(t.name.replace(/^单位预算/, ''), used), [t], { levels: 'merged', percentAsNumber: false }));
  const projects = loadSeed('seed-002.tsv').map((t) => buildSheet(sheetName(t.name, used), [t], { levels: 'merged', percentAsNumber: false }));
  const sheets = [...budget, ...projects];
  edit?.(sheets);
  return sheets.map((s) => sheetToGrid(s, true));
}

export function setCell(sheets: SheetModel[], sheet: string, row: number, col: number, value: number | string) {
  const s = sheets.find((x) => x.name === sheet)!;
  const c = s.cells.find((x) => x.row === row && x.col === col);
  if (c) c.value = value;
  else s.cells.push({ row, col, value });
}

export const crossTable = (grids: ReturnType<typeof unitSet>) =>
  checkGrids(grids)
    .findings.filter((f) => f.rule.startsWith('budget-') && !BUDGET_RULES.some((r) => r.meta.id === f.rule))
    .map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cells: f.cells, message: f.message }));
