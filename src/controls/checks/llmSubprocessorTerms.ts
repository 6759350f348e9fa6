import { reachedAnonymously, underCustomersAccount } from '../../core/vocabulary.js';
import { foundUnderReview } from '../../core/words.js';
import type { SubprocessorData } from '../../map/index.js';
import { durationDays } from '../../map/index.js';
import {
  beyondPolicy,
  keptFor,
  type Model,
  midSentence,
  noAgreementSays,
  REACHED_ANONYMOUSLY,
  usedFindings,
} from '../../model/index.js';
import type { CheckModule } from '../check.js';
import { classesAt, customerDataClasses } from '../dataClasses.js';
import { evidenceProblem, evidenceProblemInWords } from '../evidenceStatus.js';
import { isAiService, isDeclared } from '../providers.js';
import { codeRef, evidenceRef, mapRef } from '../sources.js';
import type { CheckResult, SourceRef } from '../types.js';

const id = 'llm-subprocessor-terms';
const controls = ['TM-VEND-01', 'TM-VEND-02'];

/** Configuration facts that void a zero-retention promise. */
const ZDR_BREAKING_FACTS: ReadonlySet<string> = new Set([
  'zdr-excluded-feature',
  'openai-store-not-disabled',
]);

function judge(model: Model, subprocessor: SubprocessorData, received: string[]): CheckResult {
  const pointer = `subprocessors/${subprocessor.id}`;
  const base = { checkId: id, controls, subject: { kind: 'subprocessor' as const, id: subprocessor.id } };
  const problems: string[] = [];
  /** Each problem in words for a buyer, in the same order. */
  const plain: string[] = [];
  const vendor = subprocessor.vendor;
  let dpaProblem: string | undefined;
  const sources: SourceRef[] = [mapRef(model, pointer)];
  const terms = subprocessor.terms;
  if (!terms) {
    problems.push('declares no terms (training, retention, DPA)');
    plain.push(`the training, retention and DPA terms of our AI provider ${vendor} are not yet documented`);
  } else {
    sources.push(mapRef(model, `${pointer}/terms`));
    if (!terms.dpa) {
      problems.push('has no DPA on file');
      plain.push(`we have no data processing agreement with ${vendor} on file`);
    } else {
      sources.push(evidenceRef(model, terms.dpa));
      const problem = evidenceProblem(model, terms.dpa);
      if (problem) {
        dpaProblem = `has DPA \`${terms.dpa}\`, which ${problem}`;
        problems.push(dpaProblem);
        plain.push(
          `our data processing agreement with ${vendor} ${evidenceProblemInWords(model, terms.dpa)}`,
        );
      }
    }
    if (terms.training !== 'never') {
      problems.push(`may train on what we send (training: ${terms.training})`);
      plain.push(`${vendor}'s terms allow it to train on what we send`);
    }
    const limits = received
      .map((dataClass) => model.index.dataClasses.get(dataClass))
      .filter((entry) => entry?.retention !== undefined);
    const tightest = limits.sort(
      (a, b) => durationDays(a?.retention ?? 'zero') - durationDays(b?.retention ?? 'zero'),
    )[0];
    if (
      terms.retention !== 'zero' &&
      tightest?.retention &&
      durationDays(terms.retention) > durationDays(tightest.retention)
    ) {
      problems.push(
        `keeps data ${terms.retention}, longer than \`${tightest.id}\`'s policy of ${tightest.retention}`,
      );
      plain.push(
        `${vendor} keeps data ${keptFor(terms.retention)}, ${beyondPolicy(tightest.retention, midSentence(model, tightest.name))}`,
      );
    }
    if (terms.retention === 'zero' || terms.zeroDataRetention) {
      for (const fact of model.discovery?.facts ?? []) {
        if (!ZDR_BREAKING_FACTS.has(fact.kind)) continue;
        if (fact.provider !== subprocessor.provider && fact.provider !== subprocessor.id) continue;
        problems.push(`zero retention is void: ${fact.message}`);
        plain.push(`${vendor}'s zero data retention does not hold for the way our service calls it`);
        sources.push(...fact.evidence.map(codeRef));
      }
    }
  }
  if (problems.length === 0) {
    return {
      ...base,
      status: 'pass',
      severity: 'high',
      message: `\`${subprocessor.id}\` is under a current DPA, never trains, and keeps data ${terms?.retention ?? ''}`,
      sources,
    };
  }
  // With no agreement on file and nothing in the terms against the control, the vendor's own terms are what is not
  // on record: a statement that providers do not train is not yet verified, not contradicted (localGPT,
  // anthropic-quickstarts: "Model providers … do not train on it ✕ Not met" beside a table saying they never train).
  const unsigned = terms !== undefined && !terms.dpa && problems.length === 1;
  return {
    ...base,
    status: 'fail',
    severity: 'high',
    ...(unsigned ? { unknown: true as const } : {}),
    // An expired or missing DPA is the evidence's own gap; the same file reads as one gap everywhere.
    ...(problems.length === 1 && dpaProblem && terms?.dpa ? { cause: `evidence:${terms.dpa}` } : {}),
    message: `AI sub-processor \`${subprocessor.id}\` ${problems.join('; ')}`,
    plain: [...new Set(plain)].join('; '),
    sources,
    remediation:
      'renew or sign the DPA, secure training: never and zero retention, and update `terms` in the map',
  };
}

