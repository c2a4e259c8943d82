#!/usr/bin/env node
/**
 * perf-target: the command-line checker. Runs the same engine as the add-in over .xlsx files.
 *   perf-target check [--format text|json] [--profile NAME|FILE.json] FILE.xlsx...
 * Exit status: 0 no errors, 1 an error finding, 2 unreadable file or wrong arguments.
 */
import { readFileSync } from 'fs';
import { basename, join } from 'path';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, getProfile, type Profile } from '../core/rules/profiles';
import { expandInputs } from './inputs';
import { resolveProfile } from '../core/rules/userProfile';
import { packageRoot } from './paths';
import { checkFilesIsolated, DEFAULT_JOBS, DEFAULT_LIMITS, type Limits } from './isolate';
import { StreamingReport, type FileResult } from './report';

export const EXAMPLE_WORKBOOK = join(packageRoot(), 'examples', 'pingluo-zuzhibu-2024.xlsx');

const USAGE = `用法：
  perf-target check [--format text|json] [--profile 名称|配置.json] 文件或文件夹 ...
      检查工作簿中的项目绩效目标表、部门整体绩效目标表和单位预算表（含跨表核对）；不给文件时检查 examples/ 中的示例工作簿
  perf-target templates [--format json]
      列出指标模板库（项目类型、二级指标、三级指标、指标值写法）
  perf-target templates --export 模板.json [--force] 工作簿.xlsx
      把工作簿中每张项目绩效目标表做成模板（数量、金额、年份变成待填项），写成可在任务窗格中导入的模板文件
  perf-target insert --sheet 工作表 --table N (--type 培训 | --indicator 模板ID ...) [--force] 输入.xlsx 输出.xlsx
      把模板指标插入第 N 张表（项目表或部门整体表的指标部分；不修改输入文件；输出文件已存在时需加 --force）
  perf-target insert --sheet 工作表 --new-table --type 培训 [--layout ningxia|hebei] 输入.xlsx 输出.xlsx
      在工作表内容下方（或新工作表中）新建一张该类型的空白绩效目标表（格式按 --layout；不指定时随本表已有的项目表，默认宁夏格式）
  perf-target help

选项：
  --format text|json   输出格式（默认 text）
  --profile 名称        规则配置：${Object.keys(BUILTIN_PROFILES).join('、')}，或一个 JSON 配置文件
                       （不指定时，按助手保存在各工作簿中的设置检查；没有时用 ${DEFAULT_PROFILE_ID}）
  --memory-limit MB    每个文件检查时可用的内存（默认 ${DEFAULT_LIMITS.memoryMb} MB）；超过时该文件报错，其余照常检查
  --time-limit 秒      每个文件的检查时限（默认 ${DEFAULT_LIMITS.timeMs / 1000} 秒）
  --out 文件夹          在该文件夹中按原相对路径写出每个工作簿的注释副本（问题单元格标色并加批注，末尾一张“检查结果”表）
                       和 汇总.xlsx（每个文件、每张表一行，以及全部问题）；已存在的文件需加 --force 才覆盖；不改动输入文件
  --jobs N             同时检查的文件数（默认 ${DEFAULT_JOBS}，每个 CPU 核一个）；报告仍按给出的顺序输出
退出码：0 无错误；1 发现错误；2 文件无法读取或参数有误`;

export class UsageError extends Error {}

/** `check --help`: the usage, on stdout, exit 0. */
class HelpRequested extends Error {}

export interface CheckArgs {
  format: 'text' | 'json';
  /** The profile asked for; undefined: each workbook's own settings (saved by the pane), else the default. */
  profile: Profile | undefined;
  files: string[];
  demo: boolean;
  limits: Limits;
  /** Files checked at once, each in a worker of its own. */
  jobs: number;
  /** --out DIR: where 汇总.xlsx is written. */
  out?: string;
  force: boolean;
}

