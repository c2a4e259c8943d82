/**
 * Reads a workbook file for checking, whatever its extension says: an .xlsx / .xlsm (a zip, held to
 * xlsxPackage.ts's limits first) or an .xls / .et (a compound file), both with SheetJS
 * (sheetjsWorkbook.ts), into one Grid per worksheet and the add-in's store. Every failure is a
 * WorkbookReadError with a Chinese message.
 */
import { promises as fs } from 'fs';
import type { Store } from '../core/store/document';
import type { Grid } from '../core/grid/grid';
import { PackageError, readablePackage } from './xlsxPackage';
import { isCompoundFile, isZip } from './fileKind';
import { readWithSheetJS, SheetReadError } from './sheetjsWorkbook';

export class WorkbookReadError extends Error {}

/** Reads every worksheet of a workbook file. Throws WorkbookReadError with a Chinese message. */
export async function readWorkbook(path: string): Promise<Grid[]> {
  return (await readWorkbookFile(path)).grids;
}

export interface WorkbookFile {
  /** The worksheets, the store's sheet left out. */
  grids: Grid[];
  /** The add-in's store (roles taught to columns, settings), when the workbook has one. */
  store?: Store;
  /** Why a store that is there could not be read (it is then ignored). */
  storeError?: string;
}

/** The bytes of a file that looks like an .xlsx (a zip). Throws WorkbookReadError with a Chinese message. */
export async function readXlsxBytes(path: string): Promise<Buffer> {
  const buffer = await fileBytes(path);
  if (isCompoundFile(buffer)) throw new WorkbookReadError('这是 Excel 97-2003（.xls）或 WPS（.et）工作簿：可以检查，但命令行插入只写 .xlsx，请先另存为 .xlsx');
  if (!isZip(buffer)) {
    throw new WorkbookReadError('不是有效的 .xlsx 文件（文件内容不是 Excel 工作簿）');
  }
  return buffer;
}

/** The bytes of a file, read whole. Throws WorkbookReadError with a Chinese message. */
async function fileBytes(path: string): Promise<Buffer> {
  try {
    const buffer = await fs.readFile(path);
    if (buffer.length === 0) throw new WorkbookReadError('文件是空的（0 字节）');
    return buffer;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError('文件不存在');
    if (code === 'EISDIR') throw new WorkbookReadError('这是一个文件夹，不是工作簿');
    if (code === 'EACCES') throw new WorkbookReadError('没有读取该文件的权限');
    throw new WorkbookReadError(`无法读取文件（${code ?? '未知错误'}）`);
  }
}

/** Reads a workbook's worksheets and its store (see the top of the file). Throws WorkbookReadError in Chinese. */
export async function readWorkbookFile(path: string): Promise<WorkbookFile> {
  const bytes = await fileBytes(path);
  const zip = isZip(bytes);
  if (!zip && !isCompoundFile(bytes)) throw new WorkbookReadError('不是 Excel 工作簿（文件内容既不是 .xlsx 也不是 .xls / .et）');
  let readable = bytes;
  if (zip) {
    try {
      readable = await readablePackage(bytes);
    } catch (e) {
      if (e instanceof PackageError) throw new WorkbookReadError(e.message);
      throw e;
    }
  }
  try {
    return readWithSheetJS(readable, zip);
  } catch (e) {
    if (e instanceof SheetReadError) throw new WorkbookReadError(e.message);
    throw e;
  }
}
