/**
 * 年度资金总额 = 财政拨款 + 其他资金 (预算数 = 财政资金 + 其他资金), blank counting as 0.
 * A gap within the rounding tolerance is a 尾差 warning; a larger gap is an error.
 */
import Decimal from 'decimal.js';
import { formatWan } from '../values/parse';
import { compareSum, sumOutcome } from './helpers';
import type { Rule } from './types';

export const fundTotalSum: Rule = {
  meta: {
    id: 'fund-total-sum',
    defaultSeverity: 'error',
    description: '资金总额应等于财政拨款与其他资金之和',
    messages: {
      mismatch: '资金总额 {total} 万元不等于财政拨款 {fiscal} 万元与其他资金 {other} 万元之和 {sum} 万元（相差 {diff} 万元）',
      rounding: '资金总额 {total} 万元与财政拨款、其他资金之和 {sum} 万元相差 {diff} 万元（尾差）',
    },
    appliesTo: ['project/ningxia', 'project/hebei'],
  },
  check({ table, options, report }) {
    const { total, fiscal, other } = table.funds;
    if (!total || !(total.amount instanceof Decimal)) return;
    if (!fiscal && !other) return;
    const f = fiscal?.amount instanceof Decimal ? fiscal.amount : fiscal?.amount === null || !fiscal ? new Decimal(0) : undefined;
    const o = other?.amount instanceof Decimal ? other.amount : other?.amount === null || !other ? new Decimal(0) : undefined;
    if (!f || !o) return; // unreadable parts are reported by fund-amount-readable
    const parts = [f, o];
    const cmp = compareSum(total.amount, parts, options.roundingTolerancePerPart);
    if (cmp.kind === 'equal') return;
    const cells = [total.value, ...(fiscal ? [fiscal.value] : []), ...(other ? [other.value] : [])];
    const data = {
      total: formatWan(total.amount),
      fiscal: formatWan(f),
      other: formatWan(o),
      sum: formatWan(cmp.sum),
      diff: formatWan(cmp.diff.abs()),
    };
    report({ ...sumOutcome(cmp.kind), cells, data });
  },
};
