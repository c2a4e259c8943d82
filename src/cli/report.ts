/** The `check` report: the JSON contract and the terminal text, both from the same results. */
import { countBySeverity, type TableSummary } from '../core/engine/check';
import type { DismissedFinding } from '../core/engine/dismiss';
import type { Skipped } from './inputs';
import { SEVERITY_NAME as LABEL } from '../core/report/resultsSheet';
import { nothingRecognised, type NearMiss } from '../core/engine/explain';
import type { Finding, Severity } from '../core/rules/types';

export interface FileResult {
  file: string;
  error: string | null;
  tables: TableSummary[];
  findings: Finding[];
  /** When no table was recognised: what looked like one, and why it was not read. */
  unrecognized?: NearMiss[];
  /** Why the workbook's store could not be read (it was ignored). */
  storeError?: string;
  /** Findings dismissed in the pane (忽略此问题), with their reasons: reported as 已忽略, not counted. */
  dismissed?: DismissedFinding[];
}

export interface JsonReport {
  files: Array<{
    file: string;
    error: string | null;
    tables: Array<{ sheet: string; kind: string; range: string; name: string | null }>;
    findings: Array<{ rule: string; severity: Severity; sheet: string; cells: string[]; message: string; suggestion?: string }>;
    /** Present when no table was recognised. */
    unrecognized?: NearMiss[];
    /** Present when the workbook's store could not be read. */
    storeError?: string;
    /** Present when findings were dismissed in the pane: not counted in the summary. */
    dismissed?: Array<{ rule: string; severity: Severity; sheet: string; cells: string[]; message: string; reason: string }>;
  }>;
  summary: { files: number; unreadable: number; tables: number; errors: number; warnings: number; infos: number; dismissed: number };
  /** Files of the directories given that were not checked, and why (present when there were any). */
  skipped?: Skipped[];
}

type JsonFile = JsonReport['files'][number];

/** One file's part of the JSON report. */
export function fileJson(r: FileResult): JsonFile {
  const file: JsonFile = {
    file: r.file,
    error: r.error,
    tables: r.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, range: t.range, name: t.name })),
    findings: r.findings.map((f) => {
      const out: JsonFile['findings'][number] = { rule: f.rule, severity: f.severity, sheet: f.sheet, cells: f.cells, message: f.message };
      if (f.suggestion) out.suggestion = f.suggestion;
      return out;
    }),
  };
  if (r.unrecognized) file.unrecognized = r.unrecognized;
  if (r.storeError) file.storeError = r.storeError;
  if (r.dismissed?.length) file.dismissed = r.dismissed.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cells: f.cells, message: f.message, reason: f.reason }));
  return file;
}

export function jsonSummary(results: readonly FileResult[]): JsonReport['summary'] {
  const c = countBySeverity(results.flatMap((r) => r.findings));
  return {
    files: results.length,
    unreadable: results.filter((r) => r.error).length,
    tables: results.reduce((n, r) => n + r.tables.length, 0),
    errors: c.error,
    warnings: c.warning,
    infos: c.info,
    dismissed: results.reduce((n, r) => n + (r.dismissed?.length ?? 0), 0),
  };
}

export function toJson(results: FileResult[]): JsonReport {
  return { files: results.map(fileJson), summary: jsonSummary(results) };
}

/**
 * The report written as results arrive, one file at a time: the text report file by file with the
 * totals last; the JSON report as one document, each file written when it is checked.
 */
export class StreamingReport {
  private readonly results: FileResult[] = [];
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly format: 'text' | 'json',
    private readonly color: boolean,
    private readonly skipped: readonly Skipped[] = [],
  ) {
    if (format === 'json') out.write('{\n  "files": [');
  }

  add(r: FileResult): void {
    if (this.format === 'json') {
      const body = JSON.stringify(fileJson(r), null, 2).replace(/\n/g, '\n    ');
      this.out.write(`${this.results.length > 0 ? ',' : ''}\n    ${body}`);
    } else this.out.write(`${fileText(r, this.color)}\n`);
    this.results.push(r);
  }

  end(): FileResult[] {
    const skipped = this.skipped.length > 0 ? `,\n  "skipped": ${JSON.stringify(this.skipped)}` : '';
    if (this.format === 'json') this.out.write(`${this.results.length > 0 ? '\n  ' : ''}],\n  "summary": ${JSON.stringify(jsonSummary(this.results))}${skipped}\n}\n`);
    else {
      if (this.skipped.length > 0) this.out.write(`${['跳过的文件：', ...this.skipped.map((s) => `  ${s.file}：${s.reason}`)].join('\n')}\n\n`);
      this.out.write(`${summaryText(this.results, this.color)}\n`);
    }
    return this.results;
  }
}

