/**
 * 部门整体 (county template): 总额 = 基本支出 + 项目支出, and each group's 合计 = 财政拨款 + 专户资金 +
 * 单位资金 (blank parts count as zero; a 合计 whose parts are all blank while it is not is a mismatch).
 */
import type { DepartmentAmount, DepartmentTable } from '../../layouts/department';
import { checkSum } from '../budget/helpers';
import type { Rule, RuleContext } from '../types';

function check(ctx: RuleContext<DepartmentTable>, total: DepartmentAmount, parts: DepartmentAmount[], what: string, partNames: string): void {
  const asCell = (x: DepartmentAmount) => ({ cell: x.value, amount: x.amount });
  checkSum(ctx, asCell(total), parts.map(asCell), { what, parts: partNames });
}

export const departmentFundsSum: Rule<DepartmentTable> = {
  meta: {
    id: 'department-funds-sum',
    defaultSeverity: 'error',
    description: '部门整体资金：总额等于基本支出与项目支出之和，各支出的合计等于财政拨款、专户资金、单位资金之和',
    explain: {
      why: '部门整体资金按支出类型和来源分列，各处合计对不上说明有一项填错。',
      good: '总额 = 基本支出 + 项目支出；各支出合计 = 财政拨款 + 专户资金 + 单位资金。',
      source: '本地常见做法',
    },
    messages: {
      mismatch: '{what} {total} 万元不等于{parts}之和 {sum} 万元（相差 {diff} 万元）',
      rounding: '{what} {total} 万元与{parts}之和 {sum} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['department'],
  },
  check(ctx) {
    const b = ctx.table.budget;
    if (b.total && b.basic && b.project) check(ctx, b.total, [b.basic, b.project], `资金${b.total.label.text.trim()}`, '基本支出和项目支出');
    for (const group of [b.basic, b.project]) {
      if (!group?.parts?.length) continue;
      const names = group.parts.map((p) => p.label.text.trim()).join('、');
      check(ctx, group, group.parts, `${group.label.text.trim()}合计`, names);
    }
  },
};
