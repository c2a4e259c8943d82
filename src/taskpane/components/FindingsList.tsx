/**
 * The findings, errors first by default, grouped by table and filterable by severity, with
 * 上一个问题 / 下一个问题 walking the cells in sheet order. Each finding is one tab stop: Enter goes
 * to its cell; the arrow keys reach its other cell links and buttons. Groups a live update adds or
 * changes open by themselves, and the finding the user just caused is scrolled into view.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  Select,
  Text,
  ToggleButton,
  Tooltip,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type React from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../../core/engine/check';
import type { DismissedFinding } from '../../core/engine/dismiss';
import { RULE_META } from '../../core/rules';
import type { Finding, Severity } from '../../core/rules/types';
import { findingKey, groupFindings, walkOrder, type FindingOrder } from '../findingOrder';
import { T } from '../strings';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
  grow: { flexGrow: 1 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXXS,
    ...createFocusOutlineStyle({ selector: 'focus' }),
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  fresh: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  header: { display: 'flex', flexDirection: 'column', minWidth: 0, maxWidth: '100%' },
  title: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  empty: { padding: tokens.spacingVerticalM },
  dismiss: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  explain: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  /** Read by screen readers, not shown. */
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

const ICON: Record<Severity, React.JSX.Element> = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

export interface FindingsListProps {
  result: CheckResult;
  /** What produced this result: a live update opens and scrolls to what it added. */
  lastUpdate?: 'full' | 'live';
  onSelect(f: Finding, cell: string): void;
  onFix(fs: Finding[]): void;
  /** 忽略此问题, with the user's reason. */
  onDismiss(f: Finding, reason: string): void;
  /** 恢复: brings a dismissed finding back. */
  onRestore(f: DismissedFinding): void;
  /** Says something to screen readers (the pane's live status). */
  onAnnounce(text: string): void;
}

/** The reason asked for before a finding is dismissed, inline under it. */
function DismissForm({ onDone }: { onDone(reason: string | undefined): void }) {
  const s = useStyles();
  const [reason, setReason] = useState('');
  return (
    <span className={s.dismiss} data-testid="dismiss-form">
      <Field label={T.dismiss.reason} hint={T.dismiss.hint} size="small">
        <Input
          size="small"
          autoFocus
          value={reason}
          placeholder={T.dismiss.placeholder}
          onChange={(_, d) => setReason(d.value)}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') onDone(reason);
            if (e.key === 'Escape') onDone(undefined);
          }}
          data-testid="dismiss-reason"
        />
      </Field>
      <span className={s.actions}>
        <Button size="small" appearance="primary" onClick={() => onDone(reason)} data-testid="dismiss-confirm">
          {T.dismiss.confirm}
        </Button>
        <Button size="small" onClick={() => onDone(undefined)}>
          {T.dismiss.cancel}
        </Button>
      </span>
    </span>
  );
}

