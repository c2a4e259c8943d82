/** 成本指标 values are money: a total (`≤9万元`, `6420 元`) or a unit cost (`3 万元/个`). */
import { isCostLevel2, quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const costValueIsMoney: Rule = {
  meta: {
    id: 'cost-value-is-money',
    defaultSeverity: 'error',
    description: '成本指标的指标值必须是金额（如 ≤9万元、3万元/个）',
    messages: {
      notMoney: '成本指标的指标值{value}不是金额，应写成如「≤9万元」或「3万元/个」',
      noUnit: '成本指标的指标值{value}缺少金额单位（元或万元）',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      if (!isCostLevel2(row.level2?.id)) continue;
      const v = row.parsed;
      if (v.kind === 'money' || v.kind === 'empty' || v.kind === 'error' || v.kind === 'placeholder') continue;
      if (v.kind === 'number') {
        report({
          messageId: 'noUnit',
          cells: [row.value],
          data: { value: quote(row.value.text) },
          suggestion: `若单位为万元，改为「${v.clean}万元」`,
          fix: { cell: row.value.address, text: `${v.clean}万元` },
        });
        continue;
      }
      report({ messageId: 'notMoney', cells: [row.value], data: { value: quote(row.value.text) } });
    }
  },
};
