/** A user's rule profile (a JSON file for the CLI) read on top of a built-in one. */
import { z } from 'zod';
import { BUDGET_RULES, DEPARTMENT_RULES, PROJECT_RULES, WORKBOOK_RULES } from '.';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, ProfileOptionsSchema, RuleSettingSchema, type Profile } from './profiles';

const RULE_IDS: ReadonlySet<string> = new Set([...PROJECT_RULES, ...BUDGET_RULES, ...DEPARTMENT_RULES, ...WORKBOOK_RULES].map((r) => r.meta.id));

/**
 * Reads a user profile (from a JSON file or the task pane's settings) on top of a built-in one.
 * Returns Chinese error text when the input does not fit.
 */
export function resolveProfile(input: unknown): { profile: Profile } | { error: string } {
  const Partial = z.object({
    extends: z.string().default(DEFAULT_PROFILE_ID),
    id: z.string().optional(),
    name: z.string().optional(),
    rules: z.record(z.string(), RuleSettingSchema).default({}),
    options: ProfileOptionsSchema.partial().default({}),
  });
  const parsed = Partial.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `规则配置无效：${issue ? `${issue.path.join('.') || '(根)'} ${issue.message}` : '格式错误'}` };
  }
  // As in ESLint, a rule id nobody knows is an error, not a setting silently ignored.
  const unknown = Object.keys(parsed.data.rules).filter((id) => !RULE_IDS.has(id));
  if (unknown.length > 0) return { error: `规则配置无效：没有名为${unknown.map((id) => `「${id}」`).join('、')}的规则（规则列表见 README 的“检查规则”）` };
  const base = BUILTIN_PROFILES[parsed.data.extends];
  if (!base) return { error: `未知的基础规则配置「${parsed.data.extends}」，可选：${Object.keys(BUILTIN_PROFILES).join('、')}` };
  return {
    profile: {
      id: parsed.data.id ?? base.id,
      name: parsed.data.name ?? base.name,
      description: base.description,
      rules: { ...base.rules, ...parsed.data.rules },
      options: { ...base.options, ...given(parsed.data.options, input) },
    },
  };
}

/** The options the user wrote (a schema default is not a setting: it must not override the base's). */
function given<T extends object>(parsed: T, input: unknown): Partial<T> {
  const raw = (input as { options?: unknown } | null)?.options;
  const keys = new Set(typeof raw === 'object' && raw !== null ? Object.keys(raw) : []);
  return Object.fromEntries(Object.entries(parsed).filter(([k, v]) => keys.has(k) && v !== undefined)) as Partial<T>;
}
