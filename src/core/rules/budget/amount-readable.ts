/**
 * 单位预算 and 部门整体 tables: every figure is a number. A `#REF!` left by a broken formula or a
 * figure written as words cannot be summed, so the totals around it go unchecked: say so.
 */
import type { BudgetTable } from '../../layouts/budget';
import type { DepartmentTable } from '../../layouts/department';
import type { FieldCell } from '../../model';
import { isCellError } from '../../grid/grid';
import { looksLikeDate } from '../../values/parse';
import { quote } from '../helpers';
import type { Rule } from '../types';
import { nameOf } from './helpers';

interface Figure {
  /** Where the figure is, for the message: worked out only for a figure that is reported. */
  where: () => string;
  cell: FieldCell;
}

/** The figures that are not numbers (most tables have none, so nothing is built for the others). */
function unreadable(table: BudgetTable | DepartmentTable): Figure[] {
  if (table.kind === 'department') {
    return [
      ...Object.values(table.budget).flatMap((b) =>
        [b, ...(b.parts ?? [])]
          .filter((x) => x.amount === 'invalid')
          .map((x) => ({ where: () => (x === b ? x.label.text.trim() : `${b.label.text.trim()}的${x.label.text.trim()}`), cell: x.value })),
      ),
      ...table.tasks.flatMap((t) => (t.amount?.amount === 'invalid' ? [{ where: () => `${t.name.text.trim().replace(/[:：].*$/, '')}的拟投入资金`, cell: t.amount.value }] : [])),
    ];
  }
  const out: Figure[] = [];
  for (const row of table.rows) {
    // forEach, not for…of: iterating a Map's entries makes a [key, value] pair for each.
    row.amounts.forEach((a, col) => {
      if (a.amount !== 'invalid') return;
      const where = () => `「${nameOf(row) || row.code || `第 ${row.row + 1} 行`}」的${table.columns.find((c) => c.col === col)?.heading ?? ''}`;
      out.push({ where, cell: a.cell });
    });
  }
  return out;
}

export const amountReadable: Rule<BudgetTable | DepartmentTable> = {
  meta: {
    id: 'amount-readable',
    defaultSeverity: 'error',
    description: '预算表中的金额必须是数字（错误值、文字无法核对）',
    explain: {
      why: '金额是错误值或文字时，合计、勾稽都无法核对，评审会直接退回。',
      good: '填数字，如 12.5；金额单位按表头（万元）。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      errorValue: '{where}是错误值{value}，相关合计无法核对，请检查公式或引用',
      invalid: '{where}{value}不是有效的数字，相关合计无法核对',
      date: '{where}显示为日期{value}（单元格是日期格式），不是金额，相关合计无法核对',
      uncalculated: '{where}是公式「={formula}」，文件中没有它的计算结果（Excel 尚未计算过），相关合计无法核对；请在 Excel 或 WPS 中打开、保存后再检查',
    },
    needs: ['budget', 'department'],
  },
  check({ table, report }) {
    for (const figure of unreadable(table)) {
      const { cell } = figure;
      const where = figure.where();
      const text = cell.text.trim();
      const formula = isCellError(cell.raw) ? cell.raw.formula : undefined;
      if (formula !== undefined) report({ messageId: 'uncalculated', cells: [cell], data: { where, formula } });
      else if (typeof cell.raw === 'number' && looksLikeDate(text)) report({ messageId: 'date', cells: [cell], data: { where, value: quote(text) } });
      else report({ messageId: /^#/.test(text) ? 'errorValue' : 'invalid', cells: [cell], data: { where, value: quote(text) } });
    }
  },
};
