/**
 * The findings, grouped by sheet and table, filterable by severity. Each item shows the cell (a
 * link that selects it in Excel), the rule's Chinese message, and 应用建议 when a fix exists.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Link,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type React from 'react';
import { useMemo, useState } from 'react';
import type { CheckResult } from '../../core/engine/check';
import type { Finding, Severity } from '../../core/rules/types';
import { T } from '../strings';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  header: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  empty: { padding: tokens.spacingVerticalM },
});

const ICON: Record<Severity, React.JSX.Element> = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

export interface FindingsListProps {
  result: CheckResult;
  onSelect(f: Finding, cell: string): void;
  onFix(fs: Finding[]): void;
}

/** Cells shown as links before 显示全部: a sum's total and its first parts. */
const SHOWN_CELLS = 4;

/**
 * Every cell a finding names (the total and its parts, on this sheet or `表!D6` on another), each
 * a link that selects it; long lists open on demand.
 */
function CellLinks({ finding, onSelect }: { finding: Finding; onSelect(f: Finding, cell: string): void }) {
  const [all, setAll] = useState(false);
  const cells = all ? finding.cells : finding.cells.slice(0, SHOWN_CELLS);
  return (
    <>
      {cells.map((cell, i) => (
        <span key={`${i}-${cell}`}>
          {i > 0 && '、'}
          <Link onClick={() => onSelect(finding, cell)} aria-label={T.goTo(cell)} data-testid={i === 0 ? 'cell-link' : 'other-cell-link'}>
            {cell}
          </Link>
        </span>
      ))}
      {finding.cells.length > cells.length && (
        <Link as="button" inline onClick={() => setAll(true)} data-testid="all-cells">
          {` ${T.moreCells(finding.cells.length)}`}
        </Link>
      )}
    </>
  );
}

export function FindingsList({ result, onSelect, onFix }: FindingsListProps) {
  const s = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) c[f.severity]++;
    return c;
  }, [result]);
  const fixesByRule = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of result.findings) if (f.fix) m.set(f.rule, [...(m.get(f.rule) ?? []), f]);
    return m;
  }, [result]);

  const groups = useMemo(() => {
    const out: Array<{ key: string; sheet: string; title: string; range: string; findings: Finding[] }> = [];
    result.tables.forEach((t, i) => {
      const findings = result.findings.filter((f) => f.table === i && shown[f.severity]);
      if (findings.length > 0) out.push({ key: `${t.sheet}!${t.range}`, sheet: t.sheet, title: t.name ?? T.unnamed, range: t.range, findings });
    });
    // Figures that must agree across tables belong to no single table.
    const across = result.findings.filter((f) => f.table === undefined && shown[f.severity]);
    if (across.length > 0) out.push({ key: 'workbook', sheet: T.acrossSheets, title: T.acrossTables, range: '', findings: across });
    return out;
  }, [result, shown]);

  if (result.findings.length === 0) return <Text className={s.empty}>{T.noFindings}</Text>;

  return (
    <>
      <div className={s.filters} role="group" aria-label={T.filterLabel}>
        {(['error', 'warning', 'info'] as Severity[]).map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            icon={ICON[sev]}
            checked={shown[sev]}
            onClick={() => setShown({ ...shown, [sev]: !shown[sev] })}
            data-testid={`filter-${sev}`}
          >
            {`${T.severity[sev]} ${counts[sev]}`}
          </ToggleButton>
        ))}
      </div>
      {groups.length === 0 ? (
        <Text className={s.empty}>{T.allFiltered}</Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.key)} data-testid="findings">
          {groups.map((g) => (
            <AccordionItem value={g.key} key={g.key}>
              <AccordionHeader size="small">
                <span className={s.header}>
                  <Text weight="semibold" truncate wrap={false}>
                    {g.title}
                  </Text>
                  <Caption1>{[g.sheet, g.range, String(g.findings.length)].filter((x) => x !== '').join(' · ')}</Caption1>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={s.list}>
                  {g.findings.map((f, i) => {
                    const sameKind = fixesByRule.get(f.rule) ?? [];
                    return (
                      <li key={`${f.rule}-${f.cells.join(',')}-${i}`} className={s.item} data-testid="finding" data-cell={f.cells[0]} data-rule={f.rule}>
                        <span className={s[f.severity]} title={T.severity[f.severity]}>
                          {ICON[f.severity]}
                        </span>
                        <span className={s.body}>
                          <span>
                            <CellLinks finding={f} onSelect={onSelect} />
                            <Text> {f.message}</Text>
                          </span>
                          {f.suggestion && <Caption1>{`${T.suggestion}${f.suggestion}`}</Caption1>}
                          {f.fix && (
                            <span className={s.actions}>
                              <Button size="small" onClick={() => onFix([f])} data-testid="apply-fix">
                                {T.applyFix}
                              </Button>
                              {sameKind.length > 1 && (
                                <Button size="small" appearance="subtle" onClick={() => onFix(sameKind)}>
                                  {T.applyAllOfKind(sameKind.length)}
                                </Button>
                              )}
                            </span>
                          )}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </>
  );
}
