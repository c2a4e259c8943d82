/**
 * What the pane writes in WPS 表格, each as one piece of work with the screen held still: cells as
 * if typed (a finding's fix), the selection (a finding's cell), an insertion plan, and the 检查结果
 * sheet. Nothing is written where nothing changes.
 *
 * An insertion plan: whole rows inserted with shift down (`Rows.Insert(xlShiftDown, origin)`, which
 * moves everything below, merged areas and conditional formats included, and gives the new rows
 * the formats of the row the plan names — the row above, or the row below when the rows go first in
 * a block), the new cells written, merged areas extended, the first value to fill in selected. A new
 * table goes into empty cells only, and a merge that would drop a value is left out.
 */
import { a1, rangeA1, splitCellRef, unusedSheetName } from '../core/grid/address';
import type { ResultsLayout } from '../core/report/resultsSheet';
import type { InsertionPlan } from '../core/templates/plan';
import { XL_FORMAT_FROM_ABOVE, XL_FORMAT_FROM_BELOW, XL_SHIFT_DOWN, type WpsRange } from './api';
import { WpsHostError, type WpsHost } from './host';
import { rangeOf } from './ranges';

/** `Formula` of a range as rows (one cell gives a bare string). */
function formulasOf(range: WpsRange): string[][] {
  const f = range.Formula;
  return Array.isArray(f) ? f : [[f]];
}

function nonEmpty(f: string | undefined): boolean {
  return f !== undefined && f !== null && String(f) !== '';
}

export function writeCells(host: WpsHost, sheet: string, edits: ReadonlyArray<{ cell: string; text: string }>): void {
  if (edits.length === 0) return;
  const ws = host.sheet(sheet);
  host.writing(() => {
    for (const e of edits) ws.Range(e.cell).Value2 = e.text;
  });
}

/** Selects `cell` (`D6`, or `支出总表!D6` for a cell on another sheet than the finding's). */
export function selectCell(host: WpsHost, sheet: string, cell: string): void {
  const at = splitCellRef(cell, sheet);
  const ws = host.sheet(at.sheet);
  ws.Activate();
  ws.Range(at.cell).Select();
}

export function executePlan(host: WpsHost, plan: InsertionPlan): void {
  const wb = host.workbook();
  let ws = plan.steps.some((s) => s.kind === 'addSheet') ? undefined : host.sheet(plan.sheet);
  if (ws && plan.requireEmpty) {
    const r = plan.requireEmpty;
    const taken = formulasOf(rangeOf(ws, r)).some((row) => row.some(nonEmpty));
    if (taken) throw new WpsHostError('other', `目标区域 ${rangeA1(r)} 已有内容，未写入（不会覆盖已有单元格）`);
  }
  host.writing(() => {
    for (const step of plan.steps) {
      if (step.kind === 'addSheet') {
        ws = host.addSheet(step.name, wb);
        continue;
      }
      if (!ws) throw new WpsHostError('other', '计划缺少工作表');
      if (step.kind === 'insertRows') {
        ws.Range(`${step.at + 1}:${step.at + step.count}`).Insert(XL_SHIFT_DOWN, step.formatFrom < step.at ? XL_FORMAT_FROM_ABOVE : XL_FORMAT_FROM_BELOW);
      } else if (step.kind === 'write') {
        ws.Range(a1(step.row, step.col)).Value2 = step.text;
      } else {
        const range = rangeOf(ws, step.range);
        // Merging keeps the top-left value only: a merge over another value is left out.
        const dropsValue = formulasOf(range).some((row, r) => row.some((f, c) => (r > 0 || c > 0) && nonEmpty(f)));
        if (!dropsValue) range.Merge(false);
      }
    }
    if (plan.select && ws) {
      ws.Activate();
      ws.Range(plan.select).Select();
    }
  });
}

/**
 * 导出检查结果: the core's layout in a new sheet at the end (a name not in use), text-formatted so no
 * message is read as a number or formula, each 单元格 a link to its cell. Returns the sheet's name.
 */
export function writeResultsSheet(host: WpsHost, layout: ResultsLayout): string {
  const wb = host.workbook();
  const sheets = host.sheets(wb);
  const name = unusedSheetName(layout.name, sheets.map((s) => s.Name));
  return host.writing(() => {
    const ws = host.addSheet(name, wb);
    const width = Math.max(...layout.rows.map((r) => r.length));
    const values = layout.rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.text ?? ''));
    const all = rangeOf(ws, { top: 0, left: 0, bottom: values.length - 1, right: width - 1 });
    all.NumberFormat = '@';
    all.Value2 = values;
    const title = ws.Range('A1');
    title.Font.Bold = true;
    title.Font.Size = 14;
    rangeOf(ws, { top: layout.headerRow, left: 0, bottom: layout.headerRow, right: width - 1 }).Font.Bold = true;
    // ColumnWidth counts characters of the default font, as the layout does.
    layout.widths.forEach((w, c) => (ws.Range(a1(0, c)).ColumnWidth = w));
    layout.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.link) ws.Hyperlinks.Add(ws.Range(a1(r, c)), '', `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`, '', cell.text);
      }),
    );
    ws.Activate();
    return name;
  });
}
