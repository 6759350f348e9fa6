import type { CheckResult } from '../../controls/types.js';
import type { Model } from '../../model/index.js';
import { componentLabel, durationWords, joinList } from './refs.js';

/**
 * Check messages are written for the engineer who fixes the map: ids in backticks, map words ("declares", "a
 * declared sub-processor", "used in code"), durations as `90d`, control ids. A buyer reads the same finding here,
 * in the answer's "exception" sentence; the message itself goes to the review note.
 */

/** What an id in a message names, as a buyer reads it; `undefined` for text that is not an id of the map. */
function nameOf(model: Model, id: string): string | undefined {
  const { components, subprocessors, dataClasses, evidence, flows } = model.index;
  const component = components.get(id);
  if (component) return componentLabel(component);
  const subprocessor = subprocessors.get(id);
  if (subprocessor) return subprocessor.vendor;
  const dataClass = dataClasses.get(id);
  if (dataClass) return dataClass.name;
  const entry = evidence.get(id);
  if (entry) return entry.title;
  const flow = flows.get(id);
  if (flow)
    return `the flow from ${nameOf(model, flow.from) ?? flow.from} to ${nameOf(model, flow.to) ?? flow.to}`;
  return undefined;
}

/** Whole-message forms with a plainer sentence for the buyer; `$n` are the form's groups, already in words. */
const FORMS: readonly (readonly [RegExp, string | ((match: string, ...groups: string[]) => string)])[] = [
  // discovery drift and the AI terms check on a vendor the code calls and the map does not list
  [
    /^(.+?) (?:\([^)]*\) )?is used in (?:the )?code but is not a declared sub-processor \(it receives prompts\).*$/,
    '$1 receives prompts from our service but is not yet on our sub-processor list',
  ],
  [
    /^(.+?) (?:\([^)]*\) )?is used in (?:the )?code but is not a declared sub-processor.*$/,
    '$1 is used by our service but is not yet on our sub-processor list',
  ],
  [
    /^(.+?) receives prompts and outputs from the code, but is not declared.*$/,
    '$1 receives prompts from our service but is not yet on our sub-processor list',
  ],
  [
    /^(.+?) is used in (?:the )?code but no map component has provider .*$/,
    '$1 is used by our service but not yet documented',
  ],
  // the AI terms check: "AI sub-processor `cohere` has DPA `dpa-cohere`, which expired on …"
  [/^AI sub-processor (.+?) has DPA .+?, which (.+)$/, 'our data processing agreement with $1 $2'],
  [
    /^AI sub-processor (.+?) declares no terms.*$/,
    'the training, retention and DPA terms of our AI provider $1 are not yet documented',
  ],
  [/^AI sub-processor (.+)$/, 'our AI provider $1'],
  // evidence freshness: "evidence `dpa-x` (DPA with X) expired on …" → "DPA with X expired on …"
  [/^evidence (.+?) \(\1\) (.*)$/, '$1 $2'],
  [/^evidence (.+?) \((.+?)\) (.*)$/, '$2 $3'],
  // tenant isolation
  [/^(.+?) is an? [\w-]+ separating tenants by shared only; .*$/, "$1 does not separate customers' data"],
  [
    /^(.+?) is an? [\w-]+ separating tenants by (.+?) only; the policy requires separation in the datastore$/,
    "$1 separates customers' data in the application only, not in the datastore itself",
  ],
  [
    /^(.+?) holds tenant-scoped data but does not declare how tenants are separated$/,
    "how $1 separates customers' data is not yet documented",
  ],
  [
    /^the isolation probe of (.+?) failed: one tenant could reach another's data.*$/,
    "a live test of $1 found that one customer could reach another customer's data",
  ],
  [
    /^(.+?) receives (.+?) but does not say how long it keeps them.*$/,
    '$1 receives $2, and how long it keeps them is not yet documented',
  ],
  [/^no retention policy for (.+)$/, 'no retention period is set for $1 yet'],
  // the infrastructure baseline: "vector-store `index` does not declare encryption at rest, logging"
  [
    /^[\w-]+ (.+?) does not declare (.+)$/,
    (_, name: string, safeguards: string) =>
      `how ${name} handles ${joinList(safeguards.split(', '))} is not yet documented`,
  ],
];

/** Map words a buyer does not use, each with the plain one. */
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bdeclares no ([^;]+)/g, 'has no $1 documented yet'],
  [/\btenant data\b/g, 'customer data'],
  [/\bdoes not declare\b/g, 'does not yet document'],
  [/\bis not declared\b/g, 'is not yet documented'],
  [/\bdeclares\b/g, 'documents'],
  [/\bin the map\b/g, 'in our records'],
  [/\bused in (?:the )?code\b/g, 'used by our service'],
  [/\bfrom the code\b/g, 'from our service'],
  [/\btenant-scoped data\b/g, 'customer data'],
  [/\bmay train on what we send \(training: [\w-]+\)/g, 'may train on what we send'],
  [/\blonger than (.+?)'s policy of ([^;,]+)/g, 'longer than our $2 policy for $1'],
  // a control's evidence problem: "Incident response: evidence Incident response plan expired on …"
  [/(^|: |; )evidence /g, '$1'],
];

/**
 * A failing check result in words for the buyer: names for ids, durations in words, no check or control id, no
 * map vocabulary. Pure.
 * @example buyerFinding(result, model) // 'LLM request log deletion takes up to 90 days, over the promised 30 days'
 */
export function buyerFinding(result: CheckResult, model: Model): string {
  if (result.checkId === 'no-training-on-customer-data' && result.path && result.path.length > 0) {
    const sink = result.path[result.path.length - 1]!;
    return `customer data can reach ${nameOf(model, sink) ?? sink}, used for model training, without the customer's opt-in`;
  }
  let text = result.message
    // "TM-SEC-02 Incident response: …": the control's title says what it is about; its id is ours.
    .replace(/^TM-[A-Z]+-\d+ /, '')
    .replace(/`([^`]+)`/g, (_, id: string) => nameOf(model, id) ?? id)
    .replace(/\b(\d+[hdwy])\b/g, (_, duration: string) => durationWords(duration))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
  for (const [form, plain] of FORMS) {
    if (form.test(text)) {
      text = typeof plain === 'string' ? text.replace(form, plain) : text.replace(form, plain);
      break;
    }
  }
  for (const [word, plain] of WORDS) text = text.replace(word, plain);
  return text;
}
