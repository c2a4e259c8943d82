/** The same 三级 indicator must not appear twice under one 二级 indicator. */
import type { IndicatorRow } from '../model';
import { repeatedGroups, quote } from './helpers';
import type { Rule } from './types';

export const noDuplicateLevel3: Rule = {
  meta: {
    id: 'no-duplicate-level3',
    defaultSeverity: 'error',
    description: '同一二级指标下三级指标不能重复',
    explain: {
      why: '同一二级指标下重复的三级指标会重复计分，多半是复制粘贴留下的。',
      good: '同一二级指标下每个三级指标只出现一次。',
      source: '本地常见做法',
    },
    messages: {
      duplicate: '三级指标{name}在同一二级指标下重复出现',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    // Names met twice first (most are unique), then those under the same 二级 of the same block.
    const underOneLevel2 = repeatedGroups(table.indicators, (r) => r.level3Key).flatMap((named) =>
      repeatedGroups(named, (r) => `${r.block}\u0000${r.level2?.id ?? r.level2?.cell.text ?? ''}`),
    );
    if (underOneLevel2.length > 1) {
      // Reported in the order the rows come.
      const position = new Map<IndicatorRow, number>(table.indicators.map((r, i) => [r, i]));
      underOneLevel2.sort((a, b) => position.get(a[0]!)! - position.get(b[0]!)!);
    }
    for (const rows of underOneLevel2) {
      report({ messageId: 'duplicate', cells: rows.map((r) => r.level3), data: { name: quote(rows[0]!.level3.text) } });
    }
  },
};