function loadProfile(value: string): Profile {
  const builtin = getProfile(value);
  if (builtin) return builtin;
  if (!/\.json$/i.test(value)) {
    throw new UsageError(`未知的规则配置「${value}」，可选：${Object.keys(BUILTIN_PROFILES).join('、')}，或一个 .json 配置文件`);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(value, 'utf8'));
  } catch (e) {
    throw new UsageError(`无法读取规则配置文件「${value}」：${(e as Error).message}`);
  }
  const resolved = resolveProfile(data);
  if ('error' in resolved) throw new UsageError(resolved.error);
  return resolved.profile;
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  let format: 'text' | 'json' = 'text';
  let profile: Profile | undefined;
  const limits: Limits = { ...DEFAULT_LIMITS };
  let jobs = DEFAULT_JOBS;
  let outDir: string | undefined;
  let force = false;
  const files: string[] = [];
  const positive = (flag: string, v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} 需要一个正数，收到「${v}」`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`选项 ${flag} 需要一个值`);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${v}」`);
      format = v;
    } else if (flag === '--profile') {
      profile = loadProfile(value());
    } else if (flag === '--memory-limit') {
      limits.memoryMb = Math.max(16, Math.round(positive(flag, value())));
    } else if (flag === '--out') {
      outDir = value();
    } else if (flag === '--force') {
      force = true;
    } else if (flag === '--jobs' || flag === '-j') {
      jobs = Math.max(1, Math.round(positive(flag, value())));
    } else if (flag === '--time-limit') {
      limits.timeMs = Math.round(positive(flag, value()) * 1000);
    } else if (flag === '--help' || flag === '-h') {
      throw new HelpRequested();
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`未知选项「${a}」`);
    } else files.push(a);
  }
  const demo = files.length === 0;
  return { format, profile, files: demo ? [EXAMPLE_WORKBOOK] : files, demo, limits, jobs, force, ...(outDir !== undefined ? { out: outDir } : {}) };
}

/** Checks the files one after another in this thread (tests; the command line isolates each file). */
export async function checkFiles(files: string[], profile: Profile | undefined, onResult?: (r: FileResult) => void): Promise<FileResult[]> {
  const { checkFile } = await import('./checkFile');
  const results: FileResult[] = [];
  for (const file of files) {
    const r = await checkFile(file, profile);
    onResult?.(r);
    results.push(r);
  }
  return results;
}

