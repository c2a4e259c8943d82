/**
 * `perf-target templates` prints the indicator library; `perf-target insert` applies the same
 * insertion plan as the add-in to a workbook file through exceljs (IN is never modified).
 */
import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { promises as fs } from 'fs';
import { basename, resolve } from 'path';
import { indicatorTableOf, isProjectTable, recognizeSheet, summarize } from '../core/engine/check';
import { LEVEL1_NAMES, LEVEL2_NAMES } from '../core/model';
import { BUILTIN_PROFILES } from '../core/rules/profiles';
import { LIBRARY, type IndicatorTemplate } from '../core/templates/library';
import { blankLayoutOf, insertionRefusal, planBlankTable, planInsertion, type BlankLayout } from '../core/templates/plan';
import { frameworkOf, templatesToAdd } from '../core/templates/suggest';
import { applyPlanToWorksheet, insertBlocker, unshareFormulas } from './insertWorkbook';
import { readStore, worksheetToGrid } from './exceljsGrid';
import { readWorkbookFile, readXlsxBytes, WorkbookReadError } from './readWorkbook';
import { harvestTemplate, templateFile, type UserTemplateSet } from '../core/templates/userTemplates';
import { completePackage, openPackage, PackageError, partsLostOnWrite } from './xlsxPackage';
import { writeWhole, WriteError } from './paths';

export class CommandError extends Error {}

export function templatesText(): string {
  const lines: string[] = ['指标模板库', ''];
  for (const type of [...LIBRARY.types, LIBRARY.general]) {
    lines.push(type === LIBRARY.general ? `【${type.name}】（${type.id}）看不出项目类型时提供` : `【${type.name}】（${type.id}）关键词：${type.keywords.join('、')}`);
    for (const id of type.indicators) {
      const t = LIBRARY.indicator(id)!;
      lines.push(`  ${LEVEL1_NAMES[t.level1]} / ${LEVEL2_NAMES[t.level2]} / ${t.name}  ${t.value}  [${t.id}]${t.framework ? '（仅 2021 框架）' : ''}`);
    }
    lines.push('');
  }
  lines.push('全部指标：');
  for (const t of LIBRARY.indicators) lines.push(`  [${t.id}] ${LEVEL2_NAMES[t.level2]} · ${t.name} · ${t.value} · ${t.description} · 依据：${t.basis}`);
  lines.push('', '占位符：{n} 由填表人填写（插入后显示为 **），{total} 取年度资金总额，{year} 取表的年度。');
  return lines.join('\n');
}

export function templatesJson(): string {
  return JSON.stringify({ types: LIBRARY.types, general: LIBRARY.general, indicators: LIBRARY.indicators }, null, 2);
}

export interface InsertArgs {
  sheet: string;
  /** 1-based position of the table in the sheet. */
  table: number;
  type?: string;
  indicators: string[];
  input: string;
  output: string;
  profile: string;
  /** Write a whole blank table of `type` below the sheet's content (or on a new sheet of that name). */
  newTable: boolean;
  /** Replace an existing OUT. */
  force: boolean;
  /** --new-table: the layout to write when the sheet has no project table to follow. */
  layout?: BlankLayout;
}

export function parseInsertArgs(argv: string[]): InsertArgs {
  const files: string[] = [];
  const args: Partial<InsertArgs> & { indicators: string[] } = { indicators: [], profile: 'auto', newTable: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new CommandError(`选项 ${a} 需要一个值`);
      return v;
    };
    if (a === '--sheet') args.sheet = next();
    else if (a === '--table') args.table = Number(next());
    else if (a === '--type') args.type = next();
    else if (a === '--indicator') args.indicators.push(next());
    else if (a === '--profile') args.profile = next();
    else if (a === '--new-table') args.newTable = true;
    else if (a === '--layout') {
      const layout = next();
      if (layout !== 'hebei' && layout !== 'ningxia') throw new CommandError(`--layout 只能是 ningxia（宁夏等项目表）或 hebei（河北部门预算项目表），收到「${layout}」`);
      args.layout = layout;
    }
    else if (a === '--force') args.force = true;
    else if (a.startsWith('-')) throw new CommandError(`未知选项「${a}」`);
    else files.push(a);
  }
  if (!args.sheet) throw new CommandError('请用 --sheet 指定工作表');
  if (args.newTable && !args.type) throw new CommandError('--new-table 需要用 --type 指定项目类型');
  if (!args.newTable && (!args.table || !Number.isInteger(args.table) || args.table < 1)) throw new CommandError('请用 --table N 指定第几张表（从 1 开始）');
  if (!args.type && args.indicators.length === 0) throw new CommandError('请用 --type 或 --indicator 指定要插入的指标');
  if (files.length !== 2) throw new CommandError('需要输入和输出两个文件：IN.xlsx OUT.xlsx');
  if (resolve(files[0]!) === resolve(files[1]!)) throw new CommandError('输出文件不能与输入文件相同（不修改原文件）');
  if (!BUILTIN_PROFILES[args.profile!]) throw new CommandError(`未知的规则配置「${args.profile}」`);
  return { ...(args as InsertArgs), input: files[0]!, output: files[1]! };
}

