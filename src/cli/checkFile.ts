/** One file through the engine: read, recognise, check; a file that cannot be read gets its Chinese message. */
import { checkGrids } from '../core/engine/check';
import type { Profile } from '../core/rules/profiles';
import { profileOf, readSettings } from '../core/settings';
import { readWorkbookFile, WorkbookReadError } from './readWorkbook';
import type { FileResult } from './report';

/** `profile`: the one asked for (--profile); else the settings the pane saved in the workbook, else the default. */
export async function checkFile(file: string, profile: Profile | undefined): Promise<FileResult> {
  try {
    const { grids, store, storeError } = await readWorkbookFile(file);
    const { tables, findings, unrecognized, dismissed } = checkGrids(grids, profile ?? profileOf(readSettings(store?.settings)), store);
    const result: FileResult = { file, error: null, tables, findings };
    if (unrecognized) result.unrecognized = unrecognized;
    if (storeError) result.storeError = storeError;
    if (dismissed) result.dismissed = dismissed;
    return result;
  } catch (e) {
    const message = e instanceof WorkbookReadError ? e.message : `检查时出错：${(e as Error).message}`;
    return { file, error: message, tables: [], findings: [] };
  }
}
