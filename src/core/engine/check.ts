/**
 * The engine: recognise every table of every sheet, run the profile's rules over each, and
 * return the tables found and the findings, in sheet order and cell order.
 */
import { parseA1 } from '../grid/address';
import type { Grid } from '../grid/grid';
import { inRanges } from '../grid/sheetIndex';
import { recognizeProjectTables } from '../layouts/project';
import { recognizeBudgetTables, type BudgetTable } from '../layouts/budget';
import { recognizeSangongTables } from '../layouts/sangong';
import { nearMisses, type NearMiss } from './explain';
import { STORE_SHEET, taughtRoles, type Store } from '../store/document';
import { applyDismissals, type DismissedFinding } from './dismiss';
import { claimIndicatorBlocks, departmentName, recognizeDepartmentTables } from '../layouts/department';
import { isProjectTable, projectName, type FieldCell, type RecognizedTable, type TableKind } from '../model';
import { BUDGET_RULES, DEPARTMENT_RULES, PROJECT_RULES, WORKBOOK_RULES } from '../rules';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, type Profile } from '../rules/profiles';
import { formatMessage, SEVERITY_RANK, type Finding, type Rule, type RuleNeed, type Severity } from '../rules/types';

export interface TableSummary {
  sheet: string;
  kind: TableKind;
  range: string;
  name: string | null;
}

export interface CheckResult {
  tables: TableSummary[];
  findings: Finding[];
  /** When no table was recognised: the places that looked like one, and why each was not taken. */
  unrecognized?: NearMiss[];
  /** Findings the user dismissed (忽略此问题), with their reasons: listed, never counted. */
  dismissed?: DismissedFinding[];
}

export { indicatorTableOf, isProjectTable, type RecognizedTable } from '../model';

/** Every table the engine recognises in one sheet, top to bottom. */
export function recognizeSheet(grid: Grid, store?: Store): RecognizedTable[] {
  const departments = recognizeDepartmentTables(grid);
  const projects = claimIndicatorBlocks(departments, recognizeProjectTables(grid, taughtRoles(store, grid.sheet)));
  const indicatorTables: RecognizedTable[] = [...projects, ...departments];
  const budgets = recognizeBudgetTables(grid, inRanges(indicatorTables.map((t) => t.range)));
  const taken: RecognizedTable[] = [...indicatorTables, ...budgets];
  const all: RecognizedTable[] = [...taken, ...recognizeSangongTables(grid, inRanges(taken.map((t) => t.range)), budgets.length)];
  return all.sort((a, b) => a.range.top - b.range.top);
}

export function summarize(t: RecognizedTable): TableSummary {
  const name = isProjectTable(t)
    ? (projectName(t) ?? null)
    : t.kind === 'department'
      ? departmentName(t)
      : (t.title?.text.trim() ?? t.name);
  return { sheet: t.sheet, kind: t.kind, range: t.rangeA1, name };
}

