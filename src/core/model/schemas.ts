/** zod schemas of the model's identifiers, shared by rule profiles and the template library. */
import { z } from 'zod';

export const Level1IdSchema = z.enum(['output', 'benefit', 'satisfaction', 'cost']);

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
  'economicCost',
  'socialCost',
  'ecologicalCost',
]);

export const ProjectLayoutSchema = z.enum(['project/ningxia', 'project/hebei']);
