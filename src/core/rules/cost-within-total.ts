/** No single cost amount exceeds the project's total funds. */
import { formatWan } from '../values/parse';
import { fundTotal, isCostLevel2, quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const costWithinTotal: Rule = {
  meta: {
    id: 'cost-within-total',
    defaultSeverity: 'error',
    description: '单项成本金额不能超过项目资金总额',
    explain: {
      why: '任何一项成本都是项目资金的一部分，不可能超过资金总额。',
      good: '单项成本 ≤ 年度资金总额。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      exceeds: '成本指标{value}（{amount} 万元）超过项目资金总额 {total} 万元',
    },
    needs: ['projectHeader'],
  },
  check({ table, report }) {
    const total = fundTotal(table);
    if (!total) return;
    for (const row of indicatorEntries(table).filter((e) => e.term === 'annual')) {
      if (!isCostLevel2(row.level2?.id) || row.parsed.kind !== 'money' || !row.parsed.wan || row.parsed.per) continue;
      const amount = row.parsed.wan.low;
      if (amount.gt(total.amount)) {
        report({
          messageId: 'exceeds',
          cells: [row.value, total.cell],
          data: { value: quote(row.value.text), amount: formatWan(amount), total: formatWan(total.amount) },
        });
      }
    }
  },
};
