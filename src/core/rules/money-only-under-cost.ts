/** Money belongs under 成本: a 数量 or 质量 value of `7万元` is a row put in the wrong place. */
import { indicatorEntries, LEVEL2_NAMES } from '../model';
import { quote } from './helpers';
import type { Rule } from './types';

export const moneyOnlyUnderCost: Rule = {
  meta: {
    id: 'money-only-under-cost',
    defaultSeverity: 'error',
    description: '数量指标、质量指标的指标值不能是金额（金额应填在成本指标下）',
    explain: {
      why: '金额只能反映成本，填在数量或质量指标下无法考核产出。',
      good: '数量填个数、人次等，质量填合格率等；金额填在成本指标下。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
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
