/**
 * Non-destructive marks in WPS 表格: each flagged cell gets an expression conditional format
 * (`FormatConditions.Add(xlExpression, , formula)`) with the mark formula of core/host/marks, so
 * marks the Excel add-in made are found and cleared here and the other way round. WPS gives
 * conditional formats no ids, so each mark's formula carries a token (`perf-target:error#k3`) by
 * which the adapter finds it again after rows moved; a mark without one (made in Excel) is known by
 * its cell and formula. The user's fill, font, borders and values are never written; deleting the
 * conditional format restores the cell's look exactly.
 */
import type { MarkPlan } from '../core/engine/workbookState';
import { MARK_FILL, MARK_SIGNATURE, markFormula, markToken } from '../core/host/marks';
import type { MarkBook, SheetMarks } from '../core/host/paneHost';
import { rangeA1 } from '../core/grid/address';
import { XL_EXPRESSION, type WpsFormatCondition, type WpsWorksheet } from './api';
import type { WpsHost } from './host';
import { boundsOf } from './ranges';

/** A mark found on a sheet: its id (the token, or cell and formula for a mark without one). */
interface FoundMark {
  id: string;
  condition: WpsFormatCondition;
}

/** `#FFC7CE` as the BGR number `Interior.Color` takes. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n >> 16) & 255) + ((n >> 8) & 255) * 256 + (n & 255) * 65536;
}

/**
 * The marks on a sheet — or on part of it (`rows`, 0-based): the conditional formats that meet those
 * rows — by a look at each conditional format there (3 calls each).
 */
export function findMarks(ws: WpsWorksheet, rows?: { top: number; bottom: number }): FoundMark[] {
  const all = (rows ? ws.Range(`${rows.top + 1}:${rows.bottom + 1}`) : ws.Cells).FormatConditions;
  const n = all.Count;
  const found: FoundMark[] = [];
  for (let i = 1; i <= n; i++) {
    const condition = all.Item(i);
    // Formula1 is only asked of expression rules (a colour scale or data bar has none).
    if (condition.Type !== XL_EXPRESSION) continue;
    const formula = String(condition.Formula1 ?? '');
    if (!formula.includes(MARK_SIGNATURE)) continue;
    const token = markToken(formula);
    if (token) {
      found.push({ id: token, condition });
      continue;
    }
    const where = rangeA1(boundsOf(condition.AppliesTo));
    found.push({ id: `${where}|${formula}`, condition });
  }
  return found;
}

/** Tokens for new marks: unique within a session and across sessions (a time stamp leads). */
export class MarkTokens {
  private n = 0;
  private readonly prefix = `k${Date.now().toString(36)}`;

  next(): string {
    this.n += 1;
    return `${this.prefix}${this.n.toString(36)}`;
  }
}

/**
 * Applies one sheet's marks: deletes the marks listed by id (old ones found by signature, and the
 * plan's), adds the plan's new ones and records them in the book. `found`: marks the caller has
 * just found on part of the sheet; the whole sheet is looked at only for ids not among them.
 */
export function applySheetMarks(ws: WpsWorksheet, sheet: string, deleteIds: readonly string[], plan: MarkPlan, book: MarkBook, tokens: MarkTokens, found?: readonly FoundMark[]): void {
  const gone = new Set([...deleteIds, ...plan.remove]);
  if (gone.size > 0) {
    const known = found?.filter((m) => gone.has(m.id)) ?? [];
    const marks = known.length === gone.size ? known : findMarks(ws).filter((m) => gone.has(m.id));
    for (const m of marks) m.condition.Delete();
  }
  const marks = book.of(sheet);
  for (const [cell, mark] of marks) if (gone.has(mark.id)) marks.delete(cell);
  for (const { cell, severity } of plan.add) {
    const token = tokens.next();
    const condition = ws.Range(cell).FormatConditions.Add(XL_EXPRESSION, undefined, markFormula(severity, token));
    condition.Interior.Color = bgr(MARK_FILL[severity]);
    marks.set(cell, { id: token, severity });
  }
}

/** Marks on several sheets; nothing to change: nothing is written. */
export function applyMarks(host: WpsHost, sheets: readonly SheetMarks[], book: MarkBook, tokens: MarkTokens): void {
  const changes = sheets.filter((s) => s.deleteIds.length > 0 || s.plan.remove.length > 0 || s.plan.add.length > 0);
  if (changes.length === 0) return;
  host.writing(() => {
    for (const { sheet, deleteIds, plan } of changes) applySheetMarks(host.sheet(sheet), sheet, deleteIds, plan, book, tokens);
  });
}

/** Removes every mark any host of this add-in made in the workbook, and nothing else; returns how many. */
export function clearAllMarks(host: WpsHost): number {
  const found = host.sheets().map((ws) => findMarks(ws));
  const total = found.reduce((n, f) => n + f.length, 0);
  if (total === 0) return 0;
  host.writing(() => {
    for (const f of found) for (const m of f) m.condition.Delete();
  });
  return total;
}
