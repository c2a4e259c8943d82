/**
 * "三公"经费支出表: 小计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费, and 公务用车购置及运维费 =
 * 公务用车购置费 + 公务用车运行维护费, in every amount column.
 */
import type { BudgetRow, BudgetTable, SangongFigures } from '../../layouts/budget';
import type { RuleContext } from '../types';
import type { Rule } from '../types';
import { checkSum, sumColumns, itemLabel, nameOf } from './helpers';

const label = (r: BudgetRow) => itemLabel(nameOf(r));

export const budgetSangong: Rule<BudgetTable> = {
  meta: {
    id: 'budget-sangong',
    defaultSeverity: 'error',
    description: '“三公”经费：小计等于出国、车辆、接待之和，车辆费等于购置费与运行维护费之和',
    explain: {
      why: '“三公”经费小计由出国、车辆、接待三项组成，对不上说明有一项漏填。',
      good: '小计 = 因公出国 + 公务用车 + 公务接待；公务用车 = 购置费 + 运行维护费。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '「{item}」的{column} {total} 万元不等于{parts}之和 {sum} 万元（相差 {diff} 万元）',
      rounding: '「{item}」的{column} {total} 万元与{parts}之和 {sum} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['budget'],
  },
  check(ctx) {
    if (ctx.table.sangong) return standalone(ctx, ctx.table.sangong);
    if (!/三公/.test(ctx.table.kind)) return;
    const rows = ctx.table.rows;
    const find = (re: RegExp) => rows.find((r) => re.test(label(r)));
    const identities: Array<[RegExp, RegExp[], string]> = [
      [/三公.*(小计|合计)$/, [/^因公出国\(境\)费$/, /^公务用车购置及运(行)?维(护)?费$/, /^公务接待费$/], '出国、车辆、接待'],
      [/^公务用车购置及运(行)?维(护)?费$/, [/^公务用车购置费$/, /^公务用车运行维护费$/], '购置费与运行维护费'],
    ];
    for (const [totalRe, partRes, parts] of identities) {
      const total = find(totalRe);
      const partRows = partRes.map(find);
      if (!total || partRows.some((p) => !p)) continue;
      for (const c of sumColumns(ctx.table)) {
        checkSum(ctx, total.amounts.get(c.col)!, partRows.map((p) => p!.amounts.get(c.col)!), { item: label(total), column: c.heading, parts });
      }
    }
  },
};

/**
 * A stand-alone table: 合计 = 出国 + 接待 + 车辆 and 车辆 = 购置 + 运行, for every figure but a rate.
 * A blank line counts as zero, so a 合计 whose parts are blank is a mismatch.
 */
function standalone(ctx: RuleContext<BudgetTable>, f: SangongFigures): void {
  const { total, abroad, reception, vehicles, purchase, running } = f.lines;
  f.measures.forEach((m, i) => {
    if (m.role === 'rate') return;
    const column = m.heading || '金额';
    if (total && (abroad || reception || vehicles)) {
      const parts = [abroad, reception, vehicles].filter((x) => x !== undefined).map((x) => x[i]!);
      checkSum(ctx, total[i]!, parts, { item: '合计', column, parts: '出国、接待、车辆' });
    }
    if (vehicles && (purchase || running)) {
      const parts = [purchase, running].filter((x) => x !== undefined).map((x) => x[i]!);
      checkSum(ctx, vehicles[i]!, parts, { item: '公务用车购置及运行费', column, parts: '购置费与运行维护费' });
    }
  });
}
