/**
 * 忽略此问题: findings the user dismissed, kept in the workbook's store (core/store/document) against
 * the rule, the table and the text of the finding's first cell — not its address, since rows move —
 * so a changed value brings the finding back. Every host and the CLI apply them the same way: a
 * dismissed finding is listed as 已忽略 with its reason, never counted and never marked.
 */
import type { Finding } from '../rules/types';
import type { Dismissal, Store } from '../store/document';
import type { CheckResult } from './check';

export interface DismissedFinding extends Finding {
  reason: string;
}

/** The dismissal a finding of table `tableName` would be kept as. */
export function dismissalOf(f: Finding, tableName: string | null | undefined, reason: string): Dismissal {
  return { sheet: f.sheet, rule: f.rule, messageId: f.messageId, table: tableName ?? '', cells: [...f.cells], text: f.content ?? f.message, reason };
}

/** The dismissal that covers `f`, if any. */
export function dismissalFor(store: Store | undefined, f: Finding, tableName: string | null | undefined): Dismissal | undefined {
  if (!store || store.dismissed.length === 0) return undefined;
  const text = f.content ?? f.message;
  const table = tableName ?? '';
  return store.dismissed.find((d) => d.sheet === f.sheet && d.rule === f.rule && (d.messageId === '' || d.messageId === f.messageId) && d.table === table && d.text === text);
}

/** Moves the dismissed findings of a result out of its findings, into `dismissed`. */
export function applyDismissals(result: CheckResult, store: Store | undefined): CheckResult {
  if (!store || store.dismissed.length === 0) return result;
  const kept: Finding[] = [];
  const dismissed: DismissedFinding[] = [];
  for (const f of result.findings) {
    const d = dismissalFor(store, f, f.table === undefined ? undefined : result.tables[f.table]?.name);
    if (d) dismissed.push({ ...f, reason: d.reason });
    else kept.push(f);
  }
  return dismissed.length === 0 ? result : { ...result, findings: kept, dismissed };
}
