/**
 * `check --out DIR`: for each input, an annotated copy at the same relative path under DIR — the
 * cells of each finding filled (error red, warning yellow) with a cell note holding the message and
 * suggestion, and a 检查结果 sheet at the end (the pane's layout, each cell linked). The copy loses no
 * part of the original: a workbook holding what exceljs would not write back is not copied, and the
 * reason is said. Inputs are never written; an existing copy is kept unless --force; a copy is
 * written whole or not at all. A binary input (.xls, .et) gets an .xlsx copy converted through
 * SheetJS (binaryCopy.ts says what that keeps), refused where the conversion would drop a part.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { dirname } from 'path';
import { splitCellRef, unusedSheetName } from '../core/grid/address';
import { resultsSheet, SEVERITY_NAME as LABEL } from '../core/report/resultsSheet';
import type { Severity } from '../core/rules/types';
import { isCompoundFile } from './fileKind';
import { binaryAsXlsx, binaryPartsLost, CONVERTED_NOTE } from './binaryCopy';
import { writeWhole } from './paths';
import type { FileResult } from './report';
import { completePackage, openPackage, partsLostOnWrite } from './xlsxPackage';

const FILL: Partial<Record<Severity, string>> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };

/** Writes the annotated copy of one checked file; returns a Chinese note when it was not written. */
export async function writeAnnotatedCopy(result: FileResult, target: string, force: boolean, when: string): Promise<string | undefined> {
  if (result.error) return undefined;
  const input = await fs.readFile(result.file);
  const converted = isCompoundFile(input);
  if (converted) {
    const dropped = binaryPartsLost(input);
    if (dropped.length > 0) return `未写注释副本：工作簿含有${dropped.join('、')}，转换为 .xlsx 的副本会丢失这些内容（检查结果见 汇总.xlsx）`;
  }
  const buffer = converted ? binaryAsXlsx(input) : input;
  const original = await openPackage(buffer);
  const lost = partsLostOnWrite(original);
  if (lost.length > 0) return `未写注释副本：工作簿含有${lost.join('、')}，副本会丢失这些内容`;
  if (!force && (await fs.stat(target).catch(() => undefined))) return `未写注释副本：「${target}」已存在；要覆盖请加 --force`;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const notes = new Map<string, { sheet: string; cell: string; severity: Severity; lines: string[] }>();
  for (const f of result.findings) {
    for (const ref of f.cells) {
      const at = splitCellRef(ref, f.sheet);
      const key = `${at.sheet}!${at.cell}`;
      const n = notes.get(key) ?? { sheet: at.sheet, cell: at.cell, severity: f.severity, lines: [] };
      if (f.severity === 'error' || (f.severity === 'warning' && n.severity === 'info')) n.severity = f.severity;
      n.lines.push(`${LABEL[f.severity]}：${f.message}${f.suggestion ? `\n建议：${f.suggestion}` : ''}`);
      notes.set(key, n);
    }
  }
  for (const n of notes.values()) {
    const ws = wb.getWorksheet(n.sheet);
    if (!ws) continue;
    const cell = ws.getCell(n.cell);
    const fill = FILL[n.severity];
    // exceljs shares one style object among the cells that had the same style: give this cell its own.
    if (fill) cell.style = { ...(JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>), fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } } };
    cell.note = n.lines.join('\n\n');
  }
  const source = converted ? `${result.file}（${CONVERTED_NOTE}）` : result.file;
  const layout = resultsSheet({ tables: result.tables, findings: result.findings, ...(result.dismissed ? { dismissed: result.dismissed } : {}) }, source, when);
  const sheet = wb.addWorksheet(unusedSheetName(layout.name, wb.worksheets.map((w) => w.name)));
  layout.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      const cell = sheet.getCell(r + 1, col + 1);
      cell.numFmt = '@';
      cell.value = c.link ? { text: c.text, hyperlink: `#'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}` } : c.text;
    }),
  );
  sheet.getRow(layout.headerRow + 1).font = { bold: true };
  layout.widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const data = await completePackage(original, Buffer.from(await wb.xlsx.writeBuffer()));
  await fs.mkdir(dirname(target), { recursive: true });
  try {
    await writeWhole(target, data);
  } catch (e) {
    return `未写注释副本：${(e as Error).message}`;
  }
  return undefined;
}
