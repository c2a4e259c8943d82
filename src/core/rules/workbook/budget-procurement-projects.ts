/**
 * 政府采购预算表 against the project tables: a project's 预算资金 is its table's 预算数 / 年度资金总额,
 * and what it buys does not exceed that budget. Projects are matched by name.
 */
import Decimal from 'decimal.js';
import { isProjectTable } from '../../model';
import type { ProjectTable } from '../../model';
import { normalizeLabel } from '../../text';
import { formatWan } from '../../values/parse';
import { purchasesOf, readProcurement } from '../budget/procurement';
import type { BudgetTable } from '../../layouts/budget';
import type { WorkbookRule } from './types';

const key = (name: string) => normalizeLabel(name).replace(/[“”"‘’'「」《》]/g, '');

export const budgetProcurementProjects: WorkbookRule = {
  meta: {
    id: 'budget-procurement-projects',
    defaultSeverity: 'error',
    description: '政府采购预算表中项目的预算资金与其项目绩效目标表一致，采购金额不超过项目预算',
    explain: {
      why: '政府采购预算表与项目绩效目标表说的是同一个项目，预算资金应一致，采购不能超出。',
      good: '采购表中项目的预算资金 = 绩效目标表的资金总额，采购金额不超过它。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      budgetDiffers: '政府采购预算表中项目「{project}」的预算资金 {a} 万元与其绩效目标表的预算数 {b} 万元不一致',
      exceeds: '项目「{project}」的政府采购金额 {sum} 万元超过其绩效目标表的预算数 {b} 万元',
    },
  },
  check(ctx) {
    const projects = new Map<string, ProjectTable>();
    for (const t of ctx.tables.filter(isProjectTable)) {
      const name = t.fields.projectName?.value.text;
      if (name && t.funds.total?.amount instanceof Decimal) projects.set(key(name), t);
    }
    for (const table of ctx.tables.filter((t): t is BudgetTable => t.kind.startsWith('budget/'))) {
      const p = readProcurement(table);
      if (!p) continue;
      for (const project of p.projects) {
        const target = projects.get(key(project.name));
        if (!target) continue;
        const total = target.funds.total!;
        const b = total.amount as Decimal;
        const own = project.budget?.amount;
        if (own instanceof Decimal && !own.eq(b)) {
          ctx.report({
            messageId: 'budgetDiffers',
            cells: [{ sheet: table.sheet, cell: project.budget!.cell }, { sheet: target.sheet, cell: total.value }],
            data: { project: project.name, a: formatWan(own), b: formatWan(b) },
          });
        }
        // When the table's own 预算资金 is the project's budget, the table rule already compares.
        if (own instanceof Decimal && own.eq(b)) continue;
        const bought = purchasesOf(p, project);
        if (!bought || bought.sum.lte(b)) continue;
        ctx.report({
          messageId: 'exceeds',
          cells: [{ sheet: target.sheet, cell: total.value }, ...bought.cells.map((cell) => ({ sheet: table.sheet, cell }))],
          data: { project: project.name, sum: formatWan(bought.sum), b: formatWan(b) },
        });
      }
    }
  },
};
