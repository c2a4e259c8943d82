/** 一键检查, 清除标记 and the live-check switch. */
import { Button, Spinner, Switch, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckerSnapshot } from '../checker';
import { T } from '../strings';

const useStyles = makeStyles({
  // One line at 350 px: two buttons and the switch, which never wraps its label.
  bar: { display: 'flex', flexWrap: 'nowrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1 },
  fixed: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export interface ToolbarProps {
  snapshot: CheckerSnapshot;
  onCheck(): void;
  onClear(): void;
  onLive(on: boolean): void;
}

export function Toolbar({ snapshot, onCheck, onClear, onLive }: ToolbarProps) {
  const s = useStyles();
  const checking = snapshot.status === 'checking';
  return (
    <div className={s.bar}>
      <Button
        appearance="primary"
        className={s.fixed}
        icon={checking ? <Spinner size="tiny" /> : undefined}
        onClick={onCheck}
        disabled={checking}
        data-testid="check"
      >
        {checking ? T.checking : T.check}
      </Button>
      <Button className={s.fixed} onClick={onClear} disabled={checking || snapshot.status === 'idle' || !snapshot.marksShown} data-testid="clear">
        {T.clearMarks}
      </Button>
      <span className={s.grow} />
      <Tooltip content={T.liveHint} relationship="description">
        <Switch className={s.fixed} label={T.live} checked={snapshot.settings.live} onChange={(_, d) => onLive(d.checked)} data-testid="live" />
      </Tooltip>
    </div>
  );
}
