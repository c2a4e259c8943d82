/**
 * The shape of a layout spec: a province's (or a template's) way of writing a target table, as
 * plain data. Specs are JSON-serialisable and validated here; the recogniser reads them, nothing in
 * a spec runs. A label is literal normalised text (NFKC, no spaces), or a regular expression
 * written `/source/`, matched against the whole normalised label.
 */
import { z } from 'zod';
import { Level2IdSchema } from '../../model/schemas';

/** What a column of the indicator grid holds. */
export const ColumnRoleSchema = z.enum([
  'level1',
  'level2',
  'level3',
  'value',
  /** 指标性质 / 指标方向 holding =, ≥, ≤, 是/否 (or, read from its cells, 正向/反向: then a text column). */
  'operator',
  'unit',
  'score',
  'description',
  'basis',
  'note',
]);
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;

const Label = z.string().min(1).refine((s) => !s.startsWith('/') || isRegex(s), { message: 'invalid /regular expression/' });

function isRegex(s: string): boolean {
  if (!s.endsWith('/') || s.length < 3) return false;
  try {
    new RegExp(s.slice(1, -1));
    return true;
  } catch {
    return false;
  }
}

/** Header fields of a project table (the label/value rows above the indicator grid). */
export const FieldKeySchema = z.enum([
  'projectName',
  'projectCode',
  'department',
  'financeDept',
  'implementer',
  'projectAttribute',
  'projectCategory',
  'projectPeriod',
  'contact',
  'annualGoal',
  'overallGoal',
  'useOfFunds',
  'overview',
  'legalBasis',
  'necessity',
  'measures',
  'implementationPlan',
]);
export type FieldKey = z.infer<typeof FieldKeySchema>;

/** Lines of the funds block: the group label, the total, its parts, headings over the amounts. */
export const FundLineSchema = z.enum(['group', 'heading', 'total', 'medium', 'fiscal', 'other', 'source']);
export type FundLine = z.infer<typeof FundLineSchema>;

export const VocabularySchema = z.object({
  /** Column headings of the indicator grid, by role; a trailing `(…)` note is ignored when matching. */
  headings: z.partialRecord(ColumnRoleSchema, z.array(Label)),
  /** The label down the left of the grid (`绩效指标`), or a cut-short heading of it. */
  sideLabels: z.array(Label),
  /** Header field labels. */
  fields: z.partialRecord(FieldKeySchema, z.array(Label)),
  funds: z.partialRecord(FundLineSchema, z.array(Label)),
  /** Headings over goal texts written side by side (`中期目标 | 年度目标`), by term. */
  goalHeadings: z.object({ medium: z.array(Label), annual: z.array(Label) }),
  /** Words in a value heading or the text above a block that say which term its values are for. */
  terms: z.object({ medium: z.array(z.string()), annual: z.array(z.string()) }),
});
export type Vocabulary = z.infer<typeof VocabularySchema>;

/** A project-table family. */
export const ProjectSpecSchema = z.object({
  /** The table kind is `project/<id>`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Chinese name shown to users. */
  name: z.string().min(1),
  description: z.string().min(1),
  /**
   * What points to this family: labels of the header fields or grid headings, or features of the
   * grid; the family whose matches weigh most names the table (the first spec wins a tie).
   */
  identify: z.array(
    z.union([
      z.object({ label: Label, weight: z.number().positive() }),
      z.object({
        feature: z.enum(['sideLabel', 'levelTags', 'operatorColumn', 'unitColumn', 'scoreColumn', 'placeColumns', 'termBlocks', 'spendingPlan']),
        weight: z.number().positive(),
      }),
    ]),
  ),
  /** Vocabulary this family adds to the shared one. */
  vocabulary: VocabularySchema.partial().default({}),
  /** How the family writes its 一级/二级 labels (for template insertion). */
  levels: z.object({
    written: z.enum(['merged', 'repeated']),
    numbered: z.boolean().default(false),
  }),
  /** The 二级 indicators this family's template marks 必填, which apply when a table carries the tags. */
  mandatory: z.array(Level2IdSchema).default([]),
});
export type ProjectSpec = z.infer<typeof ProjectSpecSchema>;
export type ProjectSpecInput = z.input<typeof ProjectSpecSchema>;
