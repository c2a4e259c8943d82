/**
 * The add-in's settings, saved with the workbook (Office document settings): rule profile,
 * thresholds, live checking. Validated with zod so a damaged or older value falls back to defaults.
 */
import { z } from 'zod';
import { ProfileIdSchema } from './model/schemas';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, type Profile } from './rules/profiles';

export const SettingsSchema = z.object({
  profile: ProfileIdSchema.catch(DEFAULT_PROFILE_ID),
  satisfactionFloor: z.number().min(0).max(100).catch(90),
  roundingTolerancePerPart: z.number().min(0).max(1).catch(0.005),
  live: z.boolean().catch(true),
});

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
    options: { ...base.options, satisfactionFloor: settings.satisfactionFloor, roundingTolerancePerPart: settings.roundingTolerancePerPart },
  };
}
