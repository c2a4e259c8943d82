/**
 * 检查结果: the findings of a check laid out as a sheet to send to the 财政局 — one row per finding
 * in sheet order (工作表, 表格, 单元格 with a link to it, 级别, 问题, 建议), the dismissed ones after
 * them with their reasons. Pure: the Excel pane writes it into a new sheet of the workbook (never
 * touching the user's sheets), and the CLI's reports can write the same layout into a file.
 */
import type { CheckResult } from '../engine/check';
import { countBySeverity } from '../engine/check';
import { splitCellRef } from '../grid/address';
import type { Finding, Severity } from '../rules/types';
import { SEVERITY_RANK } from '../rules/types';

export interface ResultCell {
  text: string;
  /** A link to a cell of the workbook (`'项目表'!E104`). */
  link?: { sheet: string; cell: string };
}

export interface ResultsLayout {
  /** The sheet's name as asked for; a host makes it unique among the workbook's sheets. */
  name: string;
  /** Rows of cells, the first `headerRow` rows before the table's heading. */
  rows: ResultCell[][];
  /** The row (0-based) of the column headings. */
  headerRow: number;
  /** Column widths, in characters. */
  widths: number[];
}

export const RESULTS_SHEET = '检查结果';
/** Severities as a report writes them. */
export const SEVERITY_NAME: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const HEADINGS = ['序号', '工作表', '表格', '单元格', '级别', '问题', '建议'];

function sheetOrder(result: CheckResult): Map<string, number> {
  const order = new Map<string, number>();
  for (const t of result.tables) if (!order.has(t.sheet)) order.set(t.sheet, order.size);
  return order;
}

/** The layout of the 检查结果 sheet for a check; `source` names the file or workbook, `when` the time. */
export function resultsSheet(result: CheckResult, source: string, when: string): ResultsLayout {
  const c = countBySeverity(result.findings);
  const sheets = sheetOrder(result);
  const rowOf = (ref: string) => Number(/\d+$/.exec(ref)?.[0] ?? 0);
  const ordered = [...result.findings].sort((a, b) => {
    const [sa, sb] = [sheets.get(a.sheet) ?? 1e9, sheets.get(b.sheet) ?? 1e9];
    return sa - sb || (a.table ?? 1e9) - (b.table ?? 1e9) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || rowOf(a.cells[0] ?? '') - rowOf(b.cells[0] ?? '');
  });
  const line = (f: Finding, n: number, level: string, extra?: string): ResultCell[] => {
    const first = f.cells[0];
    const at = first === undefined ? undefined : splitCellRef(first, f.sheet);
    const table = f.table === undefined ? '跨表核对' : (result.tables[f.table]?.name ?? `${result.tables[f.table]?.range ?? ''}（无项目名称）`);
    return [
      { text: String(n) },
      { text: f.sheet },
      { text: table },
      at ? { text: f.cells.length > 1 ? `${first}（共 ${f.cells.length} 处）` : first!, link: at } : { text: '' },
      { text: level },
      { text: f.message },
      { text: extra ?? f.suggestion ?? '' },
    ];
  };
  const rows: ResultCell[][] = [
    [{ text: '绩效目标表检查结果' }],
    [{ text: `文件：${source}　检查时间：${when}` }],
    [{ text: `共 ${result.tables.length} 张表：错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个${result.dismissed?.length ? `；已忽略 ${result.dismissed.length} 个（见表末）` : ''}` }],
    HEADINGS.map((text) => ({ text })),
  ];
  let n = 0;
  for (const f of ordered) rows.push(line(f, ++n, SEVERITY_NAME[f.severity]));
  for (const f of result.dismissed ?? []) rows.push(line(f, ++n, '已忽略', `理由：${f.reason || '（未写理由）'}`));
  if (n === 0) rows.push([{ text: '' }, { text: '没有发现问题。' }]);
  return { name: RESULTS_SHEET, rows, headerRow: 3, widths: [6, 18, 28, 14, 8, 60, 40] };
}