export function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.error)) return 2;
  if (results.some((r) => r.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}

/** `isolate`: each file in a worker thread with the limits (the command line); in this thread otherwise (tests). */
/** `errTty`: stderr is a terminal — a progress line is drawn there (stdout stays the report alone). */
export async function runCheck(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, isTty: boolean, isolate = false, errTty = false): Promise<number> {
  let args: CheckArgs;
  try {
    args = parseCheckArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof HelpRequested) {
      out.write(`${USAGE}\n`);
      return 0;
    }
    throw e;
  }
  // Directories are walked for workbooks; what is skipped is said.
  const { files, skipped, copyPaths } = args.demo ? { files: args.files, skipped: [], copyPaths: new Map<string, string>() } : await expandInputs(args.files);
  // Each file's part of the report is written as soon as the file is checked.
  const report = new StreamingReport(out, args.format, isTty && !process.env.NO_COLOR, skipped);
  let done = 0;
  let errors = 0;
  let current = '';
  const line = () => err.write(`\r\x1b[K已检查 ${done}/${files.length} 个文件，错误 ${errors} 个${current ? `；正在检查：${current}` : ''}`);
  const add = (r: FileResult) => {
    report.add(r);
    done++;
    errors += r.findings.filter((f) => f.severity === 'error').length;
    if (errTty && files.length > 1) line();
  };
  const progress = errTty && files.length > 1 ? { started: (file: string) => ((current = file), line()) } : {};
  if (isolate) await checkFilesIsolated(files, args.profile, args.limits, add, args.jobs, progress);
  else await checkFiles(files, args.profile, add);
  if (errTty && files.length > 1) err.write('\r\x1b[K');
  const results = report.end();
  if (args.out !== undefined) {
    // exceljs is loaded by this thread only when it writes (the workers read).
    const [{ writeAnnotatedCopy }, { writeSummary }] = await Promise.all([import('./annotate'), import('./summaryWorkbook')]);
    const when = new Date().toLocaleString('zh-CN', { hour12: false });
    const copies = new Map<string, string>();
    for (const r of results) {
      if (r.error) continue;
      // At the same relative path (an .xls / .et input as .xlsx).
      const rel = copyPaths.get(r.file) ?? basename(r.file);
      const note = await writeAnnotatedCopy(r, join(args.out, rel), args.force, when).catch((e: Error) => `未写注释副本：${e.message}`);
      if (note) err.write(`${r.file}：${note}\n`);
      else copies.set(r.file, rel);
    }
    try {
      const path = await writeSummary(results, args.out, args.force, when, copies);
      err.write(`汇总已写入「${path}」\n`);
    } catch (e) {
      err.write(`${(e as Error).message}\n`);
      return 2;
    }
  }
  if (args.demo) {
    err.write('（示例模式：检查的是 examples/ 中的示例工作簿，退出码为 0。检查自己的文件：npm run check -- 文件.xlsx）\n');
    return 0;
  }
  return exitCode(results);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // What only `templates` and `insert` use is loaded for them alone: `check` starts its workers sooner.
  const templates = () => import('./templatesCommand');
  if (command === 'check') return runCheck(rest, process.stdout, process.stderr, Boolean(process.stdout.isTTY), true, Boolean(process.stderr.isTTY));
  if (command === 'templates' && rest.includes('--export')) {
    const at = rest.indexOf('--export');
    const output = rest[at + 1];
    const force = rest.includes('--force');
    const inputs = rest.filter((a, i) => i !== at && i !== at + 1 && a !== '--force');
    if (!output || output.startsWith('-') || inputs.length !== 1 || inputs[0]!.startsWith('-')) {
      process.stderr.write(`用法：perf-target templates --export 模板.json [--force] 工作簿.xlsx\n\n${USAGE}\n`);
      return 2;
    }
    const { CommandError, exportWorkbookTemplates } = await templates();
    try {
      process.stdout.write(`${await exportWorkbookTemplates(inputs[0]!, output, force)}\n`);
      return 0;
    } catch (e) {
      process.stderr.write(`${e instanceof CommandError ? e.message : `导出失败：${(e as Error).message}`}\n`);
      return 2;
    }
  }
  if (command === 'templates') {
    const at = rest.indexOf('--format');
    const format = at >= 0 ? rest[at + 1] : 'text';
    const unknown = rest.find((a, i) => a.startsWith('-') && a !== '--format' && !(at >= 0 && i === at + 1));
    if (unknown === '--help' || unknown === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (unknown || (format !== 'text' && format !== 'json')) {
      process.stderr.write(`${unknown ? `未知选项「${unknown}」` : `--format 只能是 text 或 json，收到「${format ?? ''}」`}\n\n${USAGE}\n`);
      return 2;
    }
    const { templatesJson, templatesText } = await templates();
    process.stdout.write(`${format === 'json' ? templatesJson() : templatesText()}\n`);
    return 0;
  }
  if (command === 'insert') {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { CommandError, insertIntoFile, parseInsertArgs } = await templates();
    try {
      const summary = await insertIntoFile(parseInsertArgs(rest));
      process.stdout.write(`${summary}\n`);
      return 0;
    } catch (e) {
      process.stderr.write(`${e instanceof CommandError ? e.message : `插入失败：${(e as Error).message}`}\n`);
      return 2;
    }
  }
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  process.stderr.write(`未知命令「${command}」\n\n${USAGE}\n`);
  return 2;
}

/** Runs the command line and sets the exit code; used by the package's `bin` and `npm run check`. */
export function runCli(argv: string[]): void {
  // `perf-target check … | head -1`: a reader that goes away ends the output quietly.
  const quiet = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  };
  process.stdout.on('error', quiet);
  process.stderr.on('error', quiet);
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`perf-target 内部错误：${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runCli(process.argv.slice(2));
