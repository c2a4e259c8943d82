/**
 * Renders a cell's displayed text from its raw value and number format, as Excel would show it
 * (`0.95` with `0%` → `95%`, a date serial with `yyyy-mm-dd` → `2024-12-31`). exceljs's own
 * `cell.text` ignores number formats, so the CLI uses numfmt, a well-kept Excel format engine.
 */
import * as numfmt from 'numfmt';

export function displayText(value: number, numFmt: string | undefined, date1904 = false): string {
  const pattern = numFmt && numFmt.trim() !== '' ? numFmt : 'General';
  // numfmt counts days from 1900; a 1904-system workbook's serials are 1462 days smaller.
  const v = date1904 && isDateFormat(pattern) ? value + 1462 : value;
  try {
    return numfmt.format(pattern, v, { locale: 'zh-CN' });
  } catch {
    return numfmt.format('General', value);
  }
}

export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  try {
    return numfmt.isDateFormat(numFmt);
  } catch {
    return false;
  }
}
