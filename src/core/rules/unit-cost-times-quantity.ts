/**
 * A unit cost times its matching quantity (same unit: 个, 人, 村) cannot exceed the total:
 * `2.9657 万元/人/年` for `60 人` is 177.9 万元 against a total of 5.9314 万元. Only lower bounds
 * are multiplied (`≤3000元/人` or `≤10人` set no lower bound), so a finding is a certain excess.
 */
import type Decimal from 'decimal.js';
import { indicatorEntries, type IndicatorEntry } from '../model';
import { formatWan } from '../values/parse';
import { fundTotal, isCostLevel2, quote } from './helpers';
import type { Rule } from './types';

/** The least the value can be, when it has a floor. */
function floorOf(row: IndicatorEntry, amount: Decimal | undefined): Decimal | undefined {
  const op = row.parsed.op;
  if (op === '≤' || op === '<') return undefined;
  return amount;
}

function countUnit(unit: string): string {
  return unit.replace(/^万/, '');
}

export const unitCostTimesQuantity: Rule = {
  meta: {
    id: 'unit-cost-times-quantity',
    defaultSeverity: 'error',
    description: '单位成本乘以对应数量不能超过项目资金总额',
    explain: {
      why: '单位成本乘以数量超过资金总额，说明单位成本或数量测算有误。',
      good: '单位成本 × 对应数量 ≤ 年度资金总额，如 2.9657万元/人 × 2人 = 5.9314万元。',
      source: '本地常见做法',
    },
    messages: {
      exceeds: '单位成本{rate}乘以数量{quantity}至少为 {product} 万元，超过项目资金总额 {total} 万元',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    const total = fundTotal(table);
    if (!total) return;
    // Medium-term values are measured against the medium-term budget, not the year's total.
    const entries = indicatorEntries(table).filter((e) => e.term === 'annual');
    const quantities = entries.filter(
      (r) => r.level2?.id === 'quantity' && r.parsed.kind === 'count' && r.parsed.unit && !r.parsed.multiple,
    );
    for (const rate of entries) {
      if (!isCostLevel2(rate.level2?.id) || rate.parsed.kind !== 'money' || !rate.parsed.per || !rate.parsed.wan) continue;
      const perUnit = rate.parsed.per[0]!;
      const unitCost = floorOf(rate, rate.parsed.wan.low);
      if (!unitCost) continue;
      for (const q of quantities) {
        if (countUnit(q.parsed.unit!) !== perUnit || q.column !== rate.column || q.block !== rate.block) continue;
        const n = floorOf(q, q.parsed.low);
        if (!n) continue;
        const count = q.parsed.unit!.startsWith('万') ? n.mul(10000) : n;
        const product = unitCost.mul(count);
        if (product.gt(total.amount)) {
          report({
            messageId: 'exceeds',
            cells: [rate.value, q.value, total.cell],
            data: {
              rate: quote(rate.value.text),
              quantity: quote(q.value.text),
              product: formatWan(product),
              total: formatWan(total.amount),
            },
          });
        }
      }
    }
  },
};
