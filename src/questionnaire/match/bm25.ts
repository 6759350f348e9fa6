/** One indexed text: its owner (a topic id or a library entry) and its terms. */
export interface IndexedDoc {
  owner: string;
  terms: readonly string[];
}

/** A BM25 index over short documents, with the inverse document frequencies the matcher also uses. */
export interface Bm25Index {
  docs: readonly IndexedDoc[];
  /** Term frequencies per document, aligned with `docs`. */
  frequencies: readonly Map<string, number>[];
  idf: ReadonlyMap<string, number>;
  /** Term → the documents holding it and their BM25 term weight, so scoring touches only matching documents. */
  postings: ReadonlyMap<string, readonly { doc: number; weight: number }[]>;
  /** The idf a term unseen in the index would get: the highest possible. */
  unknownIdf: number;
  averageLength: number;
}

const K1 = 1.2;
const B = 0.75;

/**
 * Builds a BM25 index (Robertson–Spärck Jones idf, k1 = 1.2, b = 0.75).
 * @example const index = buildBm25([{ owner: 'mfa', terms: ['mfa', 'enforc'] }]);
 */
export function buildBm25(docs: readonly IndexedDoc[]): Bm25Index {
  const frequencies = docs.map((doc) => {
    const counts = new Map<string, number>();
    for (const term of doc.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  });
  const documentFrequency = new Map<string, number>();
  for (const counts of frequencies)
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const n = docs.length;
  const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const idf = new Map([...documentFrequency].map(([term, df]) => [term, idfOf(df)]));
  const totalLength = docs.reduce((sum, doc) => sum + doc.terms.length, 0);
  const averageLength = n ? totalLength / n : 0;
  const postings = new Map<string, { doc: number; weight: number }[]>();
  for (const [doc, counts] of frequencies.entries()) {
    const norm = K1 * (1 - B + (B * docs[doc]!.terms.length) / (averageLength || 1));
    for (const [term, tf] of counts) {
      const list = postings.get(term) ?? [];
      list.push({ doc, weight: idf.get(term)! * ((tf * (K1 + 1)) / (tf + norm)) });
      postings.set(term, list);
    }
  }
  return { docs, frequencies, idf, postings, unknownIdf: idfOf(0), averageLength };
}

/** BM25 score of each document for the query terms (each distinct term counted once). */
export function scoreBm25(index: Bm25Index, query: readonly string[]): number[] {
  const scores = new Array<number>(index.docs.length).fill(0);
  for (const term of new Set(query))
    for (const { doc, weight } of index.postings.get(term) ?? []) scores[doc]! += weight;
  return scores;
}
