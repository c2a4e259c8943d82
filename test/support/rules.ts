/** Runs one rule over the tables of a grid, the way the engine does, for rule tests. */
import { checkTable } from '../../src/core/engine/check';
import type { Grid } from '../../src/core/grid/grid';
import { recognizeProjectTables } from '../../src/core/layouts/project';
import { PROJECT_RULES } from '../../src/core/rules';
import { BUILTIN_PROFILES, type Profile } from '../../src/core/rules/profiles';
import type { Rule, Severity } from '../../src/core/rules/types';

export interface Reported {
  messageId: string;
  cells: string[];
  severity: Severity;
}

export function run(rule: Rule, grid: Grid, profile: Profile = BUILTIN_PROFILES.legacy!): Reported[] {
  const only: Profile = {
    ...profile,
    rules: Object.fromEntries(
      PROJECT_RULES.map((r) => [r.meta.id, r === rule ? (profile.rules[r.meta.id] ?? r.meta.defaultSeverity) : 'off']),
    ),
  };
  const tables = recognizeProjectTables(grid);
  if (tables.length === 0) throw new Error('the test grid holds no recognisable table');
  return tables.flatMap((t) =>
    checkTable(t, only)
      .filter((f) => f.rule === rule.meta.id)
      .map((f) => ({ messageId: f.messageId, cells: f.cells, severity: f.severity })),
  );
}

/** The full findings (message text included) of one rule. */
export function runFull(rule: Rule, grid: Grid, profile: Profile = BUILTIN_PROFILES.legacy!) {
  const tables = recognizeProjectTables(grid);
  return tables.flatMap((t) => checkTable(t, profile).filter((f) => f.rule === rule.meta.id));
}

export interface RuleCases {
  /** Tables the rule must not report on. */
  valid: Array<{ name: string; grid: Grid; profile?: Profile }>;
  /** Tables it must report on, with exactly these reports. */
  invalid: Array<{ name: string; grid: Grid; profile?: Profile; reports: Array<Partial<Reported> & { messageId: string }> }>;
}

/**
 * ESLint's RuleTester for our rules: one `it` per case, valid tables draw no report, invalid
 * tables draw exactly the reports listed (message id, and cells or severity where given).
 */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => expect(run(rule, c.grid, c.profile)).toEqual([]));
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = run(rule, c.grid, c.profile);
        expect(got.map((g, i) => pick(g, c.reports[i]))).toEqual(c.reports);
        expect(got).toHaveLength(c.reports.length);
      });
    }
  });
}

function pick(r: Reported, like: Partial<Reported> | undefined): Partial<Reported> {
  if (!like) return r;
  return Object.fromEntries(Object.keys(like).map((k) => [k, r[k as keyof Reported]]));
}
