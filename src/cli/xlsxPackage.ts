/**
 * Looks inside an .xlsx package (a zip) before it is read (by SheetJS to check it, by exceljs to write it):
 *   - refuses, from the zip's central directory and before anything is inflated, a package over the
 *     limits (entries, total size, compression ratio: a zip bomb);
 *   - names a zip that is not a workbook (an .ods, a plain archive);
 *   - for checking only, takes out the parts checking never needs — drawings (images, charts),
 *     comments and their VML, chart sheets — so that no reader spends time on them or trips over
 *     them (exceljs 4.4 cannot read them as openpyxl and others write them), and writes out the
 *     Chinese built-in number formats the file names by id only (withCjkBuiltins). Cells and sheets
 *     are untouched; a merge is only cut back to the cells its sheet has. The file on disk is never
 *     changed.
 */
import JSZip from 'jszip';
import { inflateRawSync } from 'zlib';
import { parseRangeA1 } from '../core/grid/address';
import type { CellRange } from '../core/grid/grid';
import { quoteSheetNames } from './formulaShift';

/** Limits on what one file may expand to; each refusal names the limit it hit. */
export const PACKAGE_LIMITS = {
  entries: 10_000,
  totalBytes: 400 * 1024 * 1024,
  /** A part may expand at most this many times its compressed size (XML compresses about 10–30×). */
  ratio: 500,
  /** Parts smaller than this are not held to the ratio. */
  ratioFloorBytes: 1024 * 1024,
  /** Cells in all sheets together (a budget workbook has tens of thousands). */
  cells: 1_000_000,
  /** The largest merge kept: no table merges more (a title across a page, a 一级 label down its block). */
  mergeRows: 1000,
  mergeCols: 64,
  /** Sheets larger than this are scanned as they inflate, never held whole. */
  streamAboveBytes: 32 * 1024 * 1024,
};

export class PackageError extends Error {}

/** The sizes JSZip read from the central directory (not part of its typed API). */
function sizesOf(file: JSZip.JSZipObject): { compressed: number; uncompressed: number } {
  const data = (file as unknown as { _data?: { compressedSize?: number; uncompressedSize?: number } })._data;
  return { compressed: data?.compressedSize ?? 0, uncompressed: data?.uncompressedSize ?? 0 };
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Relationship types checking does not need and exceljs cannot always read. */
const UNREAD_RELS = /\/relationships\/(drawing|vmlDrawing|comments|image|chart|chartsheet)"/;

/** The package's zip, once it is known to be a workbook within the limits. Throws PackageError. */
export async function openPackage(buffer: Buffer): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer, { createFolders: false });
  } catch {
    throw new PackageError('不是有效的 .xlsx 文件（压缩包已损坏或不完整）');
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > PACKAGE_LIMITS.entries) {
    throw new PackageError(`文件内的部件超过 ${PACKAGE_LIMITS.entries} 个（有 ${files.length} 个），为防止耗尽内存未打开`);
  }
  let total = 0;
  for (const f of files) {
    const { compressed, uncompressed } = sizesOf(f);
    total += uncompressed;
    if (uncompressed > PACKAGE_LIMITS.ratioFloorBytes && uncompressed > compressed * PACKAGE_LIMITS.ratio) {
      throw new PackageError(`文件内的「${f.name}」解压后 ${MB(uncompressed)}，是压缩后的 ${Math.round(uncompressed / Math.max(compressed, 1))} 倍，疑似压缩炸弹，未打开`);
    }
  }
  if (total > PACKAGE_LIMITS.totalBytes) {
    throw new PackageError(`文件解压后共 ${MB(total)}，超过 ${MB(PACKAGE_LIMITS.totalBytes)} 的上限，为防止耗尽内存未打开`);
  }
  if (!zip.file('xl/workbook.xml')) {
    const mimetype = await zip.file('mimetype')?.async('string');
    if (mimetype?.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
      throw new PackageError('这是 OpenDocument 表格（.ods），请在 WPS、Excel 或 LibreOffice 中另存为 .xlsx 后再检查');
    }
    if (zip.file('word/document.xml')) throw new PackageError('这是 Word 文档（.docx），不是 Excel 工作簿');
    throw new PackageError('这是一个 zip 压缩包，不是 Excel 工作簿（其中没有 xl/workbook.xml）');
  }
  return zip;
}

