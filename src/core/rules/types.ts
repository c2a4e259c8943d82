/**
 * The rule contract (the ESLint model): each rule is one module with `meta` and `check`,
 * reporting findings against cells of a recognised table.
 */
import type { FieldCell, ProjectTable } from '../model';
import type { ProfileOptions } from './profiles';

export type Severity = 'error' | 'warning' | 'info';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** What the rule checks, in Chinese, for the settings page and `templates`/docs. */
  description: string;
  /**
   * Its explanation, one click from a finding: why it matters, what a good value looks like, and
   * where it comes from — a named document, or 本地常见做法 where no national text says it.
   */
  explain: { why: string; good: string; source: string };
  /** Chinese message templates; `{name}` is replaced by report data. */
  messages: Record<string, string>;
  /**
   * What a table must have for the rule to run (any of): `indicators` an indicator grid (a project
   * table's, or the block under a 部门整体 table's tasks); `projectHeader` a project table's own
   * header (项目名称, 资金); `spendingPlan` a 资金支出计划; `budget` a 单位预算 table; `department`
   * a 部门整体 table.
   */
  needs: readonly RuleNeed[];
}

export type RuleNeed = 'indicators' | 'projectHeader' | 'spendingPlan' | 'budget' | 'department';

/** A replacement of one cell's text that resolves the finding. */
export interface CellFix {
  cell: string;
  text: string;
}

export interface ReportInput {
  messageId: string;
  cells: ReadonlyArray<FieldCell | string>;
  data?: Record<string, string | number>;
  /** Chinese advice shown under the message: one of the rule's messages (`meta.messages`), with its data. */
  suggestion?: { messageId: string; data?: Record<string, string | number> };
  fix?: CellFix;
  /** A lower severity for this report (a 尾差 is a warning where a mismatch is an error). */
  severity?: Severity;
}

export interface RuleContext<T = ProjectTable> {
  table: T;
  options: ProfileOptions;
  report(input: ReportInput): void;
}

export interface Rule<T = ProjectTable> {
  meta: RuleMeta;
  check(ctx: RuleContext<T>): void;
}

export interface Finding {
  rule: string;
  messageId: string;
  severity: Severity;
  sheet: string;
  cells: string[];
  message: string;
  suggestion?: string;
  fix?: CellFix;
  /** Index of the table in `CheckResult.tables`, when the finding belongs to one. */
  table?: number;
  /** The text of the first cell the rule named, as read: what a dismissal is kept against. */
  content?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (m, key: string) => (key in data ? String(data[key]) : m));
}

const PLACEHOLDER = /\{(\w+)\}/g;
