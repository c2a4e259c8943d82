/**
 * How the pane orders findings (pure): errors first or in table order, and the walk of 上一个问题 /
 * 下一个问题 through the cells in sheet order (sheets as the workbook has them, then rows, then columns).
 */
import type { CheckResult } from '../core/engine/check';
import { parseA1, splitCellRef } from '../core/grid/address';
import { SEVERITY_RANK, type Finding, type Severity } from '../core/rules/types';

export type FindingOrder = 'errorsFirst' | 'sheetOrder';

export interface FindingGroup {
  /** Sheet and table, stable while the table keeps its name and place. */
  key: string;
  sheet: string;
  title: string;
  range: string;
  findings: Finding[];
  worst: Severity;
}

/** One finding, told apart from every other of the same result. */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.messageId}|${f.sheet}|${f.cells.join(',')}|${f.message}`;
}

/** Sheets in workbook order, as the tables came (the engine reads sheets in order). */
function sheetIndex(result: CheckResult): Map<string, number> {
  const order = new Map<string, number>();
  for (const t of result.tables) if (!order.has(t.sheet)) order.set(t.sheet, order.size);
  for (const f of result.findings) if (!order.has(f.sheet)) order.set(f.sheet, order.size);
  return order;
}

/** Where a finding's first cell is: sheet, row, column. */
function positionOf(f: Finding, sheets: ReadonlyMap<string, number>): [number, number, number] {
  const ref = f.cells[0];
  if (ref === undefined) return [sheets.get(f.sheet) ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 0];
  const at = splitCellRef(ref, f.sheet);
  const cell = parseA1(at.cell);
  return [sheets.get(at.sheet) ?? Number.MAX_SAFE_INTEGER, cell?.row ?? Number.MAX_SAFE_INTEGER, cell?.col ?? 0];
}

function byPosition(sheets: ReadonlyMap<string, number>): (a: Finding, b: Finding) => number {
  return (a, b) => {
    const [pa, pb] = [positionOf(a, sheets), positionOf(b, sheets)];
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
  };
}

/** The findings shown (by severity filter) in sheet order: the walk of 上一个 / 下一个问题. */
export function walkOrder(result: CheckResult, shown: Readonly<Record<Severity, boolean>>): Finding[] {
  return result.findings.filter((f) => shown[f.severity]).sort(byPosition(sheetIndex(result)));
}

/**
 * The findings shown, grouped by table (figures that must agree across tables in a group of their
 * own). errorsFirst: groups with errors first, then warnings, then notes, each group's findings the
 * same way; sheetOrder: tables as they stand in the workbook, findings by cell.
 */
export function groupFindings(result: CheckResult, shown: Readonly<Record<Severity, boolean>>, order: FindingOrder, names: { unnamed: string; acrossTables: string; acrossSheets: string }): FindingGroup[] {
  const sheets = sheetIndex(result);
  const position = byPosition(sheets);
  const inGroup = order === 'errorsFirst' ? (a: Finding, b: Finding) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || position(a, b) : position;
  const worstOf = (fs: readonly Finding[]) => fs.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), 'info');
  const byTable = new Map<number, Finding[]>();
  const across: Finding[] = [];
  for (const f of result.findings) {
    if (!shown[f.severity]) continue;
    if (f.table === undefined) across.push(f);
    else byTable.set(f.table, [...(byTable.get(f.table) ?? []), f]);
  }
  const groups: FindingGroup[] = [];
  result.tables.forEach((t, i) => {
    const findings = byTable.get(i);
    if (!findings) return;
    findings.sort(inGroup);
    groups.push({ key: `${t.sheet}!${t.name ?? ''}!${t.range.split(':')[0]}`, sheet: t.sheet, title: t.name ?? names.unnamed, range: t.range, findings, worst: worstOf(findings) });
  });
  if (across.length > 0) {
    across.sort(inGroup);
    groups.push({ key: 'workbook', sheet: names.acrossSheets, title: names.acrossTables, range: '', findings: across, worst: worstOf(across) });
  }
  if (order === 'errorsFirst') {
    // Stable: tables keep their workbook order within the same worst severity.
    return groups.map((g, i) => ({ g, i })).sort((a, b) => SEVERITY_RANK[b.g.worst] - SEVERITY_RANK[a.g.worst] || a.i - b.i).map(({ g }) => g);
  }
  return groups;
}
