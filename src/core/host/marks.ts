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

/** The severity and token of a mark's formula; undefined for a formula that is not a mark. */
export function parseMarkFormula(formula: string): { severity: Severity; token?: string } | undefined {
  const m = /perf-target:(error|warning|info)(?:#([a-z0-9]+))?"/.exec(formula);
  if (!m) return undefined;
  return m[2] ? { severity: m[1] as Severity, token: m[2] } : { severity: m[1] as Severity };
}
