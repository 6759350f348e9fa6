import type { Model } from './model.js';

/**
 * Ordinary words a purpose or a mechanism opens with, lower-cased mid-sentence. Any other first word is kept as
 * written: it may be a name ("Gemini language models", "Claude chat models"), and a capital after a colon reads
 * better than a name lower-cased.
 */
const ORDINARY_OPENINGS = new Set(
  `a an the each every all any one per only optional optionally used uses sends stores keeps holds hosts runs
  answer answers answering chat chats completions generation generating generates embedding embeddings embeds search
  searches web document documents text speech image images transcription translation hosting cloud storage email
  emails analytics monitoring error errors logging logs tracing traces payments billing customer customers user users
  product reranking reranks rerank retrieval scraping parsing large small model models inference fine-tuning training
  vector vectors session sessions file files object objects backup backups sign-in login authentication telemetry usage
  voice audio video summaries code sandbox for to in on via with when where if filtered separate shared policy
  policies row rows tenant tenants namespace namespaces index indexes collection collections schema schemas database
  databases bucket buckets prefix prefixes key keys application app access role roles queries query prompt prompts
  question questions message messages conversation conversations reply replies history memory memories account
  accounts record records uploaded generated temporary writes reads reflects creates calls receives processes handles
  transcribes translates summarizes summarises classifies extracts indexes checks verifies powers provides serves
  routes proxies collects captures tracks analyses analyzes delivers renders converts crawls fetches downloads
  uploads monitors reviews scores ranks moderates filters detects licence license licensing`.split(/\s+/),
);

/**
 * Text as written in the map (a purpose, a mechanism), to go mid-sentence: its first letter lower-cased when its first
 * word is an ordinary one ("Chat completions" → "chat completions"), never a name ("Gemini language models", "OpenAI
 * models", a word the map's vendors or services are named with). Without a final full stop.
 * @example midSentence(model, 'Chat completions.') // 'chat completions'
 */
export function midSentence(model: Model, written: string): string {
  const text = written.trim().replace(/\.$/, '');
  const first = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text)?.[0] ?? '';
  if (
    !ORDINARY_OPENINGS.has(first.toLowerCase()) ||
    /\p{Lu}/u.test(first.slice(1)) ||
    properNames(model).has(first)
  )
    return text;
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

const namesCache = new WeakMap<Model, Set<string>>();
/** Capitalised words of the map's vendor and service names. */
function properNames(model: Model): Set<string> {
  let names = namesCache.get(model);
  if (!names) {
    // Vendors' and services' names only: a component's name is a description in sentence case ("Answer cache").
    // The first word of a service in sentence case ("Web, image, video and news search") is no name: Perplexica's
    // "how we delete Web search queries".
    const texts = model.map.subprocessors.flatMap((entry) => [entry.vendor, entry.service]);
    names = new Set(
      texts.flatMap((text) =>
        text
          .split(/[^\p{L}\p{N}'’-]+/u)
          .filter(
            (word, i) => /^\p{Lu}/u.test(word) && !(i === 0 && ORDINARY_OPENINGS.has(word.toLowerCase())),
          ),
      ),
    );
    namesCache.set(model, names);
  }
  return names;
}

/**
 * A data class's or part's name, a description in sentence case, to go mid-sentence: its first letter lower-cased
 * unless its first word is a name (a vendor's or service's word, or one with a capital inside: "PDFs", "OpenAI"); the
 * rest as written (podcastfy: "web pages, pdfs, youtube transcripts" from a whole name lower-cased).
 * @example nameMidSentence(model, 'Source content (web pages, PDFs)') // 'source content (web pages, PDFs)'
 */
export function nameMidSentence(model: Model, name: string): string {
  const text = name.trim();
  const first = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text)?.[0] ?? '';
  // An ordinary word is lower-cased even where a vendor's title-cased service uses it ("Model outputs" beside a "Text
  // Model API").
  if (
    first === '' ||
    /\p{Lu}/u.test(first.slice(1)) ||
    (!ORDINARY_OPENINGS.has(first.toLowerCase()) && properNames(model).has(first))
  )
    return text;
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
