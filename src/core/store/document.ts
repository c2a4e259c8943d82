/**
 * The add-in's store in the workbook: one versioned, zod-checked JSON document that every host can
 * read and write — the Excel add-in, a WPS add-in and the CLI — kept in a very hidden worksheet.
 *
 * Why a very hidden sheet and not custom document properties: every host has it (ExcelApi 1.1, so
 * Excel 2016 too; WPS's `xlSheetVeryHidden`; exceljs reads and writes it, so it survives the `insert`
 * command), it has no 255-character value limit, and the user can remove it (the pane's 清除 button).
 * Custom properties need ExcelApi 1.7 and exceljs drops them.
 * The JSON is written in column A, one cell per 30,000 characters (a cell holds at most 32,767).
 */
import { z } from 'zod';
import type { Grid } from '../grid/grid';
import { ColumnRoleSchema } from '../layouts/specs/schema';
import { normalizeLabel } from '../text';
import { UserTemplateSetSchema } from '../templates/userTemplates';

/** The sheet's name; the recognisers never read it as a table. */
export const STORE_SHEET = '__绩效目标表助手';

const CHUNK = 30000;

/** A role the user gave a column the recogniser did not understand; `ignore` leaves it out. */
export const TaughtRoleSchema = z.union([ColumnRoleSchema, z.literal('ignore')]);
export type TaughtRole = z.infer<typeof TaughtRoleSchema>;

export const ColumnTeachingSchema = z.object({
  sheet: z.string(),
  /** The column's heading, normalised: the teaching follows the heading when rows move. */
  heading: z.string().min(1),
  role: TaughtRoleSchema,
});

export const StoreSchema = z.object({
  version: z.literal(1),
  /** The pane's settings, as the pane validates them. */
  settings: z.record(z.string(), z.unknown()).optional(),
  columns: z.array(ColumnTeachingSchema).default([]),
  /**
   * Findings the user dismissed (忽略此问题), with why: kept against the rule, the table and the text
   * of the finding's first cell, not its address — rows may move; a changed value brings it back.
   */
  dismissed: z.array(DismissalSchema()).default([]),
  /** Template sets learned from the user's tables or imported from a file (模板 tab, listed first). */
  templates: z.array(UserTemplateSetSchema).optional(),
});
export type Store = z.infer<typeof StoreSchema>;
export type Dismissal = z.infer<ReturnType<typeof DismissalSchema>>;

function DismissalSchema() {
  return z.object({
    sheet: z.string(),
    rule: z.string(),
    messageId: z.string().default(''),
    /** The table's name ('' without one). */
    table: z.string().default(''),
    /** Where the finding was when dismissed, for the list; not part of the key. */
    cells: z.array(z.string()),
    /** The first cell's text (the message when the rule named no cell). */
    text: z.string(),
    reason: z.string().default(''),
  });
}

export function emptyStore(): Store {
  return { version: 1, columns: [], dismissed: [] };
}

/** The cells of column A that hold the document. */
export function encodeStore(store: Store): string[] {
  const json = JSON.stringify(StoreSchema.parse(store));
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return chunks;
}

/** Reads the document back; a damaged or newer one gives a Chinese message, never an exception. */
export function decodeStore(chunks: readonly string[]): { store: Store } | { error: string } {
  const json = chunks.join('');
  if (json.trim() === '') return { store: emptyStore() };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: '工作簿中保存的助手数据已损坏，已忽略，检查照常进行' };
  }
  if (typeof data === 'object' && data !== null && typeof (data as { version?: unknown }).version === 'number' && (data as { version: number }).version > 1) {
    return { error: '工作簿中保存的助手数据来自更新的版本，已忽略' };
  }
  const parsed = StoreSchema.safeParse(data);
  return parsed.success ? { store: parsed.data } : { error: '工作簿中保存的助手数据格式不对，已忽略，检查照常进行' };
}

/** How a heading is kept in the store: normalised, as the recognisers match it. */
export function columnKey(heading: string): string {
  return normalizeLabel(heading);
}

/** The role taught for a heading of a sheet (the heading as written; it is matched normalised). */
export function taughtRole(store: Store, sheet: string, heading: string): TaughtRole | undefined {
  const key = columnKey(heading);
  return store.columns.find((c) => c.sheet === sheet && c.heading === key)?.role;
}

/** The store with a heading of a sheet taught `role`, or with its teaching forgotten (undefined). */
export function withTaughtRole(store: Store, sheet: string, heading: string, role: TaughtRole | undefined): Store {
  const key = columnKey(heading);
  const columns = store.columns.filter((c) => !(c.sheet === sheet && c.heading === key));
  if (role) columns.push({ sheet, heading: key, role });
  return { ...store, columns };
}

/** The roles taught for one sheet, by normalised heading. */
export function taughtRoles(store: Store | undefined, sheet: string): ReadonlyMap<string, TaughtRole> | undefined {
  const mine = store?.columns.filter((c) => c.sheet === sheet) ?? [];
  return mine.length === 0 ? undefined : new Map(mine.map((c) => [c.heading, c.role]));
}

/** The store read from its sheet as any host hands it over (column A, top down). */
export function storeFromGrid(grid: Grid): { store: Store } | { error: string } {
  const chunks: string[] = [];
  for (let r = grid.firstRow; r < grid.rowCount; r++) {
    const t = grid.text(r, 0);
    if (t !== '') chunks.push(t);
  }
  return decodeStore(chunks);
}
