import { stemmer } from 'stemmer';
import { NOT_SYNONYMS, PHRASES, STOP_WORDS, SYNONYM_GROUPS } from './lexicon.js';

/** Canonical tokens produced by the phrase rules; they skip stemming so they stay as written. */
const CANONICAL = new Set(PHRASES.flatMap(([, token]) => token.split(' ')));

const SYNONYMS = new Map<string, string>();
for (const [canonical, ...members] of SYNONYM_GROUPS) {
  for (const word of [canonical!, ...members]) {
    SYNONYMS.set(word, canonical!);
    SYNONYMS.set(stemmer(word), canonical!);
  }
}

/** Stems are pure functions of the word; a thousand-question workbook repeats most words many times. */
const TERM_CACHE = new Map<string, string>();
const TERM_CACHE_LIMIT = 50_000;

function termOf(word: string): string {
  let term = TERM_CACHE.get(word);
  if (term === undefined) {
    term = NOT_SYNONYMS.has(word)
      ? stemmer(word)
      : (SYNONYMS.get(word) ?? SYNONYMS.get(stemmer(word)) ?? stemmer(word));
    if (TERM_CACHE.size < TERM_CACHE_LIMIT) TERM_CACHE.set(word, term);
  }
  return term;
}

/**
 * Control-matrix ids (`ENC-01`, `A.5.1`, `3.2)`) and form markers (`Y/N:`) say nothing about the topic, and as
 * unknown words they would only dilute the match.
 */
export function stripFormPrefix(text: string): string {
  return text
    .replace(/^\s*(?:[A-Za-z]{1,6}[-.]\d+(?:[.-]\d+)*|\d+(?:\.\d+)*)[.:)]?\s+/, '')
    .replace(/\b(?:yes\s*\/\s*no|y\s*\/\s*n)\b\s*[-:–]?/gi, ' ');
}

/**
 * Turns text into matching terms: normalise, rewrite lexicon phrases, split, drop stop words, stem with
 * Porter, and map synonyms to their group's canonical token. Deterministic and offline.
 * @example analyze('Is MFA enforced?') // ['mfa', 'enforc']
 */
export function analyze(text: string): string[] {
  let normalized = stripFormPrefix(text.normalize('NFKC')).toLowerCase().replace(/[’‘`]/g, "'");
  for (const [pattern, token] of PHRASES) normalized = normalized.replace(pattern, ` ${token} `);
  const terms: string[] = [];
  for (const raw of normalized.split(/[^a-z0-9']+/)) {
    // The stop-word check sees the word as written first: "vendor's" is a stop word, "vendor" alone is not.
    if (!raw || STOP_WORDS.has(raw)) continue;
    const word = raw.replace(/'s$|'/g, '');
    if (!word || STOP_WORDS.has(word)) continue;
    if (word.length < 2 || /^\d+$/.test(word)) continue;
    if (CANONICAL.has(word)) {
      terms.push(word);
      continue;
    }
    terms.push(termOf(word));
  }
  return terms;
}
