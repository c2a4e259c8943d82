/** What was recognised: tables per sheet and by layout, and the totals by severity. */
import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../core/engine/check';
import { countBySeverity } from '../../core/engine/check';
import { kindName, T } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function Summary({ result, timing }: { result: CheckResult; timing?: number }) {
  const s = useStyles();
  const bySheet = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const t of result.tables) {
    bySheet.set(t.sheet, (bySheet.get(t.sheet) ?? 0) + 1);
    byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
  }
  const c = countBySeverity(result.findings);
  return (
    <div className={s.root} data-testid="summary">
      <Text weight="semibold">
        {T.recognised(result.tables.length)}：{[...bySheet].map(([sheet, n]) => T.sheetTables(sheet, n)).join('，')}
      </Text>
      <Caption1>{[...byKind].map(([kind, n]) => `${kindName(kind as never)} ${n}`).join('；')}</Caption1>
      <div className={s.counts}>
        <Badge color="danger" appearance="tint">{`${T.severity.error} ${c.error}`}</Badge>
        <Badge color="warning" appearance="tint">{`${T.severity.warning} ${c.warning}`}</Badge>
        <Badge color="informative" appearance="tint">{`${T.severity.info} ${c.info}`}</Badge>
        {timing !== undefined && <Caption1>{T.timing(timing)}</Caption1>}
      </div>
    </div>
  );
}
