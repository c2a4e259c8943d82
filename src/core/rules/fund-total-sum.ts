/**
 * 年度资金总额 = 财政拨款 + 其他资金 (预算数 = 财政资金 + 其他资金), blank counting as 0.
 * A gap within the rounding tolerance is a 尾差 warning; a larger gap is an error.
 */
import Decimal from 'decimal.js';
import { formatWan } from '../values/parse';
import { compareSum, sumOutcome } from './helpers';
import type { Rule } from './types';

function quoteLabel(text: string): string {
  return `「${text.replace(/[:：]\s*$/, '').trim()}」`;
}

export const fundTotalSum: Rule = {
  meta: {
    id: 'fund-total-sum',
    defaultSeverity: 'error',
    description: '资金总额应等于财政拨款与其他资金之和；分列的资金来源（中央、市级、区级资金等）之和应等于其合计',
    explain: {
      why: '资金总额由各资金来源组成，对不上说明来源漏填或总额抄错。',
      good: '年度资金总额 = 财政拨款 + 其他资金（空白按 0）。',
      source: '本地常见做法',
    },
    messages: {
      mismatch: '资金总额 {total} 万元不等于财政拨款 {fiscal} 万元与其他资金 {other} 万元之和 {sum} 万元（相差 {diff} 万元）',
      rounding: '资金总额 {total} 万元与财政拨款、其他资金之和 {sum} 万元相差 {diff} 万元（尾差）',
      partsMismatch: '{label} {total} 万元不等于同一单元格中所列各项（{parts}）之和 {sum} 万元（相差 {diff} 万元）',
      partsRounding: '{label} {total} 万元与同一单元格中所列各项之和 {sum} 万元相差 {diff} 万元（尾差）',
      sourcesMismatch: '{label} {total} 万元不等于所列各项资金来源（中央、市级、区级、其他资金等）之和 {sum} 万元（相差 {diff} 万元）',
      sourcesRounding: '{label} {total} 万元与所列各项资金来源之和 {sum} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['projectHeader'],
  },
  check({ table, options, report }) {
    const { total, other, sources } = table.funds;
    const fiscal = table.funds.fiscal;
    if (!total || !(total.amount instanceof Decimal)) return;
    // Parts written in the total's own cell add up to it.
    for (const f of [total, table.funds.medium, fiscal].filter((x): x is NonNullable<typeof x> => x !== undefined)) {
      if (!f.parts || !(f.amount instanceof Decimal)) continue;
      const cmp = compareSum(f.amount, f.parts.map((p) => p.amount), options.roundingTolerancePerPart);
      if (cmp.kind === 'equal') continue;
      report({
        ...sumOutcome(cmp.kind),
        messageId: cmp.kind === 'rounding' ? 'partsRounding' : 'partsMismatch',
        cells: [f.value],
        data: { label: quoteLabel(f.label.text.replace(/[:：].*$/, '')), total: formatWan(f.amount), sum: formatWan(cmp.sum), diff: formatWan(cmp.diff.abs()), parts: f.parts.map((p) => p.label).join('、') },
      });
    }
    // Sources listed (中央/市级/区级资金, 上级资金) are the parts of the 财政 share.
    if (sources.length > 0) {
      const parts = sources.map((s) => (s.amount === null ? new Decimal(0) : s.amount));
      if (parts.some((p) => !(p instanceof Decimal))) return;
      // The sources are the parts of 财政拨款 when the table has that line, else (with 其他资金) of the total.
      const whole = fiscal?.amount instanceof Decimal ? fiscal : undefined;
      const withOther = !whole && other ? [other] : [];
      const otherAmount = withOther[0]?.amount;
      if (otherAmount === 'invalid') return;
      const target = whole ?? total;
      const cmp = compareSum(target.amount as Decimal, [...(parts as Decimal[]), ...(otherAmount ? [otherAmount] : [])], options.roundingTolerancePerPart);
      if (cmp.kind !== 'equal') {
        report({
          ...sumOutcome(cmp.kind),
          messageId: cmp.kind === 'rounding' ? 'sourcesRounding' : 'sourcesMismatch',
          cells: [target.value, ...sources.map((s) => s.value), ...withOther.map((o) => o.value)],
          data: { label: quoteLabel(target.label.text), total: formatWan(target.amount as Decimal), sum: formatWan(cmp.sum), diff: formatWan(cmp.diff.abs()) },
        });
      }
      if (!whole) return;
    }
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
