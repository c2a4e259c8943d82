/**
 * Rule profiles: which rules run at which severity, and the thresholds that differ by region and
 * framework. `legacy` is the 产出/效益/满意度 framework of the seeds; `mof-2021` follows
 * 财预〔2021〕101号 with 成本指标 as a level-1 indicator. Profiles are data, validated with zod.
 */
import { z } from 'zod';
import { FrameworkIdSchema, Level1IdSchema, Level2IdSchema, type ProfileId } from '../model/schemas';

export const RuleSettingSchema = z.enum(['off', 'error', 'warning', 'info']);
const severity = RuleSettingSchema;

/** How a table's indicators are framed; `auto` reads it from each table's own labels. */
export const FrameworkSchema = z.union([z.literal('auto'), FrameworkIdSchema]);

export const ProfileOptionsSchema = z.object({
  /** Satisfaction targets below this percentage are reported. */
  satisfactionFloor: z.number().min(0).max(100),
  /** 尾差 allowed per summed part, in 万元 (figures printed to 2 decimals: 0.005). */
  roundingTolerancePerPart: z.number().min(0).max(1),
  /** The framework every table is checked against, or `auto`. */
  framework: FrameworkSchema.default('auto'),
  /** Overrides: the level-1 indicators every table must have (else the framework's). */
  requiredLevel1: z.array(Level1IdSchema).optional(),
  /** Overrides: the 二级 indicators every table of a kind must have (else its tags, else the national minimum). */
  requiredLevel2: z.record(z.string(), z.array(Level2IdSchema)).default({}),
  /** Overrides: which 二级 indicators belong under which 一级 (else the framework's). */
  level2Parents: z.partialRecord(Level2IdSchema, z.array(Level1IdSchema)).optional(),
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

const COMMON = { satisfactionFloor: 90, roundingTolerancePerPart: 0.005 };

export const BUILTIN_PROFILES: Record<ProfileId, Profile> & Partial<Record<string, Profile>> = {
  auto: ProfileSchema.parse({
    id: 'auto',
    name: '按表自动判断框架',
    description: '每张表按自身的一级、二级指标名称判断所用框架（传统框架、财预〔2021〕101号、满意度列在效益下的旧模板）；必填二级指标按表中（必填）标注，未标注时按各框架共有的最低要求。',
    options: { ...COMMON, framework: 'auto' },
  }),
  legacy: ProfileSchema.parse({
    id: 'legacy',
    name: '传统框架（产出/效益/满意度）',
    description: '产出指标含数量、质量、时效、成本；效益指标；满意度指标。',
    options: { ...COMMON, framework: 'legacy' },
  }),
  'mof-2021': ProfileSchema.parse({
    id: 'mof-2021',
    name: '财预〔2021〕101号框架',
    description: '成本指标为一级指标（经济成本、社会成本、生态环境成本）；产出指标含数量、质量、时效。',
    options: { ...COMMON, framework: 'mof-2021' },
  }),
};

export const DEFAULT_PROFILE_ID: ProfileId = 'auto';

export function getProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES[id];
}
