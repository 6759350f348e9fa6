import { findTrainingPaths, notOnFile } from '../../controls/index.js';
import { bringsOwnKey, entersTraining, isConfirmed, TRAINING_KINDS } from '../../core/vocabulary.js';
import { joinSome } from '../../core/words.js';
import type { FlowData } from '../../map/index.js';
import {
  consentWithdrawal,
  customerDataClasses,
  isProposed,
  type Model,
  onlyWhen,
  ownKeySentence,
  trainingTerms,
  vendorLabel,
} from '../../model/index.js';
import { joinList, mapRef } from './refs.js';
import type { Answer, AnswerBuilder, AnswerSource } from './types.js';

/** Flows that carry customer-derived data into training, and those gated on the tenant's opt-in. */
function trainingFlows(model: Model) {
  const customer = customerDataClasses(model);
  const intoTraining = (flow: FlowData) => entersTraining(flow, model.index.components.get(flow.to)?.kind);
  const flows = model.map.flows.filter(
    (flow) => intoTraining(flow) && flow.dataClasses.some((id) => customer.has(id)),
  );
  return { flows, gated: flows.filter((flow) => flow.condition?.kind === 'tenant-opt-in') };
}

/**
 * Whether anything in the system trains models: a training or fine-tuning component, or a flow for training (an
 * evaluation grades models and trains none). Without one, "not used for training by default" would suggest a path that does not exist.
 */
export function trainsModels(model: Model): boolean {
  return (
    model.map.components.some((component) => TRAINING_KINDS.has(component.kind)) ||
    model.map.flows.some((flow) => entersTraining(flow, model.index.components.get(flow.to)?.kind))
  );
}

/**
 * What our AI vendors' terms say about training on what we send. When every one never trains, a line that says so;
 * otherwise which may (`default-on`), which train only if we opt in and whose terms say nothing, with a review
 * reason: said beside our own practice, the answer then loses its "No", since the buyer's data may still train
 * someone's model.
 */
