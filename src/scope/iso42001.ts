import { mapSource } from '../describe/index.js';
import type { Model } from '../model/index.js';
import type { RecordedQuestionnaire } from './buyerQuestions.js';
import { AI_GOVERNANCE_TOPICS, type Iso42001Advice, type ScopeAnswers, type ScopeSource } from './types.js';

/** AI-governance buyer questions at which a certification starts to pay for itself. */
export const ISO42001_QUESTION_THRESHOLD = 5;

const GOVERNANCE = new Set<string>(AI_GOVERNANCE_TOPICS);

function answeredCounts(answers: ScopeAnswers): Record<string, number> {
  const given = answers.buyerQuestions;
  if (!given) return {};
  if (Array.isArray(given)) {
    const counts: Record<string, number> = {};
    for (const topic of given) counts[topic] = (counts[topic] ?? 0) + 1;
    return counts;
  }
  return given;
}

/**
 * When to start ISO/IEC 42001: now when AI-governance questions from buyers reach the threshold or the pipeline
 * has enterprise or non-US buyers; after SOC 2 when there is some AI governance interest; otherwise not yet.
 */
export function recommendIso42001(
  model: Model,
  answers: ScopeAnswers,
  recorded: readonly RecordedQuestionnaire[],
): Iso42001Advice {
  const sources: ScopeSource[] = [];
  let questions = 0;
  for (const [topic, count] of Object.entries(answeredCounts(answers))) {
    if (!GOVERNANCE.has(topic) || count <= 0) continue;
    questions += count;
    sources.push({ kind: 'answer', question: 'buyer questions', value: `${topic}=${count}` });
  }
  for (const record of recorded)
    for (const [topic, count] of Object.entries(record.topics)) {
      if (!GOVERNANCE.has(topic) || count <= 0) continue;
      questions += count;
      sources.push({ kind: 'questionnaire', file: record.file, topic, count });
    }
  const triggers: string[] = [];
  if (questions >= ISO42001_QUESTION_THRESHOLD)
    triggers.push(
      `buyers asked ${questions} AI-governance questions (threshold ${ISO42001_QUESTION_THRESHOLD})`,
    );
  if (answers.enterpriseBuyers) {
    triggers.push('enterprise buyers in the pipeline increasingly require an AI management system');
    sources.push({ kind: 'answer', question: 'enterprise buyers', value: 'yes' });
  }
  if (answers.nonUsBuyers) {
    triggers.push('buyers outside the US (the EU above all) ask for ISO certifications more than for SOC 2');
    sources.push({ kind: 'answer', question: 'non-US buyers', value: 'yes' });
  }
  const targeted = (model.map.organization.frameworks ?? []).includes('iso42001');
  if (targeted) sources.push(mapSource(model, 'organization/frameworks'));
  const base = { aiGovernanceQuestions: questions, threshold: ISO42001_QUESTION_THRESHOLD, sources };
  if (triggers.length > 0)
    return { ...base, start: 'now', reason: `Start now, alongside SOC 2: ${triggers.join('; ')}.` };
  if (questions > 0 || targeted || model.map.aiSystems.length > 0) {
    if (model.map.aiSystems.length > 0 && !targeted)
      sources.push(...model.map.aiSystems.map((system) => mapSource(model, `aiSystems/${system.id}`)));
    return {
      ...base,
      start: 'after-soc2',
      reason: `Plan it after the first SOC 2 report: ${
        targeted
          ? 'the map lists it as a target'
          : questions > 0
            ? `${questions} AI-governance questions so far`
            : 'the map declares AI systems'
      }, but below the threshold of ${ISO42001_QUESTION_THRESHOLD} questions and with no enterprise or non-US buyers stated.`,
    };
  }
  return {
    ...base,
    start: 'not-yet',
    // What is on record, not what buyers did: nothing recorded is not "no buyer has asked" (postiz, refly).
    reason:
      'Not yet: no AI-governance question from buyers is on record (recorded questionnaires or your answers) and the map declares no AI systems.',
  };
}