/** What the writer needs of IN: the workbook, and its package for the parts carried through (completePackage). */
interface Opened {
  wb: ExcelJS.Workbook;
  original: JSZip;
}

/** IN read for writing back: refused when exceljs would not write back everything it holds. */
async function readForWriting(input: string): Promise<Opened> {
  let buffer: Buffer;
  let original: JSZip;
  try {
    buffer = await readXlsxBytes(input);
    original = await openPackage(buffer);
    const lost = partsLostOnWrite(original);
    if (lost.length > 0) throw new CommandError(`「${input}」含有${lost.join('、')}，命令行插入后会丢失这些内容，未写入。请在 Excel 中用任务窗格插入`);
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof PackageError) throw new CommandError(`无法读取「${input}」：${e.message}`);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new CommandError(`无法读取「${input}」：文件已损坏，无法打开（${(e as Error).message.slice(0, 60)}）`);
  }
  return { wb, original };
}

/**
 * Writes OUT whole or not at all: into a temporary file beside it, then renamed into place. OUT is
 * never IN (compared by device and inode, so a link to IN counts) and an existing OUT is replaced
 * only with --force.
 */
async function writeOutput({ wb, original }: Opened, args: InsertArgs): Promise<void> {
  const [inStat, outStat] = await Promise.all([fs.stat(args.input), fs.stat(args.output).catch(() => undefined)]);
  if (outStat) {
    if (outStat.dev === inStat.dev && outStat.ino === inStat.ino) throw new CommandError('输出文件就是输入文件（经由链接），不修改原文件，未写入');
    if (!args.force) throw new CommandError(`输出文件「${args.output}」已存在；要覆盖请加 --force`);
  }
  const data = await completePackage(original, Buffer.from(await wb.xlsx.writeBuffer()));
  try {
    await writeWhole(args.output, data);
  } catch (e) {
    if (e instanceof WriteError) throw new CommandError(e.message);
    throw e;
  }
}

