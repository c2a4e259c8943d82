/**
 * Department and list tables of the county templates, written from their descriptions (recognition
 * issue, part 2) before the code read them: a 部门整体支出绩效目标申报表 whose funds block puts 合计 ·
 * 财政拨款 · 专户资金 · 单位资金 under 总额 · 基本支出 · 项目支出, and 专项资金安排表 lists whose totals and
 * rows are checked against themselves and against the project tables of the same workbook.
 */
import { checkGrids, recognizeSheet } from '../../../src/core/engine/check';
import type { DepartmentTable } from '../../../src/core/layouts/department';
import type { BudgetTable } from '../../../src/core/layouts/budget';
import { gridFromTsv } from '../../support/tsv';
import { ningxiaTsv } from '../../support/tables';

const found = (grids: Parameters<typeof checkGrids>[0]) => checkGrids(grids).findings.map((f) => `${f.severity[0]} ${f.rule}/${f.messageId} ${f.cells.join(',')}`);

// A township's table: the name in its own cell, amounts in 元 (the heading says so), a task list
// with amounts (支出项目名称 · 主要内容 · 金额(元)).
const county = (basic = ['3,204,500', '3,204,500', '', ''], project = ['860,000', '800,000', '60,000', ''], total = '4,064,500') => `
2025年部门整体支出绩效目标申报表
部门名称\t某镇人民政府
总体资金情况(元)\t预算支出
\t总额\t基本支出\t\t\t\t项目支出
\t\t合计\t财政拨款\t专户资金\t单位资金\t合计\t财政拨款\t专户资金\t单位资金
\t${total}\t${basic.join('\t')}\t${project.join('\t')}
年度履职目标\t支出项目名称\t主要内容\t金额(元)
\t人居环境整治\t农村垃圾清运、公厕管护\t500,000
\t基层治理\t网格员补贴、矛盾纠纷调处\t360,000
年度总体目标\t保障机关运转，完成人居环境整治和基层治理任务。`;

describe('部门整体支出绩效目标申报表 (county template)', () => {
  it('reads the funds block into groups with their parts, in 万元, and the task list with amounts', () => {
    const [t] = recognizeSheet(gridFromTsv(county(), { rawStrings: true })) as DepartmentTable[];
    expect(t!.kind).toBe('department');
    expect(t!.name?.text).toBe('某镇人民政府');
    expect(t!.budget.total?.amount?.toString()).toBe('406.45');
    expect(t!.budget.basic?.value.address).toBe('C6');
    expect(t!.budget.project?.parts?.map((p) => [p.label.text, p.value.address, String(p.amount)])).toEqual([
      ['财政拨款', 'H6', '80'],
      ['专户资金', 'I6', '6'],
      ['单位资金', 'J6', 'null'],
    ]);
    expect(t!.tasks.map((k) => [k.name.text, k.amount?.amount?.toString()])).toEqual([
      ['人居环境整治', '50'],
      ['基层治理', '36'],
    ]);
    expect(t!.goal?.address).toBe('B10');
  });

  it('checks clean when 总额 = 基本 + 项目, each 合计 = its parts and the tasks spend the 项目支出', () => {
    expect(found([gridFromTsv(county(), { rawStrings: true })])).toEqual([]);
  });

  it('flags a 总额 that is not 基本 + 项目 and a 合计 that is not its parts, at their cells', () => {
    const grid = gridFromTsv(county(['3,204,500', '3,104,500', '', ''], undefined, '4,164,500'), { rawStrings: true });
    expect(found([grid])).toEqual(['e department-funds-sum/mismatch B6,C6,G6', 'e department-funds-sum/mismatch C6,D6']);
    expect(checkGrids([grid]).findings[0]!.message).toBe('资金总额 416.45 万元不等于基本支出和项目支出之和 406.45 万元（相差 10 万元）');
  });

  it('takes a 预算部门 written with its value in one cell as the name, not as a heading', () => {
    const grid = gridFromTsv(county().replace('部门名称\t某镇人民政府', '预算部门:文化部门'), { rawStrings: true });
    expect(checkGrids([grid]).tables.map((t) => [t.kind, t.name])).toEqual([['department', '文化部门']]);
  });
});

const list = (total = '60', rows = ['25', '35']) => `
2024年农村公路养护项目支出预算表
单位:万元
序号\t地区\t项目名称\t安排资金(万元)\t备注
1\t城关镇\t城关镇村道养护\t${rows[0]}\t
2\t河口乡\t河口乡通村公路养护\t${rows[1]}\t含桥涵
合计\t\t\t${total}\t`;

const project = (name: string, total: string) =>
  gridFromTsv(ningxiaTsv(undefined, { total, fiscal: total }, { name, year: '(2024 年度)' }), { sheet: name });

describe('项目支出预算表 / 专项资金安排表 lists', () => {
  it('are read as lists: their rows, their 合计 and the fund the title names', () => {
    const [t] = recognizeSheet(gridFromTsv(list(), { sheet: '清单' })) as BudgetTable[];
    expect(t!.list).toMatchObject({ fundName: '农村公路养护项目支出', year: 2024 });
    expect(t!.list!.items.map((r) => r.row)).toEqual([3, 4]);
    expect(t!.list!.totalRow?.row).toBe(5);
    expect(t!.rangeA1).toBe('A1:E6');
  });

  it('check clean when the 合计 adds up and each row matches its project table', () => {
    expect(found([gridFromTsv(list(), { sheet: '清单' }), project('城关镇村道养护', '25'), project('河口乡通村公路养护', '35')])).toEqual([]);
  });

  it('flag a 合计 that is not the sum of the rows, at the total and the rows', () => {
    expect(found([gridFromTsv(list('70'), { sheet: '清单' })])).toEqual(['e budget-list-total/mismatch D6,D4,D5']);
  });

  it('flag a row whose amount is not its project table’s 资金总额, naming both cells', () => {
    expect(found([gridFromTsv(list(), { sheet: '清单' }), project('城关镇村道养护', '20'), project('河口乡通村公路养护', '35')])).toEqual([
      'e budget-list-projects/mismatch D4,城关镇村道养护!C6',
    ]);
  });

  it('leave a name that matches two project tables alone rather than guess', () => {
    const a = project('城关镇村道养护', '20');
    const b = gridFromTsv(ningxiaTsv(undefined, { total: '99', fiscal: '99' }, { name: '城关镇村道养护' }), { sheet: '另一张' });
    expect(found([gridFromTsv(list(), { sheet: '清单' }), a, b])).toEqual([]);
  });
});
