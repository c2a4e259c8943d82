/**
 * 资金支出计划（%）: cumulative percentages at 3月底 · 6月底 · 10月底 · 12月底, each within 0–100%,
 * never decreasing, reaching 100% by 12月底. Blank points are allowed before the first figure.
 */
import Decimal from 'decimal.js';
import { quote, inTable } from './helpers';
import type { Rule } from './types';

export const spendingPlan: Rule = {
  meta: {
    id: 'spending-plan',
    defaultSeverity: 'error',
    description: '资金支出计划应为累计百分比，逐期不减少，12月底达到 100%',
    explain: {
      why: '资金支出计划是累计进度，后一期小于前一期或年底不到 100%，说明填法有误。',
      good: '累计百分比，逐期不减少，12月底为 100%。',
      source: '本地常见做法',
    },
    messages: {
      invalid: '资金支出计划{label}的值{value}不是百分比',
      outOfRange: '资金支出计划{label}的值 {value}% 不在 0–100% 之间',
      decreasing: '资金支出计划是累计进度，{label}的 {value}% 小于前一期的 {previous}%',
      notFull: '资金支出计划 12 月底应为 100%，现为 {value}',
      suggestFull: '12月底填写「100%」',
    },
    needs: ['spendingPlan'],
  },
  check({ table, report }) {
    const points = table.spendingPlan;
    if (points.length === 0) return;
    let previous: { value: Decimal; cell: (typeof points)[number]['value'] } | undefined;
    for (const p of points) {
      const label = quote(p.label.text);
      if (p.percent === 'invalid') {
        report({ messageId: 'invalid', cells: [p.value], data: { label, value: quote(p.value.text) } });
        continue;
      }
      if (p.percent === null) continue;
      if (p.percent.lt(0) || p.percent.gt(100)) {
        report({ messageId: 'outOfRange', cells: [p.value], data: { label, value: p.percent.toString() } });
        continue;
      }
      if (previous && p.percent.lt(previous.value)) {
        report({
          messageId: 'decreasing',
          cells: [previous.cell, p.value],
          data: { label, value: p.percent.toString(), previous: previous.value.toString() },
        });
      }
      previous = { value: p.percent, cell: p.value };
    }
    const last = points[points.length - 1]!;
    if (/12/.test(last.label.text) && last.percent !== 'invalid' && !(last.percent instanceof Decimal && last.percent.eq(100))) {
      report({
        messageId: 'notFull',
        // A value row cut off below the table: the finding is at its month, the fix still fills the value.
        cells: [inTable(table, last.value) ? last.value : last.label],
        data: { value: last.percent === null ? '空' : `${last.percent.toString()}%` },
        suggestion: { messageId: 'suggestFull' },
        fix: { cell: last.value.address, text: '100%' },
      });
    }
  },
};
