/**
 * Stand-alone "三公" tables, written from the description (recognition issue, part 2) before the
 * recogniser: no 栏次 row, titled with a unit name and year, vertical with 上年 / 本年 / 增减 columns,
 * horizontal with the lines as headings, and one in 元 with a 注 paragraph as its last row.
 */
import { checkGrids, recognizeSheet } from '../../../src/core/engine/check';
import type { BudgetTable } from '../../../src/core/layouts/budget';
import { gridFromTsv } from '../../support/tsv';

const found = (text: string) =>
  checkGrids([gridFromTsv(text, { rawStrings: true })]).findings.map((f) => `${f.severity[0]} ${f.rule}/${f.messageId} ${f.cells.join(',')}`);

const vertical = (vehicles = ['12.00', '10.50', '-1.50', '-12.5']) => `
某县交通运输局2025年财政拨款“三公”经费预算表
单位:万元
项目\t上年预算数\t本年预算数\t增减额\t增减幅度(%)
合计\t20.00\t17.60\t-2.40\t-12.0
1.因公出国(境)费\t0\t0\t0\t
2.公务接待费\t8.00\t7.10\t-0.90\t-11.3
3.公务用车购置及运行费\t${vehicles.join('\t')}
其中:(1)购置费\t0\t0\t0\t
(2)运行(维护)费\t12.00\t10.50\t-1.50\t-12.5
注:本单位无因公出国(境)安排。`;

describe('a vertical "三公" table with 上年, 本年 and 增减 columns', () => {
  it('is read line by line with its figures', () => {
    const [t] = recognizeSheet(gridFromTsv(vertical(), { rawStrings: true })) as BudgetTable[];
    expect(t!.kind).toBe('budget/财政拨款“三公”经费预算表');
    expect(t!.rangeA1).toBe('A1:E10');
    expect(t!.sangong?.measures.map((m) => m.role)).toEqual(['previous', 'current', 'change', 'rate']);
    expect(Object.keys(t!.sangong!.lines)).toEqual(['total', 'abroad', 'reception', 'vehicles', 'purchase', 'running']);
  });

  it('checks clean when every line adds up and every change is right', () => {
    expect(found(vertical())).toEqual([]);
  });

  it('flags a 车辆 line that is not 购置 + 运行, the 合计 it breaks, and its wrong change and rate', () => {
    expect(found(vertical(['13.00', '10.50', '-1.50', '-12.5']))).toEqual([
      'e budget-sangong/mismatch B4,B5,B6,B7',
      'e budget-sangong/mismatch B7,B8,B9',
      'e budget-sangong-change/change D7,C7,B7',
      'e budget-sangong-change/rate E7,D7,B7',
    ]);
  });
});

const horizontal = (total = '9.8') => `
2024年某镇人民政府“三公”经费情况统计表
单位:万元
项目\t合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费
\t\t\t\t小计\t购置费\t运行费
本年预算数\t${total}\t0\t3.8\t6\t0\t6
上年预算数\t10.5\t0\t4.5\t6\t0\t6`;

describe('a horizontal "三公" table (lines as headings, 公务用车 split on a second heading row)', () => {
  it('is read figure row by figure row', () => {
    const [t] = recognizeSheet(gridFromTsv(horizontal(), { rawStrings: true })) as BudgetTable[];
    expect(t!.sangong?.orientation).toBe('horizontal');
    expect(t!.sangong?.measures).toEqual([
      { heading: '本年预算数', role: 'current' },
      { heading: '上年预算数', role: 'previous' },
    ]);
    expect(t!.sangong?.lines.vehicles?.map((a) => a.cell.address)).toEqual(['E5', 'E6']);
  });

  it('checks clean when correct and flags a 合计 that is not the sum of its lines', () => {
    expect(found(horizontal())).toEqual([]);
    expect(found(horizontal('10.8'))).toEqual(['e budget-sangong/mismatch B5,C5,D5,E5']);
  });
});

const inYuan = (reception = '') => `
某局2023年部门“三公”经费预算表
单位:元
项目\t预算数\t其中:公共预算财政拨款
合计\t56,000\t56,000
因公出国(境)费\t\t
公务接待费\t${reception}\t
公务用车购置及运行费\t56,000\t56,000
备注:公务用车运行费含燃油、维修、保险。`;

describe('a "三公" table in 元', () => {
  it('reads the amounts into 万元', () => {
    const [t] = recognizeSheet(gridFromTsv(inYuan(), { rawStrings: true })) as BudgetTable[];
    expect(t!.sangong?.lines.total?.map((a) => String(a.amount))).toEqual(['5.6', '5.6']);
    expect(t!.rangeA1).toBe('A1:C8');
  });

  it('checks clean when correct; a line added without changing 合计 is a mismatch in its column', () => {
    expect(found(inYuan())).toEqual([]);
    expect(found(inYuan('8,000'))).toEqual(['e budget-sangong/mismatch B4,B6,B7']);
  });
});
