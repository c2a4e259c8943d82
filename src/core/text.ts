/**
 * Text normalisation shared by recognition and value parsing. Real sheets mix 全角/半角 forms,
 * spaces inside words (`有效 提高`), HTML left by PDF conversion and LaTeX (`$\geq 95\%$`).
 */
import { remembered } from './memo';

const LATEX: ReadonlyArray<[RegExp, string]> = [
  [/\\geqslant|\\geq|\\ge(?![a-z])/g, '≥'],
  [/\\leqslant|\\leq|\\le(?![a-z])/g, '≤'],
  [/\\times/g, '×'],
  [/\\%/g, '%'],
  [/\\cdot/g, '·'],
  [/\\text\{([^}]*)\}/g, '$1'],
  [/\\mathrm\{([^}]*)\}/g, '$1'],
  [/\$/g, ''],
];

/** True when the text carries LaTeX or HTML debris from a PDF conversion. */
export function hasMarkupDebris(s: string): boolean {
  return /\$[^$]*\\[a-z%]|<\/?[a-z][^>]*>|\\(geq|leq|times|%)/i.test(s);
}

/** Removes LaTeX and HTML markup, keeping the text it wraps. */
export function stripMarkup(s: string): string {
  if (!s.includes('<') && !s.includes('\\') && !s.includes('$')) return s;
  let out = s.replace(/<\/?[a-zA-Z][^>]*>/g, '');
  if (out.includes('\\') || out.includes('$')) {
    for (const [re, rep] of LATEX) out = out.replace(re, rep);
  }
  return out;
}

/**
 * Canonical form for comparing labels: NFKC (full-width → half-width), markup removed,
 * every kind of white space removed.
 */
export function normalizeLabel(s: string): string {
  return remembered(LABELS, s, normalizeLabelOnce);
}

const LABELS = new Map<string, string>();

function normalizeLabelOnce(s: string): string {
  let n = stripMarkup(s);
  // NFKC only changes characters outside ASCII, the CJK ideographs and the common Chinese
  // punctuation below; most labels need no normalisation, and skipping it saves the copy.
  if (NEEDS_NFKC.test(n)) n = n.normalize('NFKC');
  return SPACE.test(n) ? n.replace(SPACES, '') : n;
}

const NEEDS_NFKC = /[^\u0000-\u007f\u4e00-\u9fff\u3001\u3002\u201c\u201d\u2018\u2019\u300a-\u300f\u3010\u3011\u2014\u00b7\u2265\u2264]/;

const SPACE = /[\s\u3000\u00a0]/;
const SPACES = /[\s\u3000\u00a0]+/g;

/** NFKC and markup removal, with runs of white space folded to one space and trimmed. */
export function normalizeSpacing(s: string): string {
  return stripMarkup(s).normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

const VISIBLE = /[^\s\u3000\u00a0]/;

/** True for text with no visible content. */
export function isBlank(s: string | null | undefined): boolean {
  return s === null || s === undefined || s === '' || !VISIBLE.test(s);
}
