import type { CheckResult } from '../controls/types.js';
import { durationDays } from '../map/index.js';
import { customerDataClasses, type Model, tenantScopedClasses } from '../model/index.js';
import { assessClaim, type Claim } from './claims.js';
import { humanDuration } from './pages/layout.js';
import { type DataPractices, longestRetention, mapSource } from './practices.js';

const PRACTICES_PAGE = 'ai-data-practices.html';

/** The AI sub-processors that receive customer data. */
export function modelProviders(model: Model) {
  const customer = customerDataClasses(model);
  const tenantScoped = tenantScopedClasses(model);
  return model.map.subprocessors.filter(
    (entry) => entry.ai === true && entry.dataClasses.some((id) => customer.has(id) || tenantScoped.has(id)),
  );
}

/**
 * Every statement the site publishes as fact, each assessed against the check results. A claim is only
 * made when the map gives grounds for it (a promise, a policy, a store that holds customer data).
 * @example const claims = collectClaims(model, dataPractices(model), run.results);
 */
export function collectClaims(
  model: Model,
  practices: DataPractices,
  results: readonly CheckResult[],
): Claim[] {
  const claims: Claim[] = [];
  const add = (id: string, statement: string, sources: Claim['sources']) =>
    claims.push(assessClaim({ id, statement, page: PRACTICES_PAGE, sources }, results));

  const { training } = practices;
  if (training.promisedNoTraining || training.trainingDefault === 'opt-in') {
    add(
      'no-training',
      training.optInDatasets.length > 0
        ? 'Customer data is not used to train or fine-tune models unless the customer opts in.'
        : 'Customer data is not used to train or fine-tune models.',
      training.sources,
    );
  }

  const longest = longestRetention(practices.retention.map((entry) => entry.retention));
  if (longest) {
    const days = durationDays(longest);
    add(
      'prompt-retention',
      days === 0
        ? 'Prompts and model outputs are not retained after a request completes.'
        : Number.isFinite(days)
          ? `Prompts and model outputs are kept for at most ${humanDuration(longest)}.`
          : `Prompts and model outputs are kept ${humanDuration(longest)}.`,
      practices.retention.map((entry) => mapSource(model, `dataClasses/${entry.dataClass.id}/retention`)),
    );
  }

  if (practices.isolation.length > 0) {
    add(
      'tenant-isolation',
      'Each customer’s data is kept separate from other customers’ data in every store that holds it.',
      practices.isolation.map((entry) => mapSource(model, `components/${entry.component.id}/tenancy`)),
    );
  }

  if (practices.deletionWithin) {
    add(
      'deletion',
      `Customer data is deleted within ${humanDuration(practices.deletionWithin)} of a request or the end of the contract.`,
      [mapSource(model, 'organization/commitments/deletionWithin')],
    );
  }

  const providers = modelProviders(model);
  if (providers.length > 0 && providers.every((entry) => entry.terms?.training === 'never')) {
    const zero = providers.every((entry) => entry.terms?.retention === 'zero');
    const dpa = providers.every((entry) => entry.terms?.dpa);
    add(
      'model-providers',
      `Model providers that receive customer data do not train on it${zero ? ' and retain none of it' : ''}${dpa ? ', under a signed data processing agreement' : ''}.`,
      providers.map((entry) => mapSource(model, `subprocessors/${entry.id}/terms`)),
    );
  }
  return claims;
}
