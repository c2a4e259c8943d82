/**
 * The same 三级 name under two different 二级 indicators: worth a look, not a rejection. A count
 * and a cost of the same item (数量 `交换机 1台`, 成本 `交换机 2.5万元`) is standard practice and
 * not reported; a 三级 repeated under 可持续影响 or 满意度 is usually a copied row.
 */
import type { Level2Id } from '../model';
import { repeatedGroups, isCostLevel2, quote } from './helpers';

/** 数量 + 成本 of the same item is the usual pairing. */
function isCountCostPair(ids: Array<Level2Id | null | undefined>): boolean {
  return ids.length === 2 && ids.some((id) => id === 'quantity') && ids.some((id) => isCostLevel2(id));
}
import type { Rule } from './types';

export const duplicateLevel3AcrossLevel2: Rule = {
  meta: {
    id: 'duplicate-level3-across-level2',
    defaultSeverity: 'warning',
    description: '三级指标名称在不同二级指标下重复',
    explain: {
      why: '同一个三级指标出现在两个二级指标下，多半是复制时错行，考核时也会重复计分。',
      good: '每个三级指标只放在一个二级指标下。',
      source: '本地常见做法',
    },
    messages: {
      duplicate: '三级指标{name}在多个二级指标（{groups}）下重复出现，请确认不是复制错行',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    // A 中期 block beside a 年度 block repeats its names by design: compare within a block.
    const blocks = (table.header?.blocks.length ?? 1) > 1;
    const byName = repeatedGroups(table.indicators, (r) => (r.level3Key === '' || !blocks ? r.level3Key : `${r.block}\u0000${r.level3Key}`));
    for (const rows of byName) {
      const groups = [...new Set(rows.map((r) => r.level2?.cell.text.trim() ?? ''))];
      if (groups.length < 2) continue;
      if (isCountCostPair([...new Set(rows.map((r) => r.level2?.id))])) continue;
      report({
        messageId: 'duplicate',
        cells: rows.map((r) => r.level3),
        data: { name: quote(rows[0]!.level3.text), groups: groups.map((g) => g.replace(/\s*[（(].*$/, '')).join('、') },
      });
    }
  },
};
