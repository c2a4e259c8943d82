/**
 * The task pane's controller: runs the one-click check, keeps live checking going as the user
 * types, and applies marks, fixes and navigation through the host (core/host/paneHost: Excel or
 * WPS). It sequences; the decisions (what to re-check, which marks change) come from
 * core/engine/workbookState.
 */
import { markAreas, planMarks, WorkbookState, type ChangeScope, type MarkPlan } from '../core/engine/workbookState';
import type { CheckResult } from '../core/engine/check';
import type { Finding } from '../core/rules/types';
import type { ProjectTable } from '../core/model';
import { DEFAULT_SETTINGS, profileOf, readSettings, type Settings } from '../core/settings';
import { MarkBook, type LegacySettings, type PaneCapabilities, type PaneHost, type SheetChange, type Watch } from '../core/host/paneHost';
import { emptyStore, encodeStore, STORE_SHEET, storeFromGrid, columnKey, taughtRole, withTaughtRole, type Store, type TaughtRole } from '../core/store/document';
import { indicatorTableOf, isProjectTable, recognizeSheet } from '../core/engine/check';
import { LIBRARY } from '../core/templates/library';
import { blankLayoutOf, insertionRefusal, planBlankTable, planInsertion, type BlankLayout, type InsertionPlan } from '../core/templates/plan';
import { fillContextOf, fillValue, frameworkOf, labelsFor, rankTypes, stillNeeded, templatesForMissing, templatesToAdd, type RankedType } from '../core/templates/suggest';
import { proposeValue, type Proposal } from '../core/templates/proposals';
import { harvestTemplate, mergeSets, readTemplateFile, templateFile, type UserTemplateSet } from '../core/templates/userTemplates';
import type { IndicatorTemplate } from '../core/templates/library';
import { findingKey } from './findingOrder';
import { unusedSheetName } from '../core/grid/address';
import { dismissalOf } from '../core/engine/dismiss';
import type { Dismissal } from '../core/store/document';
import { resultsSheet } from '../core/report/resultsSheet';

export type Status = 'idle' | 'checking' | 'ready' | 'error';

export interface CheckerSnapshot {
  status: Status;
  /** Chinese text of the last error, shown in the pane. */
  error?: string;
  result: CheckResult;
  settings: Settings;
  /** Live checking is on and the sheets are being watched. */
  watching: boolean;
  /** Marks are shown in the workbook (off after 清除标记 until the next check). */
  marksShown: boolean;
  /** How many marks (conditional formats) this session has in the workbook: they are saved with the file. */
  markCount: number;
  /** 应用建议 changed cells this session: 清除标记 then restores the look of the cells, not the workbook. */
  fixesApplied: boolean;
  /** Engine time of the last full check and of the last live re-check, in ms (for the bench, not shown). */
  timings: { full?: number; live?: number };
  /** What produced the result: 一键检查, or a live re-check of a sheet (with what it added and resolved). */
  lastUpdate?: { kind: 'full' } | { kind: 'live'; sheet: string; added: number; removed: number };
  /** Whether the settings the user changed were saved in the workbook; undefined until one is changed. */
  settingsSaved?: boolean;
  /** The template sets in the workbook store (learned or imported), newest first. */
  templateSets?: UserTemplateSet[];
  /** Why the workbook's store was ignored (damaged, or from a newer version); it is then never overwritten. */
  storeError?: string;
  /** While 一键检查 runs: sheets checked of all, for the progress bar. */
  progress?: { done: number; total: number };
  /** The last 一键检查 was cancelled (取消): the previous findings stand. */
  cancelled?: boolean;
  /** Bumped on every change, so views can tell snapshots apart cheaply. */
  version: number;
}

/** A column of a recognised table the vocabulary did not know, or whose role the user taught. */
export interface TeachableColumn {
  sheet: string;
  /** The heading's cell. */
  cell: string;
  heading: string;
  /** The role the user gave it, when taught. */
  role?: TaughtRole;
}

const EMPTY: CheckResult = { tables: [], findings: [] };

export interface TemplatePreview {
  template: IndicatorTemplate;
  level1: string;
  level2: string;
  /** The value as it would be written (`**` where the user fills in a number). */
  value: string;
  /** A number for the `{n}` read from the table's own text, with its source: written only if accepted. */
  proposal?: Proposal;
}