function providersTraining(model: Model): { line: string; review?: string; sources: AnswerSource[] } {
  const { all, ours: ai, group, never, mayTrain, optIn, unknown } = trainingTerms(model);
  // Reached only with a customer's own key, a vendor's training terms are that customer's, not ours to state.
  const theirs = ownKeySentence(model, all, (one) => `whether ${one ? 'it trains' : 'they train'} on it`);
  const parts = [
    ...(never.length > 0
      ? [`${joinSome(never)} ${never.length === 1 ? 'does' : 'do'} not train on data we send`]
      : []),
    ...(mayTrain.length > 0 ? [`${joinSome(mayTrain)} may train on data we send`] : []),
    ...(optIn.length > 0
      ? [`${joinSome(optIn)} ${optIn.length === 1 ? 'trains' : 'train'} on it only if we opt in`]
      : []),
    ...(unknown.length > 3
      ? // A long list reads better counted first (Onyx, quivr: "whether OpenAI, Anthropic, … and 11 more train on it
        // is not yet documented").
        [
          `${unknown.length} have no terms on record yet saying whether they train on it (${joinSome(unknown)})`,
        ]
      : unknown.length > 0
        ? [
            `whether ${joinSome(unknown)} ${unknown.length === 1 ? 'trains' : 'train'} on it is not yet documented`,
          ]
        : []),
  ];
  const accounts = all
    .filter(bringsOwnKey)
    .map((subprocessor) => mapRef(model, `subprocessors/${subprocessor.id}/account`));
  // A No speaks for us and our own providers only: what a provider does under a customer's own key is the customer's
  // terms' to say (Flowise, every model reached with the customer's key: "Yes. We do not train…" to "never used to
  // train any model, yours or a third party's?").
  const keyed = theirs
    ? "providers reached with customers' own keys are under the customers' own terms, so a No speaks for us and our providers only: keep it where the question asks about us, not about third parties"
    : undefined;
  if (ai.length === 0) return { line: theirs, sources: accounts, ...(keyed ? { review: keyed } : {}) };
  // Terms with no data processing agreement on file are the vendor's published ones, which the trust center holds back
  // as not yet verified (AstrBot: "Our AI providers … do not train on data we send them" answered, beside a trust
  // center refusing the same claim for want of the agreements).
  const unsigned = ai.filter(
    (subprocessor) => !subprocessor.terms?.dpa || notOnFile(model, subprocessor.terms.dpa),
  );
  const unsignedLine =
    unsigned.length > 0
      ? `, by their published terms (no data processing agreement with ${joinSome([...new Set(unsigned.map((subprocessor) => subprocessor.vendor))])} is on file yet)`
      : '';
  // A provider used only under a condition is said with it (localGPT: "Our AI providers (IBM) do not train…" of a
  // backend off unless an administrator turns it on, beside the models it runs itself).
  const conditional = ai.flatMap((subprocessor) => {
    const when = onlyWhen(model, subprocessor.id);
    return when ? [`${vendorLabel(model, subprocessor)} receives customer data ${when}`] : [];
  });
  const whenLine =
    conditional.length > 0 && conditional.length === ai.length
      ? ` ${joinList(conditional).replace(/^./, (first) => first.toUpperCase())}.`
      : '';
  if (ai.every((subprocessor) => subprocessor.terms?.training === 'never'))
    return {
      // AI providers, as below: a tracing service is one, not a model provider (ai-pdf-chatbot: LangSmith among "our model providers").
      line: ` ${group.charAt(0).toUpperCase()}${group.slice(1)} (${joinSome(never)}) do not train on data we send them${unsignedLine}.${whenLine}${theirs}`,
      ...(keyed ? { review: keyed } : {}),
      sources: [
        ...ai.map((subprocessor) => mapRef(model, `subprocessors/${subprocessor.id}/terms/training`)),
        ...accounts,
      ],
    };
  const named = ai.filter((subprocessor) => subprocessor.terms?.training !== 'never');
  return {
    line: ` Of ${group}, ${parts.join('; ')}.${theirs}`,
    review: [
      `not every provider receiving customer content says it never trains on what we send (${named.map((s) => s.id).join(', ')}): record \`terms.training\` for each before answering No`,
      ...(keyed ? [keyed] : []),
    ].join('; '),
    sources: named.map((subprocessor) =>
      mapRef(
        model,
        subprocessor.terms ? `subprocessors/${subprocessor.id}/terms` : `subprocessors/${subprocessor.id}`,
      ),
    ),
  };
}

/**
 * Why "nothing in our system trains models" waits for a person where no promise or training default says it: it is read
 * from what the map leaves out, and a map can leave out a part it never described (supermemory's backend, outside its
 * repository; AppFlowy-Cloud's reviewer: "rests on the absence of a training flow, not a confirmed commitment").
 */
export const NO_TRAINING_UNPROMISED =
  'the map records no training, but no promise says so: confirm that nothing outside the map trains models on customer data, then record `organization.commitments.noTrainingOnCustomerData`';

/**
 * An answer that says nothing trains, where no promise says so: no answer for the buyer, its words drafted in what to
 * add. Held for review, it was still read as said (OpenHands, beside a feedback endpoint sending conversations to the
 * company; morphik-core, whose API advertises fine-tuned embeddings): an absence in the map is no statement, as for a
 * retrieval store the map does not name.
 */
export function unlessPromised(model: Model, answer: Answer): Answer | { missing: string } {
  if (model.map.organization.commitments?.noTrainingOnCustomerData) return answer;
  return {
    missing: `${[NO_TRAINING_UNPROMISED, answer.review].filter(Boolean).join('; ')}. Once confirmed, the answer would read: "${answer.text}"`,
  };
}

/** A map that describes a system (it has components) in which nothing trains models. */
export function describesNoTraining(model: Model): boolean {
  return model.map.components.length > 0 && !trainsModels(model);
}

/**
 * What "nothing in our system trains models" rests on: the whole map, so an entry nobody confirmed yet (which may be
 * the training job) is cited and the answer waits for it.
 */
export function noTrainingSources(model: Model): AnswerSource[] {
  return [
    mapRef(model, 'dataClasses'),
    ...(model.map.tenancy?.trainingDefault ? [mapRef(model, 'tenancy/trainingDefault')] : []),
    ...model.map.components
      .filter((component) => !isConfirmed(component))
      .map((component) => mapRef(model, `components/${component.id}`)),
    ...model.map.flows.filter((flow) => !isConfirmed(flow)).map((flow) => mapRef(model, `flows/${flow.id}`)),
  ];
}

