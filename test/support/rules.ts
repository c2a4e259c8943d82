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
