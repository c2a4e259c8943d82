/**
 * The registry of project-table families. Adding a family is adding its spec file here; the table
 * kind (`project/<id>`) and the kinds' type follow from this list.
 */
import { basicSpec } from './basic';
import { declarationSpec } from './declaration';
import { hebeiSpec } from './hebei';
import { ningxiaSpec } from './ningxia';
import { ProjectSpecSchema, VocabularySchema, type ProjectSpec, type Vocabulary } from './schema';
import { scoredSpec } from './scored';
import { termBlocksSpec } from './term-blocks';
import { transferSpec } from './transfer';
import { SHARED_VOCABULARY } from './vocabulary';

/** In order of preference: on equal evidence the earlier family names the table. */
const SPEC_INPUTS = [basicSpec, ningxiaSpec, hebeiSpec, transferSpec, scoredSpec, termBlocksSpec, declarationSpec] as const;

export type ProjectSpecId = (typeof SPEC_INPUTS)[number]['id'];
export type ProjectLayout = `project/${ProjectSpecId}`;

export const PROJECT_SPECS: readonly ProjectSpec[] = SPEC_INPUTS.map((s) => ProjectSpecSchema.parse(s));


export function projectSpec(kind: string): ProjectSpec | undefined {
  return PROJECT_SPECS.find((s) => `project/${s.id}` === kind);
}

/** The shared vocabulary with every family's additions. */
export const VOCABULARY: Vocabulary = VocabularySchema.parse(
  PROJECT_SPECS.reduce<Vocabulary>((acc, spec) => mergeVocabulary(acc, spec.vocabulary), SHARED_VOCABULARY),
);

function mergeVocabulary(a: Vocabulary, b: Partial<Vocabulary>): Vocabulary {
  const lists = <K extends string>(x: Partial<Record<K, string[]>>, y: Partial<Record<K, string[]>> | undefined) => {
    const out: Partial<Record<K, string[]>> = { ...x };
    for (const [k, v] of Object.entries(y ?? {}) as Array<[K, string[]]>) out[k] = [...(out[k] ?? []), ...v];
    return out;
  };
  return {
    headings: lists(a.headings, b.headings),
    sideLabels: [...a.sideLabels, ...(b.sideLabels ?? [])],
    fields: lists(a.fields, b.fields),
    funds: lists(a.funds, b.funds),
    goalHeadings: { medium: [...a.goalHeadings.medium, ...(b.goalHeadings?.medium ?? [])], annual: [...a.goalHeadings.annual, ...(b.goalHeadings?.annual ?? [])] },
    terms: { medium: [...a.terms.medium, ...(b.terms?.medium ?? [])], annual: [...a.terms.annual, ...(b.terms?.annual ?? [])] },
  };
}
