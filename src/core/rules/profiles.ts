/**
 * Rule profiles: which rules run at which severity, and the thresholds that differ by region and
 * framework. `legacy` is the 产出/效益/满意度 framework of the seeds; `mof-2021` follows
 * 财预〔2021〕101号 with 成本指标 as a level-1 indicator. Profiles are data, validated with zod.
 */
import { z } from 'zod';
import type { Level1Id, Level2Id, ProjectLayout } from '../model';
import { Level1IdSchema, Level2IdSchema, ProjectLayoutSchema } from '../model/schemas';

const severity = z.enum(['off', 'error', 'warning', 'info']);
const level1 = Level1IdSchema;
const level2 = Level2IdSchema;
const layout = ProjectLayoutSchema;

export const ProfileOptionsSchema = z.object({
  /** Satisfaction targets below this percentage are reported. */
  satisfactionFloor: z.number().min(0).max(100),
  /** 尾差 allowed per summed part, in 万元 (figures printed to 2 decimals: 0.005). */
  roundingTolerancePerPart: z.number().min(0).max(1),
  /** The level-1 indicators every table must have. */
  requiredLevel1: z.array(level1),
  /** The level-2 indicators every table of a layout must have. */
  requiredLevel2: z.partialRecord(layout, z.array(level2)),
  /** Which level-2 indicators belong under which level-1. */
  level2Parents: z.partialRecord(level2, z.array(level1)),
});

export const ProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().default(''),
  rules: z.record(z.string(), severity).default({}),
  options: ProfileOptionsSchema,
});

export type ProfileOptions = z.infer<typeof ProfileOptionsSchema>;
export type Profile = z.infer<typeof ProfileSchema>;

const LEGACY_PARENTS: Partial<Record<Level2Id, Level1Id[]>> = {
  quantity: ['output'],
  quality: ['output'],
  timeliness: ['output'],
  cost: ['output'],
  economicBenefit: ['benefit'],
  socialBenefit: ['benefit'],
  ecologicalBenefit: ['benefit'],
  sustainability: ['benefit'],
  serviceSatisfaction: ['satisfaction'],
};

const MOF2021_PARENTS: Partial<Record<Level2Id, Level1Id[]>> = {
  quantity: ['output'],
  quality: ['output'],
  timeliness: ['output'],
  // 成本 is a level-1 indicator in 2021: a legacy 成本指标 row under 产出 is out of place.
  cost: ['cost'],
  economicCost: ['cost'],
  socialCost: ['cost'],
  ecologicalCost: ['cost'],
  economicBenefit: ['benefit'],
  socialBenefit: ['benefit'],
  ecologicalBenefit: ['benefit'],
  sustainability: ['benefit'],
  serviceSatisfaction: ['satisfaction'],
};

const NINGXIA_REQUIRED: Level2Id[] = [
  'quantity',
  'quality',
  'timeliness',
  'cost',
  'socialBenefit',
  'sustainability',
  'serviceSatisfaction',
];

export const BUILTIN_PROFILES: Record<string, Profile> = {
  legacy: ProfileSchema.parse({
    id: 'legacy',
    name: '传统框架（产出/效益/满意度）',
    description: '产出指标含数量、质量、时效、成本；宁夏模板的必填二级指标按（必填）标注执行。',
    rules: {},
    options: {
      satisfactionFloor: 90,
      roundingTolerancePerPart: 0.005,
      requiredLevel1: ['output', 'benefit', 'satisfaction'],
      requiredLevel2: {
        'project/ningxia': NINGXIA_REQUIRED,
        'project/hebei': ['quantity', 'quality', 'timeliness', 'cost', 'serviceSatisfaction'],
      },
      level2Parents: LEGACY_PARENTS,
    },
  }),
  'mof-2021': ProfileSchema.parse({
    id: 'mof-2021',
    name: '财预〔2021〕101号框架',
    description: '成本指标为一级指标（经济成本、社会成本、生态环境成本）；产出指标含数量、质量、时效。',
    rules: {},
    options: {
      satisfactionFloor: 90,
      roundingTolerancePerPart: 0.005,
      requiredLevel1: ['output', 'cost', 'benefit', 'satisfaction'],
      requiredLevel2: {
        'project/ningxia': ['quantity', 'quality', 'timeliness', 'economicCost', 'serviceSatisfaction'],
        'project/hebei': ['quantity', 'quality', 'timeliness', 'economicCost', 'serviceSatisfaction'],
      },
      level2Parents: MOF2021_PARENTS,
    },
  }),
};

export const DEFAULT_PROFILE_ID = 'legacy';

export function getProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES[id];
}

/** Required level-2 indicators of a layout under a profile. */
export function requiredLevel2(options: ProfileOptions, kind: ProjectLayout): Level2Id[] {
  return options.requiredLevel2[kind] ?? [];
}

/**
 * Reads a user profile (from a JSON file or the task pane's settings) on top of a built-in one.
 * Returns Chinese error text when the input does not fit.
 */
export function resolveProfile(input: unknown): { profile: Profile } | { error: string } {
  const Partial = z.object({
    extends: z.string().default(DEFAULT_PROFILE_ID),
    id: z.string().optional(),
    name: z.string().optional(),
    rules: z.record(z.string(), severity).default({}),
    options: ProfileOptionsSchema.partial().default({}),
  });
  const parsed = Partial.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `规则配置无效：${issue ? `${issue.path.join('.') || '(根)'} ${issue.message}` : '格式错误'}` };
  }
  const base = BUILTIN_PROFILES[parsed.data.extends];
  if (!base) return { error: `未知的基础规则配置「${parsed.data.extends}」，可选：${Object.keys(BUILTIN_PROFILES).join('、')}` };
  return {
    profile: {
      id: parsed.data.id ?? base.id,
      name: parsed.data.name ?? base.name,
      description: base.description,
      rules: { ...base.rules, ...parsed.data.rules },
      options: { ...base.options, ...parsed.data.options },
    },
  };
}
