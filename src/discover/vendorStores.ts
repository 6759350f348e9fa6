import { OPENAI_FILES_KEPT } from './signals/factRules.js';
import type { ConfigFact, Finding } from './types.js';

/** A fact's line that names the vendor's vector stores (`openai.beta.vectorStores.create(`, `/v1/vector_stores`). */
const VECTOR_STORES = /vector_?stores/i;

/**
 * The vector stores a model API keeps for the app, as stores of their own: for each model API used whose own vector
 * stores the code creates or fills (a fact of `OPENAI_FILES_KEPT` on a line naming them), the finding seen as a
 * vendor-hosted vector store, `<name> vector stores`, with the fact's place first among its proofs. assistants-quickstart
 * uploads each user's files into an OpenAI vector store its assistant searches (`app/api/assistants/files/route.tsx:17`,
 * `:66-75`), and only "openai / llm-api" was proposed: no store, no tenancy asked of it. Pure.
 * @example vendorVectorStores(report.findings, report.facts)[0]?.name // 'OpenAI API vector stores'
 */
export function vendorVectorStores(findings: readonly Finding[], facts: readonly ConfigFact[]): Finding[] {
  const stores: Finding[] = [];
  for (const finding of findings) {
    if (finding.status !== 'used' || finding.category === 'vector-store') continue;
    const kept = facts.find(
      (fact) =>
        fact.provider === finding.provider &&
        fact.message === OPENAI_FILES_KEPT &&
        VECTOR_STORES.test(fact.evidence[0]?.snippet ?? ''),
    );
    if (!kept) continue;
    stores.push({
      ...finding,
      name: `${finding.name} vector stores`,
      category: 'vector-store',
      evidence: [...kept.evidence, ...finding.evidence],
    });
  }
  return stores;
}