/** Applies the plan and writes OUT; returns the plan's Chinese summary. */
export async function insertIntoFile(args: InsertArgs): Promise<string> {
  const opened = await readForWriting(args.input);
  const { wb } = opened;
  const profile = BUILTIN_PROFILES[args.profile]!;
  if (args.newTable) {
    const type = LIBRARY.type(args.type!);
    if (!type) throw new CommandError(`未知的项目类型「${args.type}」，可选：${LIBRARY.types.map((t) => t.name).join('、')}`);
    const existing = wb.getWorksheet(args.sheet);
    const target = existing ?? wb.addWorksheet(args.sheet);
    const used = existing ? worksheetToGrid(existing) : undefined;
    const found = used ? recognizeSheet(used).filter(isProjectTable) : [];
    const year = found.find((t) => t.year !== undefined)?.year;
    // --layout if given; else the blank table follows the sheet's project tables (hebei or ningxia).
    const layout = args.layout ?? blankLayoutOf(found);
    const plan = planBlankTable({
      sheet: args.sheet,
      newSheet: !existing,
      top: used && used.rowCount > 0 ? used.rowCount + 2 : 0,
      templates: type.indicators.map((id) => LIBRARY.indicator(id)!),
      framework: frameworkOf(undefined, profile),
      typeName: type.name,
      layout,
      ...(year !== undefined ? { year } : {}),
    });
    applyPlanToWorksheet(target, plan);
    await writeOutput(opened, args);
    return plan.summary;
  }
  const ws = wb.getWorksheet(args.sheet);
  if (!ws) throw new CommandError(`没有名为「${args.sheet}」的工作表`);
  const grid = worksheetToGrid(ws);
  // --table counts the sheet's tables that hold indicators: project tables and 部门整体 tables (the
  // 单位预算 tables take none).
  const stored = readStore(wb);
  const found = recognizeSheet(grid, stored && 'store' in stored ? stored.store : undefined);
  const tables = found.flatMap((t) => {
    const indicators = indicatorTableOf(t);
    return indicators ? [{ indicators, name: summarize(t).name }] : [];
  });
  const chosen = tables[args.table - 1];
  const table = chosen?.indicators;
  if (!table) {
    throw new CommandError(tables.length === 0 ? `工作表「${args.sheet}」中没有可插入指标的表（项目绩效目标表或部门整体表的指标部分）` : `工作表「${args.sheet}」只有 ${tables.length} 张可插入指标的表`);
  }

  let templates: IndicatorTemplate[];
  if (args.type) {
    const type = LIBRARY.type(args.type);
    if (!type) throw new CommandError(`未知的项目类型「${args.type}」，可选：${LIBRARY.types.map((t) => t.name).join('、')}`);
    templates = templatesToAdd(table, type, LIBRARY, frameworkOf(table, profile));
  } else {
    templates = args.indicators.map((id) => {
      const t = LIBRARY.indicator(id);
      if (!t) throw new CommandError(`未知的指标模板「${id}」（npm run templates 查看全部）`);
      return t;
    });
  }
  const refusal = insertionRefusal(table);
  if (refusal) throw new CommandError(refusal);
  const plan = planInsertion({ table, merges: grid.merges, grid, templates, framework: frameworkOf(table, profile) });
  const inserts = plan.steps.flatMap((s) => (s.kind === 'insertRows' ? [{ at: s.at, count: s.count }] : []));
  // Shared formulas are written out in each cell first, so each can be re-pointed on its own.
  if (inserts.length > 0) unshareFormulas(wb);
  const blocker = inserts.length > 0 ? insertBlocker(wb, args.sheet, inserts) : undefined;
  if (blocker) throw new CommandError(blocker);
  applyPlanToWorksheet(ws, plan, wb);
  await writeOutput(opened, args);
  return `「${chosen!.name ?? '表'}」${plan.summary}`;
}

/**
 * `templates --export OUT.json WORKBOOK`: every project table of a workbook (.xlsx or .xls / .et)
 * as a template set, in one file a finance bureau hands to its units (the pane imports it). The
 * workbook is only read; OUT is written whole, and an existing one only with --force.
 */
export async function exportWorkbookTemplates(input: string, output: string, force: boolean): Promise<string> {
  if (resolve(input) === resolve(output)) throw new CommandError('输出文件不能与输入文件相同');
  let grids;
  try {
    ({ grids } = await readWorkbookFile(input));
  } catch (e) {
    throw new CommandError(`「${input}」：${e instanceof WorkbookReadError ? e.message : (e as Error).message}`);
  }
  const sets: UserTemplateSet[] = [];
  for (const grid of grids) {
    for (const table of recognizeSheet(grid).filter(isProjectTable)) {
      const set = harvestTemplate(table, grid.sheet, { file: basename(input) });
      if (set) sets.push(set);
    }
  }
  if (sets.length === 0) throw new CommandError(`「${input}」中没有可以做成模板的项目绩效目标表`);
  if (!force && (await fs.stat(output).catch(() => undefined))) throw new CommandError(`「${output}」已存在；要覆盖请加 --force`);
  try {
    await writeWhole(output, Buffer.from(templateFile(sets), 'utf8'));
  } catch (e) {
    throw new CommandError(e instanceof WriteError ? e.message : `写入失败：${(e as Error).message}`);
  }
  return `已从「${input}」的 ${sets.length} 张表生成 ${sets.length} 套模板（${sets.reduce((n, s) => n + s.indicators.length, 0)} 条指标），写入「${output}」；在任务窗格“模板”页点“导入模板文件”即可使用`;
}
