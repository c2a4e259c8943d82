/** The same 三级 indicator must not appear twice under one 二级 indicator. */
import { groupRows, quote } from './helpers';
import type { Rule } from './types';

export const noDuplicateLevel3: Rule = {
  meta: {
    id: 'no-duplicate-level3',
    defaultSeverity: 'error',
    description: '同一二级指标下三级指标不能重复',
    messages: {
      duplicate: '三级指标{name}在同一二级指标下重复出现',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    const byName = groupRows(table.indicators, (r) => (r.level3Key === '' ? '' : `${r.block}\u0000${r.level2?.id ?? r.level2?.cell.text ?? ''}\u0000${r.level3Key}`));
    for (const rows of byName) {
      if (rows.length < 2) continue;
      report({ messageId: 'duplicate', cells: rows.map((r) => r.level3), data: { name: quote(rows[0]!.level3.text) } });
    }
  },
};
