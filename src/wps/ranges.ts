/** Between WPS's 1-based ranges and the Grid's 0-based, inclusive CellRange. */
import { rangeA1 } from '../core/grid/address';
import type { CellRange } from '../core/grid/grid';
import type { WpsRange, WpsWorksheet } from './api';

/** A range's bounds, 0-based and inclusive (4 calls). */
export function boundsOf(range: WpsRange): CellRange {
  const top = range.Row - 1;
  const left = range.Column - 1;
  return { top, left, bottom: top + range.Rows.Count - 1, right: left + range.Columns.Count - 1 };
}

/** The sheet's range over `r`. */
export function rangeOf(ws: WpsWorksheet, r: CellRange): WpsRange {
  return ws.Range(rangeA1(r));
}