/** "No. Customer content is not used to train … the only training flow, `x`, runs on opted-in data." */
export const trainingOnCustomerData: AnswerBuilder = ({ model }) => {
  const policy = model.map.tenancy?.trainingDefault;
  const promise = model.map.organization.commitments?.noTrainingOnCustomerData;
  if (!policy && promise === undefined) {
    // With no policy and no promise, the map still answers where nothing trains (LightRAG: "do you train on our
    // data?" was blank beside the provenance answer saying nothing trains).
    if (!describesNoTraining(model)) return undefined;
    const providers = providersTraining(model);
    return unlessPromised(model, {
      ...(providers.review ? {} : { yesNo: 'No' as const }),
      ...(providers.review ? { review: providers.review } : {}),
      text: `We do not train or fine-tune models on customer content: nothing in our system trains models.${providers.line}`,
      sources: [...noTrainingSources(model), ...providers.sources],
    });
  }
  const sources: AnswerSource[] = [];
  if (policy) sources.push(mapRef(model, 'tenancy/trainingDefault'));
  // The answer's words come from the training default and the map's flows; the contract's promise only backs them.
  // A starter promise nobody confirmed would hold back an answer the confirmed map gives (LibreChat, RAGFlow: blank
  // "do you train on our data?" beside an opt-in answer saying nothing trains), so it is cited only once confirmed,
  // or where it is all there is.
  if (promise !== undefined && (!policy || !isProposed(model, 'organization', 'commitments')))
    sources.push(mapRef(model, 'organization/commitments/noTrainingOnCustomerData'));
  const { flows, gated } = trainingFlows(model);
  const leaks = findTrainingPaths(model);
  const providers = providersTraining(model);
  sources.push(...flows.map((flow) => mapRef(model, `flows/${flow.id}`)), ...providers.sources);
  if (policy === 'opt-out') {
    return {
      yesNo: 'Yes',
      text: `By default, tenants' content is used to improve models unless the tenant opts out.${providers.line}`,
      sources,
      review: 'training is opt-out: confirm how this is disclosed to the buyer',
    };
  }
  if (leaks.length > 0) {
    const paths = leaks.map((leak) => leak.path.join(' → '));
    return {
      yesNo: 'Partially',
      text: `The policy is that customer content does not train models without opt-in, but the data map shows customer data reaching training without an opt-in gate: ${joinList(paths)}.`,
      sources,
      review: 'an ungated training path exists in the map',
    };
  }
  if (!trainsModels(model))
    return {
      ...(providers.review ? { review: providers.review } : { yesNo: 'No' as const }),
      // Our own practice, said as ours: what the providers do with what we send follows in its own sentence. No
      // promise about a future that the map does not hold.
      text: `We do not train or fine-tune models on customer content: nothing in our system trains models.${providers.line}`,
      sources,
    };
  const flowLine =
    gated.length === 0
      ? ' No flow in the system carries customer data into training.'
      : gated.length === 1
        ? ` The only flow that ${trainsWords(gated, true)} runs on data from tenants who opted in.`
        : ` All ${gated.length} flows that ${trainsWords(gated)} run only on data from tenants who opted in.`;
  return {
    // A provider that may train, or whose terms are silent, leaves "our data is not used for training" unproven.
    ...(providers.review ? { review: providers.review } : { yesNo: 'No' as const }),
    text: `We do not train or fine-tune models on customer content by default.${flowLine}${providers.line}`,
    sources,
  };
};

/**
 * What training flows do, by their purposes: "train models", "evaluate models" (Langfuse's evaluation flows had been
 * called training flows, to a buyer asking about training).
 */
function trainsWords(flows: readonly { purpose: string }[], one = false): string {
  const verbs = [
    ...new Set(
      flows.map((flow) =>
        flow.purpose === 'evaluation' ? 'evaluate' : flow.purpose === 'fine-tuning' ? 'fine-tune' : 'train',
      ),
    ),
  ].map((verb) => (one ? `${verb}s` : verb));
  return `${joinList(verbs, 'or')} models`;
}

