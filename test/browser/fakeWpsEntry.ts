/**
 * Stands in for WPS 表格 in the browser test: in the add-in's main page it builds the fake WPS
 * application from the workbook the test injected (`window.__FAKE_WPS__`) and puts it on
 * `window.Application`, as WPS does; a task pane WPS would show is an iframe docked on the right
 * (`#wps-pane`), whose page gets the same `Application` (WPS gives every page of an add-in the one
 * application). `window.__fakeWps` lets the test edit cells as the user; `window.__drawSheet(name,
 * top, bottom, cols)` draws part of a sheet with its marks on the left, for the screenshot.
 */
import { FakeWpsApp, type FakeCondition, type FakeWpsCell } from '../support/fakeWps/app';
import { drawSheet } from './drawSheet';

export interface SerializedWps {
  name: string;
  sheets: Array<{ name: string; visible: number; cells: Array<[string, FakeWpsCell]>; merges: Array<{ top: number; left: number; bottom: number; right: number }>; conditions: FakeCondition[] }>;
}

const w = window as unknown as Record<string, unknown>;
const parent = window.parent !== window ? (window.parent as unknown as Record<string, unknown>) : undefined;
if (parent?.Application) {
  w.Application = parent.Application;
} else if (w.__FAKE_WPS__) {
  const data = w.__FAKE_WPS__ as SerializedWps;
  const app = new FakeWpsApp();
  app.workbookName = data.name;
  for (const s of data.sheets) {
    const sheet = app.addSheet(s.name);
    sheet.visible = s.visible;
    for (const [k, c] of s.cells) sheet.cells.set(k, c);
    sheet.merges = s.merges;
    sheet.conditions = s.conditions;
  }
  app.onShowPane = (pane) => {
    const frame = document.createElement('iframe');
    frame.id = 'wps-pane';
    frame.src = pane.url;
    frame.style.cssText = 'position:fixed;top:0;right:0;width:350px;height:100%;border:0;border-left:1px solid #c8c8c8;background:#fff';
    document.body.appendChild(frame);
  };
  w.Application = app;
  w.__fakeWps = app;
  w.__drawSheet = (name: string, top: number, bottom: number, cols: number) => {
    const s = app.sheet(name)!;
    const wrap = document.createElement('div');
    wrap.id = 'sheet-view';
    wrap.style.cssText = 'position:fixed;top:0;left:0;right:352px;height:100%;overflow:hidden;background:#fff;font:12px "Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#000';
    const bar = document.createElement('div');
    bar.textContent = `WPS 表格 — ${app.workbookName}（模拟）`;
    bar.style.cssText = 'background:#2b579a;color:#fff;padding:6px 10px;font-weight:bold';
    wrap.appendChild(bar);
    const colour = (r: number, c: number) => {
      const cf = s.conditions.find((x) => /perf-target/.test(x.formula) && r >= x.range.top && r <= x.range.bottom && c >= x.range.left && c <= x.range.right);
      if (!cf?.color) return '';
      const n = cf.color;
      return `rgb(${n & 255},${(n >> 8) & 255},${(n >> 16) & 255})`;
    };
    const text = (r: number, c: number) => {
      const v = s.get(r, c)?.v;
      return v === undefined ? '' : typeof v === 'object' ? v.error : typeof v === 'number' && v < 1 && v > 0 ? `${Math.round(v * 100)}%` : String(v);
    };
    const table = drawSheet({ top, bottom, cols, merges: s.merges, text, background: colour });
    wrap.appendChild(table);
    document.body.appendChild(wrap);
  };
}
