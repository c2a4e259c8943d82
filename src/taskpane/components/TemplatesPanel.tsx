/**
 * 模板: pick a table, see the suggested project types and the required 二级 it lacks, browse a
 * type's standard indicators with their values, and insert them — into the block under the cursor
 * or where each belongs. Shows what was inserted and where.
 */
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { parseRangeA1 } from '../../core/grid/address';
import { LIBRARY } from '../../core/templates/library';
import type { CheckResult } from '../../core/engine/check';
import type { Checker, TemplatePreview } from '../checker';
import { T } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
});

/** What was inserted and where, once it was. */
function Inserted({ done }: { done: string | undefined }) {
  return done ? (
    <MessageBar intent="success" data-testid="inserted">
      <MessageBarBody>{done}</MessageBarBody>
    </MessageBar>
  ) : null;
}

/** A file the user picked, as text (FileReader: every browser an Office or WPS pane runs in has it). */
function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Offers `text` as a file to save (the pane's browser saves it where the user says). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * 本单位模板: make a set from the chosen table (this year's rows become next year's template),
 * hand the sets on as a file, take in a file a 财政局 sent. Kept in the workbook.
 */
function OwnTemplates({ checker, table, setDone }: { checker: Checker; table?: { sheet: string; top: number; name: string | null }; setDone(text: string | undefined): void }) {
  const s = useStyles();
  const sets = checker.userTemplateSets();
  const [busy, setBusy] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  return (
    <Field label={T.templates.ownTitle} hint={T.templates.ownHint}>
      <div className={s.row}>
        {table && (
          <Button
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void checker.harvestTable(table.sheet, table.top).then((set) => {
                setBusy(false);
                setDone(set ? T.templates.harvested(set.name, set.indicators.length) : T.templates.harvestFailed);
              });
            }}
            data-testid="harvest"
          >
            {T.templates.harvest}
          </Button>
        )}
        <Button
          disabled={busy || sets.length === 0}
          onClick={() => {
            const file = checker.exportTemplates();
            if (file) download(T.templates.exportFile, file);
            setDone(T.templates.exported(sets.length));
          }}
          data-testid="export-templates"
        >
          {T.templates.export}
        </Button>
        <Button disabled={busy} onClick={() => picker.current?.click()}>
          {T.templates.import}
        </Button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-templates"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file) return;
            setBusy(true);
            void readFileText(file)
              .then((text) => checker.importTemplates(text))
              .then(
                (r) => setDone('error' in r ? r.error : T.templates.imported(r.count)),
                () => setDone(T.templates.importFailed),
              )
              .finally(() => setBusy(false));
          }}
        />
      </div>
    </Field>
  );
}

/**
 * Before any table is recognised (an empty workbook, or not checked yet): a whole blank table of a
 * chosen type, on a new sheet — what a clerk needs exactly when there is nothing to complete.
 */
