/** 一键检查, 清除标记 and the live-check switch. */
import { Button, Spinner, Switch, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { EraserRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import type { CheckerSnapshot } from '../checker';
import { T } from '../strings';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
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
        icon={checking ? <Spinner size="tiny" /> : <TaskListSquareLtrRegular />}
        onClick={onCheck}
        disabled={checking}
        data-testid="check"
      >
        {checking ? T.checking : T.check}
      </Button>
      <Button icon={<EraserRegular />} onClick={onClear} disabled={checking || snapshot.status === 'idle' || !snapshot.marksShown} data-testid="clear">
        {T.clearMarks}
      </Button>
      <span className={s.grow} />
      <Tooltip content={T.liveHint} relationship="description">
        <Switch label={T.live} checked={snapshot.settings.live} onChange={(_, d) => onLive(d.checked)} data-testid="live" />
      </Tooltip>
    </div>
  );
}
