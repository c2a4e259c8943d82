/**
 * Executes an insertion plan on an exceljs worksheet, the second executor of the pure plan: rows
 * spliced in (cells shift down), styles copied from the neighbouring row, merged areas moved the way
 * Excel moves them (exceljs does not), new cells written, the plan's merges applied.
 */
import type ExcelJS from 'exceljs';
import { parseRangeA1 } from '../core/grid/address';
import type { CellRange } from '../core/grid/grid';
import type { InsertionPlan } from '../core/templates/plan';
import { shiftFormula } from './formulaShift';

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  return ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseRangeA1(m)).filter((r): r is CellRange => r !== undefined);
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

type FormulaValue = { formula?: string; sharedFormula?: string; shareType?: string; ref?: string; result?: ExcelJS.CellValue };

/** A formula cell's formula (after unshareFormulas, every one is written out), and the range of its array formula if it is one. */
function formulaOf(cell: ExcelJS.Cell): { formula: string; array?: string } | undefined {
  const v = cell.value as FormulaValue | null;
  if (!v || typeof v !== 'object' || v.formula === undefined) return undefined;
  return v.shareType === 'array' ? { formula: v.formula, array: v.ref ?? cell.address } : { formula: v.formula };
}

/**
 * Writes each shared formula out in full in every cell that shares it (exceljs translates it for the
 * cell), so that each can be re-pointed on its own, as Excel keeps them when rows go in between.
 */
export function unshareFormulas(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as FormulaValue | null;
        if (!v || typeof v !== 'object' || (v.sharedFormula === undefined && v.shareType !== 'shared')) return;
        const formula = cell.formula;
        cell.value = (v.result === undefined ? { formula } : { formula, result: v.result }) as ExcelJS.CellFormulaValue;
      }),
    );
  }
}

/** Every formula cell of the workbook, with its sheet. */
type FormulaCell = { ws: ExcelJS.Worksheet; cell: ExcelJS.Cell; formula: string; array?: string };

function formulaCells(wb: ExcelJS.Workbook): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const f = formulaOf(cell);
        if (f) out.push({ ws, cell, ...f });
      }),
    );
  }
  return out;
}

/**
 * The array formula over `range` (on `sheet`) that one of `inserts` (in order, 0-based, each after the
 * ones before it) would split: Excel refuses to change part of an array, and so do we.
 */
function splitsArray(range: string, inserts: ReadonlyArray<{ at: number; count: number }>): boolean {
  const r = parseRangeA1(range);
  if (!r) return true;
  let { top, bottom } = r;
  for (const { at, count } of inserts) {
    if (top < at && bottom >= at) return true;
    if (top >= at) {
      top += count;
      bottom += count;
    }
  }
  return false;
}

/**
 * Why `inserts` (rows inserted into `sheet`, in order, 0-based) cannot go in without a reference going
 * wrong (call unshareFormulas first). Cell formulas (array formulas and their ranges included),
 * conditional formats, validations, names and the print area are re-pointed when the rows go in
 * (shiftFormulas, moveSheetReferences); a form that cannot be is refused with what would go wrong,
 * never written with a silently wrong reference. Undefined when none.
 */
export function insertBlocker(wb: ExcelJS.Workbook, sheet: string, inserts: ReadonlyArray<{ at: number; count: number }>): string | undefined {
  const firstRow = Math.min(...inserts.map((i) => i.at));
  for (const { ws, cell, formula, array } of formulaCells(wb)) {
    const where = `${ws.name === sheet ? '' : `工作表「${ws.name}」`}${cell.address} 的公式「=${formula}」`;
    if (array !== undefined && ws.name === sheet && splitsArray(array, inserts)) {
      return `新行会插在数组公式 ${array}（${where}）的中间，Excel 也不允许只改数组的一部分，未写入。请先把数组公式移到表格之外`;
    }
    const shifted = shiftFormula(formula, ws.name, sheet, firstRow, 1);
    if ('refused' in shifted) return `${where}含有${shifted.refused}，插入行后无法调整它的引用，未写入（不写错误的引用）。请在 Excel 中用任务窗格插入，Excel 会调整公式`;
  }
  // Everything else that refers to the sheet's rows is moved by moveSheetReferences; refused where a
  // formula in it cannot be re-pointed.
  for (const [what, text, home] of sheetReferences(wb)) {
    const shifted = shiftFormula(text, home, sheet, firstRow, 1);
    if ('refused' in shifted) return `${home === sheet || home === '' ? '' : `工作表「${home}」`}${what}（${text}）含有${shifted.refused}，插入行后无法调整，未写入`;
  }
  return undefined;
}

