/** The task pane: toolbar, what was recognised, the findings, and settings. Fits the 350 px pane. */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { nothingRecognised } from '../core/engine/explain';
import type { Checker } from './checker';
import { ColumnsPanel } from './components/ColumnsPanel';
import { FindingsList } from './components/FindingsList';
import { SettingsPanel } from './components/SettingsPanel';
import { Summary } from './components/Summary';
import { TemplatesPanel } from './components/TemplatesPanel';
import { Toolbar } from './components/Toolbar';
import { T } from './strings';
import { currentThemeName, themeFor, type ThemeName } from './theme';
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
});

export function Shell({ theme, children }: { theme: ThemeName; children: React.ReactNode }) {
  const s = useStyles();
  return (
    <FluentProvider theme={themeFor(theme)} lang="zh-CN">
      <main className={s.root}>
        <Subtitle2 as="h1">{T.title}</Subtitle2>
        {children}
      </main>
    </FluentProvider>
  );
}

export function App({ checker, autoCheck = false }: { checker: Checker; autoCheck?: boolean }) {
  const snap = useChecker(checker);
  const [tab, setTab] = useState<'findings' | 'templates' | 'settings'>('findings');
  const [notice, setNotice] = useState<string | undefined>();
  const [theme] = useState(currentThemeName);

  useEffect(() => {
    // The workbook's store first (its settings), then the check the ribbon asked for.
    void checker.start();
    if (autoCheck) void checker.fullCheck();
  }, [autoCheck, checker]);
  const columns = useMemo(() => checker.teachableColumns(), [checker, snap.version]);

  return (
    <Shell theme={theme}>
      <Toolbar
        snapshot={snap}
        onCheck={() => {
          setNotice(undefined);
          void checker.fullCheck();
        }}
        onClear={() => void checker.clearMarks().then((n) => setNotice(T.marksCleared(n)))}
        onLive={(on) => void checker.setLive(on)}
      />
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
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {!checker.capabilities.mergedAreas && snap.status === 'ready' && (
        <MessageBar intent="info">
          <MessageBarBody>{T.degraded}</MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)} size="small">
        <Tab value="findings">{T.tabs.findings}</Tab>
        <Tab value="templates" data-testid="tab-templates">
          {T.tabs.templates}
        </Tab>
        <Tab value="settings">{T.tabs.settings}</Tab>
      </TabList>
      {tab === 'findings' &&
        (snap.status === 'idle' || (snap.status === 'checking' && snap.result.tables.length === 0) ? (
          <Text>{T.notChecked}</Text>
        ) : snap.result.tables.length === 0 && snap.status === 'ready' ? (
          <Text data-testid="no-tables" style={{ whiteSpace: 'pre-line' }}>
            {nothingRecognised(snap.result.unrecognized ?? [])}
          </Text>
        ) : (
          <>
            <Summary result={snap.result} timing={snap.timings.live ?? snap.timings.full} />
            {columns.length > 0 && <ColumnsPanel columns={columns} onTeach={(c, role) => void checker.teachColumn(c.sheet, c.heading, role)} />}
            <FindingsList result={snap.result} onSelect={(f, cell) => void checker.select(f, cell)} onFix={(fs) => void checker.applyFixes(fs)} />
          </>
        ))}
      {tab === 'templates' && <TemplatesPanel checker={checker} result={snap.result} />}
      {tab === 'settings' && (
        <SettingsPanel
          settings={snap.settings}
          onChange={(s) => void checker.saveSettings(s)}
          onReset={() => void checker.resetSettings()}
          onClearStore={() => void checker.clearStore().then((had) => setNotice(had ? T.settings.cleared : T.settings.nothingStored))}
        />
      )}
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
