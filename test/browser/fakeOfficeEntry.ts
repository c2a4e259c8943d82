/**
 * Stands in for office.js in the browser test: builds the fake Excel host from the workbook the
 * test injected (`window.__FAKE_WORKBOOK__`) and exposes the `Office` and `Excel` globals the task
 * pane uses, plus `window.__fakeHost` so the test can edit cells and read the selection. The Office
 * subset: onReady, context.requirements, context.officeTheme with the theme-changed event
 * (`window.__setOfficeTheme(background)` changes it), document settings, and — for the shared
 * runtime — actions.associate (`window.__ribbon(name)` presses the button) and addin.showAsTaskpane.
 * With no workbook injected it is office.js in a plain browser: onReady reports no host.
 */
import { FakeExcelHost, FakeRequestContext } from '../support/fakeExcel/host';
import { FakeWorkbookModel, type FakeCell } from '../support/fakeExcel/model';
import { drawSheet } from './drawSheet';

export interface SerializedWorkbook {
  excelApi: number;
  theme?: { bodyBackgroundColor: string };
  sheets: Array<{ name: string; cells: Array<[string, FakeCell]>; merges: Array<{ top: number; left: number; bottom: number; right: number }> }>;
}

const w = window as unknown as Record<string, unknown>;
const data = w.__FAKE_WORKBOOK__ as SerializedWorkbook | undefined;
if (!data) {
  w.Office = { onReady: (cb?: (info: unknown) => void) => Promise.resolve({ host: null, platform: null }).then((info) => (cb?.(info), info)) };
} else {
  const model = new FakeWorkbookModel();
  for (const s of data.sheets) {
    const sheet = model.addSheet(s.name);
    for (const [k, cell] of s.cells) sheet.cells.set(k, cell);
    sheet.merges = s.merges;
  }
  model.selection = { sheet: model.sheets[0]?.name ?? '', address: 'A1' };
  const host = new FakeExcelHost(model, { excelApi: data.excelApi });
  const settings = new Map<string, unknown>();
  const themeHandlers: Array<() => void> = [];
  const officeTheme = { ...(data.theme ?? {}) } as { bodyBackgroundColor?: string };
  const ribbon = new Map<string, (event: { completed(): void }) => void>();
  w.__fakeHost = host;
  w.__drawSheet = (name: string, top: number, bottom: number, cols: number, highlightRow: number) => {
    const s = model.sheet(name)!;
    const v = (r: number, c: number) => s.get(r, c)?.value;
    return drawSheet({ top, bottom, cols, merges: s.merges, text: (r, c) => String(v(r, c) ?? ''), background: (r) => (r === highlightRow ? '#e6f4ea' : '') });
  };
  w.__setOfficeTheme = (background: string) => {
    officeTheme.bodyBackgroundColor = background;
    for (const h of themeHandlers) h();
  };
  w.__ribbon = (name: string) =>
    new Promise<void>((resolve) => {
      const fn = ribbon.get(name);
      if (!fn) throw new Error(`no function ${name} associated`);
      fn({ completed: () => resolve() });
    });
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
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    actions: { associate: (name: string, fn: (event: { completed(): void }) => void) => ribbon.set(name, fn) },
    addin: { showAsTaskpane: () => Promise.resolve() },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => host.isSetSupported(name, version) },
      officeTheme,
      document: {
        addHandlerAsync: (type: string, handler: () => void, cb?: (r: { status: string }) => void) => {
          if (type === 'officeThemeChanged') themeHandlers.push(handler);
          cb?.({ status: 'succeeded' });
        },
        settings: {
          get: (k: string) => settings.get(k),
          set: (k: string, v: unknown) => settings.set(k, v),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
        },
      },
    },
  };
}