const COLOR: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };

/** The cells a finding names, the first eight and then how many in all. */
function cellList(cells: readonly string[], max = 8): string {
  const shown = cells.slice(0, max).join('、');
  return cells.length > max ? `${shown} 等 ${cells.length} 处` : shown;
}

export function toText(results: FileResult[], color: boolean): string {
  return [...results.map((r) => fileText(r, color)), summaryText(results, color)].join('\n');
}

const painter = (color: boolean) => (s: Severity, text: string) => (color ? `${COLOR[s]}${text}\x1b[0m` : text);

/** One file's part of the text report, ending with an empty line. */
export function fileText(r: FileResult, color: boolean): string {
  const paint = painter(color);
  const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[0m` : text);
  const lines: string[] = [];
  {
    lines.push(r.file);
    if (r.error) {
      lines.push(`  ${paint('error', '无法检查')}：${r.error}`);
      lines.push('');
      return lines.join('\n');
    }
    if (r.storeError) lines.push(`  ${paint('warning', '注意')}：${r.storeError}`);
    if (r.tables.length === 0) {
      for (const line of nothingRecognised(r.unrecognized ?? []).split('\n')) lines.push(`  ${line}`);
      lines.push('');
      return lines.join('\n');
    }
    let sheet: string | undefined;
    r.tables.forEach((t, i) => {
      if (t.sheet !== sheet) {
        sheet = t.sheet;
        const n = r.tables.filter((x) => x.sheet === sheet).length;
        lines.push(`  工作表「${sheet}」：${n} 张表`);
      }
      const findings = r.findings.filter((f) => f.table === i);
      const c = countBySeverity(findings);
      const tally = findings.length === 0 ? '无问题' : `错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`;
      lines.push(`    ▸ ${t.name ?? '（无项目名称）'}  ${dim(`${t.range} · ${t.kind}`)}  ${tally}`);
      for (const f of findings) {
        const cell = f.cells[0] ?? '';
        lines.push(`      ${cell.padEnd(5)} ${paint(f.severity, LABEL[f.severity])}  ${f.message}  ${dim(`[${f.rule}]`)}`);
        if (f.cells.length > 1) lines.push(`            ${dim(`涉及：${cellList(f.cells)}`)}`);
        if (f.suggestion) lines.push(`            建议：${f.suggestion}`);
      }
    });
    // Cross-table findings: their cells are on several sheets, the first one on the finding's sheet.
    const loose = r.findings.filter((f) => f.table === undefined);
    if (loose.length > 0) lines.push(`  跨表核对：${loose.length} 处`);
    for (const f of loose) {
      lines.push(`    ${paint(f.severity, LABEL[f.severity])}  ${f.message}  ${dim(`[${f.rule}]`)}`);
      lines.push(`            ${dim(`涉及：${cellList(f.cells.map((c) => (c.includes('!') ? c : `${f.sheet}!${c}`)))}`)}`);
    }
    // Dismissed in the pane: listed with the reason, not counted.
    if (r.dismissed?.length) {
      lines.push(`  已忽略：${r.dismissed.length} 个（在任务窗格中忽略，不计入错误和警告）`);
      for (const f of r.dismissed) lines.push(`    ${dim(`${f.sheet}!${f.cells[0] ?? ''}`)}  ${f.message}  ${dim(`理由：${f.reason || '（未写理由）'}`)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The totals line of the text report. */
export function summaryText(results: readonly FileResult[], color: boolean): string {
  const paint = painter(color);
  const lines: string[] = [];
  const all = results.flatMap((r) => r.findings);
  const c = countBySeverity(all);
  const tables = results.reduce((n, r) => n + r.tables.length, 0);
  const failed = results.filter((r) => r.error).length;
  const dismissed = results.reduce((n, r) => n + (r.dismissed?.length ?? 0), 0);
  lines.push(
    `共 ${results.length} 个文件${failed ? `（${failed} 个无法读取）` : ''}，${tables} 张表：` +
      `${paint('error', `错误 ${c.error}`)}，${paint('warning', `警告 ${c.warning}`)}，${paint('info', `提示 ${c.info}`)}${dismissed ? `；已忽略 ${dismissed}` : ''}`,
  );
  return lines.join('\n');
}
