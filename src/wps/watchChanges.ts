/**
 * Watches the workbook for edits through the application-level `SheetChange` event of WPS's
 * `ApiEvent` (arguments: the worksheet and the changed range, as in VBA's Application.SheetChange).
 * A change that spans whole rows or columns is taken as rows or columns inserted or deleted (WPS
 * raises no separate event for them): the pane then re-reads the sheet. WPS cannot say whether a
 * change came from this add-in; the pane's own bookkeeping covers that.
 */
import { rangeA1 } from '../core/grid/address';
import type { SheetChange, Watch } from '../core/host/paneHost';
import { STORE_SHEET } from '../core/store/document';
import type { WpsRange, WpsWorksheet } from './api';
import { WpsHostError, type WpsHost } from './host';
import { boundsOf } from './ranges';

/** A worksheet has 1,048,576 rows and 16,384 columns in .xlsx (65,536 and 256 in .xls / .et). */
const WHOLE_ROWS_MIN_COLUMNS = 256;
const WHOLE_COLUMNS_MIN_ROWS = 65536;

export function watchChanges(host: WpsHost, onChange: (change: SheetChange) => void): Watch {
  const events = host.app.ApiEvent as Partial<WpsHost['app']['ApiEvent']> | undefined;
  if (typeof events?.AddApiEventListener !== 'function') {
    throw new WpsHostError('other', '这个 WPS 版本不提供单元格修改事件，边填边查不可用；改完后请点“一键检查”。请把 WPS 更新到 2019 或更新的版本');
  }
  const names = new Map<string, string>();
  for (const ws of host.sheets()) if (ws.Name !== STORE_SHEET) names.set(ws.Name, ws.Name);
  const handler = (sh: WpsWorksheet, target: WpsRange) => {
    try {
      if (!host.owns(sh)) return;
      const sheet = sh.Name;
      if (sheet === STORE_SHEET) return;
      const at = boundsOf(target);
      onChange({
        sheetId: sheet,
        address: rangeA1(at),
        structural: at.right - at.left + 1 >= WHOLE_ROWS_MIN_COLUMNS || at.bottom - at.top + 1 >= WHOLE_COLUMNS_MIN_ROWS,
        fromThisAddin: undefined,
        remote: false,
      });
    } catch {
      // A change on a sheet that went away meanwhile: the next check reads the workbook afresh.
    }
  };
  events.AddApiEventListener('SheetChange', handler as (...args: never[]) => void);
  return {
    sheetNames: names,
    stop: async () => events.RemoveApiEventListener?.('SheetChange', handler as (...args: never[]) => void),
  };
}