/** 已忽略: the dismissed findings with their reasons, each with 恢复. */
function DismissedList({ dismissed, onRestore, onSelect }: { dismissed: readonly DismissedFinding[]; onRestore(f: DismissedFinding): void; onSelect(f: Finding, cell: string): void }) {
  const s = useStyles();
  return (
    <Accordion collapsible data-testid="dismissed">
      <AccordionItem value="dismissed">
        <AccordionHeader size="small">{T.dismiss.list(dismissed.length)}</AccordionHeader>
        <AccordionPanel>
          <Caption1>{T.dismiss.listHint}</Caption1>
          <ul className={s.list}>
            {dismissed.map((f, i) => (
              <li key={`${findingKey(f)}-${i}`} className={s.body} data-testid="dismissed-finding">
                <span>
                  {f.cells[0] !== undefined && (
                    <Link onClick={() => onSelect(f, f.cells[0]!)} aria-label={T.goTo(f.cells[0])}>
                      {f.cells[0]}
                    </Link>
                  )}
                  <Text> {f.message}</Text>
                </span>
                <Caption1>{T.dismiss.reasonText(f.reason)}</Caption1>
                <span>
                  <Button size="small" onClick={() => onRestore(f)} data-testid="restore">
                    {T.dismiss.restore}
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** Cells shown as links before 显示全部: a sum's total and its first parts. */
const SHOWN_CELLS = 4;

/**
 * Findings rendered at a time, in list order: a workbook of hundreds of tables has thousands; the
 * list renders the first ones (group headers all) and 显示更多 the next, so it stays responsive.
 */
const PAGE = 200;

/**
 * Every cell a finding names (the total and its parts, on this sheet or `表!D6` on another), each
 * a link that selects it; long lists open on demand. Reached with the arrow keys inside the finding.
 */
function CellLinks({ finding, onSelect }: { finding: Finding; onSelect(f: Finding, cell: string): void }) {
  const [all, setAll] = useState(false);
  const cells = all ? finding.cells : finding.cells.slice(0, SHOWN_CELLS);
  return (
    <>
      {cells.map((cell, i) => (
        <span key={`${i}-${cell}`}>
          {i > 0 && '、'}
          <Link tabIndex={-1} data-inner onClick={() => onSelect(finding, cell)} aria-label={T.goTo(cell)} data-testid={i === 0 ? 'cell-link' : 'other-cell-link'}>
            {cell}
          </Link>
        </span>
      ))}
      {finding.cells.length > cells.length && (
        <Link as="button" inline tabIndex={-1} data-inner onClick={() => setAll(true)} data-testid="all-cells">
          {` ${T.moreCells(finding.cells.length)}`}
        </Link>
      )}
    </>
  );
}

/** Arrow keys move among a finding's links and buttons; Enter on the finding goes to its cell; Esc returns to it. */
function onItemKey(e: React.KeyboardEvent<HTMLLIElement>, go: () => void): void {
  const item = e.currentTarget;
  const inner = Array.from(item.querySelectorAll<HTMLElement>('[data-inner]'));
  const at = inner.indexOf(document.activeElement as HTMLElement);
  if ((e.key === 'Enter' || e.key === ' ') && e.target === item) {
    e.preventDefault();
    go();
  } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
    if (inner.length === 0) return;
    e.preventDefault();
    inner[(at + 1) % inner.length]!.focus();
  } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
    if (inner.length === 0) return;
    e.preventDefault();
    inner[at <= 0 ? inner.length - 1 : at - 1]!.focus();
  } else if (e.key === 'Escape' && e.target !== item) {
    e.preventDefault();
    item.focus();
  }
}

export function FindingsList({ result, lastUpdate, onSelect, onFix, onDismiss, onRestore, onAnnounce }: FindingsListProps) {
  const s = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [order, setOrder] = useState<FindingOrder>('errorsFirst');
  /** Groups the user closed; every other group is open (new ones included). */
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrent] = useState<string | undefined>();
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  /** The finding whose reason is being asked for (忽略此问题). */
  const [dismissing, setDismissing] = useState<string | undefined>();
  /** Findings whose rule's explanation is open (说明). */
  const [explained, setExplained] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(PAGE);
  const items = useRef(new Map<string, HTMLLIElement>());
  const seen = useRef<{ keys: ReadonlySet<string>; groups: Map<string, string> } | undefined>(undefined);

  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) c[f.severity]++;
    return c;
  }, [result]);
  const groups = useMemo(() => groupFindings(result, shown, order, { unnamed: T.unnamed, acrossTables: T.acrossTables, acrossSheets: T.acrossSheets }), [result, shown, order]);
  const walk = useMemo(() => walkOrder(result, shown), [result, shown]);
  /** Where each finding stands in the list as rendered (open groups only): what 显示更多 reveals. */
  const listed = useMemo(() => {
    const at = new Map<string, number>();
    for (const g of groups) if (!closed.has(g.key)) for (const f of g.findings) at.set(findingKey(f), at.size);
    return at;
  }, [groups, closed]);
  const reveal = (key: string) => {
    const at = listed.get(key);
    if (at !== undefined && at >= limit) setLimit(Math.ceil((at + 1) / PAGE) * PAGE);
  };

  // What a live update added: its groups open again, and the first of it comes into view.
  useEffect(() => {
    const keys = new Set(result.findings.map(findingKey));
    const signatures = new Map(groups.map((g) => [g.key, g.findings.map(findingKey).join('\n')]));
    const before = seen.current;
    seen.current = { keys, groups: signatures };
    if (!before || lastUpdate !== 'live') {
      setFresh(new Set());
      return;
    }
    const added = result.findings.filter((f) => !before.keys.has(findingKey(f))).map(findingKey);
    setFresh(new Set(added));
    const changed = [...signatures].filter(([key, sig]) => before.groups.get(key) !== sig).map(([key]) => key);
    if (changed.length > 0) setClosed((c) => new Set([...c].filter((k) => !changed.includes(k))));
    const first = added[0];
    if (first !== undefined) {
      reveal(first);
      requestAnimationFrame(() => items.current.get(first)?.scrollIntoView({ block: 'nearest' }));
    }
    // Only a new result is news (groups follow it); filter and order changes are the user's own.
  }, [result]);

  const dismissedList = result.dismissed?.length ? <DismissedList dismissed={result.dismissed} onRestore={onRestore} onSelect={onSelect} /> : null;
  if (result.findings.length === 0) {
    return (
      <>
        <Text className={s.empty}>{T.noFindings}</Text>
        {dismissedList}
      </>
    );
  }

  const go = (step: 1 | -1) => {
    if (walk.length === 0) {
      onAnnounce(T.nav.none);
      return;
    }
    const at = current === undefined ? -1 : walk.findIndex((f) => findingKey(f) === current);
    const next = at < 0 ? (step === 1 ? 0 : walk.length - 1) : (at + step + walk.length) % walk.length;
    const f = walk[next]!;
    const key = findingKey(f);
    setCurrent(key);
    // Its group opens, and the item comes into view.
    const group = groups.find((g) => g.findings.some((x) => findingKey(x) === key));
    if (group && closed.has(group.key)) setClosed(new Set([...closed].filter((k) => k !== group.key)));
    reveal(key);
    requestAnimationFrame(() => items.current.get(key)?.scrollIntoView({ block: 'nearest' }));
    if (f.cells[0] !== undefined) onSelect(f, f.cells[0]);
    onAnnounce(`${T.nav.position(next + 1, walk.length)}。${T.severityPrefix(T.severity[f.severity])}${T.status.at(f.cells[0] ?? '', f.message)}`);
  };
  const position = current === undefined ? -1 : walk.findIndex((f) => findingKey(f) === current);

  return (
    <>
      <div className={s.bar} role="group" aria-label={T.filterLabel}>
        {(['error', 'warning', 'info'] as Severity[]).map((sev) => (
          <ToggleButton key={sev} size="small" icon={ICON[sev]} checked={shown[sev]} onClick={() => setShown({ ...shown, [sev]: !shown[sev] })} data-testid={`filter-${sev}`}>
            {`${T.severity[sev]} ${counts[sev]}`}
          </ToggleButton>
        ))}
      </div>
      <div className={s.bar}>
        <Button size="small" icon={<ArrowUpRegular />} onClick={() => go(-1)} disabled={walk.length === 0} data-testid="prev">
          {T.nav.prev}
        </Button>
        <Button size="small" icon={<ArrowDownRegular />} onClick={() => go(1)} disabled={walk.length === 0} data-testid="next">
          {T.nav.next}
        </Button>
        <span className={s.grow} />
        <Select size="small" aria-label={T.order.label} value={order} onChange={(_, d) => setOrder(d.value as FindingOrder)} data-testid="order">
          <option value="errorsFirst">{T.order.errorsFirst}</option>
          <option value="sheetOrder">{T.order.sheetOrder}</option>
        </Select>
      </div>
      {position >= 0 && <Caption1 data-testid="position">{T.nav.position(position + 1, walk.length)}</Caption1>}
      {groups.length === 0 ? (
        <Text className={s.empty}>{T.allFiltered}</Text>
      ) : (
        <Accordion
          multiple
          collapsible
          openItems={groups.filter((g) => !closed.has(g.key)).map((g) => g.key)}
          onToggle={(_, d) => setClosed(closed.has(d.value as string) ? new Set([...closed].filter((k) => k !== d.value)) : new Set([...closed, d.value as string]))}
          data-testid="findings"
        >
          {groups.map((g, gi) => {
            // Nothing of this group is rendered past the limit: its header only, the rest on 显示更多.
            const shownHere = closed.has(g.key) ? g.findings : g.findings.filter((f) => (listed.get(findingKey(f)) ?? 0) < limit);
            if (!closed.has(g.key) && shownHere.length === 0 && gi > 0 && (listed.get(findingKey(g.findings[0]!)) ?? 0) >= limit) return null;
            // 同类全部应用 once per rule in a group, on its first finding with a fix.
            const firstOfRule = new Map<string, Finding>();
            for (const f of g.findings) if (f.fix && !firstOfRule.has(f.rule)) firstOfRule.set(f.rule, f);
            const label = [g.sheet, g.range, T.groupCount(g.findings.length)].filter((x) => x !== '').join(' · ');
            return (
              <AccordionItem value={g.key} key={g.key}>
                <AccordionHeader size="small">
                  <span className={s.header}>
                    <Tooltip content={g.title} relationship="description" positioning="below-start">
                      <Text weight="semibold" className={s.title}>
                        {g.title}
                      </Text>
                    </Tooltip>
                    <Caption1>{label}</Caption1>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={s.list} aria-label={`${g.title}：${T.groupCount(g.findings.length)}`}>
                    {shownHere.map((f, i) => {
                      const key = findingKey(f);
                      const sameKind = firstOfRule.get(f.rule) === f ? g.findings.filter((x) => x.rule === f.rule && x.fix) : [];
                      return (
                        <li
                          key={`${key}-${i}`}
                          ref={(el) => {
                            if (el) items.current.set(key, el);
                            else items.current.delete(key);
                          }}
                          tabIndex={0}
                          className={mergeClasses(s.item, key === current && s.current, fresh.has(key) && s.fresh)}
                          onKeyDown={(e) => onItemKey(e, () => f.cells[0] !== undefined && onSelect(f, f.cells[0]))}
                          data-testid="finding"
                          data-cell={f.cells[0]}
                          data-rule={f.rule}
                          data-severity={f.severity}
                          data-fresh={fresh.has(key) ? 'true' : undefined}
                          data-current={key === current ? 'true' : undefined}
                          aria-current={key === current ? 'true' : undefined}
                        >
                          <span className={s[f.severity]} title={T.severity[f.severity]}>
                            {ICON[f.severity]}
                          </span>
                          <span className={s.body}>
                            <span>
                              <span className={s.hidden}>{T.severityPrefix(T.severity[f.severity])}</span>
                              <CellLinks finding={f} onSelect={onSelect} />
                              <Text> {f.message}</Text>
                            </span>
                            {f.suggestion && <Caption1>{`${T.suggestion}${f.suggestion}`}</Caption1>}
                            <span className={s.actions}>
                              {f.fix && (
                                <Button size="small" tabIndex={-1} data-inner onClick={() => onFix([f])} data-testid="apply-fix">
                                  {T.applyFix}
                                </Button>
                              )}
                              {f.fix && sameKind.length > 1 && (
                                <Button size="small" appearance="subtle" tabIndex={-1} data-inner onClick={() => onFix(sameKind)} data-testid="apply-all-of-kind">
                                  {T.applyAllOfKind(sameKind.length)}
                                </Button>
                              )}
                              {RULE_META.has(f.rule) && (
                                <Button
                                  size="small"
                                  appearance="subtle"
                                  tabIndex={-1}
                                  data-inner
                                  aria-expanded={explained.has(key)}
                                  onClick={() => setExplained(explained.has(key) ? new Set([...explained].filter((k) => k !== key)) : new Set([...explained, key]))}
                                  data-testid="explain"
                                >
                                  {T.explain.action}
                                </Button>
                              )}
                              {dismissing !== key && (
                                <Button size="small" appearance="subtle" tabIndex={-1} data-inner onClick={() => setDismissing(key)} data-testid="dismiss">
                                  {T.dismiss.action}
                                </Button>
                              )}
                            </span>
                            {explained.has(key) && RULE_META.get(f.rule) && (
                              <span className={s.explain} data-testid="explanation">
                                <Caption1>{`${T.explain.why}${RULE_META.get(f.rule)!.explain.why}`}</Caption1>
                                <Caption1>{`${T.explain.good}${RULE_META.get(f.rule)!.explain.good}`}</Caption1>
                                <Caption1>{`${T.explain.source}${RULE_META.get(f.rule)!.explain.source}`}</Caption1>
                              </span>
                            )}
                            {dismissing === key && (
                              <DismissForm
                                onDone={(reason) => {
                                  setDismissing(undefined);
                                  if (reason !== undefined) onDismiss(f, reason);
                                }}
                              />
                            )}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
      {listed.size > limit && (
        <Button onClick={() => setLimit(limit + PAGE)} data-testid="show-more">
          {T.showMore(listed.size - limit)}
        </Button>
      )}
      {dismissedList}
    </>
  );
}