/** Vendor-hosted AI services that receive customer data are declared, under a current DPA, and never train. */
export const llmSubprocessorTerms: CheckModule = {
  id,
  title: 'LLM sub-processor terms',
  controls,
  severity: 'high',
  run(model) {
    const customer = customerDataClasses(model);
    const theirPeople = new Set(
      model.map.dataClasses
        .filter((dataClass) => dataClass.tenantScoped && dataClass.category === 'personal-data')
        .map((dataClass) => dataClass.id),
    );
    const results: CheckResult[] = [];
    const aiProviders = new Set(
      usedFindings(model)
        .filter((finding) => isAiService(model, finding))
        .map((finding) => finding.provider),
    );
    for (const subprocessor of model.map.subprocessors) {
      const ai =
        subprocessor.ai ?? (subprocessor.provider !== undefined && aiProviders.has(subprocessor.provider));
      if (!ai) continue;
      // What customers give us, and the people of theirs we hold (typebot: member emails of churned workspaces sent to
      // an OpenAI account of ours were "no customer data", and its terms were never asked).
      const received = [...classesAt(model, subprocessor.id, subprocessor.dataClasses)].filter(
        (dataClass) => customer.has(dataClass) || theirPeople.has(dataClass),
      );
      const outside = (message: string, pointer: string): CheckResult => ({
        checkId: id,
        controls,
        status: 'not-applicable',
        severity: 'high',
        subject: { kind: 'subprocessor', id: subprocessor.id },
        message,
        sources: [mapRef(model, pointer)],
      });
      if (received.length === 0)
        results.push(
          outside(`\`${subprocessor.id}\` receives no customer data`, `subprocessors/${subprocessor.id}`),
        );
      else if (underCustomersAccount(subprocessor))
        results.push(
          outside(
            reachedAnonymously(subprocessor)
              ? `\`${subprocessor.id}\` is ${REACHED_ANONYMOUSLY} (\`account: none\`): ${noAgreementSays(`what ${subprocessor.vendor} does with the data`)}`
              : `\`${subprocessor.id}\` is reached only with each customer's own account (\`account: customer\`), under the customer's own terms with ${subprocessor.vendor}`,
            `subprocessors/${subprocessor.id}/account`,
          ),
        );
      else results.push(judge(model, subprocessor, received));
    }
    for (const finding of usedFindings(model)) {
      if (!isAiService(model, finding) || isDeclared(model.map, finding)) continue;
      results.push({
        checkId: id,
        controls,
        status: 'fail',
        severity: 'high',
        subject: { kind: 'finding', id: finding.id },
        cause: `undeclared:${finding.provider}`,
        message: `${finding.name} (${finding.category}) is used in the code but is not a declared sub-processor, so no DPA, training or retention terms cover what it receives`,
        plain: foundUnderReview(finding.name),
        sources: finding.evidence.map(codeRef),
        remediation: `declare \`${finding.provider}\` under \`subprocessors\` with its terms, or remove it from the code`,
      });
    }
    if (results.length === 0) {
      results.push({
        checkId: id,
        controls,
        status: 'not-applicable',
        severity: 'high',
        subject: { kind: 'organization', id: 'organization' },
        message: 'no vendor-hosted AI service is declared or found in the code',
        sources: [mapRef(model, 'subprocessors')],
      });
    }
    return results;
  },
};
