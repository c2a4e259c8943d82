/**
 * The same figure agrees across the 单位预算 tables: 收支总表 本年收入/支出合计 against 收入总表 and
 * 支出总表, class by class against 支出总表, and its 财政拨款 income lines against 财政拨款收支总表;
 * 收入总表 against 支出总表 科目 by 科目; 财政拨款收支总表 本年支出合计 against the fund tables;
 * 基本支出表 合计 against the 一般公共预算支出表's 基本支出; "三公" 公务用车运行维护费 and 公务接待费
 * against 基本支出表 30231 and 30217.
 */
import { formatWan } from '../../values/parse';
import { itemLabel, nameOf } from '../budget/helpers';
import { agree, budgetTable, rowAmount, spendingTable, totalRowAmount } from './helpers';
import type { WorkbookRule } from './types';

export const budgetFiguresAgree: WorkbookRule = {
  meta: {
    id: 'budget-figures-agree',
    defaultSeverity: 'error',
    description: '同一数字在各张预算表中一致（收支总表与收入、支出总表，三公经费与基本支出表）',
    explain: {
      why: '同一个数字出现在几张表里，任何一处不一致，公开后都会被质疑。',
      good: '收支总表、收入总表、支出总表的同一项相同；“三公”公务用车运行维护费 = 基本支出表 30231。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '{what}：{a} 万元与{other} {b} 万元不一致（相差 {diff} 万元）',
      rounding: '{what}：{a} 万元与{other} {b} 万元相差 {diff} 万元（尾差）',
      noClass: '{what}：{a} 万元，但{other}中没有这一类科目',
    },
  },
  check(ctx) {
    const t = ctx.tables;
    const overview = budgetTable(t, /^收支总表$/);
    const income = budgetTable(t, /^收入总表$/);
    const spending = spendingTable(t);
    const fiscal = budgetTable(t, /^财政拨款收支总表$/);
    const general = budgetTable(t, /^一般公共预算财政拨款支出表$/);
    const funds = [budgetTable(t, /^政府性基金预算财政拨款支出表$/), budgetTable(t, /^国有资本经营预算财政拨款支出表$/)];
    const basic = budgetTable(t, /基本支出表$/);
    const sangong = budgetTable(t, /三公/);

    const year = (b: typeof overview, half: number) => b && rowAmount(b, (n) => /^本年.*合计$/.test(n), half);
    const pair = (label: string, a: { sheet: string; amount: ReturnType<typeof year> } | undefined, b: Array<{ sheet: string; amount: ReturnType<typeof year> }>, other: string) => {
      if (!a?.amount || b.some((x) => !x.amount)) return;
      agree(ctx, { sheet: a.sheet, amount: a.amount }, b.map((x) => ({ sheet: x.sheet, amount: x.amount! })), { what: label, other });
    };

    if (overview && spending) {
      pair('收支总表本年支出合计', { sheet: overview.sheet, amount: year(overview, 1) }, [{ sheet: spending.sheet, amount: totalRowAmount(spending, /^合计$/) }], '支出总表合计');
    }
    if (overview && income) {
      const sub = totalRowAmount(income, /^小计$/) ?? totalRowAmount(income, /^合计$/);
      pair('收支总表本年收入合计', { sheet: overview.sheet, amount: year(overview, 0) }, [{ sheet: income.sheet, amount: sub }], '收入总表本年收入');
    }
    // The 财政拨款 income lines of 收支总表 are the income of 财政拨款收支总表.
    if (overview && fiscal) {
      for (const fund of ['一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款']) {
        const line = (n: string) => n === fund || n === `${fund}收入`;
        const a = rowAmount(overview, line, 0);
        const b = rowAmount(fiscal, line, 0);
        if (!a || !b || (a.amount === null && b.amount === null)) continue;
        pair(`收支总表“${fund}收入”`, { sheet: overview.sheet, amount: a }, [{ sheet: fiscal.sheet, amount: b }], `财政拨款收支总表“${fund}”`);
      }
    }
    if (fiscal && general) {
      // Fund tables published empty (`空表列示`) have no 合计 row and add nothing.
      const parts = [general, ...funds]
        .map((f) => (f ? { sheet: f.sheet, amount: totalRowAmount(f, /^合计$/) } : undefined))
        .filter((p): p is { sheet: string; amount: NonNullable<ReturnType<typeof totalRowAmount>> } => p !== undefined && p.amount !== undefined);
      pair('财政拨款收支总表本年支出合计', { sheet: fiscal.sheet, amount: year(fiscal, 1) }, parts, '各财政拨款支出表合计之和');
    }
    // Each 功能分类 class of the overview's 支出 half against the class row (3-digit code) of the code table.
    const byClass = (over: typeof overview, codes: typeof spending, label: string, other: string) => {
      const half = over?.halves[1];
      const col = half?.amountCols[0];
      const totalCol = codes?.columns.find((c) => c.role === 'amount' && /^合计$/.test(c.heading))?.col;
      if (!over || !codes || !half || col === undefined || totalCol === undefined) return;
      for (const r of over.rows) {
        const name = itemLabel(r.names.get(half.itemCol)?.text ?? '');
        const amount = r.amounts.get(col);
        if (!name || !amount || amount.amount === null) continue;
        // Summary lines (本年支出合计, 结转下年, 支出总计) are compared above, not class by class.
        if (/合计|总计|结转|结余|小计/.test(name)) continue;
        const classRow = codes.rows.find((x) => x.code?.length === 3 && itemLabel(nameOf(x)) === name);
        const classAmount = classRow?.amounts.get(totalCol);
        if (!classRow || !classAmount) {
          const value = amount.amount;
          if (value !== 'invalid' && !value.isZero()) {
            ctx.report({ messageId: 'noClass', cells: [{ sheet: over.sheet, cell: amount.cell }], data: { what: `${label}“${name}”`, a: formatWan(value), other } });
          }
          continue;
        }
        pair(`${label}“${name}”`, { sheet: over.sheet, amount }, [{ sheet: codes.sheet, amount: classAmount }], `${other}科目 ${classRow.code}`);
      }
    };
    byClass(overview, spending, '收支总表', '支出总表');

    // 收入总表 and 支出总表 list the same 功能分类 科目 with the same 合计, code by code.
    if (income && spending) {
      const incomeCol = income.columns.find((c) => c.role === 'amount' && /^合计$/.test(c.heading))?.col;
      const spendingCol = spending.columns.find((c) => c.role === 'amount' && /^合计$/.test(c.heading))?.col;
      if (incomeCol !== undefined && spendingCol !== undefined) {
        for (const r of income.rows) {
          const amount = r.code ? r.amounts.get(incomeCol) : undefined;
          if (!r.code || !amount || amount.amount === null) continue;
          const match = spending.rows.find((x) => x.code === r.code)?.amounts.get(spendingCol);
          const what = `收入总表科目 ${r.code}“${nameOf(r)}”`;
          if (!match) {
            if (amount.amount !== 'invalid' && !amount.amount.isZero()) {
              ctx.report({ messageId: 'noClass', cells: [{ sheet: income.sheet, cell: amount.cell }], data: { what, a: formatWan(amount.amount), other: '支出总表' } });
            }
            continue;
          }
          pair(what, { sheet: income.sheet, amount }, [{ sheet: spending.sheet, amount: match }], `支出总表科目 ${r.code}`);
        }
      }
    }

    // 基本支出表 合计 (人员经费 + 公用经费) is the 基本支出 of the 一般公共预算 支出表.
    if (basic && general) {
      const basicSpending = totalRowAmount(general, /^基本支出$/);
      pair('基本支出表合计', { sheet: basic.sheet, amount: totalRowAmount(basic, /^合计$/) }, [{ sheet: general.sheet, amount: basicSpending }], '一般公共预算财政拨款支出表的基本支出');
    }
    if (funds.every((f) => !f || f.rows.length === 0)) byClass(fiscal, general, '财政拨款收支总表', '一般公共预算财政拨款支出表');

    if (sangong && basic) {
      const basicTotal = (code: string) => {
        const r = basic.rows.find((x) => x.code === code);
        const col = basic.columns.find((c) => c.role === 'amount');
        return r && col ? r.amounts.get(col.col) : undefined;
      };
      pair('“三公”公务用车运行维护费', { sheet: sangong.sheet, amount: rowAmount(sangong, (n) => n === '公务用车运行维护费') }, [{ sheet: basic.sheet, amount: basicTotal('30231') }], '基本支出表 30231 公务用车运行维护费');
      pair('“三公”公务接待费', { sheet: sangong.sheet, amount: rowAmount(sangong, (n) => n === '公务接待费') }, [{ sheet: basic.sheet, amount: basicTotal('30217') }], '基本支出表 30217 公务接待费');
    }
  },
};
