/**
 * Stands in for office.js in the browser test: builds the fake Excel host from the workbook the
 * test injected (`window.__FAKE_WORKBOOK__`) and exposes the `Office` and `Excel` globals the task
 * pane uses, plus `window.__fakeHost` so the test can edit cells and read the selection.
 */
import { FakeExcelHost, FakeRequestContext } from '../support/fakeExcel/host';
import { FakeWorkbookModel, type FakeCell } from '../support/fakeExcel/model';

export interface SerializedWorkbook {
  excelApi: number;
  theme?: { bodyBackgroundColor: string };
  sheets: Array<{ name: string; cells: Array<[string, FakeCell]>; merges: Array<{ top: number; left: number; bottom: number; right: number }> }>;
}

const w = window as unknown as Record<string, unknown>;
const data = w.__FAKE_WORKBOOK__ as SerializedWorkbook | undefined;
if (data) {
  const model = new FakeWorkbookModel();
  for (const s of data.sheets) {
    const sheet = model.addSheet(s.name);
    for (const [k, cell] of s.cells) sheet.cells.set(k, cell);
    sheet.merges = s.merges;
  }
  model.selection = { sheet: model.sheets[0]?.name ?? '', address: 'A1' };
  const host = new FakeExcelHost(model, { excelApi: data.excelApi });
  const settings = new Map<string, unknown>();
  w.__fakeHost = host;
  w.Excel = {
    run: (a: unknown, b?: unknown) =>
      a instanceof FakeRequestContext ? host.runWith(a, b as never) : host.run(a as never, b as never),
  };
  w.Office = {
    onReady: (cb?: (info: unknown) => void) => {
      const info = { host: 'Excel', platform: 'PC' };
      return Promise.resolve().then(() => {
        cb?.(info);
        return info;
      });
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => host.isSetSupported(name, version) },
      officeTheme: data.theme,
      document: {
        settings: {
          get: (k: string) => settings.get(k),
          set: (k: string, v: unknown) => settings.set(k, v),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
        },
      },
    },
  };
}
