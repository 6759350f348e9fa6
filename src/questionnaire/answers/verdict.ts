import { safeguardsInWords } from '../../controls/index.js';
import type { CheckResult } from '../../controls/types.js';
import { judgedBy, SEVERITIES } from '../../core/contracts.js';
import { findProvider } from '../../discover/catalog/index.js';
import { proposedSupport } from '../../model/index.js';
import { buyerFinding } from './buyerFinding.js';
import { holdForReview, isoDate } from './refs.js';
import type { Answer, AnswerFacts, AnswerSource } from './types.js';

/** Which check results speak to a topic. */
export interface CheckSpec {
  checks?: readonly string[];
  controls?: readonly string[];
  /** Only failures that lack one of these (`CheckResult.lacks`: the encryption part of the baseline check). */
  lacks?: readonly string[];
  /** Of the undeclared vendors discovery found (`lacks: ['declaration']`), only the AI services. */
  aiOnly?: boolean;
}

/** Topic → the checks that verify its claims. Data: adding a check to a topic is a line here. */
export const TOPIC_CHECKS: Readonly<Record<string, CheckSpec>> = {
  'ai-training-on-customer-data': { checks: ['no-training-on-customer-data'] },
  'ai-training-opt-in': { checks: ['no-training-on-customer-data'] },
  'ai-prompt-retention': { checks: ['prompt-output-retention'] },
  // An undeclared session-replay SDK is no model provider (LibreChat: HyperDX in every provider answer).
  'ai-model-providers': { checks: ['discovery-drift'], lacks: ['declaration'], aiOnly: true },
  'ai-provider-terms': { checks: ['llm-subprocessor-terms'] },
  'ai-tenant-isolation': { checks: ['tenant-isolation'] },
  'tenant-segregation': { checks: ['tenant-isolation'] },
  'ai-training-data-provenance': { checks: ['training-data-provenance'] },
  'ai-governance': { controls: ['TM-GOV-01', 'TM-GOV-02'] },
  'ai-model-risk': { controls: ['TM-GOV-03', 'TM-GOV-04'] },
  'ai-model-change-management': { checks: ['ai-infrastructure-baseline'], lacks: ['change control'] },
  'data-deletion': { checks: ['deletion-coverage'] },
  'encryption-at-rest': { checks: ['ai-infrastructure-baseline'], lacks: ['encryption at rest'] },
  'encryption-in-transit': { checks: ['ai-infrastructure-baseline'], lacks: ['encryption in transit'] },
  'access-control': { checks: ['ai-infrastructure-baseline'], lacks: ['access control'] },
  'logging-monitoring': { checks: ['ai-infrastructure-baseline'], lacks: ['logging', 'monitoring'] },
  'change-management': { checks: ['ai-infrastructure-baseline'], lacks: ['change control'] },
  subprocessors: { checks: ['discovery-drift'], lacks: ['declaration'] },
  'vendor-risk-management': { checks: ['llm-subprocessor-terms'] },
  'security-policies': { controls: ['TM-SEC-01'] },
  'incident-response': { controls: ['TM-SEC-02'] },
  'vulnerability-management': { controls: ['TM-SEC-03'] },
  'personnel-security': { controls: ['TM-SEC-04'] },
  'backup-recovery': { controls: ['TM-SEC-05'] },
};

function relevant(result: CheckResult, spec: CheckSpec, model: AnswerFacts['model']): boolean {
  const byCheck = spec.checks ? judgedBy(result, spec.checks) : false;
  const byControl = spec.controls?.some((control) => result.controls.includes(control)) ?? false;
  if (!byCheck && !byControl) return false;
  if (spec.aiOnly && result.lacks?.includes('declaration') && !isAiService(model, result.subject.id))
    return false;
  // A passing baseline result covers every safeguard, so the filter applies to failures only.
  return !spec.lacks || result.status !== 'fail' || lacked(result, spec).length > 0;
}

/** Whether what discovery found as `provider` is an AI service: as its finding says, else as the catalog does. */
function isAiService(model: AnswerFacts['model'], provider: string): boolean {
  const finding = model.discovery?.findings.find((entry) => entry.provider === provider);
  return finding?.ai ?? findProvider(provider)?.ai ?? false;
}

/** What a failure lacks of what the topic speaks to. */
function lacked(result: CheckResult, spec: CheckSpec): string[] {
  return (result.lacks ?? []).filter((item) => spec.lacks?.includes(item));
}

/**
 * A finding's gaps: its clauses at '; ', but not inside parentheses, where the map's own words may hold semicolons
 * (chatgpt-your-files: "(one log stream per project; no per-user separation)" was cut and counted as two gaps).
 * @example clauses('A lacks x (a; b); B lacks y') // ['A lacks x (a; b)', 'B lacks y']
 */
