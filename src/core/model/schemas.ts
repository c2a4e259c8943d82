/** zod schemas of the model's identifiers, shared by rule profiles and the template library. */
import { z } from 'zod';

export const Level1IdSchema = z.enum(['output', 'benefit', 'satisfaction', 'cost']);
export type Level1Id = z.infer<typeof Level1IdSchema>;

export const Level2IdSchema = z.enum([
  'quantity',
  'quality',
  'timeliness',
  'cost',
  'economicBenefit',
  'socialBenefit',
  'ecologicalBenefit',
  'sustainability',
  'serviceSatisfaction',
  'combinedBenefit',
  'economicCost',
  'socialCost',
  'ecologicalCost',
]);
export type Level2Id = z.infer<typeof Level2IdSchema>;

/** The indicator frameworks a table can follow (see DOMAIN §2–3): 传统, 财预〔2021〕101号, 满意度在效益下的旧模板. */
export const FrameworkIdSchema = z.enum(['legacy', 'mof-2021', 'benefit-satisfaction']);
export type FrameworkId = z.infer<typeof FrameworkIdSchema>;

/** The built-in rule profiles: `auto` reads each table's framework from its labels. */
export const ProfileIdSchema = z.enum(['auto', 'legacy', 'mof-2021']);
export type ProfileId = z.infer<typeof ProfileIdSchema>;
