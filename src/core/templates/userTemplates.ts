/**
 * Templates learned from the user's own tables. Clerks fill this year's table from last year's: any
 * recognised table gives a named set of its 三级 rows, with the numbers that change year to year
 * turned into placeholders — counts and amounts into `{n}`, the project's funds into `{total}`,
 * years into `{year}` (rates and standards such as `≥95%` stay) — kept in the workbook store, and
 * exported as a JSON file a finance bureau can hand to all its units and import anywhere.
 */
import Decimal from 'decimal.js';
import { z } from 'zod';
import type { IndicatorRow, Level1Id, Level2Id, ProjectTable } from '../model';
import { projectName } from '../model';
import { IndicatorTemplateSchema, type IndicatorTemplate } from './library';

export const UserTemplateSetSchema = z.object({
  id: z.string().regex(/^u[a-z0-9]+$/),
  /** As the user named it (default: the table's 项目名称). */
  name: z.string().min(1).max(200),
  /** Where it was learned from. */
  source: z.object({ file: z.string().optional(), sheet: z.string(), table: z.string() }),
  /** When, as ISO text. */
  created: z.string(),
  indicators: z.array(IndicatorTemplateSchema).min(1).max(500),
});
export type UserTemplateSet = z.infer<typeof UserTemplateSetSchema>;

/** The file a finance bureau hands out: one or more sets. */
export const TemplateFileSchema = z.object({
  format: z.literal('perf-target-templates'),
  version: z.literal(1),
  sets: z.array(UserTemplateSetSchema).min(1),
});
export const TEMPLATE_FILE_FORMAT = 'perf-target-templates';

const BASES = ['计划标准', '行业标准', '历史标准', '预算支出标准'] as const;

/** The text as the user wrote it, white space folded (not NFKC: a template keeps the table's own punctuation). */
const tidy = (text: string | undefined) => (text ?? '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();

/** Where a harvested row sits, in the library's terms: a 2021 经济成本 row is a 成本 template. */
function placeOf(row: IndicatorRow): { level1: Level1Id; level2: Level2Id; framework?: 'mof-2021' } | undefined {
  const l2 = row.level2?.id;
  if (!l2) return undefined;
  if (l2 === 'economicCost' || l2 === 'cost') return { level1: 'output', level2: 'cost' };
  if (l2 === 'socialCost' || l2 === 'ecologicalCost') return { level1: 'cost', level2: l2, framework: 'mof-2021' };
  if (l2 === 'serviceSatisfaction') return { level1: 'satisfaction', level2: l2 };
  if (l2 === 'quantity' || l2 === 'quality' || l2 === 'timeliness') return { level1: 'output', level2: l2 };
  if (l2 === 'economicBenefit' || l2 === 'socialBenefit' || l2 === 'ecologicalBenefit' || l2 === 'sustainability') return { level1: 'benefit', level2: l2 };
  return undefined;
}

/** The value as the user reads it: the operator and unit columns put back around the figure. */
function valueText(row: IndicatorRow): string {
  const v = row.values[0];
  if (!v) return '';
  const op = v.operator?.text.trim() ?? '';
  const unit = v.unit?.text.trim() ?? '';
  const text = tidy(v.cell.text);
  return `${op === '=' || op === '＝' || op === '定性' ? '' : op}${text}${unit && !text.endsWith(unit) ? unit : ''}`;
}

/**
 * A value as a pattern: years → `{year}`, the project's funds → `{total}`, other counts and amounts →
 * `{n}`; percentages, scores and words stay as written.
 */
export function valuePattern(text: string, total: Decimal | undefined): string {
  const years = text.replace(/(?<!\d)(19|20)\d{2}(?=\s*年)/g, '{year}');
  // A figure followed by % (a rate), 分 (a score), 个百分点, or 月 / 日 / 季度 (when a deadline falls) stays.
  return years.replace(/(\d+(?:\.\d+)?)(\s*)(%|％|百分比|分|个百分点|月|日|号|季度)?(亿元|万元|千元|元)?/g, (whole, n: string, space: string, kept: string | undefined, money: string | undefined) => {
    if (kept) return whole;
    if (money === '万元' && total && new Decimal(n).eq(total)) return `{total}${space}${money}`;
    return `{n}${space}${money ?? ''}`;
  });
}

let counter = 0;

/** A set id: `u` and base-36 time and a counter, unique in one store. */
function newId(now: Date): string {
  counter = (counter + 1) % 1296;
  return `u${now.getTime().toString(36)}${counter.toString(36)}`;
}

/**
 * A named set from a recognised table's rows: each row with its place (一级 / 二级), its 三级 name,
 * its value as a pattern, its description and its 指标值确定依据 (历史标准 unless the table says
 * which: it is last year's figure). Rows without a 二级 the library knows, or without a 三级 name, are
 * left out. Undefined when no row can be kept.
 */
export function harvestTemplate(table: ProjectTable, sheet: string, options: { name?: string; file?: string; now?: Date } = {}): UserTemplateSet | undefined {
  const now = options.now ?? new Date();
  const id = newId(now);
  const total = table.funds.total?.amount instanceof Decimal ? table.funds.total.amount : undefined;
  const seen = new Set<string>();
  const indicators: IndicatorTemplate[] = [];
  for (const row of table.indicators) {
    const place = placeOf(row);
    const name = tidy(row.level3?.text);
    const value = valuePattern(valueText(row), total);
    if (!place || name.length < 2 || value === '' || seen.has(name)) continue;
    seen.add(name);
    const basisText = tidy(row.basis?.text);
    const basis = BASES.find((b) => basisText.includes(b)) ?? '历史标准';
    const description = tidy(row.description?.text);
    indicators.push({
      id: `${id}-${indicators.length + 1}`,
      ...place,
      name,
      value,
      description: description.length >= 2 ? description : name,
      basis,
    });
  }
  if (indicators.length === 0) return undefined;
  const tableName = projectName(table) ?? '';
  const set: UserTemplateSet = {
    id,
    name: (options.name ?? tableName).trim() || `${sheet} 的指标`,
    source: { sheet, table: tableName, ...(options.file ? { file: options.file } : {}) },
    created: now.toISOString(),
    indicators,
  };
  return UserTemplateSetSchema.parse(set);
}

/** The JSON file of some sets. */
export function templateFile(sets: readonly UserTemplateSet[]): string {
  return `${JSON.stringify(TemplateFileSchema.parse({ format: TEMPLATE_FILE_FORMAT, version: 1, sets }), null, 2)}\n`;
}

/** Reads a template file; a file that is not one gives a Chinese message, never an exception. */
export function readTemplateFile(json: string): { sets: UserTemplateSet[] } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: '不是模板文件：内容不是 JSON' };
  }
  if ((data as { format?: unknown } | null)?.format !== TEMPLATE_FILE_FORMAT) return { error: '不是本助手导出的模板文件（缺少 format: perf-target-templates）' };
  const parsed = TemplateFileSchema.safeParse(data);
  if (!parsed.success) return { error: `模板文件格式不对：${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim() };
  return { sets: parsed.data.sets };
}

/**
 * The sets after importing `incoming`: a set with the same id replaces the old one; ids of the
 * imported indicators are kept (they are unique to their set).
 */
export function mergeSets(existing: readonly UserTemplateSet[], incoming: readonly UserTemplateSet[]): UserTemplateSet[] {
  const ids = new Set(incoming.map((s) => s.id));
  return [...incoming, ...existing.filter((s) => !ids.has(s.id))];
}
