import { parse } from 'yaml';
import { z } from 'zod';
import { OUT_OF_SCOPE } from './softmax.js';

/** One labelled question of the corpus. `labels[0]` is the primary topic; `out-of-scope` stands alone. */
export interface CorpusQuestion {
  source: string;
  id: string;
  text: string;
  labels: readonly string[];
}

/** A questionnaire of the corpus: where it comes from, under which licence, and its questions. */
export interface CorpusSource {
  source: string;
  title: string;
  url: string;
  licence: string;
  published: string;
  retrieved: string;
  /** `verbatim` (the licence allows it), `paraphrase` (our words for a text we may not ship) or `own`. */
  text: 'verbatim' | 'paraphrase' | 'own';
  questions: CorpusQuestion[];
}

const FILE = z.object({
  source: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  url: z.string().url(),
  licence: z.string(),
  published: z.union([z.string(), z.number()]).transform(String),
  retrieved: z
    .union([z.string(), z.date()])
    .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10))),
  text: z.enum(['verbatim', 'paraphrase', 'own']),
  questions: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      label: z.string(),
      q: z.string().min(1),
    }),
  ),
});

/**
 * A label as the corpus files write it, `oos` or topic ids joined by `+` (primary first), as the labels a
 * `CorpusQuestion` carries.
 * @example parseCorpusLabel('encryption-at-rest+encryption-in-transit') // ['encryption-at-rest', 'encryption-in-transit']
 */
export function parseCorpusLabel(label: string): string[] {
  return label === 'oos' ? [OUT_OF_SCOPE] : label.split('+');
}

/**
 * Labels written back as the corpus files write them (`parseCorpusLabel` read the other way).
 * @example formatCorpusLabel([OUT_OF_SCOPE]) // 'oos'
 */
export function formatCorpusLabel(labels: readonly string[]): string {
  return labels[0] === OUT_OF_SCOPE ? 'oos' : labels.join('+');
}

/**
 * Reads one corpus file (YAML): a header naming the source, its address, licence and dates, then
 * `{ id, label, q }` rows where `label` is `oos` or topic ids joined by `+`.
 * @example parseCorpus(readFileSync('data/questionnaire/corpus/hecvat.yaml', 'utf8'))
 */
export function parseCorpus(text: string): CorpusSource {
  const file = FILE.parse(parse(text));
  return {
    ...file,
    questions: file.questions.map((row) => ({
      source: file.source,
      id: row.id,
      text: row.q,
      labels: parseCorpusLabel(row.label),
    })),
  };
}
