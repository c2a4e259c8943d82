/**
 * Executes an insertion plan in Excel in one batch (one sync; two before ExcelApi 1.9): whole rows
 * inserted with shift down (nothing is overwritten), the formats of the row they follow copied onto
 * them — Range.copyFrom where it exists (ExcelApi 1.9), else font, fill, alignment and borders read
 * and written cell by cell (ExcelApi 1.1) — the new cells written, merged areas extended, and the
 * first value to fill in selected.
 */
import type { InsertionPlan } from '../core/templates/plan';
import { runUndoable, type Capabilities, type ExcelHost } from './host';

export class PlanRefused extends Error {}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const FORMAT_PROPS = [
  'format/font/name',
  'format/font/size',
  'format/font/color',
  'format/font/bold',
  'format/font/italic',
  'format/fill/color',
  'format/horizontalAlignment',
  'format/verticalAlignment',
  'format/wrapText',
];

/**
 * Where Range.copyFrom is missing (ExcelApi < 1.9): the formats of each row the new rows follow,
 * cell by cell over the table's columns, queued for loading (Range.format and its borders are
 * ExcelApi 1.1). Returns a function that writes them onto one step's new rows once loaded: called
 * right after that step's insertion is queued, while its rows are where it put them (the steps
 * after it insert above and move them down).
 */
function queueFormatCopy(ws: Excel.Worksheet, steps: InsertionPlan['steps']): (ws: Excel.Worksheet, step: InsertionPlan['steps'][number]) => void {
  const inserts = steps.filter((s): s is Extract<(typeof steps)[number], { kind: 'insertRows' }> => s.kind === 'insertRows');
  const sources = inserts.map((step) =>
    Array.from({ length: step.width ?? 1 }, (_, col) => {
      const cell = ws.getCell(step.formatFrom, col);
      cell.load(FORMAT_PROPS);
      const borders = EDGES.map((edge) => {
        const b = cell.format.borders.getItem(edge);
        b.load('style,color,weight');
        return b;
      });
      return { cell, borders };
    }),
  );
  return (target, current) => {
    const i = inserts.indexOf(current as (typeof inserts)[number]);
    const step = inserts[i];
    if (!step) return;
    sources[i]!.forEach(({ cell, borders }, col) => {
        const f = cell.format;
        const to = target.getRangeByIndexes(step.at, col, step.count, 1);
        to.format.font.name = f.font.name;
        to.format.font.size = f.font.size;
        to.format.font.color = f.font.color;
        to.format.font.bold = f.font.bold;
        to.format.font.italic = f.font.italic;
        if (f.fill.color && f.fill.color !== '#FFFFFF') to.format.fill.color = f.fill.color;
        to.format.horizontalAlignment = f.horizontalAlignment;
        to.format.verticalAlignment = f.verticalAlignment;
        to.format.wrapText = f.wrapText;
        EDGES.forEach((edge, k) => {
          const b = borders[k]!;
          if (b.style === 'None') return;
          const dst = to.format.borders.getItem(edge);
          dst.style = b.style;
          dst.color = b.color;
          dst.weight = b.weight;
        });
        // Between the new rows too, as the row above draws them.
        if (step.count > 1 && borders[1]!.style !== 'None') {
          const inside = to.format.borders.getItem('InsideHorizontal');
          inside.style = borders[1]!.style;
          inside.color = borders[1]!.color;
          inside.weight = borders[1]!.weight;
        }
      });
  };
}

export async function executePlan(host: ExcelHost, caps: Capabilities, plan: InsertionPlan): Promise<void> {
  // One undoable step where Excel can group it (ExcelApi 1.20).
  await runUndoable(
    host,
    caps,
    async (ctx) => {
      let ws = plan.steps.some((s) => s.kind === 'addSheet') ? undefined : ctx.workbook.worksheets.getItem(plan.sheet);
      if (ws && plan.requireEmpty) {
        // A new table goes into empty cells only: look first (one more sync).
        const r = plan.requireEmpty;
        const area = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).getUsedRangeOrNullObject(true);
        area.load('address');
        await ctx.sync();
        if (!area.isNullObject) throw new PlanRefused(`目标区域 ${area.address} 已有内容，未写入（不会覆盖已有单元格）`);
      }
      // Old Excel (no copyFrom) reads the formats of the rows the new rows follow first: one more sync.
      const copyFormats = ws && !caps.copyFrom && plan.steps.some((s) => s.kind === 'insertRows') ? queueFormatCopy(ws, plan.steps) : undefined;
      if (copyFormats) await ctx.sync();
      for (const step of plan.steps) {
        if (step.kind === 'addSheet') {
          ws = ctx.workbook.worksheets.add(step.name);
          continue;
        }
        if (!ws) throw new PlanRefused('计划缺少工作表');
        if (step.kind === 'insertRows') {
          const rows = ws.getRange(`${step.at + 1}:${step.at + step.count}`);
          rows.insert('Down' as Excel.InsertShiftDirection.down);
          copyFormats?.(ws, step);
          if (caps.copyFrom) {
            ws.getRange(`${step.at + 1}:${step.at + step.count}`).copyFrom(ws.getRange(`${step.formatFrom + 1}:${step.formatFrom + 1}`), 'Formats' as Excel.RangeCopyType.formats);
          }
        } else if (step.kind === 'write') {
          ws.getRangeByIndexes(step.row, step.col, 1, 1).values = [[step.text]];
        } else {
          const r = step.range;
          ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).merge(false);
        }
      }
      if (plan.select && ws) {
        ws.activate();
        ws.getRange(plan.select).select();
      }
      await ctx.sync();
    },
    { delayForCellEdit: true },
  );
}