/** What a workbook holds that exceljs does not write back, in Chinese: lost if exceljs rewrote the file. */
export function partsLostOnWrite(zip: JSZip): string[] {
  const names = Object.keys(zip.files);
  const has = (re: RegExp) => names.some((n) => re.test(n));
  const lost: string[] = [];
  if (has(/^xl\/media\//)) lost.push('图片');
  if (has(/^xl\/charts\//)) lost.push('图表');
  if (has(/^xl\/chartsheets\//)) lost.push('图表工作表');
  // Excel writes xl/comments1.xml; other writers put them in a folder (xl/comments/comment1.xml).
  if (has(/^xl\/(?:[^/]+\/)*comments?\d*\.xml$/) || has(/^xl\/threadedComments\//)) lost.push('批注');
  if (has(/^xl\/drawings\/[^/]+\.xml$/) && !lost.includes('图片') && !lost.includes('图表')) lost.push('形状或文本框');
  if (has(/^xl\/pivotTables\//) || has(/^xl\/pivotCache\//)) lost.push('数据透视表');
  if (has(/^xl\/vbaProject\.bin$/)) lost.push('宏（VBA）');
  if (has(/^xl\/externalLinks\//)) lost.push('外部链接');
  if (has(/^xl\/slicers\//) || has(/^xl\/timelines\//)) lost.push('切片器');
  return lost;
}

/**
 * Package-level parts exceljs drops on write and that do not depend on any cell, so that they are
 * carried through an insert unchanged: custom document properties (WPS writes its own in every file)
 * and the add-in's webextension parts (Excel writes them once a task pane was open in the workbook).
 */
const CARRIED = [
  { part: /^docProps\/custom\.xml$/, rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties' },
  { part: /^xl\/webextensions\//, rel: 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes' },
];

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]!);
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `written` (a package exceljs wrote from `original`) completed: the carried parts of `original` put
 * back byte for byte (the parts, their content types, their package relationships, renumbered where
 * an id is taken), and the defined names' sheet names quoted where Excel needs it (exceljs writes
 * `03!$A$1` for a sheet named 03). Unchanged when there is nothing to do.
 */
export async function completePackage(original: JSZip, written: Buffer): Promise<Buffer> {
  const parts = Object.values(original.files).filter((f) => !f.dir && CARRIED.some((c) => c.part.test(f.name)));
  const out = await JSZip.loadAsync(written);
  const book = await out.file('xl/workbook.xml')!.async('string');
  const quoted = book.replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (_, open: string, text: string, close: string) => open + escapeXml(quoteSheetNames(unescapeXml(text))) + close);
  if (parts.length === 0 && quoted === book) return written;
  if (quoted !== book) out.file('xl/workbook.xml', quoted);
  for (const f of parts) out.file(f.name, await f.async('nodebuffer'));

  const types = (await out.file('[Content_Types].xml')!.async('string'));
  const originalTypes = (await original.file('[Content_Types].xml')?.async('string')) ?? '';
  const overrides = [...originalTypes.matchAll(/<Override\b[^>]*\/>/g)]
    .map((m) => m[0])
    .filter((o) => parts.some((f) => o.includes(`PartName="/${f.name}"`)) && !types.includes(/PartName="[^"]+"/.exec(o)![0]));
  if (overrides.length > 0) out.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));

  const rels = await out.file('_rels/.rels')!.async('string');
  const originalRels = (await original.file('_rels/.rels')?.async('string')) ?? '';
  const taken = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  const added: string[] = [];
  for (const rel of originalRels.match(/<Relationship\b[^>]*\/>/g) ?? []) {
    if (!CARRIED.some((c) => rel.includes(`Type="${c.rel}"`)) || rels.includes(/Type="[^"]+"/.exec(rel)![0])) continue;
    let id = /\bId="([^"]+)"/.exec(rel)?.[1] ?? 'rIdCarried';
    for (let i = 1; taken.has(id); i++) id = `rIdCarried${i}`;
    taken.add(id);
    added.push(rel.replace(/\bId="[^"]*"/, `Id="${id}"`));
  }
  if (added.length > 0) out.file('_rels/.rels', rels.replace('</Relationships>', `${added.join('')}</Relationships>`));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** For checking only: the package with the parts checking never needs taken out and Chinese built-in formats named (see the top of the file). */
export async function readablePackage(buffer: Buffer): Promise<Buffer> {
  const zip = await openPackage(buffer);
  const files = Object.values(zip.files).filter((f) => !f.dir);

  // Parts to leave out for reading: relationships of the kinds above, and the elements pointing at them.
  let changed = false;
  for (const f of files) {
    if (!/^xl\/(worksheets|chartsheets)\/_rels\/[^/]+\.rels$/.test(f.name) && f.name !== 'xl/_rels/workbook.xml.rels') continue;
    const rels = await f.async('string');
    const removed: string[] = [];
    const kept = rels.replace(/<Relationship\b[^>]*\/>/g, (rel) => {
      const chartsheet = /\/relationships\/chartsheet"/.test(rel);
      if (!UNREAD_RELS.test(rel) || (f.name === 'xl/_rels/workbook.xml.rels' && !chartsheet)) return rel;
      const id = /\bId="([^"]+)"/.exec(rel)?.[1];
      if (id) removed.push(id);
      return '';
    });
    if (removed.length === 0) continue;
    changed = true;
    zip.file(f.name, kept);
    const owner = f.name === 'xl/_rels/workbook.xml.rels' ? 'xl/workbook.xml' : f.name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const xml = await zip.file(owner)?.async('string');
    if (xml === undefined) continue;
    let out = xml;
    for (const id of removed) {
      const ref = `r:id="${id}"`;
      // <drawing r:id=…/>, <legacyDrawing r:id=…/> in a sheet; <sheet … r:id=…/> of a chart sheet in the workbook.
      out = out.replace(new RegExp(`<(?:[a-zA-Z]+:)?(drawing|legacyDrawing|legacyDrawingHF|picture|sheet)\\b[^>]*${ref}[^>]*/>`, 'g'), '');
    }
    zip.file(owner, out);
  }
  // Cells counted, and merges clipped to the cells a sheet has and to the size of any table's merge,
  // before a reader walks every cell a merge covers (G1:XFD1048576 is 17 billion cells).
  let cells = 0;
  for (const f of files) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(f.name)) continue;
    const scan = await scanSheet(f);
    cells += scan.cells;
    if (cells > PACKAGE_LIMITS.cells) {
      throw new PackageError(`工作簿的单元格超过 ${PACKAGE_LIMITS.cells.toLocaleString('en-US')} 个，为防止耗尽内存未打开`);
    }
    const tooBig = (m: CellRange) => m.bottom > scan.maxRow || m.right > scan.maxCol || m.bottom - m.top >= PACKAGE_LIMITS.mergeRows || m.right - m.left >= PACKAGE_LIMITS.mergeCols;
    if (scan.merges.some(tooBig)) {
      // The sheet as it is now: the step above may have taken a <drawing> out of it.
      const current = zip.file(f.name)!;
      const xml = current === f && scan.xml !== undefined ? scan.xml : await current.async('string');
      zip.file(f.name, clipMerges(xml, scan.maxRow, scan.maxCol));
      changed = true;
    }
  }

  // Built-in formats of Chinese Excel and WPS that the file names by id only (see CJK_BUILTIN_FORMATS).
  const styles = zip.file('xl/styles.xml');
  if (styles) {
    const xml = await inflated(styles);
    const named = withCjkBuiltins(xml);
    if (named !== xml) {
      zip.file('xl/styles.xml', named);
      changed = true;
    }
  }

  // The parts themselves: a reader may read every drawing it finds, referenced or not.
  for (const f of files) {
    if (/^xl\/(drawings|charts|chartsheets)\//.test(f.name) || /^xl\/comments\d*\.xml$/.test(f.name)) {
      zip.remove(f.name);
      changed = true;
    }
  }
  if (!changed) return buffer;
  // Stored, not deflated: this copy lives in memory for the reader only.
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/**
 * The built-in number formats (ECMA-376 Part 1, 18.8.30) that Excel and WPS in Chinese write by id
 * alone, with no format string in the file: a date a clerk formats as 2025年12月31日 from the
 * format list is saved as numFmtId 31. No reader knows them, so they would read as plain numbers
 * (46022) where Excel shows a date. The times with 上午/下午 (34, 35, 55, 56) are left out: the
 * format renderer has no Chinese AM/PM.
 */
const CJK_BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

const CELL_XFS = /<((?:\w+:)?)cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/;
const NUM_FMT_ID = /\bnumFmtId="(\d+)"/g;

/**
 * A styles part with a <numFmt> written out for each of those formats its cells use and it does not
 * define, so that a reader renders them as Chinese Excel does; the same text when there is none.
 * For reading only: a file written back keeps its built-in ids (they follow the reader's locale).
 */
export function withCjkBuiltins(xml: string): string {
  const xfs = CELL_XFS.exec(xml);
  if (!xfs) return xml;
  const used = new Set([...xfs[2]!.matchAll(NUM_FMT_ID)].map((m) => Number(m[1])).filter((id) => CJK_BUILTIN_FORMATS[id] !== undefined));
  if (used.size === 0) return xml;
  const prefix = xfs[1]!;
  const fmts = new RegExp(`<${prefix}numFmts\\b[^>]*>([\\s\\S]*?)</${prefix}numFmts>|<${prefix}numFmts\\b[^>]*/>`).exec(xml);
  const defined = new Set(fmts ? [...(fmts[1] ?? '').matchAll(NUM_FMT_ID)].map((m) => Number(m[1])) : []);
  const missing = [...used].filter((id) => !defined.has(id)).sort((a, b) => a - b);
  if (missing.length === 0) return xml;
  const added = missing.map((id) => `<${prefix}numFmt numFmtId="${id}" formatCode="${CJK_BUILTIN_FORMATS[id]!.replace(/"/g, '&quot;')}"/>`).join('');
  const count = defined.size + missing.length;
  if (!fmts) {
    // <numFmts> comes first in <styleSheet>, before <fonts>.
    return xml.replace(/(<(?:\w+:)?styleSheet\b[^>]*>)/, `$1<${prefix}numFmts count="${count}">${added}</${prefix}numFmts>`);
  }
  const inner = fmts[1] ?? '';
  return xml.slice(0, fmts.index) + `<${prefix}numFmts count="${count}">${inner}${added}</${prefix}numFmts>` + xml.slice(fmts.index + fmts[0].length);
}

/**
 * A part's bytes inflated with Node's zlib (several times faster than JSZip's own inflate), from the
 * compressed data JSZip read (`_data`, not part of its typed API: jszip is pinned); JSZip's own
 * inflate when the part is not stored or deflated as expected.
 */
async function inflated(file: JSZip.JSZipObject): Promise<string> {
  const data = (file as unknown as { _data?: { compression?: { magic?: string }; compressedContent?: Uint8Array } })._data;
  const content = data?.compressedContent;
  const magic = data?.compression?.magic;
  if (content instanceof Uint8Array) {
    if (magic === '\x08\x00') return inflateRawSync(content).toString('utf8');
    if (magic === '\x00\x00') return Buffer.from(content).toString('utf8');
  }
  return file.async('string');
}

/** A large sheet's XML, read as it inflates: what scanSheet needs, the head and the part after </sheetData> kept. */
async function streamed(file: JSZip.JSZipObject): Promise<SheetParts> {
  let head = '';
  let cells = 0;
  let lastRowTag = '';
  let tail: string[] | undefined;
  let carry = '';
  await new Promise<void>((resolve, reject) => {
    file
      .nodeStream('nodebuffer')
      .on('data', (chunk: Buffer) => {
        const text = carry + chunk.toString('utf8');
        const cut = Math.max(0, text.length - 256);
        const body = text.slice(0, cut);
        carry = text.slice(cut);
        if (head.length < 2000) head += body.slice(0, 2000 - head.length);
        if (tail) tail.push(body);
        else {
          for (let at = body.indexOf('<c '); at >= 0; at = body.indexOf('<c ', at + 3)) cells++;
          const row = body.lastIndexOf('<row ');
          if (row >= 0) lastRowTag = body.slice(row, row + 200);
          const end = body.indexOf('</sheetData>');
          if (end >= 0) tail = [body.slice(end)];
        }
      })
      .on('error', reject)
      .on('end', () => resolve());
  });
  // The last 256 characters: count and look in them too.
  const rest = carry;
  if (tail) tail.push(rest);
  else {
    for (let at = rest.indexOf('<c '); at >= 0; at = rest.indexOf('<c ', at + 3)) cells++;
    const end = rest.indexOf('</sheetData>');
    if (end >= 0) tail = [rest.slice(end)];
  }
  return { head, cells, lastRowTag, tail: tail?.join('') ?? '' };
}

/** What the scan reads of a sheet's XML; `xml` is the whole text when the sheet was small enough to hold. */
interface SheetParts {
  head: string;
  cells: number;
  lastRowTag: string;
  tail: string;
  xml?: string;
}

function wholeSheet(xml: string): SheetParts {
  let cells = 0;
  for (let at = xml.indexOf('<c '); at >= 0; at = xml.indexOf('<c ', at + 3)) cells++;
  const dataEnd = xml.lastIndexOf('</sheetData>');
  const lastRow = xml.lastIndexOf('<row ', dataEnd < 0 ? xml.length : dataEnd);
  return { head: xml.slice(0, 2000), cells, lastRowTag: lastRow < 0 ? '' : xml.slice(lastRow, lastRow + 200), tail: dataEnd < 0 ? '' : xml.slice(dataEnd), xml };
}

/** A sheet's cells (counted), the last row holding one (rows come in order), the right edge its <dimension> claims, its merges. */
async function scanSheet(file: JSZip.JSZipObject): Promise<{ cells: number; maxRow: number; maxCol: number; merges: CellRange[]; xml?: string }> {
  const parts = sizesOf(file).uncompressed > PACKAGE_LIMITS.streamAboveBytes ? await streamed(file) : wholeSheet(await inflated(file));
  const rowAttr = /\br="(\d+)"/.exec(parts.lastRowTag);
  const dim = /<dimension\b[^>]*\bref="([^"]+)"/.exec(parts.head);
  const range = dim ? parseRangeA1(dim[1]!) : undefined;
  const merges = [...parts.tail.matchAll(/<mergeCell\b[^>]*?\bref="([^"]+)"/g)].map((m) => parseRangeA1(m[1]!)).filter((r): r is CellRange => r !== undefined);
  return { cells: parts.cells, maxRow: rowAttr ? Number(rowAttr[1]) - 1 : 0, maxCol: range ? range.right : Number.MAX_SAFE_INTEGER, merges, ...(parts.xml !== undefined ? { xml: parts.xml } : {}) };
}

function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Merges cut back to the last row and column with a cell; a merge wholly past them goes (its cells are empty). */
function clipMerges(xml: string, maxRow: number, maxCol: number): string {
  const out = xml.replace(/<mergeCell\b([^>]*?)\bref="([^"]+)"([^>]*)\/>/g, (whole, before: string, ref: string, after: string) => {
    const r = parseRangeA1(ref);
    if (!r) return whole;
    if (r.top > maxRow || r.left > maxCol) return '';
    // Within the cells the sheet has, and no larger than any table merges (its other cells are empty).
    const bottom = Math.min(r.bottom, maxRow, r.top + PACKAGE_LIMITS.mergeRows - 1);
    const right = Math.min(r.right, maxCol, r.left + PACKAGE_LIMITS.mergeCols - 1);
    if (bottom === r.top && right === r.left) return '';
    return `<mergeCell${before}ref="${columnLetters(r.left)}${r.top + 1}:${columnLetters(right)}${bottom + 1}"${after}/>`;
  });
  return out.replace(/<mergeCells\b[^>]*count="\d+"/, (m) => m.replace(/count="\d+"/, `count="${(out.match(/<mergeCell\b/g) ?? []).length}"`));
}