/** Opt-in or opt-out, the gate that enforces it, and how consent is withdrawn. */
export const trainingOptIn: AnswerBuilder = ({ model }) => {
  const policy = model.map.tenancy?.trainingDefault;
  if (!policy) {
    // No default to choose where nothing trains (`trainingDefault` is optional): the map still answers.
    if (!describesNoTraining(model)) return undefined;
    const providers = providersTraining(model);
    return unlessPromised(model, {
      text: `We do not train models on customer data: nothing in our system trains models, so there is nothing to opt in to.${providers.line}`,
      sources: [...noTrainingSources(model), ...providers.sources],
      ...(providers.review ? { review: providers.review } : {}),
    });
  }
  const sources: AnswerSource[] = [mapRef(model, 'tenancy/trainingDefault')];
  const { gated } = trainingFlows(model);
  // Every gate, not the first (OpenPipe: "Customer data enters training only when the customer starts a fine-tune of
  // its own OpenAI model", one of three opt-in training flows, said as the only one).
  const gates = gated.filter((flow) => flow.condition?.description);
  sources.push(...gates.map((flow) => mapRef(model, `flows/${flow.id}/condition`)));
  // The gate's words as they read: a noun phrase ("only tenants whose settings …") is what the export includes; a clause
  // ("when the customer starts a fine-tune") is when data enters training (OpenPipe: "The training export includes when
  // the customer starts …").
  // A condition opening with its own "only" keeps one (Dataherald: "The training export includes only when a customer
  // starts a fine-tuning job").
  const conditions = [
    ...new Set(
      gates.map((flow) =>
        flow
          .condition!.description.trim()
          .replace(/^only\s+/i, '')
          .replace(/\.$/, ''),
      ),
    ),
  ];
  const isClause = (condition: string) =>
    /^(?:when|if|whenever|once|after|on|upon|unless)\b/i.test(condition);
  const clauses = conditions.filter(isClause);
  const nouns = conditions.filter((condition) => !isClause(condition));
  const gateLine = `${clauses.length > 0 ? ` Customer data enters training only ${joinList(clauses, 'or')}.` : ''}${
    nouns.length > 0 ? ` The training export includes ${joinList(nouns)}.` : ''
  }`;
  // Withdrawing consent only where the training data's deletion says how (`consentWithdrawal`).
  const withdrawal = consentWithdrawal(model);
  const withdrawLine = withdrawal ? ` A tenant can withdraw consent: ${withdrawal.deletion!.mechanism}.` : '';
  if (withdrawal) sources.push(mapRef(model, `dataClasses/${withdrawal.id}/deletion`));
  // No control to describe where nothing trains: the answer says so, and no Yes stands for a control.
  // The providers' terms follow, as in the training answer: "no opt-in to give" is ours alone.
  if (policy === 'opt-in' && !trainsModels(model)) {
    const providers = providersTraining(model);
    return {
      text: `We do not train models on customer data: nothing in our system trains models, so there is nothing to opt in to.${providers.line}`,
      sources: [...sources, ...providers.sources],
      ...(providers.review ? { review: providers.review } : {}),
    };
  }
  if (policy === 'opt-in') {
    const answer: Answer = {
      yesNo: 'Yes',
      text: `Training on customer data is opt-in: no tenant's data is used to improve models unless the tenant opts in.${gateLine}${withdrawLine}`,
      sources,
      // Buyers ask whether they can withdraw in the same breath (lead-h4); with no way on record, a person says it
      // (Dataherald: deleting a fine-tuning job left its training file and model at OpenAI, and "Yes" went unqualified).
      ...(withdrawal
        ? {}
        : {
            review:
              'how a tenant withdraws consent, and what happens to what was already trained on, is not on record (`deletion` on the training data): say it where the question asks',
          }),
    };
    return answer;
  }
  return {
    yesNo: 'Yes',
    text: `Training on customer data is opt-out: tenants' data may be used to improve models unless the tenant opts out.${withdrawLine}`,
    sources,
    review: 'training is opt-out: confirm the opt-out mechanism with the product team',
  };
};
