import { topicById } from '../topics/index.js';
import {
  aiGovernance,
  aiTenantIsolation,
  dataLineage,
  humanOversight,
  modelChangeManagement,
  modelProviders,
  modelRisk,
  promptInjection,
  promptRetention,
  providerTerms,
  trainingDataProvenance,
} from './aiAnswers.js';
import {
  backupRecovery,
  dataDeletion,
  dataResidency,
  dataRetention,
  encryptionAtRest,
  encryptionInTransit,
  tenantSegregation,
} from './dataAnswers.js';
import { EMBEDDINGS_NEAR_TOPICS, embeddingsAsCustomerData } from './embeddings.js';
import { FAILOVER_NEAR_TOPICS, FAILOVER_UNSAID, modelFailover } from './failover.js';
import { holdProposed } from './proposed.js';
import { mapRef, withoutCodeReferences } from './refs.js';
import { RETENTION_SETTING_TOPICS, withRetentionSetting } from './retentionSetting.js';
import {
  accessControl,
  businessContinuity,
  changeManagement,
  customerSso,
  incidentResponse,
  loggingMonitoring,
  mfa,
  personnelSecurity,
  securityPolicies,
  vulnerabilityManagement,
} from './securityAnswers.js';
import { SHARED_MODELS_NEAR_TOPICS, withModelsShared } from './sharedModels.js';
import { trainingOnCustomerData, trainingOptIn } from './trainingAnswers.js';
import type { Answer, AnswerBuilder, AnswerFacts } from './types.js';
import {
  certifications,
  soc2Report,
  subprocessorChangeNotice,
  subprocessors,
  vendorRiskManagement,
} from './vendorAnswers.js';
import { applyChecks, TOPIC_CHECKS } from './verdict.js';

export { holdForReview } from './refs.js';
export { RETENTION_SETTING_TOPICS } from './retentionSetting.js';
export type { Answer, AnswerBuilder, AnswerFacts, AnswerSource, YesNo } from './types.js';
export { TOPIC_CHECKS } from './verdict.js';

/** One answer builder per topic id. */
export const ANSWER_BUILDERS: Readonly<Record<string, AnswerBuilder>> = {
  'ai-training-on-customer-data': trainingOnCustomerData,
  'ai-training-opt-in': trainingOptIn,
  'ai-prompt-retention': promptRetention,
  'ai-model-providers': modelProviders,
  'ai-provider-terms': providerTerms,
  'ai-tenant-isolation': aiTenantIsolation,
  'ai-data-lineage': dataLineage,
  'ai-training-data-provenance': trainingDataProvenance,
  'ai-model-risk': modelRisk,
  'ai-human-oversight': humanOversight,
  'ai-governance': aiGovernance,
  'ai-model-change-management': modelChangeManagement,
  'ai-prompt-injection': promptInjection,
  'encryption-at-rest': encryptionAtRest,
  'encryption-in-transit': encryptionInTransit,
  'data-deletion': dataDeletion,
  'data-retention': dataRetention,
  'data-residency': dataResidency,
  'tenant-segregation': tenantSegregation,
  'backup-recovery': backupRecovery,
  subprocessors,
  'vendor-risk-management': vendorRiskManagement,
  'subprocessor-change-notice': subprocessorChangeNotice,
  'soc2-report': soc2Report,
  certifications,
  'security-policies': securityPolicies,
  mfa,
  'access-control': accessControl,
  'customer-sso': customerSso,
  'logging-monitoring': loggingMonitoring,
  'incident-response': incidentResponse,
  'change-management': changeManagement,
  'vulnerability-management': vulnerabilityManagement,
  'business-continuity': businessContinuity,
  'personnel-security': personnelSecurity,
};

/**
 * Question forms a near topic's facts do not answer, and the topic whose facts do: how long data is kept after the
 * contract ends is the deletion promise's, not the retention schedule's ("Customer documents: until deleted" to
 * "retention after account termination?", lead-h40 and tprm-L.1 in every review); whether model providers keep
 * prompts is their terms', not our retention's (tprm-D.3: "How long we keep them: …" to "do third-party model
 * providers retain prompts?").
 */
const TOPIC_SWAPS: readonly { about: AnswerFacts['about']; from: ReadonlySet<string>; to: string }[] = [
  { about: 'termination', from: new Set(['data-retention', 'ai-prompt-retention']), to: 'data-deletion' },
  {
    about: 'provider-retention',
    from: new Set(['data-retention', 'ai-prompt-retention']),
    to: 'ai-provider-terms',
  },
];

/** A topic's answer, or what to add to the map when the facts are missing. */
export type ComposedAnswer = { answer: Answer } | { missing: string };

