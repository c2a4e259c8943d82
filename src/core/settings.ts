/**
 * The add-in's settings, saved in the workbook's store (core/store/document): rule profile,
 * thresholds, rules switched off, live checking. The pane and the CLI both check a workbook with
 * them. Validated with zod so a damaged or older value falls back to defaults.
 */
import { z } from 'zod';
import { ProfileIdSchema } from './model/schemas';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, type Profile } from './rules/profiles';

export const SettingsSchema = z.object({
  profile: ProfileIdSchema.catch(DEFAULT_PROFILE_ID),
  satisfactionFloor: z.number().min(0).max(100).catch(90),
  roundingTolerancePerPart: z.number().min(0).max(1).catch(0.005),
  /** Rules the user switched off. */
  rulesOff: z.array(z.string()).catch([]),
  live: z.boolean().catch(true),
});

/** The bounds the pane enforces on the numbers (outside them a value is refused, with a message). */
export const SETTING_BOUNDS = {
  satisfactionFloor: { min: 50, max: 100 },
  roundingTolerancePerPart: { min: 0, max: 1 },
} as const;

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Reads stored settings; anything missing or invalid takes its default. */
export function readSettings(stored: unknown): Settings {
  const input = typeof stored === 'object' && stored !== null ? stored : {};
  return SettingsSchema.parse(input);
}

/** The rule profile the settings describe. */
export function profileOf(settings: Settings): Profile {
  const base = BUILTIN_PROFILES[settings.profile] ?? BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!;
  return {
    ...base,
    rules: { ...base.rules, ...Object.fromEntries(settings.rulesOff.map((id) => [id, 'off' as const])) },
    options: { ...base.options, satisfactionFloor: settings.satisfactionFloor, roundingTolerancePerPart: settings.roundingTolerancePerPart },
  };
}
