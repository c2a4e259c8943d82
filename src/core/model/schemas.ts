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
