import { runByCustomer } from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import type { ComponentData } from '../map/index.js';
import { type Model, mapRef } from '../model/index.js';
import type { CheckResult, Severity } from './types.js';

/** One check: what it evidences, how bad a failure is by default, and a pure function of the model. */
export interface CheckModule {
  id: string;
  title: string;
  /** Trustmap control ids this check evidences. */
  controls: string[];
  severity: Severity;
  run(model: Model): CheckResult[];
}

/**
 * The one result of a check that has nothing to judge in this map, said about the organisation as a whole.
 * @example if (infrastructure.length === 0) return notApplicable(check, model, 'no AI infrastructure', 'components');
 */
export function notApplicable(
  check: Pick<CheckModule, 'id' | 'controls' | 'severity'>,
  model: Model,
  message: string,
  pointer: string,
): CheckResult[] {
  return [
    {
      checkId: check.id,
      controls: check.controls,
      status: 'not-applicable',
      severity: check.severity,
      subject: { kind: 'organization', id: 'organization' },
      message,
      sources: [mapRef(model, pointer)],
    },
  ];
}

/**
 * What a check leaves to the customer, said where it judged nothing: the parts the customer runs itself
 * (`hosting: customer-hosted`) among `candidates`, so "no store records whether it encrypts" is not said of a map
 * whose stores all run at the customer's (Onyx, shipped for customers to run, recorded its database unencrypted).
 * @example leftToCustomer(model, isStore) // '; `db` and `api` are run by the customer (`hosting: customer-hosted`), who secures them'
 */
export function leftToCustomer(model: Model, candidates: (component: ComponentData) => boolean): string {
  const theirs = model.map.components.filter(
    (component) => runByCustomer(component, model.map.subprocessors) && candidates(component),
  );
  if (theirs.length === 0) return '';
  const ids = theirs.map((component) => `\`${component.id}\``);
  return `; ${joinList(ids)} ${theirs.length === 1 ? 'is' : 'are'} run by the customer (${whyTheirs(theirs, '`')}), who secures ${theirs.length === 1 ? 'it' : 'them'}`;
}

/**
 * What in the map makes parts the customer's, for a check's message: their hosting, or a sub-processor under the
 * customer's own account where one is (`runByCustomer`).
 * @example whyTheirs([{ hosting: 'customer-hosted' }]) // 'hosting: customer-hosted'
 */
export function whyTheirs(components: readonly { hosting?: string }[], quote = ''): string {
  const hosted = `${quote}hosting: customer-hosted${quote}`;
  return components.every((component) => runByCustomer(component, []))
    ? hosted
    : `${hosted}, or a sub-processor with ${quote}account: customer${quote}`;
}

/**
 * The question a check asks of a service or a model server that handles tenant data and says nothing of keeping it
 * (`keepingUnsaid`): whether it keeps any, and, if it does, `field` (its deletion, its tenancy). One wording for the
 * deletion and isolation checks (Typebot's and RAGFlow's applications, skyvern's Ollama had failed high as stores).
 */
export function keepingAsked(
  base: Pick<CheckResult, 'checkId' | 'controls' | 'subject'>,
  component: ComponentData,
  words: { data: string; plain: string; field: string },
  sources: CheckResult['sources'],
): CheckResult {
  return {
    ...base,
    status: 'needs-evidence',
    severity: 'medium',
    message: `\`${component.id}\` handles ${words.data} and the map does not say whether it keeps any`,
    plain: words.plain,
    sources,
    remediation: `set \`${component.id}\`'s \`retention\` (\`zero\` if it keeps nothing beyond a request), or its \`${words.field}\` if it keeps data`,
  };
}
