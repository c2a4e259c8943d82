/**
 * An .xls / .et as an .xlsx, for the annotated copy of a binary input (`check --out`). SheetJS reads
 * it and writes it again as .xlsx: cell contents (values, and formulas with their results), number
 * formats, merged cells, column widths, row heights and sheet names are carried; fonts, borders and
 * fills are not (SheetJS does not read them from BIFF), and the copy says so on its 检查结果 sheet.
 * What a copy would lose outright — pictures, charts, shapes, conditional formats, data
 * validations, pivot tables, macros — is found in the file's own BIFF records and named, and then
 * no copy is written. The input is only read.
 */
import * as XLSX from '@e965/xlsx';

/** What the converted copy keeps and what it does not, as the copy and the terminal say it. */
export const CONVERTED_NOTE = '本副本由 .xls / .et 转换为 .xlsx：保留单元格内容、公式、数字格式、合并单元格、列宽和行高，不保留字体、边框和底色；请在原文件中修改';

/** BIFF record types (MS-XLS 2.3). */
const REC = {
  BOF: 0x0809,
  BOUNDSHEET: 0x0085,
  OBJ: 0x005d,
  CONDFMT: 0x01b0,
  CONDFMT12: 0x0879,
  DVAL: 0x01b2,
  SXVIEW: 0x00b0,
} as const;

/** OBJ kinds (ftCmo.ot) a copy may drop: a cell note (carried as a comment), a filter or list drop-down (drawn by the host). */
const OT_NOTE = 0x19;
const OT_DROPDOWN = 0x14;
const OT_CHART = 0x05;
const OT_PICTURE = 0x08;

/** The parts of a binary workbook that an .xlsx copy written through SheetJS would lose, in Chinese. */
export function binaryPartsLost(buffer: Buffer): string[] {
  const lost = new Set<string>();
  const cfb = XLSX.CFB.read(buffer, { type: 'buffer' });
  const paths = (cfb as { FullPaths: string[] }).FullPaths;
  if (paths.some((p) => /_VBA_PROJECT/i.test(p))) lost.add('宏（VBA）');
  const entry = (XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book')) as { content?: Uint8Array } | null;
  const data = entry?.content ? Buffer.from(entry.content) : Buffer.alloc(0);
  for (let at = 0; at + 4 <= data.length; ) {
    const type = data.readUInt16LE(at);
    const len = data.readUInt16LE(at + 2);
    const body = at + 4;
    if (body + len > data.length) break;
    if (type === REC.BOUNDSHEET && len >= 6) {
      const dt = data[body + 5];
      if (dt === 0x02) lost.add('图表工作表');
      else if (dt === 0x01 || dt === 0x06) lost.add('宏（VBA）');
    } else if (type === REC.OBJ && len >= 6 && data.readUInt16LE(body) === 0x15) {
      const ot = data.readUInt16LE(body + 4);
      if (ot === OT_CHART) lost.add('图表');
      else if (ot === OT_PICTURE) lost.add('图片');
      else if (ot !== OT_NOTE && ot !== OT_DROPDOWN) lost.add('形状、文本框或控件');
    } else if (type === REC.CONDFMT || type === REC.CONDFMT12) lost.add('条件格式');
    else if (type === REC.DVAL) lost.add('数据验证');
    else if (type === REC.SXVIEW) lost.add('数据透视表');
    at = body + len;
  }
  return [...lost];
}

/** The binary workbook written as an .xlsx, with what SheetJS reads of it (see the module's comment). */
export function binaryAsXlsx(buffer: Buffer): Buffer {
  const wb = XLSX.read(buffer, { type: 'buffer', cellNF: true, cellFormula: true, cellStyles: true, cellDates: false, cellHTML: false });
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true, cellStyles: true }) as Buffer;
}
