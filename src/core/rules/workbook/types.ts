/** Rules over all the tables of a workbook: the same figure must agree wherever it appears. */
import type { NearMiss, RecognizedTable } from '../../model';
import type { FieldCell } from '../../model';
import type { ProfileOptions } from '../profiles';
import type { RuleMeta, Severity } from '../types';

export interface SheetCell {
  sheet: string;
  cell: FieldCell;
}

export interface WorkbookRuleContext {
  tables: readonly RecognizedTable[];
  /** Places that look like a table but were not read as one (see engine/explain). */
  unread: readonly NearMiss[];
  options: ProfileOptions;
  report(input: { messageId: string; cells: SheetCell[]; data?: Record<string, string | number>; severity?: Severity }): void;
}

export interface WorkbookRule {
  meta: Omit<RuleMeta, 'needs'>;
  check(ctx: WorkbookRuleContext): void;
}
