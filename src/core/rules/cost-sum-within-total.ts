/**
 * The total-type cost amounts together should not exceed the project's total funds, and usually
 * equal it (妇联工作保障经费: 1.5+1.5+3+7+10+2 = 25). Unit costs (`3万元/个`) are not summed.
 */
import Decimal from 'decimal.js';
import { formatWan } from '../values/parse';
import { fundTotal, isCostLevel2 } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const costSumWithinTotal: Rule = {
  meta: {
    id: 'cost-sum-within-total',
    defaultSeverity: 'error',
    description: '各项成本金额之和不能超过项目资金总额',
    explain: {
      why: '分项列出的各项成本加起来超过项目资金，说明成本测算或资金总额有误。',
      good: '各项成本之和 ≤ 年度资金总额，通常正好相等。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      exceeds: '成本指标金额合计 {sum} 万元超过项目资金总额 {total} 万元',
      below: '成本指标金额合计 {sum} 万元少于项目资金总额 {total} 万元，请确认成本是否列全',
    },
    needs: ['projectHeader'],
  },
  check({ table, report }) {
    const total = fundTotal(table);
    if (!total) return;
    const costs = indicatorEntries(table).filter((e) => e.term === 'annual').filter((r) => isCostLevel2(r.level2?.id));
    let amounts = costs.filter((r) => r.parsed.kind === 'money' && r.parsed.wan && !r.parsed.per && !r.parsed.multiple);
    // A line that is the sum of the others (`年度预算总成本 3` after 1 + 2 + 0) is their total, not one more cost.
    const all = amounts.reduce((a, r) => a.plus(r.parsed.wan!.low), new Decimal(0));
    const sumLine = amounts.find((r) => r.parsed.wan!.low.mul(2).eq(all));
    if (sumLine && amounts.length > 2) amounts = amounts.filter((r) => r !== sumLine);
    if (amounts.length < 2) return;
    // A single oversized cost is reported by cost-within-total.
    if (amounts.some((r) => r.parsed.wan!.low.gt(total.amount))) return;
    const sum = amounts.reduce((a, r) => a.plus(r.parsed.wan!.low), new Decimal(0));
    const cells = [...amounts.map((r) => r.value), total.cell];
    const data = { sum: formatWan(sum), total: formatWan(total.amount) };
    if (sum.gt(total.amount)) report({ messageId: 'exceeds', cells, data });
    else if (sum.lt(total.amount) && amounts.length === costs.length && amounts.every((r) => !r.parsed.op && !r.parsed.high)) {
      report({ messageId: 'below', cells, data, severity: 'info' });
    }
  },
};
