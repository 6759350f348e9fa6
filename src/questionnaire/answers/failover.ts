import { isConfirmed, underCustomersAccount } from '../../core/vocabulary.js';
import { joinList } from '../../core/words.js';
import type { Model } from '../../model/index.js';
import {
  mapRef,
  modelProviderTest,
  modelsWeRun,
  named,
  upstreamUnsaid,
  vendorService,
} from '../../model/index.js';
import { onlyUnder } from './refs.js';
import type { AnswerBuilder } from './types.js';

/** A flow condition that says the flow is taken when another provider fails: a fallback, not an operator's choice. */
const FAILS_OVER =
  /\b(?:fail(?:s|ed|ing|ure)?(?:\s*over)?|fallback|fall(?:s)? back|unavailable|outage|down|errors?|rate[- ]limit(?:ed|s)?|time(?:s|d)? out|timeouts?)\b/i;

/** A condition saying there is no fallback ("one provider per run, no failover"). */
const NO_FAILOVER =
  /\b(?:no|not|never|without|nor)\s+(?:an?\s+)?(?:automatic\s+)?(?:fail(?:s|ing)?[- ]?over|fall(?:s|ing)?[- ]?back)\b/i;

/**
 * Whether model calls fail over to another provider ("If a primary model provider has an outage, does traffic fail
 * over automatically to another provider?"), from the map's flows to AI vendors whose condition says they are taken
 * when another fails. The provider list answered it in every review (jina reader, linkwarden, make-real), saying
 * nothing of failover; where no flow says so, undefined (the list is held for a person to add it).
 */
export const modelFailover: AnswerBuilder = ({ model }) => {
  const vendors = new Set(model.map.subprocessors.filter((vendor) => vendor.ai).map((vendor) => vendor.id));
  const toVendors = model.map.flows.filter((flow) => vendors.has(flow.to) && flow.condition);
  // "No failover" is no fallback (opencommit: "Yes" from "one provider per run, no failover" on each provider's flow).
  const denied = toVendors.filter((flow) => NO_FAILOVER.test(flow.condition!.description));
  const fallbacks = toVendors.filter(
    (flow) => !denied.includes(flow) && FAILS_OVER.test(flow.condition!.description),
  );
  if (fallbacks.length === 0 && denied.length > 0)
    return {
      yesNo: 'No',
      text: `Model calls do not fail over to another provider: ${joinList([...new Set(denied.map((flow) => flow.condition!.description))], 'and')}.`,
      sources: denied.map((flow) => mapRef(model, `flows/${flow.id}/condition`)),
    };
  if (fallbacks.length === 0) return onlyProvider(model);
  const to = [...new Set(fallbacks.map((flow) => named(model, flow.to)))];
  return {
    yesNo: 'Yes',
    text: `Requests go to ${joinList(to, 'or')} ${onlyUnder(fallbacks.map((flow) => flow.condition!.description))}.`,
    sources: fallbacks.map((flow) => mapRef(model, `flows/${flow.id}/condition`)),
    review:
      'say whether the fallback is automatic and whether it can reach a provider or region the customer has not approved',
  };
};

/** What the reviewer is told where the map says nothing of failover and the provider list answers the rest. */
export const FAILOVER_UNSAID =
  'the question asks whether model calls fail over to another provider, which the map does not say: add it by hand, or give the fallback provider’s flow a `condition` saying when it is taken (e.g. "when OpenAI is unavailable")';

/** Topics a question on failing over between model providers is matched to. */
// Business continuity too: "a documented fallback if the primary AI model provider becomes unavailable?" is matched
// there as often as to the providers (this session's reviews).
export const FAILOVER_NEAR_TOPICS = new Set([
  'ai-model-providers',
  'ai-provider-terms',
  'subprocessors',
  'business-continuity',
]);

/**
 * One model vendor on record and nothing else that runs models: there is no other provider to fail over to, said as
 * "No" (napkins, cs-agents, gemini-fullstack: "Do you route requests to more than one model vendor, e.g. failover?"
 * answered with the one vendor's entry and no No). Not where a vendor is still proposed, a customer's own key reaches
 * another, we run a model ourselves, or a serving part's providers are not on record: each may be the other provider.
 */
function onlyProvider(model: Model): ReturnType<AnswerBuilder> {
  const isProvider = modelProviderTest(model);
  const vendors = model.map.subprocessors.filter((vendor) => vendor.ai && isProvider(vendor));
  if (vendors.length === 0 || vendors.some((vendor) => !isConfirmed(vendor) || underCustomersAccount(vendor)))
    return undefined;
  if (modelsWeRun(model).length > 0 || upstreamUnsaid(model).length > 0) return undefined;
  const names = [...new Set(vendors.map((vendor) => vendor.vendor))];
  if (names.length !== 1) return undefined;
  const services = joinList([
    ...new Set(vendors.map((vendor) => vendorService(vendor.vendor, vendor.service))),
  ]);
  return {
    yesNo: 'No',
    text: `Model calls do not fail over to another provider: ${names[0]} is our only model provider (${services}).`,
    sources: vendors.map((vendor) => mapRef(model, `subprocessors/${vendor.id}`)),
  };
}
