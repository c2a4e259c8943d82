/**
 * What the two readers (sheetjsWorkbook.ts for checking, exceljsGrid.ts for the writing commands)
 * share, so that they hand the engine the same Grid.
 *
 * Built-in number formats (a cell's numFmtId with no format string in the file) as the readers name
 * them: exceljs and SheetJS spell a few differently, and the short date is locale-dependent — Excel
 * and WPS in Chinese show id 14 as 2025/1/1, not as either reader's US form. Both readers pass their
 * format strings through here, so an .xlsx gives one displayed text whichever reader opened it.
 */
const SAME: Readonly<Record<string, string>> = {
  // id 14, the short date: exceljs, SheetJS.
  'mm-dd-yy': 'yyyy/m/d',
  'm/d/yy': 'yyyy/m/d',
  // id 22, date and time.
  'm/d/yy "h":mm': 'yyyy/m/d h:mm',
  'm/d/yy h:mm': 'yyyy/m/d h:mm',
  // ids 39 and 40: SheetJS drops the space before the negative section.
  '#,##0.00;(#,##0.00)': '#,##0.00 ;(#,##0.00)',
  '#,##0.00;[Red](#,##0.00)': '#,##0.00 ;[Red](#,##0.00)',
};

/** The format string to render a cell with, given the one its reader reported. */
export function readerFormat(format: string | undefined): string | undefined {
  return format === undefined ? undefined : (SAME[format] ?? format);
}

const EPOCH_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/** A date a reader handed back as a Date, as the serial number the file holds. */
export function dateToSerial(d: Date, date1904: boolean): number {
  return (d.getTime() - (date1904 ? EPOCH_1904_MS : EPOCH_MS)) / 86_400_000;
}
