import { findTrainingPaths } from '../../controls/index.js';
import { entersTraining } from '../../core/vocabulary.js';
import type { FlowData } from '../../map/index.js';
import { customerDataClasses, type Model } from '../../model/index.js';
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

function vendorsNeverTrain(model: Model): { names: string[]; sources: AnswerSource[] } {
  const ai = model.map.subprocessors.filter((subprocessor) => subprocessor.ai);
  const never = ai.filter((subprocessor) => subprocessor.terms?.training === 'never');
  if (ai.length === 0 || never.length !== ai.length) return { names: [], sources: [] };
  return {
    names: never.map((subprocessor) => subprocessor.vendor),
    sources: never.map((subprocessor) => mapRef(model, `subprocessors/${subprocessor.id}/terms/training`)),
  };
}

/**
 * The AI vendors whose terms do not say they never train on what we send: those that may (`default-on`), those that
 * train only if we opt in, and those whose terms say nothing. Said beside our own practice, and the answer loses
 * its "No": the buyer's data may still train someone's model.
 */
function vendorsThatMayTrain(model: Model): { line: string; review?: string; sources: AnswerSource[] } {
  const ai = model.map.subprocessors.filter((subprocessor) => subprocessor.ai);
  const by = (stance: string | undefined) =>
    ai.filter((subprocessor) => subprocessor.terms?.training === stance).map((s) => s.vendor);
  const mayTrain = by('default-on');
  const optIn = by('opt-in');
  const unknown = ai.filter((subprocessor) => !subprocessor.terms?.training).map((s) => s.vendor);
  const never = by('never');
  const parts = [
    ...(never.length > 0
      ? [`${joinList(never)} ${never.length === 1 ? 'does' : 'do'} not train on data we send`]
      : []),
    ...(mayTrain.length > 0 ? [`${joinList(mayTrain)} may train on data we send`] : []),
    ...(optIn.length > 0
      ? [`${joinList(optIn)} ${optIn.length === 1 ? 'trains' : 'train'} on it only if we opt in`]
      : []),
    ...(unknown.length > 0
      ? [
          `whether ${joinList(unknown)} ${unknown.length === 1 ? 'trains' : 'train'} on it is not yet documented`,
        ]
      : []),
  ];
  if (mayTrain.length + optIn.length + unknown.length === 0) return { line: '', sources: [] };
  const named = ai.filter((subprocessor) => subprocessor.terms?.training !== 'never');
  return {
    line: ` Of our AI providers, ${parts.join('; ')}.`,
    review: `not every AI provider's terms say it never trains on what we send (${named.map((s) => s.id).join(', ')}): record \`terms.training\` for each before answering No`,
    sources: named.map((subprocessor) =>
      mapRef(
        model,
        subprocessor.terms ? `subprocessors/${subprocessor.id}/terms` : `subprocessors/${subprocessor.id}`,
      ),
    ),
  };
}

/** "No. Customer content is not used to train … the only training flow, `x`, runs on opted-in data." */
export const trainingOnCustomerData: AnswerBuilder = ({ model }) => {
  const policy = model.map.tenancy?.trainingDefault;
  const promise = model.map.organization.commitments?.noTrainingOnCustomerData;
  if (!policy && promise === undefined) return undefined;
  const sources: AnswerSource[] = [];
  if (policy) sources.push(mapRef(model, 'tenancy/trainingDefault'));
  if (promise !== undefined) sources.push(mapRef(model, 'organization/commitments/noTrainingOnCustomerData'));
  const { flows, gated } = trainingFlows(model);
  const leaks = findTrainingPaths(model);
  const vendors = vendorsNeverTrain(model);
  sources.push(...flows.map((flow) => mapRef(model, `flows/${flow.id}`)), ...vendors.sources);
  const vendorLine =
    vendors.names.length > 0
      ? ` Our model providers (${joinList(vendors.names)}) do not train on data we send them.`
      : '';
  if (policy === 'opt-out') {
    return {
      yesNo: 'Yes',
      text: `By default, tenants' content is used to improve models unless the tenant opts out.${vendorLine}`,
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
  const flowLine =
    gated.length === 0
      ? ' No flow in the system carries customer data into training.'
      : gated.length === 1
        ? ' The only training flow runs on data from tenants who opted in.'
        : ` All ${gated.length} training flows run only on data from tenants who opted in.`;
  const others = vendorsThatMayTrain(model);
  return {
    // A provider that may train, or whose terms are silent, leaves "our data is not used for training" unproven.
    ...(others.review ? {} : { yesNo: 'No' as const }),
    text: `Customer content is not used to train or fine-tune models by default.${flowLine}${vendorLine}${others.line}`,
    sources: [...sources, ...others.sources],
    ...(others.review ? { review: others.review } : {}),
  };
};

/** Opt-in or opt-out, the gate that enforces it, and how consent is withdrawn. */
export const trainingOptIn: AnswerBuilder = ({ model }) => {
  const policy = model.map.tenancy?.trainingDefault;
  if (!policy) return undefined;
  const sources: AnswerSource[] = [mapRef(model, 'tenancy/trainingDefault')];
  const { gated } = trainingFlows(model);
  const gate = gated[0];
  if (gate) sources.push(mapRef(model, `flows/${gate.id}/condition`));
  const withdrawal = model.map.dataClasses.find(
    (dataClass) => dataClass.category === 'training-data' && dataClass.deletion,
  );
  if (withdrawal) sources.push(mapRef(model, `dataClasses/${withdrawal.id}/deletion`));
  const gateLine = gate?.condition ? ` The training export includes ${gate.condition.description}.` : '';
  const withdrawLine = withdrawal?.deletion
    ? ` A tenant can withdraw consent at any time: ${withdrawal.deletion.mechanism}.`
    : '';
  if (policy === 'opt-in') {
    const answer: Answer = {
      yesNo: 'Yes',
      text: `Training on customer data is opt-in: no tenant's data is used to improve models unless the tenant opts in.${gateLine}${withdrawLine}`,
      sources,
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
