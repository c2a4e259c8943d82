/**
 * `check --out DIR`: 汇总.xlsx for a reviewer — one row per file and table (文件, 工作表, 表格, 类型,
 * 错误, 警告, 提示, 状态 通过 / 需修改 / 无法读取) and a 问题 sheet with every finding (the pane's 检查结果
 * layout, a 文件 column first), frozen header rows and filters. Each file's name links to its
 * annotated copy beside 汇总.xlsx, or to the file itself where no copy was written. Written whole or
 * not at all: to a temporary file beside it, then renamed; an existing one is kept unless --force.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { basename, join, relative } from 'path';
import { countBySeverity } from '../core/engine/check';
import { resultsSheet } from '../core/report/resultsSheet';
import { writeWhole } from './paths';
import type { FileResult } from './report';

export const SUMMARY_FILE = '汇总.xlsx';

/** A relative path as a link target: forward slashes; what a URI reserves (space, %, #, ?) escaped. */
export function linkTarget(path: string): string {
  return path.split(/[\\/]/).join('/').replace(/[ %#?]/g, (c) => encodeURIComponent(c));
}

/**
 * The summary workbook of a run over `results`; `copies`: each input's annotated copy, relative to
 * `outDir` (a file without one links to itself).
 */
export function summaryWorkbook(results: readonly FileResult[], outDir: string, when: string, copies: ReadonlyMap<string, string> = new Map()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '文件', width: 40 },
    { header: '工作表', width: 18 },
    { header: '表格', width: 30 },
    { header: '类型', width: 24 },
    { header: '错误', width: 8 },
    { header: '警告', width: 8 },
    { header: '提示', width: 8 },
    { header: '状态', width: 10 },
  ];
  const link = (file: string) => ({ text: file, hyperlink: linkTarget(copies.get(file) ?? (relative(outDir, file) || basename(file))) });
  for (const r of results) {
    if (r.error) {
      sheet.addRow([link(r.file), '', r.error, '', '', '', '', '无法读取']);
      continue;
    }
    if (r.tables.length === 0) sheet.addRow([link(r.file), '', '未识别到表格', '', 0, 0, 0, '需修改']);
    r.tables.forEach((t, i) => {
      const c = countBySeverity(r.findings.filter((f) => f.table === i));
      sheet.addRow([link(r.file), t.sheet, t.name ?? `（无项目名称）${t.range}`, t.kind, c.error, c.warning, c.info, c.error > 0 ? '需修改' : '通过']);
    });
    const across = r.findings.filter((f) => f.table === undefined);
    if (across.length > 0) {
      const c = countBySeverity(across);
      sheet.addRow([link(r.file), '', '跨表核对', '', c.error, c.warning, c.info, c.error > 0 ? '需修改' : '通过']);
    }
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: 'A1', to: 'H1' };

  const findings = wb.addWorksheet('问题', { views: [{ state: 'frozen', ySplit: 1 }] });
  findings.columns = [{ header: '文件', width: 40 }, ...['序号', '工作表', '表格', '单元格', '级别', '问题', '建议'].map((header, i) => ({ header, width: [6, 18, 28, 14, 8, 60, 40][i]! }))];
  for (const r of results) {
    if (r.error) continue;
    const layout = resultsSheet({ tables: r.tables, findings: r.findings, ...(r.dismissed ? { dismissed: r.dismissed } : {}) }, r.file, when);
    for (const row of layout.rows.slice(layout.headerRow + 1)) {
      if (row.length < 7) continue;
      findings.addRow([link(r.file), ...row.map((c) => c.text)]);
    }
  }
  findings.getRow(1).font = { bold: true };
  findings.autoFilter = { from: 'A1', to: 'H1' };
  return wb;
}

/** Writes 汇总.xlsx into `outDir` (made if missing), whole or not at all; returns its path. */
export async function writeSummary(results: readonly FileResult[], outDir: string, force: boolean, when: string, copies: ReadonlyMap<string, string> = new Map()): Promise<string> {
  await fs.mkdir(outDir, { recursive: true });
  const target = join(outDir, SUMMARY_FILE);
  if (!force && (await fs.stat(target).catch(() => undefined))) throw new Error(`「${target}」已存在；要覆盖请加 --force`);
  await writeWhole(target, Buffer.from(await summaryWorkbook(results, outDir, when, copies).xlsx.writeBuffer()));
  return target;
}
