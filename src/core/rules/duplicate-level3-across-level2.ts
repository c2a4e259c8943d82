/**
 * The same 三级 name under two different 二级 indicators (a count and a cost of the same thing is
 * common; a copied row is not): worth a look, not a rejection.
 */
import { normalizeLabel } from '../text';
import { quote } from './helpers';
import type { Rule } from './types';

export const duplicateLevel3AcrossLevel2: Rule = {
  meta: {
    id: 'duplicate-level3-across-level2',
    defaultSeverity: 'warning',
    description: '三级指标名称在不同二级指标下重复',
    messages: {
      duplicate: '三级指标{name}在多个二级指标（{groups}）下重复出现，请确认不是复制错行',
    },
    appliesTo: ['project/ningxia', 'project/hebei'],
  },
  check({ table, report }) {
    const byName = new Map<string, typeof table.indicators>();
    for (const row of table.indicators) {
      const name = normalizeLabel(row.level3.text);
      if (name === '') continue;
      byName.set(name, [...(byName.get(name) ?? []), row]);
    }
    for (const rows of byName.values()) {
      const groups = [...new Set(rows.map((r) => r.level2?.cell.text.trim() ?? ''))];
      if (groups.length < 2) continue;
      report({
        messageId: 'duplicate',
        cells: rows.map((r) => r.level3),
        data: { name: quote(rows[0]!.level3.text), groups: groups.map((g) => g.replace(/[（(].*$/, '')).join('、') },
      });
    }
  },
};
