/**
 * The WPS application the adapter works on, and its errors. The pane works on the workbook that
 * was active at its last 一键检查; when the user has switched to another workbook since, every call
 * stops with a `gone` error, so the pane starts again from the workbook now in front.
 */
import type { HostErrorKind } from '../core/host/paneHost';
import type { WpsApplication, WpsWorkbook, WpsWorksheet } from './api';

/** An error the adapter raises itself, with a Chinese message and what it means for the controller. */
export class WpsHostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export class WpsHost {
  /** The name of the workbook the pane read last; undefined before the first read. */
  private bound: string | undefined;

  constructor(readonly app: WpsApplication) {}

  /** The active workbook, which becomes the pane's. */
  bind(): WpsWorkbook {
    const wb = this.app.ActiveWorkbook;
    if (!wb) throw new WpsHostError('other', '当前没有打开的工作簿。请先打开要检查的表格文件');
    this.bound = wb.Name;
    return wb;
  }

  /** The pane's workbook, which must still be the active one. */
  workbook(): WpsWorkbook {
    const wb = this.app.ActiveWorkbook;
    if (!wb) throw new WpsHostError('gone', '工作簿已关闭');
    if (this.bound !== undefined && wb.Name !== this.bound) throw new WpsHostError('gone', `已切换到另一个工作簿（${wb.Name}）`);
    if (this.bound === undefined) this.bound = wb.Name;
    return wb;
  }

  /** Whether a sheet's change belongs to the pane's workbook. */
  owns(sheet: WpsWorksheet): boolean {
    try {
      return this.bound === undefined || sheet.Parent.Name === this.bound;
    } catch {
      return false;
    }
  }

  /** A worksheet of the pane's workbook by name; a `gone` error when it was renamed or deleted. */
  sheet(name: string): WpsWorksheet {
    const wb = this.workbook();
    try {
      return wb.Worksheets.Item(name);
    } catch {
      throw new WpsHostError('gone', `找不到工作表“${name}”，可能已被删除或重命名`);
    }
  }

  /** Every worksheet of the pane's workbook, in order. */
  sheets(wb: WpsWorkbook = this.workbook()): WpsWorksheet[] {
    const n = wb.Worksheets.Count;
    const out: WpsWorksheet[] = [];
    for (let i = 1; i <= n; i++) out.push(wb.Worksheets.Item(i));
    return out;
  }

  /** Adds a sheet after the last one and names it; WPS makes the new sheet the active one. */
  addSheet(name: string, wb: WpsWorkbook = this.workbook()): WpsWorksheet {
    const ws = wb.Worksheets.Add(null, wb.Worksheets.Item(wb.Worksheets.Count));
    ws.Name = name;
    return ws;
  }

  /** Runs writes with the screen held still (one repaint at the end), restoring the user's setting. */
  writing<T>(work: () => T): T {
    const app = this.app;
    const before = app.ScreenUpdating;
    app.ScreenUpdating = false;
    try {
      return work();
    } finally {
      app.ScreenUpdating = before;
    }
  }
}

export function wpsErrorKind(e: unknown): HostErrorKind {
  return e instanceof WpsHostError ? e.kind : 'other';
}

/** `doing` failed because of `e`: what happened and what to do, in Chinese (WPS's own text only as a code for support). */
export function describeWpsError(e: unknown, doing: string): string {
  const message = (e as Error | undefined)?.message ?? String(e ?? '');
  if (e instanceof WpsHostError) return `${doing}未完成：${message}${e.kind === 'gone' ? '。请点击“一键检查”重新识别后再试' : ''}。`;
  // A message written by this add-in (a refused plan) or by a Chinese WPS is Chinese already.
  if (/[\u4e00-\u9fff]/.test(message)) return `${doing}未完成：${message}`;
  if (/protect|read-?only|locked/i.test(message)) return `${doing}未完成：工作表受保护或工作簿是只读的。请在“审阅”中撤销工作表保护，或另存一份可编辑的副本后再试。`;
  const detail = message.trim() ? `（${message.trim().slice(0, 120)}）` : '';
  return `${doing}未完成：WPS 报告了错误${detail}。请按 Esc 结束单元格编辑后再试；如果反复出现，请保存并重新打开工作簿，或把这段文字发给技术支持。`;
}
