/**
 * A list of projects against the project tables of the same workbook, matched by name: the list's
 * total against the table of the fund its title names (安溪 `2022年省级第七批水利专项资金安排表` 100 =
 * `省级第七批水利专项资金` 资金总额 100), and each row against the table of the project it names.
 * A name that matches several tables (two years, two units) is left alone rather than guessed.
 */
import Decimal from 'decimal.js';
import type { BudgetAmount, BudgetTable } from '../../layouts/budget';
import { isProjectTable, projectName, type ProjectTable } from '../../model';
import { normalizeLabel } from '../../text';
import { amountOf } from '../budget/helpers';
import { agree } from './helpers';
import type { WorkbookRule } from './types';

const key = (s: string) => normalizeLabel(s).replace(/^\d{4}年(度)?/, '');

function only(projects: readonly ProjectTable[], name: string, year: number | undefined): ProjectTable | undefined {
  const k = key(name);
  if (k === '') return undefined;
  const hits = projects.filter((p) => key(projectName(p) ?? '') === k && (year === undefined || p.year === undefined || p.year === year));
  return hits.length === 1 ? hits[0] : undefined;
}

export const budgetListProjects: WorkbookRule = {
  meta: {
    id: 'budget-list-projects',
    defaultSeverity: 'error',
    description: '资金安排表的合计（或各行）与同名项目绩效目标表的资金总额一致',
    explain: {
      why: '资金安排表和项目绩效目标表说的是同一笔钱，金额不一致会被要求说明。',
      good: '资金安排表中每个项目的金额 = 该项目绩效目标表的年度资金总额。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '{first} {a} 万元与{second} {b} 万元不一致（相差 {diff} 万元）',
      rounding: '{first} {a} 万元与{second} {b} 万元相差 {diff} 万元（尾差）',
    },
  },
  check(ctx) {
    const projects = ctx.tables.filter(isProjectTable).filter((p) => p.funds.total?.amount instanceof Decimal);
    const fundsOf = (p: ProjectTable) => ({ sheet: p.sheet, amount: { cell: p.funds.total!.value, amount: p.funds.total!.amount } as BudgetAmount });
    for (const t of ctx.tables) {
      if (!t.kind.startsWith('budget/')) continue;
      const list = (t as BudgetTable).list;
      if (!list) continue;
      const amountCol = (t as BudgetTable).columns.find((c) => c.role === 'amount')?.col;
      if (amountCol === undefined) continue;
      const whole = only(projects, list.fundName, list.year);
      if (whole) {
        const parts = list.items.map((r) => r.amounts.get(amountCol)!);
        const stated = list.totalRow?.amounts.get(amountCol);
        if (stated && amountOf(stated)) {
          agree(ctx, { sheet: t.sheet, amount: stated }, [fundsOf(whole)], { first: `清单「${list.fundName}」的合计`, second: '项目表的资金总额' });
        } else if (parts.every((p) => amountOf(p))) {
          agree(ctx, fundsOf(whole), parts.map((amount) => ({ sheet: t.sheet, amount })), { first: `项目表「${list.fundName}」的资金总额`, second: `清单 ${parts.length} 行之和` });
        }
        continue;
      }
      for (const row of list.items) {
        const name = row.names.get(list.itemCol)?.text ?? '';
        const project = only(projects, name, list.year);
        const amount = row.amounts.get(amountCol);
        if (project && amount) agree(ctx, { sheet: t.sheet, amount }, [fundsOf(project)], { first: `清单中「${name.trim()}」的金额`, second: '其项目表的资金总额' });
      }
    }
  },
};
