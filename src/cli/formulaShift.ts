/**
 * Re-points a formula's references when rows are inserted into a sheet, as Excel does: a reference
 * to a row at or below the insertion moves down by the rows inserted ($-absolute or not), a range
 * that spans the insertion grows, whole rows (`5:5`) move, whole columns (`A:A`) and other sheets'
 * cells stay. The formula is read by a tokenizer (strings, quoted sheet names, functions, operators),
 * never by a regex over its text. A form it does not handle — R1C1, structured or external
 * references, INDIRECT/OFFSET, which build references from text — gives a Chinese reason instead.
 */

export type Shifted = { formula: string } | { refused: string };

type Token = { kind: 'string' | 'ref' | 'other'; text: string };

const CELL = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/;
const ROW = /^(\$?)(\d+)$/;
const COLUMN = /^\$?[A-Z]{1,3}$/;
const TEXT_REFERENCES = /^(INDIRECT|OFFSET)$/i;

/** Where the quote opened at `start` closes (a doubled quote is one quote inside). */
function closing(formula: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < formula.length) {
    if (formula[j] === quote && formula[j + 1] === quote) j += 2;
    else if (formula[j] === quote) break;
    else j++;
  }
  return j;
}

/** Splits a formula (without `=`) into strings, references (with their sheet) and everything else. */
function tokenize(formula: string): Token[] | { refused: string } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      const j = closing(formula, i, '"');
      tokens.push({ kind: 'string', text: formula.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (ch === '[') return { refused: '结构化引用或外部工作簿引用（[…]）' };
    // A quoted sheet name: '表 2'!A1 ('' is a quote inside).
    if (ch === "'") {
      const j = closing(formula, i, "'");
      if (formula[j + 1] !== '!') return { refused: `无法读懂的引用「${formula.slice(i, j + 2)}」` };
      const ref = readRef(formula, j + 2);
      if (!ref) return { refused: `无法读懂的引用「${formula.slice(i, j + 8)}」` };
      tokens.push({ kind: 'ref', text: formula.slice(i, ref.end) });
      i = ref.end;
      continue;
    }
    if (/[A-Za-z_$\d\u4e00-\u9fff.]/.test(ch)) {
      let j = i;
      while (j < formula.length && /[A-Za-z_$\d\u4e00-\u9fff.:!]/.test(formula[j]!)) j++;
      const word = formula.slice(i, j);
      if (formula[j] === '[') return { refused: '结构化引用或外部工作簿引用（[…]）' };
      if (formula[j] === '(') {
        if (TEXT_REFERENCES.test(word)) return { refused: `${word.toUpperCase()} 函数（由文字拼出的引用无法随插入的行调整）` };
        tokens.push({ kind: 'other', text: word });
      } else if (isReference(word)) tokens.push({ kind: 'ref', text: word });
      else if (/^\d+(\.\d+)?([eE][+-]?\d+)?$/.test(word) || /^(TRUE|FALSE)$/i.test(word)) tokens.push({ kind: 'other', text: word });
      else if (/^R\d*C\d*$/i.test(word)) return { refused: `R1C1 样式的引用「${word}」` };
      else return { refused: `名称或无法读懂的引用「${word}」` };
      i = j;
      continue;
    }
    tokens.push({ kind: 'other', text: ch });
    i++;
  }
  return tokens;
}

/** A sheet-qualified reference's part after `!`, from `start`. */
function readRef(formula: string, start: number): { end: number } | undefined {
  let j = start;
  while (j < formula.length && /[A-Za-z$\d:]/.test(formula[j]!)) j++;
  return j > start && isPlainRef(formula.slice(start, j)) ? { end: j } : undefined;
}

function isPlainRef(text: string): boolean {
  const parts = text.split(':');
  if (parts.length > 2) return false;
  if (parts.every((p) => CELL.test(p))) return true;
  if (parts.length === 2 && parts.every((p) => ROW.test(p))) return true;
  return parts.length === 2 && parts.every((p) => COLUMN.test(p));
}

/** A reference, its sheet unquoted: Excel quotes a sheet name that begins with a digit, exceljs does not (`03!$A$1`). */
function isReference(word: string): boolean {
  const bang = word.lastIndexOf('!');
  return isPlainRef(bang >= 0 ? word.slice(bang + 1) : word) && (bang < 0 || /^[\w\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(word.slice(0, bang)));
}

function sheetOf(ref: string): string | undefined {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return undefined;
  const name = ref.slice(0, bang);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Rows at or after `at` (1-based) move down by `count`. */
function shiftPart(part: string, at: number, count: number): string {
  const cell = CELL.exec(part);
  if (cell) {
    const row = Number(cell[4]);
    return `${cell[1]}${cell[2]}${cell[3]}${row >= at ? row + count : row}`;
  }
  const row = ROW.exec(part);
  if (row) {
    const n = Number(row[2]);
    return `${row[1]}${n >= at ? n + count : n}`;
  }
  return part; // a whole column
}

/**
 * The formula (without `=`) living on `home`, after `count` rows were inserted before row `at`
 * (0-based) of `sheet`.
 */
export function shiftFormula(formula: string, home: string, sheet: string, at: number, count: number): Shifted {
  const tokens = tokenize(formula);
  if (!Array.isArray(tokens)) return tokens;
  const out = tokens.map((t) => {
    if (t.kind !== 'ref') return t.text;
    const target = sheetOf(t.text) ?? home;
    if (target !== sheet) return requoted(t.text);
    const bang = t.text.lastIndexOf('!');
    const prefix = bang >= 0 ? requoted(t.text.slice(0, bang + 1)) : '';
    const parts = t.text.slice(bang + 1).split(':');
    return prefix + parts.map((p) => shiftPart(p, at + 1, count)).join(':');
  });
  return { formula: out.join('') };
}

/** A reference (or its `Sheet!` prefix) with the quotes its sheet name needs; one already quoted stays. */
function requoted(ref: string): string {
  const bang = ref.lastIndexOf('!');
  if (bang < 0 || ref.startsWith("'")) return ref;
  return sheetPrefix(ref.slice(0, bang)) + ref.slice(bang + 1);
}

/** A formula with every sheet name quoted where Excel needs it (see isReference); unchanged where it cannot be read. */
export function quoteSheetNames(formula: string): string {
  const tokens = tokenize(formula);
  return Array.isArray(tokens) ? tokens.map((t) => (t.kind === 'ref' ? requoted(t.text) : t.text)).join('') : formula;
}

/** A sheet name as a formula must write it: quoted (a quote inside doubled) unless it is a plain name. */
export function sheetPrefix(sheet: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(sheet) && !CELL.test(sheet.toUpperCase()) && !/^R\d*C\d*$/i.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!`;
}
