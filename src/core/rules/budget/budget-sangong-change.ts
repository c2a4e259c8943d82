/**
 * "三公" tables with 上年 and 本年 figures: 增减额 = 本年 − 上年 and 增减幅度 (%) = 增减额 ÷ 上年 × 100,
 * on every line. A rate is compared at the precision it is written with (12.5 against 12.47…).
 */
import Decimal from 'decimal.js';
import type { BudgetTable, SangongMeasureRole } from '../../layouts/budget';
import { formatWan } from '../../values/parse';
import { amountOf } from './helpers';
import type { Rule } from '../types';

const LINE_NAMES: Record<string, string> = {
  total: '合计',
  abroad: '因公出国(境)费',
  reception: '公务接待费',
  vehicles: '公务用车购置及运行费',
  purchase: '公务用车购置费',
  running: '公务用车运行维护费',
  meeting: '会议费',
  training: '培训费',
};

export const budgetSangongChange: Rule<BudgetTable> = {
  meta: {
    id: 'budget-sangong-change',
    defaultSeverity: 'error',
    description: '“三公”经费：增减额等于本年减上年，增减幅度等于增减额除以上年',
    explain: {
      why: '“三公”经费的增减额和增减幅度是公开重点，算错会直接被问询。',
      good: '增减额 = 本年 − 上年；增减幅度 = 增减额 ÷ 上年。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      change: '「{line}」的增减额 {change} 万元不等于本年 {current} 万元减上年 {previous} 万元（应为 {expected} 万元）',
      rate: '「{line}」的增减幅度 {rate}% 与增减额÷上年算得的 {expected}% 不符',
    },
    needs: ['budget'],
  },
  check({ table, report }) {
    const f = table.sangong;
    if (!f) return;
    const at = (role: SangongMeasureRole) => f.measures.findIndex((m) => m.role === role);
    const [cur, prev, chg, rate] = [at('current'), at('previous'), at('change'), at('rate')];
    if (cur < 0 || prev < 0) return;
    for (const [line, figures] of Object.entries(f.lines)) {
      const current = amountOf(figures[cur]);
      const previous = amountOf(figures[prev]);
      if (!current || !previous) continue;
      const expected = current.minus(previous);
      const name = LINE_NAMES[line] ?? line;
      if (chg >= 0) {
        const change = amountOf(figures[chg]);
        if (change && !change.minus(expected).abs().lte('0.005')) {
          report({
            messageId: 'change',
            cells: [figures[chg]!.cell, figures[cur]!.cell, figures[prev]!.cell],
            data: { line: name, change: formatWan(change), current: formatWan(current), previous: formatWan(previous), expected: formatWan(expected) },
          });
        }
      }
      const written = rate >= 0 ? figures[rate]! : undefined;
      const r = written && written.amount instanceof Decimal ? written.amount : undefined;
      if (!written || !r || previous.isZero()) continue;
      const computed = expected.div(previous).mul(100);
      const places = /\.(\d+)/.exec(written.cell.text.replace(/%$/, ''))?.[1]?.length ?? 0;
      // Half a unit of the last written place, and a little for rounding twice.
      const tolerance = new Decimal(10).pow(-places).div(2).plus('0.0001');
      if (computed.minus(r).abs().gt(tolerance)) {
        report({ messageId: 'rate', cells: [written.cell, ...(chg >= 0 ? [figures[chg]!.cell] : []), figures[prev]!.cell], data: { line: name, rate: r.toString(), expected: computed.toDecimalPlaces(Math.max(places, 1)).toString() } });
      }
    }
  },
};
