/**
 * A 中期 block copied from the 年度 block: every 中期 value equals its 年度 value while the 中期
 * budget is a different sum (东莞 批复表: 284500 万元 over three years against 919 万元 this year).
 */
import Decimal from 'decimal.js';
import { indicatorEntries } from '../model';
import { formatWan } from '../values/parse';
import type { Rule } from './types';

export const mediumDiffersFromAnnual: Rule = {
  meta: {
    id: 'medium-differs-from-annual',
    defaultSeverity: 'warning',
    description: '中期指标值不应与年度指标值完全相同（中期资金与年度资金不同时）',
    explain: {
      why: '中期资金与年度资金不同，中期目标却与年度完全一样，说明中期目标没有单独测算。',
      good: '中期指标值按中期资金和期限设定。',
      source: '本地常见做法',
    },
    messages: {
      copied: '{count} 项中期指标值与年度指标值完全相同，而中期资金 {medium} 万元与年度资金 {annual} 万元不同，中期目标可能照抄了年度目标',
    },
    needs: ['projectHeader'],
  },
  check({ table, report }) {
    const medium = table.funds.medium?.amount;
    const annual = table.funds.total?.amount;
    if (!(medium instanceof Decimal) || !(annual instanceof Decimal) || medium.eq(annual)) return;
    const entries = indicatorEntries(table);
    const mediumValues = entries.filter((e) => e.term === 'medium' && e.parsed.kind !== 'empty');
    if (mediumValues.length < 2) return;
    const annualByName = new Map(entries.filter((e) => e.term === 'annual').map((e) => [`${e.row}\u0000${e.level3Key}`, e.parsed.clean]));
    const same = mediumValues.filter((e) => annualByName.get(`${e.row}\u0000${e.level3Key}`) === e.parsed.clean);
    if (same.length !== mediumValues.length) return;
    report({
      messageId: 'copied',
      cells: same.map((e) => e.value),
      data: { count: same.length, medium: formatWan(medium), annual: formatWan(annual) },
    });
  },
};
