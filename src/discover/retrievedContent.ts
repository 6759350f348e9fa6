import { USER_FILES, WEB_PAGES_INDEXED } from './signals/webContent.js';
import type { ConfigFact, DiscoveryEvidence } from './types.js';

/** What retrieval reads: customers' documents, public web pages, or both. */
export interface RetrievedSources {
  customer: boolean;
  web: boolean;
}

/** Where the code reads web pages and embeds or indexes them, and where it takes files users upload. */
export interface WebRetrieval {
  /** The files that read web pages or search results and embed, index or rerank them, one fact each. */
  indexed: ConfigFact[];
  /** Where code takes files users upload or loads their documents, if anywhere. */
  files?: ConfigFact;
  /** Whether any of `proofs` lies in a file that indexes web pages. */
  inWebFile(proofs: readonly Pick<DiscoveryEvidence, 'file'>[]): boolean;
}

/**
 * The web retrieval the facts show, if any: none where no file reads web pages and embeds or indexes them.
 * @example webRetrieval(report.facts)?.indexed[0].evidence[0].file // 'app/tools/contentProcessing.tsx'
 */
export function webRetrieval(facts: readonly ConfigFact[]): WebRetrieval | undefined {
  const indexed = facts.filter((fact) => fact.kind === WEB_PAGES_INDEXED);
  if (indexed.length === 0) return undefined;
  const files = facts.find((fact) => fact.kind === USER_FILES);
  const webFiles = new Set(indexed.flatMap((fact) => fact.evidence.map((proof) => proof.file)));
  return {
    indexed,
    ...(files ? { files } : {}),
    inWebFile: (proofs) => proofs.some((proof) => webFiles.has(proof.file)),
  };
}

/**
 * What a retrieval store holds (`store`: its proofs in code), or, with none, what the app retrieves into embeddings,
 * rerankers and prompts. Customers' documents unless the code shows web pages indexed; a store the code reaches from a
 * file that indexes web pages holds web pages, and customers' documents too only where code takes files users upload;
 * the app's retrieval reads web pages, and customers' documents too where code takes files or another store (`elsewhere`:
 * one declared, or one reached from no such file) holds them. llm-answer-engine (168c5d7) and open_deep_research
 * (408da44) read search results' pages into in-memory stores and take no files: web pages only. gpt-researcher reads
 * pages into a vector store and takes uploads for research over them: both.
 * @example retrievedSources(web, undefined, false) // { customer: false, web: true } where no code takes files
 */
export function retrievedSources(
  web: WebRetrieval | undefined,
  store: readonly Pick<DiscoveryEvidence, 'file'>[] | undefined,
  elsewhere: boolean,
): RetrievedSources {
  if (!web) return { customer: true, web: false };
  const files = web.files !== undefined;
  if (store) {
    const pages = web.inWebFile(store);
    return { customer: !pages || files, web: pages };
  }
  return { customer: files || elsewhere, web: true };
}

/**
 * The words for what `sources` are, in a comment: "customer documents", "public web pages", or both.
 * @example sourcesInWords({ customer: true, web: true }) // 'customer documents and public web pages'
 */
export function sourcesInWords(sources: RetrievedSources): string {
  if (sources.customer && sources.web) return 'customer documents and public web pages';
  return sources.web ? 'public web pages' : 'customer documents';
}
