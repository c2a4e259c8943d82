/**
 * Every required 一级 block and every mandatory 二级 indicator has at least one row: those the
 * table's template tags 必填, else the minimum every framework shares (see framework.ts).
 */
import { LEVEL1_NAMES, LEVEL2_NAMES } from '../model';
import { level2Parents, requiredGroups, requiredLevel1 } from './framework';
import type { Rule } from './types';

export const requiredLevel2Rule: Rule = {
  meta: {
    id: 'required-level2',
    defaultSeverity: 'error',
    description: '必填的一级、二级指标不能缺失（按表中的（必填）标注，未标注时按各框架共有的最低要求）',
    explain: {
      why: '必填的一级、二级指标缺失，绩效目标不完整，会被退回补充。',
      good: '按表中“（必填）”标注补齐；未标注时至少有产出（数量、质量、时效）、成本、效益和满意度指标。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      missingLevel1: '缺少一级指标「{name}」',
      missingLevel2: '缺少必填二级指标「{name}」',
    },
    needs: ['indicators'],
  },
  check({ table, options, report }) {
    const headerCell = `${table.rangeA1.split(':')[0]}`;
    const level1s = new Set(table.indicators.map((r) => r.level1?.id).filter(Boolean));
    const level2s = new Set(table.indicators.map((r) => r.level2?.id).filter(Boolean));
    const last = table.indicators[table.indicators.length - 1];
    const parents = level2Parents(table, options);
    // Point where the missing row would go: the last row of its level-1 block, else the grid's end.
    const whereLevel2 = (p: readonly string[] | undefined) => {
      const block = table.indicators.filter((r) => r.level1?.id && p?.includes(r.level1.id));
      const row = block[block.length - 1] ?? last;
      return row ? (row.level2?.cell ?? row.level3) : headerCell;
    };
    for (const id of requiredLevel1(table, options)) {
      if (!level1s.has(id)) report({ messageId: 'missingLevel1', cells: [last?.level1?.cell ?? headerCell], data: { name: LEVEL1_NAMES[id] } });
    }
    for (const group of requiredGroups(table, options)) {
      if (group.ids.some((id) => level2s.has(id))) continue;
      const first = group.ids[0]!;
      report({ messageId: 'missingLevel2', cells: [whereLevel2(parents[first])], data: { name: group.name ?? LEVEL2_NAMES[first] } });
    }
  },
};