/**
 * Composes the answer for a topic from the model and check results, then lets the checks confirm or qualify it.
 * @example composeAnswer('mfa', { model, results }) // { answer: { yesNo: 'Yes', text: '…', sources: [...] } }
 */
export function composeAnswer(matched: string, facts: AnswerFacts): ComposedAnswer {
  // Asked so, a near topic's facts answer another question: each such form answers from the topic whose facts do, with
  // its checks.
  const topic =
    TOPIC_SWAPS.find(({ about, from }) => facts.about === about && from.has(matched))?.to ?? matched;
  // Asked whether embeddings are customer data, a near topic's paragraph (isolation, lineage) answers another question.
  // Asked whether calls fail over between model providers: the flows that say so answer it; otherwise the provider
  // list, which says nothing of failover, is held for a person to add it.
  const failoverAsked = facts.about === 'failover' && FAILOVER_NEAR_TOPICS.has(topic);
  const embeddings = facts.about === 'embeddings' && EMBEDDINGS_NEAR_TOPICS.has(topic);
  const failover = failoverAsked ? modelFailover(facts) : undefined;
  // Answered as its own question: neither the matched topic's controls nor its checks speak to it (chatgpt-your-files:
  // "Also, the function logs do not separate customers' data" under whether embeddings are customer data).
  const own = embeddings || failover !== undefined;
  const listed = embeddings ? embeddingsAsCustomerData(facts) : (failover ?? ANSWER_BUILDERS[topic]?.(facts));
  const built =
    failoverAsked && !failover && listed && !('missing' in listed)
      ? { ...listed, review: [listed.review, FAILOVER_UNSAID].filter(Boolean).join('; ') }
      : listed;
  if (own && built && 'missing' in built) return built;
  const found = built && !('missing' in built) ? built : fromControls(topic, facts);
  // Asked whether models or fine-tunes are shared across customers, the isolation paragraph answers only the
  // embedding spaces; what trains on customer data goes before it.
  const shared =
    found && facts.about === 'shared-models' && SHARED_MODELS_NEAR_TOPICS.has(topic)
      ? withModelsShared(found, facts)
      : found;
  if (shared && 'missing' in shared) return shared;
  const answer =
    shared && facts.about === 'retention-setting' && RETENTION_SETTING_TOPICS.has(topic)
      ? withRetentionSetting(shared, topic, facts)
      : shared;
  if (!answer) {
    const missing = topicById(topic)?.missing ?? 'this topic is not in the catalog';
    return { missing: built && 'missing' in built ? `${built.missing}; or ${missing}` : missing };
  }
  const checked = holdProposed(own ? answer : applyChecks(answer, facts, topic), facts.model);
  // Another topic's Yes or No answers that topic's question, not the one asked ("Partially" of the providers' terms to
  // "do providers retain prompts?").
  const { yesNo: _otherVerdict, ...unjudged } = checked;
  return { answer: { ...(topic === matched ? checked : unjudged), text: tidy(checked.text) } };
}

/**
 * Sentences built around the map's own text ("purpose: Hosting.") end up with doubled stops: one full stop, never an
 * ellipsis touched.
 * @example tidy('selects Google.. Checked') // 'selects Google. Checked'; tidy('writes to OpenAI.; next') // 'writes to OpenAI; next'
 */
function tidy(text: string): string {
  return (
    // A code reference the team wrote into the map for itself ("(py/core/search.py:609-641)") is for the note's
    // sources, not the buyer (R2R, PrivateGPT, Casibase: file:line in deletion and isolation answers).
    withoutCodeReferences(text)
      .replace(/(?<!\.)\.\.(?!\.)/g, '.')
      .replace(/\.\s+\./g, '.')
      // Not after a one-letter word: "e.g.," and "i.e.," keep their stop.
      .replace(/(?<!\.)(?<!\b\w)\.([;,])/g, '$1')
      .replace(/(?<!\.)(?<!\b\w)\.\)\./g, ').')
      // A component the map keeps internal is named "an internal cache" (`componentLabel`), also where a sentence opens.
      .replace(/(^|[.!?]\s+)an internal\b/g, '$1An internal')
  );
}

/**
 * A topic whose map fields are empty can still be answered from the implemented `controls:` entries that
 * speak to it (their notes are written for buyers); no Yes/No is inferred from them.
 */
function fromControls(topic: string, { model }: AnswerFacts): Answer | undefined {
  const ids = TOPIC_CHECKS[topic]?.controls ?? [];
  const entries = model.map.controls.filter(
    (entry) => ids.includes(entry.id) && entry.status === 'implemented' && entry.notes,
  );
  if (entries.length === 0) return undefined;
  return {
    text: entries.map((entry) => entry.notes!.trim()).join(' '),
    sources: entries.map((entry) => mapRef(model, `controls/${entry.id}`)),
  };
}
