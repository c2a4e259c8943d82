/**
 * The standard indicator library, validated: per 二级 the measurable 三级 indicators reviewers accept
 * (the data, and what was left out of it, in data.ts), each with a value pattern and its 指标值确定
 * 依据, and per project type a complete set that satisfies the required 二级 of every profile.
 * Placeholders: `{n}` a number the user fills in, `{total}` the project's 年度资金总额, `{year}` the
 * table's year. The 通用 set is what a table whose type cannot be told is offered, said as such.
 */
import { z } from 'zod';
import { Level1IdSchema, Level2IdSchema } from '../model/schemas';
import { INDICATORS, TYPES } from './data';

const level1 = Level1IdSchema;
const level2 = Level2IdSchema;

export const IndicatorTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  level1,
  level2,
  /** The 三级 name. */
  name: z.string().min(2),
  /** Value pattern with `{n}`, `{total}`, `{year}`. */
  value: z.string().min(1),
  /** What the indicator measures, for the 绩效指标描述 column (hebei) and the preview. */
  description: z.string().min(2),
  /** The 指标值确定依据 (2021 guidance), for the hebei column of that name. */
  basis: z.enum(['计划标准', '行业标准', '历史标准', '预算支出标准']),
  /** Only a table of this framework takes the entry (社会成本, 生态环境成本 are 2021 only). */
  framework: z.literal('mof-2021').optional(),
});

export const ProjectTypeSchema = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(2),
  /** Words in 项目名称 / 年度目标 / the 三级 rows that suggest this type, strongest first. */
  keywords: z.array(z.string().min(1)).min(1),
  /** Catch-all words: they weigh little, and only in the name. */
  weak: z.array(z.string().min(1)).optional(),
  /** A name ending in one of these (before 经费 / 资金 / 项目) says what the money is. */
  heads: z.array(z.string().min(1)).optional(),
  /** Template ids of the complete set, in table order. */
  indicators: z.array(z.string()).min(7),
});

export type IndicatorTemplate = z.infer<typeof IndicatorTemplateSchema>;
export type ProjectType = z.infer<typeof ProjectTypeSchema>;

/** The set offered when a table's type cannot be told: neutral entries, labelled as such. */
export const GENERAL_TYPE: ProjectType = {
  id: 'general',
  name: '通用（未判断出项目类型）',
  keywords: ['通用'],
  indicators: ['work-items', 'fund-use-compliance', 'completion-deadline', 'total-cost', 'service-resolved', 'service-satisfaction', 'work-outcome'],
};

export interface Library {
  indicators: IndicatorTemplate[];
  /** The project types a table can be recognised as (not the 通用 set). */
  types: ProjectType[];
  /** The 通用 set. */
  general: ProjectType;
  indicator(id: string): IndicatorTemplate | undefined;
  type(id: string): ProjectType | undefined;
}

/** The library, validated: unknown ids or malformed entries fail loudly at startup, not in a table. */
export function loadLibrary(indicators: unknown = INDICATORS, types: unknown = TYPES, general: unknown = GENERAL_TYPE): Library {
  const inds = z.array(IndicatorTemplateSchema).parse(indicators);
  const tys = z.array(ProjectTypeSchema).parse(types);
  const gen = ProjectTypeSchema.parse(general);
  const byId = new Map(inds.map((i) => [i.id, i]));
  if (byId.size !== inds.length) throw new Error('duplicate indicator template id');
  if (new Set(tys.map((t) => t.id)).size !== tys.length) throw new Error('duplicate project type id');
  for (const t of [...tys, gen]) {
    for (const id of t.indicators) if (!byId.has(id)) throw new Error(`project type ${t.id} names unknown indicator ${id}`);
  }
  return {
    indicators: inds,
    types: tys,
    general: gen,
    indicator: (id) => byId.get(id),
    type: (id) => [...tys, gen].find((t) => t.id === id || t.name === id),
  };
}

export const LIBRARY: Library = loadLibrary();
