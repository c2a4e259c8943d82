/** The same 三级 indicator must not appear twice under one 二级 indicator. */
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
    const byName = repeatedGroups(table.indicators, (r) => (r.level3Key === '' ? '' : `${r.block}\u0000${r.level2?.id ?? r.level2?.cell.text ?? ''}\u0000${r.level3Key}`));
    for (const rows of byName) {
      report({ messageId: 'duplicate', cells: rows.map((r) => r.level3), data: { name: quote(rows[0]!.level3.text) } });
    }
  },
};
