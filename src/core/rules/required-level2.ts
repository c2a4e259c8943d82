/** Every required level-1 block and every required 二级 indicator of the layout has at least one row. */
import { LEVEL1_NAMES, LEVEL2_NAMES } from '../model';
import { requiredLevel2 } from './profiles';
import type { Rule } from './types';

export const requiredLevel2Rule: Rule = {
  meta: {
    id: 'required-level2',
    defaultSeverity: 'error',
    description: '必填的一级、二级指标不能缺失（按规则配置和表样）',
    messages: {
      missingLevel1: '缺少一级指标「{name}」',
      missingLevel2: '缺少必填二级指标「{name}」',
    },
    appliesTo: ['project/ningxia', 'project/hebei', 'department'],
  },
  check({ table, options, report }) {
    const headerCell = `${table.rangeA1.split(':')[0]}`;
    const level1s = new Set(table.indicators.map((r) => r.level1?.id).filter(Boolean));
    const level2s = new Set(table.indicators.map((r) => r.level2?.id).filter(Boolean));
    const last = table.indicators[table.indicators.length - 1];
    // Point where the missing row would go: the last row of its level-1 block, else the grid's end.
    const whereLevel2 = (parents: readonly string[] | undefined) => {
      const block = table.indicators.filter((r) => r.level1?.id && parents?.includes(r.level1.id));
      const row = block[block.length - 1] ?? last;
      return row ? (row.level2?.cell ?? row.level3) : headerCell;
    };
    for (const id of options.requiredLevel1) {
      if (!level1s.has(id)) report({ messageId: 'missingLevel1', cells: [last?.level1?.cell ?? headerCell], data: { name: LEVEL1_NAMES[id] } });
    }
    for (const id of requiredLevel2(options, table.kind)) {
      if (!level2s.has(id)) {
        report({ messageId: 'missingLevel2', cells: [whereLevel2(options.level2Parents[id])], data: { name: LEVEL2_NAMES[id] } });
      }
    }
  },
};