function severityFor(rule: { meta: { id: string; defaultSeverity: Severity } }, profile: Profile): Severity | 'off' {
  return profile.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** A report may lower its severity (a 尾差), never raise it above the configured one. */
function effectiveSeverity(requested: Severity | undefined, configured: Severity): Severity {
  return requested && SEVERITY_RANK[requested] < SEVERITY_RANK[configured] ? requested : configured;
}

function messageTemplate(meta: { id: string; messages: Record<string, string> }, messageId: string): string {
  const template = meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message ${messageId}`);
  return template;
}

/** Whether a table has what a rule needs; a department table's indicator block runs as `indicators` only. */
function applies(needs: readonly RuleNeed[], table: RecognizedTable, asIndicatorBlock: boolean): boolean {
  const project = isProjectTable(table);
  for (const need of needs) {
    if (need === 'indicators' && project && table.header !== null) return true;
    if (need === 'projectHeader' && project && !asIndicatorBlock) return true;
    if (need === 'spendingPlan' && project && !asIndicatorBlock && table.spendingPlan.length > 0) return true;
    if (need === 'budget' && table.kind.startsWith('budget/')) return true;
    if (need === 'department' && table.kind === 'department') return true;
  }
  return false;
}

/** Runs the profile's rules over one table. */
export function checkTable(table: RecognizedTable, profile: Profile = BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!): Finding[] {
  if (isProjectTable(table)) return runRules(PROJECT_RULES, table, profile);
  if (table.kind === 'department') {
    // The indicator rules of the project tables apply to the department table's indicators too.
    const indicators = table.indicators ? runRules(PROJECT_RULES, table.indicators, profile, true) : [];
    return sortFindings([...runRules(DEPARTMENT_RULES, table, profile), ...indicators]);
  }
  return runRules(BUDGET_RULES, table as BudgetTable, profile);
}

/** `asIndicatorBlock`: the table is a department table's indicator block, checked for its indicators only. */
function runRules<T extends RecognizedTable>(rules: readonly Rule<T>[], table: T, profile: Profile, asIndicatorBlock = false): Finding[] {
  const findings: Finding[] = [];
  // One context for the table; `report` files under the rule running now.
  let rule: Rule<T> = rules[0]!;
  let configured: Severity = 'error';
  const context = {
    table,
    options: profile.options,
    report(input: Parameters<Parameters<Rule<T>['check']>[0]['report']>[0]) {
      const template = messageTemplate(rule.meta, input.messageId);
      const severity = effectiveSeverity(input.severity, configured);
      const inside = placed(table, input.cells);
      const cells = [...new Set(inside.map((c) => (typeof c === 'string' ? c : c.address)))];
      const finding: Finding = {
        rule: rule.meta.id,
        messageId: input.messageId,
        severity,
        sheet: table.sheet,
        cells,
        message: formatMessage(template, input.data),
      };
      const first = inside[0];
      if (first !== undefined && typeof first !== 'string') finding.content = first.text;
      if (input.suggestion) finding.suggestion = formatMessage(messageTemplate(rule.meta, input.suggestion.messageId), input.suggestion.data);
      if (input.fix) finding.fix = input.fix;
      findings.push(finding);
    },
  };
  for (const r of rules) {
    if (!applies(r.meta.needs, table, asIndicatorBlock)) continue;
    const s = severityFor(r, profile);
    if (s === 'off') continue;
    rule = r;
    configured = s;
    r.check(context);
  }
  return findings.length > 1 ? sortFindings(findings) : findings;
}

/**
 * The cells of a report that lie in the table: a cell past its edge (a blank beside a label in the
 * sheet's last column) is one the host never handed over. When none is in the table, the table's
 * first cell stands for them, so a finding always points somewhere real.
 */
function placed(table: RecognizedTable, cells: ReadonlyArray<FieldCell | string>): ReadonlyArray<FieldCell | string> {
  const r = table.range;
  const inside = cells.filter((c) => typeof c === 'string' || (c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right));
  return inside.length > 0 ? inside : [table.rangeA1.split(':')[0]!];
}

function position(f: Finding): [number, number] {
  const p = parseA1(f.cells[0] ?? '');
  return p ? [p.row, p.col] : [Number.MAX_SAFE_INTEGER, 0];
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i, p: position(f) }))
    .sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.i - b.i)
    .map((x) => x.f);
}

/** Recognises and checks a whole workbook given as grids, one per sheet. */
/** `store`: the workbook's store (roles the user taught columns), when the host read one. */
export function checkGrids(grids: readonly Grid[], profile: Profile = BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!, store?: Store): CheckResult {
  const result: CheckResult = { tables: [], findings: [] };
  const all: RecognizedTable[] = [];
  const unread: NearMiss[] = [];
  for (const grid of grids) {
    if (grid.sheet === STORE_SHEET) continue;
    const tables = recognizeSheet(grid, store);
    // While the sheet's reading is at hand: what looks like a table but was not read.
    unread.push(...nearMisses([grid], tables));
    for (const table of tables) {
      const index = result.tables.length;
      // The cross-table rules read funds, names and budget rows, never indicators: keeping only
      // what they read lets a table's indicator rows die young (a third of the engine's time was GC).
      all.push(forWorkbookRules(table));
      result.tables.push(summarize(table));
      // The table's findings are new objects, made for this check: they take its index as they are.
      for (const f of checkTable(table, profile)) {
        f.table = index;
        result.findings.push(f);
      }
    }
  }
  result.findings.push(...checkWorkbook(all, profile, unread));
  if (all.length === 0) result.unrecognized = unread;
  return applyDismissals(result, store);
}

function forWorkbookRules(table: RecognizedTable): RecognizedTable {
  if (isProjectTable(table)) return { ...table, indicators: [], unplaced: [] };
  if (table.kind === 'department' && table.indicators) return { ...table, indicators: { ...table.indicators, indicators: [], unplaced: [] } };
  return table;
}

/** Runs the cross-table rules over every table of a workbook. Cells on other sheets are written `Sheet!A1`. */
/** `unread`: the places that look like a table but were not read as one (reported beside the tables that were). */
export function checkWorkbook(tables: readonly RecognizedTable[], profile: Profile = BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!, unread: readonly NearMiss[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const rule of WORKBOOK_RULES) {
    const configured = severityFor(rule, profile);
    if (configured === 'off') continue;
    rule.check({
      tables,
      unread,
      options: profile.options,
      report(input) {
        const sheet = input.cells[0]?.sheet ?? '';
        const severity = effectiveSeverity(input.severity, configured);
        findings.push({
          rule: rule.meta.id,
          messageId: input.messageId,
          severity,
          sheet,
          cells: input.cells.map((c) => (c.sheet === sheet ? c.cell.address : `${c.sheet}!${c.cell.address}`)),
          message: formatMessage(messageTemplate(rule.meta, input.messageId), input.data),
        });
      },
    });
  }
  return findings;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