interface SheetRefs {
  ws: ExcelJS.Worksheet;
  cfs: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }>;
  validations: { model: Record<string, { formulae?: unknown[] }> };
}

/** Each sheet's conditional formats and data validations, as exceljs keeps them. */
function refsOf(ws: ExcelJS.Worksheet): SheetRefs {
  return {
    ws,
    cfs: (ws as unknown as { conditionalFormattings?: SheetRefs['cfs'] }).conditionalFormattings ?? [],
    validations: (ws as unknown as { dataValidations: SheetRefs['validations'] }).dataValidations,
  };
}

type DefinedNames = { model: Array<{ name: string; ranges: string[] }> };

/**
 * What refers to rows outside cell formulas, with the sheet it lives on: every sheet's conditional
 * formats and validations (their ranges, and formulas that may name another sheet), the defined
 * names (home '': always sheet-qualified), print areas and titles.
 */
function sheetReferences(wb: ExcelJS.Workbook): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const ws of wb.worksheets) {
    const refs = refsOf(ws);
    for (const cf of refs.cfs) {
      for (const part of cf.ref.split(/\s+/)) out.push(['条件格式的范围', part, ws.name]);
      for (const rule of cf.rules) for (const f of rule.formulae ?? []) out.push(['条件格式的公式', String(f), ws.name]);
    }
    for (const [address, dv] of Object.entries(refs.validations.model ?? {})) {
      out.push(['数据验证的范围', address, ws.name]);
      for (const f of dv.formulae ?? []) if (typeof f === 'string') out.push(['数据验证的公式', f, ws.name]);
    }
    const { printArea, printTitlesRow } = ws.pageSetup;
    if (printArea) for (const part of printArea.split(/[,&]/)) out.push(['打印区域', part, ws.name]);
    if (printTitlesRow) out.push(['打印标题行', printTitlesRow, ws.name]);
  }
  for (const n of (wb.definedNames as unknown as DefinedNames).model ?? []) for (const r of n.ranges) out.push([`名称「${n.name}」`, r, '']);
  return out;
}

/**
 * Moves what exceljs does not move when rows go in before row `at` (0-based) of `sheet`: every
 * sheet's conditional formats and data validations (ranges on `sheet`, formulas naming it), defined
 * names, print areas and titles. `names`: the defined names as they were before the rows went in
 * (exceljs moves them cell by cell, splitting a range the rows go into).
 */
export function moveSheetReferences(wb: ExcelJS.Workbook, sheet: string, at: number, count: number, names: Array<{ name: string; ranges: string[] }>): void {
  const move = (text: string, home: string) => {
    const shifted = shiftFormula(text, home, sheet, at, count);
    if ('refused' in shifted) throw new Error(`「${text}」无法调整（${shifted.refused}），已停止`);
    return shifted.formula;
  };
  for (const ws of wb.worksheets) {
    const refs = refsOf(ws);
    const home = ws.name;
    for (const cf of refs.cfs) {
      cf.ref = cf.ref.split(/\s+/).map((p) => move(p, home)).join(' ');
      for (const rule of cf.rules) if (rule.formulae) rule.formulae = rule.formulae.map((f) => move(String(f), home));
    }
    const moved: Record<string, { formulae?: unknown[] }> = {};
    for (const [address, dv] of Object.entries(refs.validations.model ?? {})) {
      moved[move(address, home)] = { ...dv, ...(dv.formulae ? { formulae: dv.formulae.map((f) => (typeof f === 'string' ? move(f, home) : f)) } : {}) };
    }
    refs.validations.model = moved;
    const setup = ws.pageSetup;
    if (setup.printArea) setup.printArea = setup.printArea.split(',').map((p) => move(p, home)).join(',');
    if (setup.printTitlesRow) setup.printTitlesRow = move(setup.printTitlesRow, home);
  }
  (wb.definedNames as unknown as DefinedNames).model = names.map((n) => ({ ...n, ranges: n.ranges.map((r) => move(r, '')) }));
}

