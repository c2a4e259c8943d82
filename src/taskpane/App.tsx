/** The task pane: toolbar, what was recognised, the findings, templates and settings. Fits the 350 px pane. */
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { countBySeverity } from '../core/engine/check';
import { nothingRecognised } from '../core/engine/explain';
import type { Checker, CheckerSnapshot } from './checker';
import { ColumnsPanel } from './components/ColumnsPanel';
import { FindingsList } from './components/FindingsList';
import { SettingsPanel } from './components/SettingsPanel';
import { Summary } from './components/Summary';
import { TemplatesPanel } from './components/TemplatesPanel';
import { Toolbar } from './components/Toolbar';
import { T } from './strings';
import { currentThemeName, themeFor, watchTheme, type ThemeName } from './theme';
import { useChecker } from './useChecker';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, '& > :first-child': { flexGrow: 1 } },
  /** Read by screen readers, not shown. */
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export function Shell({ theme, children }: { theme: ThemeName; children: React.ReactNode }) {
  const s = useStyles();
  return (
    <FluentProvider theme={themeFor(theme)} lang="zh-CN">
      <main className={s.root} data-theme={theme}>
        <Subtitle2 as="h1">{T.title}</Subtitle2>
        {children}
      </main>
    </FluentProvider>
  );
}

type TabName = 'findings' | 'templates' | 'settings';
const TABS: TabName[] = ['findings', 'templates', 'settings'];

/** What the live status says about a new snapshot, if anything. */
function statusOf(snap: CheckerSnapshot, before: CheckerSnapshot | undefined): string | undefined {
  if (snap.status === 'checking' && before?.status !== 'checking') return T.status.checking;
  if (snap.status !== 'ready' || snap.result === before?.result || !snap.lastUpdate) return undefined;
  if (snap.lastUpdate.kind === 'full') {
    const c = countBySeverity(snap.result.findings);
    return T.status.checked(snap.result.tables.length, c.error, c.warning, c.info);
  }
  return T.status.live(snap.lastUpdate.sheet, snap.lastUpdate.added, snap.lastUpdate.removed);
}

export function App({ checker, autoCheck = false }: { checker: Checker; autoCheck?: boolean }) {
  const s = useStyles();
  const snap = useChecker(checker);
  const [tab, setTab] = useState<TabName>('findings');
  const [notice, setNotice] = useState<string | undefined>();
  const [theme, setTheme] = useState(currentThemeName);
  const [status, setStatus] = useState('');
  const previous = useRef<CheckerSnapshot | undefined>(undefined);

  useEffect(() => {
    // The workbook's store first (its settings), then the check the ribbon asked for.
    void checker.start();
    if (autoCheck) void checker.fullCheck();
  }, [autoCheck, checker]);
  useEffect(() => watchTheme(setTheme), []);
  useEffect(() => {
    const text = statusOf(snap, previous.current);
    previous.current = snap;
    if (text) setStatus(text);
  }, [snap]);
  const columns = useMemo(() => checker.teachableColumns(), [checker, snap.version]);
  const announce = (text: string) => setStatus(text);
  const clear = () =>
    void checker.clearMarks().then((n) => {
      const text = T.marksCleared(n, checker.getSnapshot().fixesApplied);
      setNotice(text);
      announce(text);
    });

  return (
    <Shell theme={theme}>
      <Toolbar
        snapshot={snap}
        onCheck={() => {
          setNotice(undefined);
          void checker.fullCheck();
        }}
        onClear={clear}
        onLive={(on) => void checker.setLive(on)}
      />
      {snap.status === 'checking' && (
        <div className={s.progress} data-testid="progress">
          <Field validationMessage={snap.progress ? T.progress(snap.progress.done, snap.progress.total) : T.status.checking} validationState="none">
            <ProgressBar {...(snap.progress ? { value: snap.progress.done / snap.progress.total } : {})} />
          </Field>
          <Button size="small" onClick={() => checker.cancelCheck()} data-testid="cancel">
            {T.cancel}
          </Button>
        </div>
      )}
      {snap.cancelled && (
        <MessageBar intent="info" data-testid="cancelled">
          <MessageBarBody>{T.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite" className={s.hidden} data-testid="live-status">
        {status}
      </div>
      {snap.error && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{snap.error}</MessageBarBody>
        </MessageBar>
      )}
      {snap.storeError && (
        <MessageBar intent="warning" data-testid="store-error">
          <MessageBarBody>{snap.storeError}</MessageBarBody>
        </MessageBar>
      )}
      {snap.markCount > 0 && snap.status === 'ready' && (
        <MessageBar intent="info" data-testid="marks-present">
          <MessageBarBody>{T.marksPresent(snap.markCount)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={clear} data-testid="marks-present-clear">
              {T.clearMarks}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {!checker.capabilities.mergedAreas && snap.status === 'ready' && (
        <MessageBar intent="info">
          <MessageBarBody>{T.degraded}</MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} size="small">
        {TABS.map((t) => (
          <Tab key={t} value={t} id={`tab-${t}`} aria-controls={`panel-${t}`} data-testid={`tab-${t}`}>
            {T.tabs[t]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={s.panel} data-testid={`panel-${tab}`}>
        {tab === 'findings' &&
          (snap.status === 'idle' || (snap.status === 'checking' && snap.result.tables.length === 0) ? (
            <Text>{T.notChecked}</Text>
          ) : snap.result.tables.length === 0 && snap.status === 'ready' ? (
            <Text data-testid="no-tables" style={{ whiteSpace: 'pre-line' }}>
              {nothingRecognised(snap.result.unrecognized ?? [])}
            </Text>
          ) : (
            <>
              <div className={s.row}>
                <Summary result={snap.result} />
                <Tooltip content={T.exportHint} relationship="description">
                  <Button
                    size="small"
                    onClick={() =>
                      void checker.exportResults(new Date().toLocaleString('zh-CN', { hour12: false })).then((name) => {
                        if (!name) return;
                        setNotice(T.exported(name));
                        announce(T.exported(name));
                      })
                    }
                    data-testid="export"
                  >
                    {T.exportResults}
                  </Button>
                </Tooltip>
              </div>
              {columns.length > 0 && <ColumnsPanel columns={columns} onTeach={(c, role) => void checker.teachColumn(c.sheet, c.heading, role)} />}
              <FindingsList
                result={snap.result}
                {...(snap.lastUpdate ? { lastUpdate: snap.lastUpdate.kind } : {})}
                onSelect={(f, cell) => void checker.select(f, cell)}
                onFix={(fs) => void checker.applyFixes(fs)}
                onDismiss={(f, reason) => void checker.dismiss(f, reason)}
                onRestore={(f) => void checker.restore(f)}
                onAnnounce={announce}
              />
            </>
          ))}
        {tab === 'templates' && <TemplatesPanel checker={checker} result={snap.result} checked={snap.status === 'ready'} />}
        {tab === 'settings' && (
          <SettingsPanel
            settings={snap.settings}
            saved={snap.settingsSaved}
            onChange={(next) => void checker.saveSettings(next)}
            onReset={() => void checker.resetSettings()}
            onClearStore={() => void checker.clearStore().then((had) => setNotice(had ? T.settings.cleared : T.settings.nothingStored))}
          />
        )}
      </div>
    </Shell>
  );
}

/** Shown instead of the pane when it cannot work here, in plain Chinese. */
export function Unavailable({ message }: { message: string }) {
  return (
    <Shell theme={currentThemeName()}>
      <MessageBar intent="warning" data-testid="unavailable">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    </Shell>
  );
}