function clauses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === ';' && text[i + 1] === ' ') {
      parts.push(text.slice(start, i));
      start = i + 2;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * A failure in the buyer's words, about this topic only: an encryption answer names the missing encryption, not
 * the five other safeguards the same result lacks.
 */
function findingFor(result: CheckResult, spec: CheckSpec, model: AnswerFacts['model']): string {
  const part = spec.lacks ? lacked(result, spec) : [];
  const component = model.index.components.get(result.subject.id);
  return component && part.length > 0 ? safeguardsInWords(component, part) : buyerFinding(result, model);
}

/**
 * The checks failing now on what a topic speaks to, as `checkId:subject` keys with the buyer's words for each: what an
 * approved answer is compared against, so one approved before a check started failing goes back to review.
 * @example disputesOf(facts, 'ai-prompt-retention') // [{ key: 'prompt-output-retention:logs', plain: '…' }]
 */
export function disputesOf(facts: AnswerFacts, topic: string): { key: string; plain: string }[] {
  const spec = TOPIC_CHECKS[topic];
  if (!spec) return [];
  return facts.results
    .filter((result) => result.status === 'fail' && relevant(result, spec, facts.model))
    .map((result) => ({
      key: `${result.checkId}:${result.subject.id}`,
      plain: findingFor(result, spec, facts.model),
    }));
}

/** The components and sub-processors an answer cites, as `kind:id`, the way a check result names its subject. */
function citedEntries(answer: Answer): Set<string> {
  const cited = new Set<string>();
  for (const source of answer.sources) {
    if (source.kind !== 'map') continue;
    const [section, id] = source.pointer.split('/');
    if (section === 'components' && id) cited.add(`component:${id}`);
    if (section === 'subprocessors' && id) cited.add(`subprocessor:${id}`);
  }
  return cited;
}

function checkSource(result: CheckResult, at: string): AnswerSource {
  return { kind: 'check', checkId: result.checkId, status: result.status, subject: result.subject.id, at };
}

/** Evidence cited by the answer whose freshness check fails (expired or missing file). */
function failingEvidence(answer: Answer, results: readonly CheckResult[]): CheckResult[] {
  const cited = new Set(answer.sources.flatMap((source) => (source.kind === 'evidence' ? [source.id] : [])));
  const pointers = answer.sources.flatMap((source) =>
    source.kind === 'map' && source.pointer.startsWith('evidence/') ? [source.pointer.slice(9)] : [],
  );
  for (const id of pointers) cited.add(id);
  return results.filter(
    (result) =>
      result.checkId === 'evidence-freshness' && result.status === 'fail' && cited.has(result.subject.id),
  );
}

/**
 * Adds what the checks say to a composed answer. Passing checks add a dated "checked automatically" line; when one fails the
 * claim is not stated as fact: the Yes/No word goes, the exception is said in plain words, and the check ids go
 * to the review note only.
 * @example applyChecks(answer, facts, 'ai-training-on-customer-data')
 */
export function applyChecks(answer: Answer, facts: AnswerFacts, topic: string): Answer {
  const spec = TOPIC_CHECKS[topic];
  const at = isoDate(facts.model);
  const results = spec ? facts.results.filter((result) => relevant(result, spec, facts.model)) : [];
  // Our own systems' gaps first, the most severe first: a log that keeps prompts is what contradicts the answer, and
  // it must not sit behind three vendors' undocumented terms when only three are said.
  const failed = [
    ...results.filter((result) => result.status === 'fail'),
    ...failingEvidence(answer, facts.results),
  ]
    .map((result, index) => ({ result, index }))
    .sort(
      (a, b) =>
        Number(a.result.subject.kind !== 'component') - Number(b.result.subject.kind !== 'component') ||
        SEVERITIES.indexOf(a.result.severity) - SEVERITIES.indexOf(b.result.severity) ||
        a.index - b.index,
    )
    .map(({ result }) => result);
  const passed = results.filter((result) => result.status === 'pass');
  const sources = [...answer.sources, ...[...failed, ...passed].map((result) => checkSource(result, at))];
  if (failed.length > 0) {
    const ids = [...new Set(failed.map((result) => result.checkId))];
    // When the builder already stated an exception from the map (it holds itself for review, citing the entry), the
    // check confirms it rather than repeating it; what it did not cite is said (khoj's log of users' questions,
    // beside providers' undocumented retention the answer names itself).
    const cited = answer.review ? citedEntries(answer) : new Set<string>();
    // A gap in an entry still proposed is no fact for the buyer: the note names it, the answer does not (a proposed
    // API "Also, how Cloud API separates customers' data is not yet documented").
    const unsaid = failed.filter(
      (result) =>
        !cited.has(`${result.subject.kind}:${result.subject.id}`) &&
        proposedSupport(facts.model, result.sources).length === 0,
    );
    // Each gap once: one store's result may say in its own words what another's said (Onyx: "how long deleting
    // Customer documents takes is not yet documented" from two stores holding them).
    // Nor what the answer says already in its own words, whichever entry it cites for it (refly: "How Langfuse
    // separates customers' data is not yet documented. Also, how Langfuse separates customers' data is not yet
    // documented.").
    const said = answer.text.toLowerCase();
    const findings = [
      ...new Set(
        unsaid.flatMap((result) =>
          clauses(spec ? findingFor(result, spec, facts.model) : buyerFinding(result, facts.model)),
        ),
      ),
    ].filter((finding) => !said.includes(finding.toLowerCase()) && !saidInOneSentence(answer.text, finding));
    // At most three are said; the note lists them all, and "among them" tells the buyer the list is not whole.
    const shown = findings.slice(0, 3).join('; ');
    const exception =
      findings.length === 0 || (answer.review && cited.size === 0)
        ? ''
        : // Said as prose a security lead would write: not "exceptions" (a buyer's reviewer reads an auditor's finding
          // into the word: LibreChat and RAGFlow reviews), and not "N known gaps as of <date>", which every reviewer of
          // fifteen apps read as an internal note (trieve, morphik-core, open-saas the last). After gaps the answer
          // states itself, these are more (SurfSense: "One known gap" after eight vendors' undocumented retention).
          // The date is the check's, in the sources.
          ` ${answer.review ? 'Also' : 'However'}${findings.length === 1 ? `, ${shown}` : `${findings.length > 3 ? ', among others' : ''}: ${shown}`}.`;
    return holdForReview(
      { ...answer, text: `${answer.text}${exception}`, sources },
      `check ${ids.join(', ')} fails (${failed.map((result) => result.message).join('; ')}); confirm the answer before sending`,
      // A builder that already named the exception keeps its word ("Partially: … not for X"); a plain Yes that a
      // check contradicts loses it.
      answer.review && answer.yesNo !== 'Yes' ? answer.yesNo : undefined,
    );
  }
  // An answer still under review is not stated as verified, whatever a check says of part of it. Where the checks
  // judge what the answer names, each of those must pass: a pass on a log sink does not verify the retrieval store
  // the answer is about, which the check could not verify (Verba).
  const cited = citedEntries(answer);
  const onCited = results.filter((result) => cited.has(`${result.subject.kind}:${result.subject.id}`));
  // A result that could not verify an entry the answer cites (discovery found no trace of a listed provider,
  // SurfSense's Vertex AI) keeps the stamp off too, whatever its subject.
  const pointers = answer.sources.flatMap((source) => (source.kind === 'map' ? [source.pointer] : []));
  const unproven = results.some(
    (result) =>
      result.status === 'needs-evidence' &&
      result.sources.some(
        (source) =>
          source.kind === 'map' &&
          pointers.some((pointer) => pointer === source.pointer || pointer.startsWith(`${source.pointer}/`)),
      ),
  );
  const verified =
    !unproven &&
    (onCited.length > 0 ? onCited.every((result) => result.status === 'pass') : passed.length > 0);
  if (!verified || answer.review) return { ...answer, sources };
  return {
    ...answer,
    text: `${answer.text} Checked automatically against our system records on ${at}.`,
    sources,
  };
}

/** A word as compared across a sentence: lower case, its plural or third-person "s" and possessive dropped. */
const wordKey = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/(?<=\w{3})s$/, '');

/**
 * Whether one sentence of `text` holds every word of `finding` (AppFlowy Cloud: "How Redis and Service logs separate
 * customers' data is not yet documented. Also: how Redis separates customers' data is not yet documented; how Service
 * logs separates …"). Pure.
 * @example saidInOneSentence('How A and B separate data is not yet documented.', 'how A separates data is not yet documented') // true
 */
export function saidInOneSentence(text: string, finding: string): boolean {
  const words = (part: string) => new Set((part.match(/[\p{L}\p{N}]+/gu) ?? []).map(wordKey));
  const wanted = [...words(finding)];
  if (wanted.length < 4) return false;
  return text.split(/(?<=[.;])\s+/).some((sentence) => {
    const have = words(sentence);
    return wanted.every((word) => have.has(word));
  });
}