export interface TemplateSuggestions {
  ranked: RankedType[];
  /** The type recommended for the table; none when nothing matched (the 通用 set is shown, said as such). */
  recommended?: RankedType;
  missing: TemplatePreview[];
  forType(typeId: string): TemplatePreview[];
}

export interface CheckerOptions {
  /** Delay after the last change before re-checking (ms). */
  debounceMs?: number;
  now?: () => number;
}

export class Checker {
  private state: WorkbookState;
  private readonly book = new MarkBook();
  private watch: Watch | undefined;
  private snapshot: CheckerSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Map<string, { addresses: string[]; structural: boolean }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** Sheets whose own writes (by this add-in) are being ignored, until a time. */
  private readonly suppressed = new Map<string, number>();
  private readonly debounceMs: number;
  private readonly now: () => number;
  /** The workbook's store as last read or written, whether its sheet exists, whether it may be overwritten. */
  private doc: Store = emptyStore();
  private docExists = false;
  private docWritable = true;
  private docRead = false;
  private cancelRequested = false;

  constructor(
    private readonly host: PaneHost,
    /** Where settings were kept before the store: read until the store is, moved into it on its first write. */
    private readonly legacy: LegacySettings = NO_LEGACY,
    options: CheckerOptions = {},
  ) {
    const settings = readSettings(legacy.load());
    this.state = new WorkbookState(profileOf(settings));
    this.snapshot = { status: 'idle', result: EMPTY, settings, watching: false, marksShown: true, markCount: 0, fixesApplied: false, timings: {}, version: 0 };
    this.debounceMs = options.debounceMs ?? 300;
    this.now = options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  }

  get capabilities(): PaneCapabilities {
    return this.host.capabilities;
  }

