import type { CheckResult } from '../core/contracts.js';
import type { ComponentData } from '../map/index.js';

/**
 * How far a store's tenant separation is proven, read from the `tenant-isolation` results of the run:
 * `live` a passing, recent probe; `declared` stated in the map only (or its probe is too old);
 * `failed` the check fails (a failed probe, or a separation the policy does not allow); `not-stated` no
 * separation declared; `undeclared` a store found in the code that the map does not describe.
 * The one definition the trust center, questionnaire answers and the system description share.
 */
export type StoreVerification = 'live' | 'declared' | 'failed' | 'not-stated' | 'undeclared';

/**
 * A store's verification from the run's `tenant-isolation` results: the same verdicts the checks give.
 * @example storeVerification(component, run.results) // 'live' when a signed, recent probe passed
 */
export function storeVerification(
  component: ComponentData,
  results: readonly CheckResult[],
): StoreVerification {
  if (!component.tenancy) return 'not-stated';
  const own = results.filter(
    (result) =>
      result.checkId === 'tenant-isolation' &&
      result.subject.kind === 'component' &&
      result.subject.id === component.id,
  );
  if (own.some((result) => result.status === 'fail')) return 'failed';
  const live = own.some(
    (result) => result.status === 'pass' && result.sources.some((source) => source.kind === 'probe'),
  );
  return live ? 'live' : 'declared';
}
