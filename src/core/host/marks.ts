/**
 * The mark every host puts on a flagged cell: a conditional format whose rule formula,
 * `=N("perf-target:error")=0`, is always true and carries a signature, so any host (the Excel
 * add-in, the WPS add-in) can tell the add-in's marks from the user's own conditional formats and
 * clear the marks another host made. Removing the conditional format restores the cell's look.
 */
import type { Severity } from '../rules/types';

export const MARK_SIGNATURE = 'perf-target';

export const MARK_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/**
 * The rule formula of a mark. A host without ids for conditional formats (WPS) adds a token after
 * `#` inside the string, so it can find that one mark again; `N()` of any text is 0, so the rule is
 * still always true and still carries the signature.
 */
export function markFormula(severity: Severity, token?: string): string {
  return `=N("${MARK_SIGNATURE}:${severity}${token ? `#${token}` : ''}")=0`;
}

const TOKEN = new RegExp(`${MARK_SIGNATURE}:(?:error|warning|info)#([a-z0-9]+)"`);

/** The token in a mark's formula; undefined for a mark without one (made in Excel) or any other formula. */
export function markToken(formula: string): string | undefined {
  return TOKEN.exec(formula)?.[1];
}
