/** The model's cells, read from a Grid by every layout recogniser. */
import { a1 } from '../grid/address';
import type { CellValue, Grid } from '../grid/grid';
import type { FieldCell } from '../model';

/** A cell of the model; its A1 address is only spelled out when someone asks for it. */
class SheetCell implements FieldCell {
  private a1Text: string | undefined;
  constructor(
    readonly row: number,
    readonly col: number,
    readonly text: string,
    readonly raw: CellValue,
  ) {}

  get address(): string {
    return (this.a1Text ??= a1(this.row, this.col));
  }

  toJSON(): object {
    return { row: this.row, col: this.col, address: this.address, text: this.text };
  }
}

/** The cell at (row, col) with its display text and raw value. */
export function fieldCell(grid: Grid, row: number, col: number): FieldCell {
  return new SheetCell(row, col, grid.text(row, col), grid.value(row, col));
}