function BlankTableOnly({ checker, checked, done, setDone }: { checker: Checker; checked: boolean; done: string | undefined; setDone(text: string | undefined): void }) {
  const s = useStyles();
  const own = checker.userTemplateSets();
  const [typeId, setTypeId] = useState(own[0]?.id ?? LIBRARY.types[0]!.id);
  const [busy, setBusy] = useState(false);
  const choices = [...own.map((o) => ({ id: o.id, name: T.templates.ownName(o.name) })), ...LIBRARY.types];
  const type = choices.find((c) => c.id === typeId) ?? choices[0]!;
  return (
    <div className={s.root} data-testid="templates">
      <Text>{checked ? T.templates.noTableFound : T.templates.noTable}</Text>
      <Field label={T.templates.type}>
        <Dropdown value={type.name} selectedOptions={[type.id]} onOptionSelect={(_, d) => d.optionValue && setTypeId(d.optionValue)} data-testid="type">
          {choices.map((t) => (
            <Option key={t.id} value={t.id} text={t.name}>
              {t.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={T.templates.blankTitle} hint={T.templates.blankHint}>
        <div>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              setDone(undefined);
              void checker.insertBlankTable('', type.id, true).then((plan) => {
                setBusy(false);
                setDone(plan?.summary ?? T.templates.failed);
              });
            }}
            data-testid="blank-new-sheet"
          >
            {T.templates.blankNewSheet}
          </Button>
        </div>
      </Field>
      <OwnTemplates checker={checker} setDone={setDone} />
      <Inserted done={done} />
    </div>
  );
}

export function TemplatesPanel({ checker, result, checked }: { checker: Checker; result: CheckResult; checked: boolean }) {
  const s = useStyles();
  // Project tables, and 部门整体 tables that have an indicator block under their tasks.
  const tables = result.tables.filter((t) => checker.indicatorTableAt(t.sheet, parseRangeA1(t.range)!.top) !== undefined);
  const [tableKey, setTableKey] = useState<string | undefined>();
  const [typeId, setTypeId] = useState<string | undefined>();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [useCursor, setUseCursor] = useState(true);
  // Proposals are shown as such, and written only once the user accepts them.
  const [acceptProposals, setAcceptProposals] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  // A table is known by its sheet and top-left cell: its range grows when rows are inserted.
  const keyOf = (t: { sheet: string; range: string }) => `${t.sheet}!${t.range.split(':')[0]}`;
  const table = tables.find((t) => keyOf(t) === tableKey) ?? tables[0];
  const top = table ? parseRangeA1(table.range)!.top : -1;
  const suggestions = useMemo(() => (table ? checker.templateSuggestions(table.sheet, top) : undefined), [checker, table, top, result]);
  const ranked = suggestions?.ranked ?? [];
  // No recommendation is not a guess: the 通用 set, said as such, until the user picks a type.
  const own = checker.userTemplateSets();
  const activeType = typeId ?? suggestions?.recommended?.type.id ?? LIBRARY.general.id;
  // The unit's own sets first, then the library's types as ranked, then the 通用 set.
  const choices = [...own.map((o) => ({ id: o.id, name: T.templates.ownName(o.name) })), ...ranked.map((r) => r.type), LIBRARY.general];
  const previews: TemplatePreview[] = useMemo(() => (activeType && suggestions ? suggestions.forType(activeType) : []), [suggestions, activeType]);

  // `done` lives here: the new table is recognised at once, and what was inserted stays said.
  if (!table || !suggestions) return <BlankTableOnly checker={checker} checked={checked} done={done} setDone={setDone} />;

  const insert = async (ids: string[]) => {
    setBusy(true);
    setDone(undefined);
    const plan = await checker.insertTemplates(table.sheet, top, ids, useCursor, acceptProposals);
    setBusy(false);
    setChosen(new Set());
    setDone(plan?.summary ?? T.templates.failed);
  };

  const blank = async (newSheet: boolean) => {
    if (!activeType) return;
    setBusy(true);
    setDone(undefined);
    const plan = await checker.insertBlankTable(table.sheet, activeType, newSheet);
    setBusy(false);
    setDone(plan?.summary ?? T.templates.failed);
  };

  return (
    <div className={s.root} data-testid="templates">
      <Field label={T.templates.table}>
        <Dropdown
          value={`${table.name ?? T.unnamed}（${table.sheet} ${table.range}）`}
          selectedOptions={[keyOf(table)]}
          onOptionSelect={(_, d) => {
            setTableKey(d.optionValue);
            setTypeId(undefined);
            setDone(undefined);
          }}
        >
          {tables.map((t) => (
            <Option key={keyOf(t)} value={keyOf(t)} text={`${t.name ?? T.unnamed}（${t.sheet} ${t.range}）`}>
              {`${t.name ?? T.unnamed}（${t.sheet} ${t.range}）`}
            </Option>
          ))}
        </Dropdown>
      </Field>

      {suggestions.missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {T.templates.missing(suggestions.missing.map((p) => p.level2).join('、'))}
            <div>
              <Button size="small" appearance="primary" disabled={busy} onClick={() => void insert(suggestions.missing.map((p) => p.template.id))} data-testid="fill-missing">
                {T.templates.fillMissing(suggestions.missing.length)}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}

      <Field
        label={T.templates.type}
        hint={suggestions.recommended ? T.templates.suggested(suggestions.recommended.type.name, suggestions.recommended.matched) : T.templates.noRecommendation}
      >
        <Dropdown
          value={choices.find((c) => c.id === activeType)?.name ?? ''}
          selectedOptions={activeType ? [activeType] : []}
          onOptionSelect={(_, d) => {
            setTypeId(d.optionValue);
            setChosen(new Set());
          }}
          data-testid="type"
        >
          {choices.map((c) => (
            <Option key={c.id} value={c.id} text={c.name}>
              {c.name}
              {c.id === suggestions.recommended?.type.id ? `（${T.templates.recommended}）` : ''}
            </Option>
          ))}
        </Dropdown>
      </Field>

      {previews.length === 0 ? (
        <Caption1>{T.templates.allPresent}</Caption1>
      ) : (
        <ul className={s.list}>
          {previews.map((p) => (
            <li key={p.template.id}>
              <Checkbox
                checked={chosen.has(p.template.id)}
                onChange={(_, d) => {
                  const next = new Set(chosen);
                  if (d.checked) next.add(p.template.id);
                  else next.delete(p.template.id);
                  setChosen(next);
                }}
                label={
                  <span className={s.item}>
                    <Text>{`${p.template.name}　${p.value}`}</Text>
                    <Caption1>{`${p.level1} / ${p.level2}`}</Caption1>
                    {p.proposal && <Caption1 data-testid={`proposal-${p.template.id}`}>{T.templates.proposal(p.proposal.value, p.proposal.source)}</Caption1>}
                  </span>
                }
                data-testid={`template-${p.template.id}`}
              />
            </li>
          ))}
        </ul>
      )}

      <Switch label={T.templates.cursor} checked={useCursor} onChange={(_, d) => setUseCursor(d.checked)} />
      {previews.some((p) => p.proposal) && (
        <Switch label={T.templates.acceptProposals(previews.filter((p) => p.proposal).length)} checked={acceptProposals} onChange={(_, d) => setAcceptProposals(d.checked)} data-testid="accept-proposals" />
      )}
      <div className={s.row}>
        <Button appearance="primary" disabled={busy || chosen.size === 0} onClick={() => void insert([...chosen])} data-testid="insert">
          {T.templates.insert(chosen.size)}
        </Button>
        <Button disabled={busy || previews.length === 0} onClick={() => void insert(previews.map((p) => p.template.id))}>
          {T.templates.insertAll(previews.length)}
        </Button>
        {busy && <Badge appearance="tint">{T.templates.inserting}</Badge>}
      </div>
      <Field label={T.templates.blankTitle} hint={T.templates.blankHint}>
        <div className={s.row}>
          <Button disabled={busy || !activeType} onClick={() => void blank(false)} data-testid="blank-below">
            {T.templates.blankBelow}
          </Button>
          <Button disabled={busy || !activeType} onClick={() => void blank(true)}>
            {T.templates.blankNewSheet}
          </Button>
        </div>
      </Field>
      <OwnTemplates checker={checker} table={{ sheet: table.sheet, top, name: table.name }} setDone={setDone} />
      <Inserted done={done} />
    </div>
  );
}