/** Re-points every formula of the workbook after `count` rows went in before row `at` (0-based) of `sheet`. */
export function shiftFormulas(wb: ExcelJS.Workbook, sheet: string, at: number, count: number): void {
  const move = (text: string, home: string) => {
    const shifted = shiftFormula(text, home, sheet, at, count);
    if ('refused' in shifted) throw new Error(`公式「=${text}」无法调整（${shifted.refused}），已停止`);
    return shifted.formula;
  };
  for (const { ws, cell, formula, array } of formulaCells(wb)) {
    const moved = move(formula, ws.name);
    // An array formula's range lives on its own sheet and moves with the rows as its cells did.
    const range = array === undefined ? undefined : move(array, ws.name);
    if (moved === formula && range === array) continue;
    const result = (cell.value as { result?: ExcelJS.CellValue }).result;
    const value: FormulaValue = { formula: moved, ...(range !== undefined ? { shareType: 'array', ref: range } : {}), ...(result !== undefined ? { result } : {}) };
    cell.value = value as ExcelJS.CellFormulaValue;
  }
}

/** `wb`: the workbook, whose formulas are re-pointed after each insertion of rows. */
export function applyPlanToWorksheet(ws: ExcelJS.Worksheet, plan: InsertionPlan, wb?: ExcelJS.Workbook): void {
  if (plan.requireEmpty) {
    const r = plan.requireEmpty;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const v = ws.getCell(row + 1, col + 1).value;
        if (v !== null && v !== undefined && v !== '') throw new Error(`目标区域已有内容（${ws.getCell(row + 1, col + 1).address}），未写入`);
      }
    }
  }
  for (const step of plan.steps) {
    if (step.kind === 'addSheet') continue; // the caller creates the sheet
    if (step.kind === 'insertRows') {
      const before = mergesOf(ws);
      for (const m of before) ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      const width = Math.max(ws.columnCount, 1);
      const names = wb ? (JSON.parse(JSON.stringify(wb.definedNames.model)) as Array<{ name: string; ranges: string[] }>) : [];
      ws.spliceRows(step.at + 1, 0, ...Array.from({ length: step.count }, () => []));
      if (wb) {
        shiftFormulas(wb, ws.name, step.at, step.count);
        moveSheetReferences(wb, ws.name, step.at, step.count, names);
      }
      // Excel shifts merged areas below the insertion point and grows those it falls inside.
      for (const m of before) {
        const moved = m.top >= step.at ? { ...m, top: m.top + step.count, bottom: m.bottom + step.count } : m.bottom >= step.at ? { ...m, bottom: m.bottom + step.count } : m;
        ws.mergeCells(moved.top + 1, moved.left + 1, moved.bottom + 1, moved.right + 1);
      }
      const source = ws.getRow(step.formatFrom + 1);
      for (let r = step.at; r < step.at + step.count; r++) {
        const row = ws.getRow(r + 1);
        if (source.height) row.height = source.height;
        for (let c = 1; c <= width; c++) {
          const style = source.getCell(c).style;
          if (style && Object.keys(style).length > 0) row.getCell(c).style = JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
        }
      }
    } else if (step.kind === 'write') {
      const cell = ws.getCell(step.row + 1, step.col + 1);
      if (cell.value !== null && cell.value !== undefined && cell.value !== '') {
        throw new Error(`计划要写入的单元格 ${cell.address} 不是空的，已停止（不会覆盖已有内容）`);
      }
      cell.value = step.text;
    } else {
      for (const m of mergesOf(ws)) if (overlaps(m, step.range)) ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      const r = step.range;
      ws.mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
    }
  }
}
