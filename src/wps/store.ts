/**
 * The workbook's store (core/store/document) in WPS 表格: the same very hidden worksheet
 * `__绩效目标表助手` the Excel add-in and the CLI use (`Visible = xlSheetVeryHidden`), so settings
 * and taught columns travel with the file between hosts. Written only when the user changes
 * something; adding the sheet keeps the user's active sheet in front.
 */
import { emptyStore, encodeStore, STORE_SHEET, storeFromGrid, type Store } from '../core/store/document';
import type { StoreRead } from '../core/host/paneHost';
import { XL_SHEET_VERY_HIDDEN, type WpsWorksheet } from './api';
import type { WpsHost } from './host';
import { readSheetRows, usedBounds } from './readSheets';

function storeSheet(host: WpsHost): WpsWorksheet | undefined {
  return host.sheets().find((ws) => ws.Name === STORE_SHEET);
}

export function readStore(host: WpsHost): StoreRead {
  const ws = storeSheet(host);
  if (!ws) return { store: emptyStore(), exists: false };
  const decoded = storeFromGrid(readSheetRows(ws, STORE_SHEET));
  return 'store' in decoded ? { store: decoded.store, exists: true } : { error: decoded.error, exists: true };
}

/** Writes the store into column A of its sheet (text-formatted), adding the sheet very hidden when there is none. */
export function writeStore(host: WpsHost, store: Store): void {
  const chunks = encodeStore(store);
  host.writing(() => {
    let ws = storeSheet(host);
    if (!ws) {
      const active = host.app.ActiveSheet;
      ws = host.addSheet(STORE_SHEET);
      ws.Visible = XL_SHEET_VERY_HIDDEN;
      // Adding a sheet activates it; the user's sheet goes back in front.
      active?.Activate();
    } else {
      const used = usedBounds(ws);
      if (used) ws.Range(`A1:A${used.bottom + 1}`).ClearContents();
    }
    const target = ws.Range(`A1:A${chunks.length}`);
    target.NumberFormat = '@';
    target.Value2 = chunks.length === 1 ? chunks[0] : chunks.map((c) => [c]);
  });
}

/** 清除: removes the store's sheet; returns whether there was one. */
export function deleteStore(host: WpsHost): boolean {
  const ws = storeSheet(host);
  if (!ws) return false;
  const app = host.app;
  const alerts = app.DisplayAlerts;
  // Deleting a sheet asks the user to confirm unless alerts are off (VBA's behaviour).
  app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
  return true;
}
