/** 政府采购预算表: on every line, 数量 × 单价 = 合计 (a 单价 rounded to 2 decimals gives a 尾差 per unit). */
import Decimal from 'decimal.js';
import type { BudgetTable } from '../../layouts/budget';
import { formatWan } from '../../values/parse';
import { sumOutcome } from '../helpers';
import type { Rule } from '../types';
import { amountOf } from './helpers';
import { readProcurement } from './procurement';

export const budgetProcurementQuantityPrice: Rule<BudgetTable> = {
  meta: {
    id: 'budget-procurement-quantity-price',
    defaultSeverity: 'error',
    description: '政府采购预算：数量乘以单价等于采购金额合计',
    explain: {
      why: '采购金额由数量和单价算出，对不上说明其中一项填错。',
      good: '数量 × 单价 = 采购金额。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '「{item}」数量 {quantity} × 单价 {price} 万元 = {product} 万元，与合计 {total} 万元不符（相差 {diff} 万元）',
      rounding: '「{item}」数量 {quantity} × 单价 {price} 万元 = {product} 万元，与合计 {total} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['budget'],
  },
  check(ctx) {
    const p = readProcurement(ctx.table);
    if (!p?.quantityCol || !p.priceCol || !p.amountCol) return;
    const itemCol = ctx.table.columns.find((c) => c.role === 'name');
    for (const line of p.groups.flatMap((g) => g.lines)) {
      const quantity = line.row.amounts.get(p.quantityCol.col)!;
      const price = line.row.amounts.get(p.priceCol.col)!;
      const total = line.row.amounts.get(p.amountCol.col)!;
      if (!(quantity.amount instanceof Decimal) || !(price.amount instanceof Decimal)) continue;
      const t = amountOf(total);
      if (!t) continue;
      const product = quantity.amount.mul(price.amount);
      const diff = t.minus(product);
      if (diff.isZero()) continue;
      const tolerance = new Decimal(ctx.options.roundingTolerancePerPart).mul(Decimal.max(quantity.amount.abs(), 1));
      const item = (itemCol && line.row.names.get(itemCol.col)?.text.trim()) || line.project.text.trim();
      ctx.report({
        ...sumOutcome(diff.abs().lte(tolerance) ? 'rounding' : 'mismatch'),
        cells: [total.cell, quantity.cell, price.cell],
        data: { item, quantity: formatWan(quantity.amount), price: formatWan(price.amount), product: formatWan(product), total: formatWan(t), diff: formatWan(diff.abs()) },
      });
    }
  },
};
