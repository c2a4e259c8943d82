/**
 * Nothing silent: beside the tables that were read, a place that looks like a target, department or
 * budget table but could not be read (a heading row without its 三级指标 column, a 三公 line without
 * its columns) is a warning at its cell, naming what was not understood. When no table at all was
 * read, the same places make up the "未识别到…" explanation instead.
 */
import type { WorkbookRule } from './types';

export const unreadRegion: WorkbookRule = {
  meta: {
    id: 'unread-region',
    defaultSeverity: 'warning',
    description: '像绩效目标表或预算表、但没有读成表格的地方（不会被悄悄跳过）',
    explain: {
      why: '看起来像绩效目标表或预算表、却没有读成表格的地方，其中的问题不会被检查到。',
      good: '按标准表样补齐表头（如“三级指标”“指标值”），或确认它不是要检查的表。',
      source: '本地常见做法',
    },
    messages: {
      unread: '这里像{family}，但没有读成表格，未作检查：{reason}',
    },
  },
  check({ tables, unread, report }) {
    if (tables.length === 0) return;
    for (const m of unread) {
      report({
        messageId: 'unread',
        cells: [{ sheet: m.sheet, cell: { row: m.row, col: m.col, address: m.cell, text: '', raw: null } }],
        data: { family: m.family, reason: m.reason },
      });
    }
  },
};
