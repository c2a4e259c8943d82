/**
 * What a file is, by its first bytes, not its extension — kept apart from the readers so that
 * telling the kinds apart loads neither exceljs nor SheetJS.
 */

/** A compound file (OLE2: .xls, .et, and old .doc/.ppt too) starts with D0 CF 11 E0. */
export function isCompoundFile(buffer: Buffer): boolean {
  return buffer.length >= 8 && buffer[0] === 0xd0 && buffer[1] === 0xcf && buffer[2] === 0x11 && buffer[3] === 0xe0;
}

/** A zip (an .xlsx / .xlsm package) starts with PK. */
export function isZip(buffer: Buffer): boolean {
  return buffer.length >= 2 && buffer[0] === 0x50 && buffer[1] === 0x4b;
}