  getSnapshot = (): CheckerSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<CheckerSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch, version: this.snapshot.version + 1 };
    for (const l of this.listeners) l();
  }

  /** Runs work one piece at a time: Excel batches from this pane never overlap. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** 一键检查: reads every sheet, checks every table, marks the cells. 4 syncs for most workbooks. */
  fullCheck(): Promise<void> {
    return this.serial(async () => {
      const before = { status: this.snapshot.status, result: this.snapshot.result };
      this.cancelRequested = false;
      this.update({ status: 'checking', error: undefined, cancelled: undefined, progress: undefined });
      try {
        const read = await this.withCellEditRetry(() => this.host.readWorkbook());
        // Settings and the roles the user taught columns, kept in the store's sheet (read with the sheets).
        const stored = read.sheets.find((s) => s.name === STORE_SHEET);
        this.takeStore(stored ? storeFromGrid(stored.grid) : { store: emptyStore() }, stored !== undefined);
        // Checked into a new state, sheet by sheet, giving the pane a turn every few dozen ms (progress,
        // 取消): a cancelled check leaves the previous findings and marks as they were.
        const next = new WorkbookState(profileOf(this.snapshot.settings));
        next.setStore(this.doc);
        const t0 = this.now();
        let turn = t0;
        for (let i = 0; i < read.sheets.length; i++) {
          next.setSheet(read.sheets[i]!.grid);
          if (this.now() - turn > 40 && i + 1 < read.sheets.length) {
            this.update({ progress: { done: i + 1, total: read.sheets.length } });
            await new Promise((r) => setTimeout(r, 0));
            turn = this.now();
          }
          if (this.cancelRequested) {
            this.update({ status: before.status === 'checking' ? 'idle' : before.status, result: before.result, progress: undefined, cancelled: true });
            return;
          }
        }
        this.state = next;
        const full = this.now() - t0;
        this.book.clear();
        // The findings first: a workbook that cannot take marks (read-only, protected) is still checked.
        this.update({ status: 'ready', result: this.state.result(), progress: undefined, timings: { ...this.snapshot.timings, full }, lastUpdate: { kind: 'full' } });
        try {
          await this.host.applyMarks(
            read.sheets.map((s) => ({
              sheet: s.name,
              deleteIds: read.oldMarks.get(s.name) ?? [],
              plan: { remove: [], add: [...markAreas(this.state.marksFor(s.name))].map(([cell, severity]) => ({ cell, severity })) },
            })),
            this.book,
          );
          this.update({ marksShown: true, markCount: this.book.count() });
        } catch (e) {
          this.book.clear();
          this.update({ marksShown: false, markCount: 0, error: this.host.describeError(e, '在单元格上做标记') });
        }
        if (this.snapshot.settings.live) await this.startWatching();
      } catch (e) {
        this.update({ status: 'error', error: this.host.describeError(e, '检查') });
      }
    });
  }

  /** 取消: stops the running 一键检查 at the next sheet; the previous findings and marks stand. */
  cancelCheck(): void {
    if (this.snapshot.status === 'checking') this.cancelRequested = true;
  }

  /** 清除标记: removes every mark the add-in made; the findings list stays. */
  clearMarks(): Promise<number> {
    return this.serial(async () => {
      try {
        const n = await this.host.clearAllMarks();
        this.book.clear();
        this.update({ marksShown: false, markCount: 0 });
        return n;
      } catch (e) {
        this.update({ status: 'error', error: this.host.describeError(e, '清除标记') });
        return 0;
      }
    });
  }

  /**
   * Reads the workbook's store once, when the pane opens (1–2 syncs, no write): its settings replace
   * the ones read from the old place. 一键检查 reads it with the sheets, so this is a no-op after one.
   */
  start(): Promise<void> {
    return this.serial(async () => {
      if (this.docRead) return;
      try {
        const read = await this.host.readStore();
        this.takeStore(read, read.exists);
      } catch (e) {
        this.update({ error: this.host.describeError(e, '读取工作簿中保存的设置') });
      }
    });
  }

  /** Takes the store as read: the settings it holds apply the first time it is read. */
  private takeStore(read: { store: Store } | { error: string }, exists: boolean): void {
    const first = !this.docRead;
    this.docRead = true;
    this.docExists = exists;
    if ('error' in read) {
      // A damaged or newer store is the user's too: never overwrite it; 清除 removes it. What the
      // user teaches meanwhile applies for this session.
      if (first || this.docWritable) this.doc = emptyStore();
      this.docWritable = false;
      this.state.setStore(this.doc);
      if (this.snapshot.storeError !== read.error) this.update({ storeError: read.error });
      return;
    }
    this.doc = read.store;
    this.docWritable = true;
    this.state.setStore(read.store);
    if (this.snapshot.storeError) this.update({ storeError: undefined });
    if ((read.store.templates?.length ?? 0) > 0 || (this.snapshot.templateSets?.length ?? 0) > 0) this.update({ templateSets: read.store.templates ?? [] });
    if (first && read.store.settings) {
      const settings = readSettings(read.store.settings);
      if (!sameSettings(settings, this.snapshot.settings)) {
        this.state.setProfile(profileOf(settings));
        this.update({ settings });
      }
    }
  }

  /**
   * Writes the store when it changed, and only then (every add-in write clears Ctrl+Z on Excel builds
   * without API undo). The first write moves the old settings in and removes them from the old place.
   */
  private async persist(next: Store): Promise<void> {
    if (encodeStore(next).join('') === encodeStore(this.doc).join('')) return;
    // The old settings move in with the first write, whatever it is for.
    if (next.settings === undefined && this.legacy.load() !== undefined) next = { ...next, settings: { ...this.snapshot.settings } };
    if (!this.docWritable) {
      this.doc = next;
      return;
    }
    await this.host.writeStore(next);
    this.doc = next;
    this.docExists = true;
    if (this.legacy.load() !== undefined) await this.legacy.remove().catch(() => undefined);
  }

  /** The columns of the recognised tables a user can teach (not understood, or taught before), one per heading and sheet. */
  teachableColumns(): TeachableColumn[] {
    const out: TeachableColumn[] = [];
    const seen = new Set<string>();
    for (const t of this.state.tables()) {
      for (const c of indicatorTableOf(t)?.header?.columns ?? []) {
        if (!c.source) continue;
        const key = `${t.sheet}\u0000${columnKey(c.heading.text)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const role = taughtRole(this.doc, t.sheet, c.heading.text);
        out.push({ sheet: t.sheet, cell: c.heading.address, heading: c.heading.text.trim(), ...(role ? { role } : {}) });
      }
    }
    return out;
  }

  /**
   * Teaches a column of `sheet` its role (undefined: forget what was taught), saves it in the
   * workbook's store, and re-checks the sheet: 2 syncs to write, 2 to re-check.
   */
  teachColumn(sheet: string, heading: string, role: TaughtRole | undefined): Promise<void> {
    return this.start().then(() =>
      this.serial(async () => {
        try {
          await this.persist(withTaughtRole(this.doc, sheet, heading, role));
          this.state.setStore(this.doc);
          await this.recheck({ kind: 'sheet', sheet, structural: false });
        } catch (e) {
          this.update({ error: this.host.describeError(e, '保存栏目含义') });
        }
      }),
    );
  }

  /**
   * 忽略此问题: keeps the finding out of the list, the counts and the marks, with the user's reason,
   * in the workbook's store (the CLI reads it too), until the cell's text changes. 2 syncs to write
   * the store, 2 to re-check the sheet and take its mark away.
   */
  dismiss(finding: Finding, reason: string): Promise<void> {
    const table = finding.table === undefined ? undefined : this.snapshot.result.tables[finding.table]?.name;
    return this.changeDismissals(finding.sheet, (list) => {
      const entry = dismissalOf(finding, table, reason.trim());
      return [...list.filter((d) => !sameDismissal(d, entry)), entry];
    });
  }

  /** Brings a dismissed finding back (恢复). */
  restore(dismissed: Finding): Promise<void> {
    const table = dismissed.table === undefined ? undefined : this.snapshot.result.tables[dismissed.table]?.name;
    const entry = dismissalOf(dismissed, table, '');
    return this.changeDismissals(dismissed.sheet, (list) => list.filter((d) => !sameDismissal(d, entry)));
  }

  private changeDismissals(sheet: string, change: (list: Dismissal[]) => Dismissal[]): Promise<void> {
    return this.start().then(() =>
      this.serial(async () => {
        try {
          await this.persist({ ...this.doc, dismissed: change(this.doc.dismissed) });
          this.state.setStore(this.doc);
          await this.recheck({ kind: 'sheet', sheet, structural: false });
        } catch (e) {
          this.update({ error: this.host.describeError(e, '保存忽略的问题') });
        }
      }),
    );
  }

  /**
   * 清除: removes the store's sheet (settings and taught columns) and the old settings, returns to
   * the default settings and re-checks. Returns whether the workbook held anything.
   */
  clearStore(): Promise<boolean> {
    return this.start().then(() =>
      this.serial(async () => {
        try {
          const had = (await this.host.deleteStore()) || this.legacy.load() !== undefined;
          if (this.legacy.load() !== undefined) await this.legacy.remove().catch(() => undefined);
          this.doc = emptyStore();
          this.docExists = false;
          this.docWritable = true;
          this.state.setStore(undefined);
          const settings = { ...DEFAULT_SETTINGS, live: this.snapshot.settings.live };
          this.state.setProfile(profileOf(settings));
          this.update({ settings, storeError: undefined });
          return had;
        } catch (e) {
          this.update({ error: this.host.describeError(e, '清除助手数据') });
          return false;
        }
      }),
    ).then(async (had) => {
      if (this.snapshot.status === 'ready') await this.fullCheck();
      return had;
    });
  }

  async setLive(on: boolean): Promise<void> {
    await this.saveSettings({ ...this.snapshot.settings, live: on });
    if (on && this.snapshot.status === 'ready') await this.serial(() => this.startWatching());
    if (!on) await this.serial(() => this.stopWatching());
  }

  /** Saves settings the user changed in the workbook's store; unchanged settings write nothing. */
  async saveSettings(settings: Settings): Promise<void> {
    await this.start();
    if (sameSettings(settings, this.snapshot.settings)) return;
    const profileChanged =
      settings.profile !== this.snapshot.settings.profile ||
      settings.satisfactionFloor !== this.snapshot.settings.satisfactionFloor ||
      settings.roundingTolerancePerPart !== this.snapshot.settings.roundingTolerancePerPart ||
      settings.rulesOff.join() !== this.snapshot.settings.rulesOff.join();
    this.update({ settings });
    await this.serial(async () => {
      try {
        await this.persist({ ...this.doc, settings: { ...settings } });
        // A damaged or newer store is never overwritten: then the settings apply for this session only.
        this.update({ settingsSaved: this.docWritable });
      } catch {
        // The workbook may be read-only; settings still apply for this session.
        this.update({ settingsSaved: false });
      }
    });
    if (profileChanged) {
      this.state.setProfile(profileOf(settings));
      if (this.snapshot.status === 'ready') await this.fullCheck();
    }
  }

  async resetSettings(): Promise<void> {
    await this.saveSettings({ ...DEFAULT_SETTINGS, live: this.snapshot.settings.live });
  }

  /** Selects one of a finding's cells (the first by default), on whichever sheet it is. */
  select(finding: Finding, cell = finding.cells[0]): Promise<void> {
    if (cell === undefined) return Promise.resolve();
    return this.serial(() => this.host.selectCell(finding.sheet, cell)).catch((e) => this.update({ error: this.host.describeError(e, `转到 ${cell}`) }));
  }

  /** 应用建议: writes the suggested text into the cell(s); the live check then re-checks them. */
  applyFixes(findings: readonly Finding[]): Promise<void> {
    return this.serial(async () => {
      const bySheet = new Map<string, Array<{ cell: string; text: string }>>();
      for (const f of findings) {
        if (!f.fix) continue;
        bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f.fix]);
      }
      try {
        for (const [sheet, edits] of bySheet) await this.host.writeCells(sheet, edits);
        if (bySheet.size > 0 && !this.snapshot.fixesApplied) this.update({ fixesApplied: true });
        // Without live checking nothing else re-reads the cells: do it here.
        if (!this.watch) for (const [sheet, edits] of bySheet) await this.recheck(this.scopeOf(sheet, edits.map((e) => e.cell), false));
      } catch (e) {
        const cells = [...bySheet.values()].flat().map((e) => e.cell);
        this.update({ error: this.host.describeError(e, `应用建议（${cells.slice(0, 3).join('、')}${cells.length > 3 ? ` 等 ${cells.length} 处` : ''}）`) });
      }
    });
  }

  /**
   * 插入: puts template indicators into a table — into the block under the cursor when the cursor is
   * in the table, else where each belongs — and re-checks the sheet. Returns the plan (its summary
   * says what went where), or undefined when the table is gone.
   */
  insertTemplates(sheet: string, tableTop: number, templateIds: readonly string[], useCursor = true, acceptProposals = false): Promise<InsertionPlan | undefined> {
    return this.serial(async () => {
      const templates = templateIds.map((id) => this.templateById(id)).filter((t) => t !== undefined);
      try {
        const result = this.state.sheet(sheet);
        const old = result?.tables.find((t) => t.range.top === tableTop);
        if (!old) return undefined;
        // Re-read the table (values and merges now) and where the cursor is: 1 sync.
        const { grid, cursor } = await this.host.readRowsAndCursor(sheet, old.range.top, old.range.bottom);
        const found = recognizeSheet(grid).find((t) => t.range.top === old.range.top);
        const table = found && indicatorTableOf(found);
        if (!table) return undefined;
        const cursorRow = useCursor && cursor !== undefined && table.indicators.some((r) => r.row === cursor) ? cursor : undefined;
        const refusal = insertionRefusal(table);
        if (refusal) {
          this.update({ error: refusal });
          return undefined;
        }
        const plan = planInsertion({
          table,
          merges: grid.merges,
          grid,
          templates,
          framework: frameworkOf(table, profileOf(this.snapshot.settings)),
          ...(cursorRow !== undefined ? { cursorRow } : {}),
          // Numbers read from the table's text go in only when the user accepted them.
          ...(acceptProposals ? { values: acceptedValues(templates, table) } : {}),
        });
        this.suppressOwnChanges(sheet);
        await this.host.executePlan(plan);
        await this.recheck({ kind: 'sheet', sheet, structural: true });
        return plan;
      } catch (e) {
        this.update({ error: this.host.describeError(e, `插入指标（${templates.map((t) => t.name).join('、')}）`) });
        return undefined;
      }
    });
  }

  /**
   * 新建空白表: a whole table of a type's indicators, two rows below the last used row of `sheet`,
   * or on a new sheet. Returns the plan, or undefined when it was refused (cells not empty).
   */
  insertBlankTable(sheet: string, typeId: string, newSheet: boolean): Promise<InsertionPlan | undefined> {
    return this.serial(async () => {
      const own = this.userTemplateSets().find((u) => u.id === typeId);
      const library = own ? undefined : LIBRARY.type(typeId);
      const type = own ? { name: own.name, templates: own.indicators } : library && { name: library.name, templates: library.indicators.map((id) => LIBRARY.indicator(id)!) };
      if (!type) return undefined;
      try {
        // The sheet names in use and where the sheet's content ends: 1 sync.
        const { names, bottom } = await this.host.readSheetExtent(newSheet ? undefined : sheet);
        const target = newSheet ? unusedSheetName(type.name, names) : sheet;
        const year = this.state.sheet(sheet)?.tables.filter(isProjectTable).find((t) => t.year !== undefined)?.year;
        const plan = planBlankTable({
          sheet: target,
          newSheet,
          top: bottom < 0 ? 0 : bottom + 3,
          templates: type.templates,
          framework: frameworkOf(undefined, profileOf(this.snapshot.settings)),
          typeName: type.name,
          layout: this.blankLayout(sheet),
          ...(year !== undefined ? { year } : {}),
        });
        this.suppressOwnChanges(target);
        await this.host.executePlan(plan);
        await this.recheck({ kind: 'sheet', sheet: target, structural: true });
        if (newSheet && this.snapshot.settings.live) await this.startWatching();
        return plan;
      } catch (e) {
        this.update({ error: this.host.describeError(e, `新建空白表（${type.name}）`) });
        return undefined;
      }
    });
  }

  /**
   * 导出检查结果: the findings of the last check, with the dismissed ones and their reasons, written
   * into a new 检查结果 sheet to send on; the user's sheets are not touched. Returns the sheet's name.
   */
  exportResults(when: string): Promise<string | undefined> {
    return this.serial(async () => {
      try {
        const layout = resultsSheet(this.snapshot.result, this.host.documentName(), when);
        const name = await this.host.writeResultsSheet(layout);
        // The new sheet holds no table; it is the add-in's own write, not the user's edit.
        this.suppressOwnChanges(name);
        return name;
      } catch (e) {
        this.update({ error: this.host.describeError(e, '导出检查结果') });
        return undefined;
      }
    });
  }

  /** A blank table follows the layout of the project tables on the sheet, else in the workbook: hebei or ningxia. */
  private blankLayout(sheet: string): BlankLayout {
    const here = (this.state.sheet(sheet)?.tables ?? []).filter((t) => t.kind.startsWith('project/'));
    return blankLayoutOf(here.length > 0 ? here : this.state.tables());
  }

  /** The indicators of the table at `tableTop` (a project table, or a 部门整体 table's block), if it has any. */
  indicatorTableAt(sheet: string, tableTop: number): ProjectTable | undefined {
    const found = this.state.sheet(sheet)?.tables.find((t) => t.range.top === tableTop);
    return found && indicatorTableOf(found);
  }

  /** What the 模板 tab offers for a table: ranked types, the templates for its missing 二级, previews. */
  templateSuggestions(sheet: string, tableTop: number): TemplateSuggestions | undefined {
    const table = this.indicatorTableAt(sheet, tableTop);
    if (!table) return undefined;
    const profile = profileOf(this.snapshot.settings);
    const framework = frameworkOf(table, profile);
    const ctx = fillContextOf(table);
    const preview = (t: IndicatorTemplate): TemplatePreview => {
      const labels = labelsFor(t, framework);
      const proposal = proposeValue(t, table);
      return { template: t, level1: labels.level1Name, level2: labels.level2Name, value: fillValue(t, ctx).text, ...(proposal ? { proposal } : {}) };
    };
    const ranked = rankTypes(table);
    const recommended = ranked[0] && ranked[0].score > 0 ? ranked[0] : undefined;
    return {
      ranked,
      ...(recommended ? { recommended } : {}),
      missing: templatesForMissing(table, profile).map(preview),
      forType: (typeId: string) => {
        const own = this.userTemplateSets().find((u) => u.id === typeId);
        if (own) return stillNeeded(table, own.indicators, framework).map(preview);
        const type = LIBRARY.type(typeId);
        return type ? templatesToAdd(table, type, LIBRARY, framework).map(preview) : [];
      },
    };
  }

  /** The template sets learned from this workbook's tables or imported (模板 tab, listed first). */
  userTemplateSets(): UserTemplateSet[] {
    return this.doc.templates ?? [];
  }

  /** A template by id: the library's, or one of a user set's. */
  private templateById(id: string): IndicatorTemplate | undefined {
    return LIBRARY.indicator(id) ?? this.userTemplateSets().flatMap((s) => s.indicators).find((t) => t.id === id);
  }

  /**
   * 从本表生成模板: the table's rows as a named set in the workbook store (numbers that change year to
   * year as placeholders). Returns the set, or undefined when the table has no row to keep. 2 syncs.
   */
  harvestTable(sheet: string, tableTop: number, name?: string): Promise<UserTemplateSet | undefined> {
    return this.start().then(() =>
      this.serial(async () => {
        const table = this.state.sheet(sheet)?.tables.find((t) => t.range.top === tableTop);
        if (!table || !isProjectTable(table)) return undefined;
        const set = harvestTemplate(table, sheet, name?.trim() ? { name: name.trim() } : {});
        if (!set) return undefined;
        try {
          await this.persist({ ...this.doc, templates: mergeSets(this.userTemplateSets(), [set]) });
          this.update({ templateSets: this.userTemplateSets() });
          return set;
        } catch (e) {
          this.update({ error: this.host.describeError(e, '保存模板') });
          return undefined;
        }
      }),
    );
  }

  /** The sets (all, or those named) as a template file to hand to other units. */
  exportTemplates(ids?: readonly string[]): string | undefined {
    const sets = this.userTemplateSets().filter((s) => !ids || ids.includes(s.id));
    return sets.length > 0 ? templateFile(sets) : undefined;
  }

  /** Imports a template file into the workbook store; a set of the same id is replaced. Returns how many, or the Chinese reason. */
  importTemplates(json: string): Promise<{ count: number } | { error: string }> {
    const read = readTemplateFile(json);
    if ('error' in read) return Promise.resolve(read);
    return this.start().then(() =>
      this.serial(async () => {
        try {
          await this.persist({ ...this.doc, templates: mergeSets(this.userTemplateSets(), read.sets) });
          this.update({ templateSets: this.userTemplateSets() });
          return { count: read.sets.length };
        } catch (e) {
          return { error: this.host.describeError(e, '导入模板') };
        }
      }),
    );
  }

  /** Removes a set from the workbook store. */
  removeTemplateSet(id: string): Promise<void> {
    return this.start().then(() =>
      this.serial(async () => {
        const left = this.userTemplateSets().filter((s) => s.id !== id);
        if (left.length === this.userTemplateSets().length) return;
        try {
          await this.persist({ ...this.doc, templates: left });
          this.update({ templateSets: this.userTemplateSets() });
        } catch (e) {
          this.update({ error: this.host.describeError(e, '删除模板') });
        }
      }),
    );
  }

  /** Ignore changes this add-in is about to make on a sheet (it re-checks them itself). */
  suppressOwnChanges(sheet: string, forMs = 2000): void {
    this.suppressed.set(sheet, this.now() + forMs);
  }

  private async startWatching(): Promise<void> {
    await this.stopWatching();
    try {
      this.watch = await this.host.watchChanges((c) => this.onChange(c));
      this.update({ watching: true });
    } catch (e) {
      this.update({ watching: false, error: this.host.describeError(e, '开启边填边查') });
    }
  }

  private async stopWatching(): Promise<void> {
    const w = this.watch;
    this.watch = undefined;
    if (w) await w.stop().catch(() => undefined);
    if (this.snapshot.watching) this.update({ watching: false });
  }

  private onChange(change: SheetChange): void {
    const sheet = this.watch?.sheetNames.get(change.sheetId);
    if (!sheet) return;
    const until = this.suppressed.get(sheet);
    const suppressed = until !== undefined && until > this.now();
    if (suppressed && change.fromThisAddin !== false) return;
    const p = this.pending.get(sheet) ?? { addresses: [], structural: false };
    p.addresses.push(change.address);
    p.structural ||= change.structural;
    this.pending.set(sheet, p);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  /** Re-checks what the changes since the last flush touched. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const work = [...this.pending.entries()];
    this.pending.clear();
    return this.serial(async () => {
      for (const [sheet, p] of work) await this.recheck(this.scopeOf(sheet, p.addresses, p.structural));
    });
  }

  private scopeOf(sheet: string, addresses: readonly string[], structural: boolean): ChangeScope {
    if (structural) return { kind: 'sheet', sheet, structural: true };
    const scopes = addresses.map((a) => this.state.scopeFor(sheet, a, 'edit'));
    const first = scopes[0];
    if (first?.kind === 'table' && scopes.every((s) => s.kind === 'table' && s.tableIndex === first.tableIndex)) {
      const top = Math.min(...scopes.map((s) => (s.kind === 'table' ? s.top : first.top)));
      const bottom = Math.max(...scopes.map((s) => (s.kind === 'table' ? s.bottom : first.bottom)));
      return { ...first, top, bottom };
    }
    return { kind: 'sheet', sheet, structural: false };
  }

  /**
   * Re-reads what a change touched and updates findings and marks: 2 syncs for an edit inside a
   * table (read + marks), one more when the edit changed the table's structure.
   */
  private async recheck(scope: ChangeScope): Promise<void> {
    try {
      const sheet = scope.sheet;
      let crossBefore = new Set<string>();
      let t = 0;
      await this.withCellEditRetry(() =>
        this.host.recheckSheet(this.book, {
          sheet,
          ...(scope.kind === 'table' ? { rows: { top: scope.top, bottom: scope.bottom } } : {}),
          take: (grid, wholeSheet) => {
            crossBefore = this.state.crossTableSheets();
            const t0 = this.now();
            const ok = wholeSheet ? (this.state.setSheet(grid), true) : scope.kind === 'table' && this.state.updateTable(scope, grid);
            t += this.now() - t0;
            return ok;
          },
          plans: () => {
            if (!this.snapshot.marksShown) return [];
            const marks = this.book.of(sheet);
            const desired = markAreas(this.state.marksFor(sheet));
            // After rows moved, cell keys in the book are stale: replace every mark of the sheet.
            const structural = scope.kind === 'sheet' && scope.structural;
            const plan = structural
              ? { remove: [...marks.values()].map((m) => m.id), add: [...desired].map(([cell, severity]) => ({ cell, severity })) }
              : planMarks(marks, desired);
            if (structural) marks.clear();
            // A figure that must agree across sheets marks cells on the other sheets too.
            const plans: Array<[string, MarkPlan]> = [[sheet, plan]];
            for (const other of new Set([...crossBefore, ...this.state.crossTableSheets()])) {
              if (other !== sheet && this.state.sheet(other)) plans.push([other, planMarks(this.book.of(other), markAreas(this.state.marksFor(other)))]);
            }
            return plans;
          },
        }),
      );
      const before = new Set(this.snapshot.result.findings.map(findingKey));
      const result = this.state.result();
      const after = new Set(result.findings.map(findingKey));
      const added = [...after].filter((k) => !before.has(k)).length;
      const removed = [...before].filter((k) => !after.has(k)).length;
      this.update({ status: 'ready', result, markCount: this.book.count(), timings: { ...this.snapshot.timings, live: t }, lastUpdate: { kind: 'live', sheet, added, removed } });
    } catch (e) {
      // The sheet may have been renamed or deleted: start again from the whole workbook.
      if (this.host.errorKind(e) === 'gone') {
        this.serial(() => Promise.resolve()).then(() => this.fullCheck());
        return;
      }
      this.update({ error: this.host.describeError(e, '重新检查') });
    }
  }

  /** Retries a batch that failed because the user was typing in a cell (Excel without delayForCellEdit). */
  private async withCellEditRetry<T>(work: () => Promise<T>, attempts = 20, waitMs = 500): Promise<T> {
    for (let i = 0; ; i++) {
      try {
        return await work();
      } catch (e) {
        if (this.host.errorKind(e) !== 'cell-edit' || i >= attempts) throw e;
        await new Promise((r) => setTimeout(r, waitMs));
      }
    }
  }
}

/** A host that never kept settings elsewhere. */
const NO_LEGACY: LegacySettings = { load: () => undefined, remove: async () => undefined };

/** The same dismissal (its reason aside). */
function sameDismissal(a: Dismissal, b: Dismissal): boolean {
  return a.sheet === b.sheet && a.rule === b.rule && a.messageId === b.messageId && a.table === b.table && a.text === b.text;
}

function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(a) as Array<keyof Settings>).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** The proposals for the templates, as the values to write. */
function acceptedValues(templates: readonly IndicatorTemplate[], table: ProjectTable): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of templates) {
    const p = proposeValue(t, table);
    if (p) out.set(t.id, p.value);
  }
  return out;
}
