/** Money belongs under 成本: a 数量 or 质量 value of `7万元` is a row put in the wrong place. */
import { indicatorEntries, LEVEL2_NAMES } from '../model';
import { quote } from './helpers';
import type { Rule } from './types';

export const moneyOnlyUnderCost: Rule = {
  meta: {
    id: 'money-only-under-cost',
    defaultSeverity: 'error',
    description: '数量指标、质量指标的指标值不能是金额（金额应填在成本指标下）',
    messages: {
      money: '{level2}的指标值{value}是金额，金额应填在成本指标下',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      const id = row.level2?.id;
      if ((id === 'quantity' || id === 'quality') && row.parsed.kind === 'money') {
        report({ messageId: 'money', cells: [row.value], data: { level2: LEVEL2_NAMES[id], value: quote(row.value.text) } });
      }
    }
  },
};
