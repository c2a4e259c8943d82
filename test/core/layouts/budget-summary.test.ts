/**
 * 收支总表 as other counties publish them, written from the description (recognition issue, part 2):
 * without a 栏次 row, with thousands separators and 合计 · 一般公共预算 · 政府性基金 columns per half;
 * and with a 栏次 row but the 项目 headings left blank, only 预算数 written under 收入 and 支出.
 */
import { checkGrids, recognizeSheet } from '../../../src/core/engine/check';
import type { BudgetTable } from '../../../src/core/layouts/budget';
import { gridFromTsv } from '../../support/tsv';

const found = (text: string) =>
  checkGrids([gridFromTsv(text, { rawStrings: true })]).findings.map((f) => `${f.severity[0]} ${f.rule}/${f.messageId} ${f.cells.join(',')}`);

const noColumnRow = (generalIncome = '1,180.50') => `
某县水利局2025年财政拨款收支总表
单位:万元
收入\t\t\t\t支出
项目\t合计\t一般公共预算\t政府性基金\t项目\t合计\t一般公共预算\t政府性基金
一、本年收入\t1,230.50\t${generalIncome}\t50.00\t一、农林水支出\t1,230.50\t1,180.50\t50.00
\t\t\t\t二、住房保障支出\t0\t0\t0
本年收入合计\t1,230.50\t1,180.50\t50.00\t本年支出合计\t1,230.50\t1,180.50\t50.00`;

describe('a 收支总表 without 栏次', () => {
  it('is read as two halves, each with its item column and amounts', () => {
    const [t] = recognizeSheet(gridFromTsv(noColumnRow(), { rawStrings: true })) as BudgetTable[];
    expect(t!.kind).toBe('budget/财政拨款收支总表');
    expect(t!.halves.map((h) => [h.group, h.itemCol, h.amountCols])).toEqual([
      ['收入', 0, [1, 2, 3]],
      ['支出', 4, [5, 6, 7]],
    ]);
    expect(t!.rows.map((r) => r.row)).toEqual([4, 5, 6]);
  });

  it('checks clean when correct, and flags a 合计 column that is not its parts', () => {
    expect(found(noColumnRow())).toEqual([]);
    expect(found(noColumnRow('1,170.50'))).toEqual(['e budget-total-column/mismatch B5,C5,D5']);
  });
});

const blankHeadings = (rows: string[]) => `
单位预算收支总表
单位:万元
序号\t收入\t\t支出
\t\t预算数\t\t预算数
栏次\t1\t2\t3\t4
${rows.map((r, i) => `${i + 1}\t${r}`).join('\n')}`;

describe('a 收支总表 whose 项目 headings are blank', () => {
  const rows = ['一、一般公共预算拨款收入\t120.5\t一、一般公共服务支出\t100.5', '二、单位资金\t\t二、教育支出\t20', '本年收入合计\t120.5\t本年支出合计\t120.5'];

  it('reads the label columns as items, never as amounts', () => {
    const [t] = recognizeSheet(gridFromTsv(blankHeadings(rows), { rawStrings: true })) as BudgetTable[];
    expect(t!.columns.map((c) => c.role)).toEqual(['item', 'amount', 'item', 'amount']);
    expect(found(blankHeadings(rows))).toEqual([]);
  });

  it('flags a 本年收入合计 that is not the sum of the items', () => {
    const wrong = [...rows.slice(0, 2), '本年收入合计\t130.5\t本年支出合计\t120.5'];
    expect(found(blankHeadings(wrong)).filter((f) => f.includes('budget-balance'))).toEqual(['e budget-balance/mismatch C8,C6']);
  });
});
