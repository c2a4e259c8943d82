/**
 * Builds a Grid from TSV text so tests read like the tables users know.
 *
 * Notation: cells are separated by TABs, rows by newlines. A cell that is exactly `^` is merged
 * with the cell above, `<` with the cell to the left; such cells are empty in the Grid (Excel's
 * semantics) and the grid reports its merged areas. Without any marker the grid reports
 * `merges: null`, as Excel 2016 does. Cells that are plain numbers become numbers.
 * The first line is dropped when empty, so a template literal can start on its own line.
 * `\n` (backslash, n) inside a cell is a line break in the cell, as in a wrapped label.
 */
import { parseA1 } from '../../src/core/grid/address';
import { createGrid, type CellRange, type CellValue, type Grid } from '../../src/core/grid/grid';

export interface TsvOptions {
  sheet?: string;
  /** Keep numeric-looking cells as strings. */
  rawStrings?: boolean;
}

export function gridFromTsv(text: string, options: TsvOptions = {}): Grid {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const cells = lines.map((l) => l.split('\t'));

  const owner: Array<Array<[number, number] | undefined>> = cells.map((r) => r.map(() => undefined));
  let sawMarker = false;
  cells.forEach((row, r) =>
    row.forEach((c, k) => {
      if (c === '^' && r > 0) {
        owner[r]![k] = owner[r - 1]?.[k] ?? [r - 1, k];
        sawMarker = true;
      } else if (c === '<' && k > 0) {
        owner[r]![k] = owner[r]![k - 1] ?? [r, k - 1];
        sawMarker = true;
      }
    }),
  );

  const areas = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  owner.forEach((row, r) =>
    row.forEach((o, k) => {
      if (!o) return;
      const key = `${o[0]},${o[1]}`;
      const a = areas.get(key) ?? { top: o[0], left: o[1], bottom: o[0], right: o[1] };
      a.bottom = Math.max(a.bottom, r);
      a.right = Math.max(a.right, k);
      areas.set(key, a);
    }),
  );

  const values: CellValue[][] = cells.map((row, r) =>
    row.map((cell, k) => {
      let c = cell;
      if (owner[r]![k]) return null;
      if (c === '') return null;
      c = c.replace(/\\n/g, '\n');
      if (!options.rawStrings && /^-?\d+(\.\d+)?$/.test(c)) return Number(c);
      return c;
    }),
  );
  const merges: CellRange[] | null = sawMarker ? [...areas.values()] : null;
  return createGrid({ sheet: options.sheet ?? 'Sheet1', values, merges });
}

/** Tagged template: tsv`...` */
export function tsv(strings: TemplateStringsArray, ...subs: unknown[]): Grid {
  // Raw strings, so `\n` stays a two-character escape for an in-cell line break.
  let s = strings.raw[0] ?? '';
  subs.forEach((v, i) => {
    s += String(v) + (strings.raw[i + 1] ?? '');
  });
  return gridFromTsv(s);
}

/**
 * A Grid from rows of cells after replacing some cells' text: `edit` maps `D7`-style addresses
 * (columns A–Z) to the new text, so a test states the one cell it plants an error in.
 */
export function gridWithEdits(rows: readonly string[], edit: Record<string, string>, options: TsvOptions = {}): Grid {
  const cells = rows.map((r) => r.split('\t'));
  for (const [ref, text] of Object.entries(edit)) {
    const col = ref.charCodeAt(0) - 65;
    const row = Number(ref.slice(1)) - 1;
    while (cells[row]!.length <= col) cells[row]!.push('');
    cells[row]![col] = text;
  }
  return gridFromTsv(cells.map((r) => r.join('\t')).join('\n'), options);
}

/** The grid with some cells' raw values and displayed texts replaced (`C6` style), as a host hands them over. */
export function gridWithRawCells(grid: Grid, cells: Record<string, { value: CellValue; text: string }>): Grid {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  let rows = grid.rowCount;
  let cols = grid.colCount;
  const at = Object.entries(cells).map(([address, cell]) => ({ p: parseA1(address)!, cell }));
  for (const { p } of at) {
    rows = Math.max(rows, p.row + 1);
    cols = Math.max(cols, p.col + 1);
  }
  for (let r = 0; r < rows; r++) {
    values.push([]);
    texts.push([]);
    for (let c = 0; c < cols; c++) {
      values[r]!.push(r < grid.rowCount && c < grid.colCount ? grid.value(r, c) : null);
      texts[r]!.push(r < grid.rowCount && c < grid.colCount ? grid.text(r, c) : '');
    }
  }
  for (const { p, cell } of at) {
    values[p.row]![p.col] = cell.value;
    texts[p.row]![p.col] = cell.text;
  }
  return createGrid({ sheet: grid.sheet, values, texts, merges: grid.merges });
}
