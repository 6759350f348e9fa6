import type { Fact } from './schema.js';

/** Why a fact is held back from matching. */
export type FactProblem = 'no-source' | 'no-date' | 'future-date' | 'bad-date';

/**
 * Whether a fact can be used for matching: it names a public source and the day it was checked, and that day
 * is a real date not after `today`. Anything else is ignored (and listed by `checkDirectory`).
 */
export function factProblem(fact: Fact<unknown>, today: string): FactProblem | undefined {
  if (!fact.source) return 'no-source';
  if (!fact.checked) return 'no-date';
  const date = new Date(`${fact.checked}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== fact.checked) return 'bad-date';
  if (fact.checked > today) return 'future-date';
  return undefined;
}

/** A usable fact: one with a source and a date. */
export interface SourcedFact<T> extends Fact<T> {
  source: string;
  checked: string;
}

/** The usable facts of a list (unsourced or undated ones dropped). */
export function usable<T>(facts: readonly Fact<T>[] | undefined, today: string): SourcedFact<T>[] {
  return (facts ?? []).filter((fact): fact is SourcedFact<T> => factProblem(fact, today) === undefined);
}

/** The fact if usable. */
export function usableOne<T>(fact: Fact<T> | undefined, today: string): SourcedFact<T> | undefined {
  return fact && factProblem(fact, today) === undefined ? (fact as SourcedFact<T>) : undefined;
}

const KIND_WORDS: Record<NonNullable<Fact<unknown>['kind']>, string> = {
  registry: 'public register',
  'firm-says': 'the firm’s own page',
  'third-party': 'a third party',
};

/** `the firm’s own page, https://…, checked 2026-12-01` (with the page's own date when it shows one). */
export function citeFact(fact: SourcedFact<unknown>): string {
  const kind = fact.kind ? `${KIND_WORDS[fact.kind]}, ` : '';
  const dated = fact.pageDate ? ` (page dated ${fact.pageDate})` : '';
  return `${kind}${fact.source}, checked ${fact.checked}${dated}`;
}
