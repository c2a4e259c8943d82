/** What was recognised, compactly: how many tables, and how many have errors, warnings or neither. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../core/engine/check';
import { kindName, T } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export function Summary({ result }: { result: CheckResult }) {
  const s = useStyles();
  const worst = result.tables.map(() => 0);
  for (const f of result.findings) {
    if (f.table === undefined) continue;
    const level = f.severity === 'error' ? 2 : f.severity === 'warning' ? 1 : 0;
    worst[f.table] = Math.max(worst[f.table] ?? 0, level);
  }
  const errors = worst.filter((w) => w === 2).length;
  const warnings = worst.filter((w) => w === 1).length;
  const byKind = new Map<string, number>();
  for (const t of result.tables) byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
  // The kinds of table go in the tooltip: the first screen is for the problems.
  const kinds = [...byKind].map(([kind, n]) => `${kindName(kind as never)} ${n}`).join('；');
  return (
    <div className={s.root} data-testid="summary" title={kinds}>
      <Text weight="semibold">
        {T.recognised(result.tables.length)}：{T.tablesByState(errors, warnings, result.tables.length - errors - warnings)}
      </Text>
    </div>
  );
}
