/**
 * The weights (分值 / 权重) of a scored table add up to what it states: `产出指标权重分值50分` is the sum
 * of the 产出 rows' scores, and the stated total (`权重分值90分`, `年度绩效目标(90分)`) the sum of all.
 */
import Decimal from 'decimal.js';
import { LEVEL1_NAMES, type Level1Id } from '../model';
import type { Rule } from './types';

export const scoresAddUp: Rule = {
  meta: {
    id: 'scores-add-up',
    defaultSeverity: 'error',
    description: '各指标分值之和等于表中写明的一级指标分值和总分',
    explain: {
      why: '各指标分值之和与写明的一级指标分值、总分不一致，评分无法进行。',
      good: '各三级指标分值之和 = 所属一级指标分值；一级指标分值之和 = 总分。',
      source: '本地常见做法',
    },
    messages: {
      level1: '「{name}」各指标分值之和为 {sum} 分，与写明的 {stated} 分不一致',
      total: '各指标分值之和为 {sum} 分，与写明的总分 {stated} 分不一致',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    const scored = table.indicators.filter((r) => r.score);
    if (scored.length === 0) return;
    const sumOf = (rows: typeof scored) => rows.reduce((a, r) => a.plus(r.score!.value ?? 0), new Decimal(0));
    let everyBlockThere = true;
    for (const [id, stated] of Object.entries(table.scores.level1) as Array<[Level1Id, { cell: { address: string }; value: Decimal }]>) {
      const rows = scored.filter((r) => r.level1?.id === id);
      // A block the table does not have (cut off, or not filled in) is another rule's finding.
      if (rows.length === 0) {
        everyBlockThere = false;
        continue;
      }
      const sum = sumOf(rows);
      if (!sum.eq(stated.value)) {
        report({ messageId: 'level1', cells: [stated.cell.address, ...rows.map((r) => r.score!.cell)], data: { name: LEVEL1_NAMES[id], sum: sum.toString(), stated: stated.value.toString() } });
      }
    }
    const total = table.scores.total;
    if (total && everyBlockThere) {
      const sum = sumOf(scored);
      if (!sum.eq(total.value)) report({ messageId: 'total', cells: [total.cell, ...scored.map((r) => r.score!.cell)], data: { sum: sum.toString(), stated: total.value.toString() } });
    }
  },
};
