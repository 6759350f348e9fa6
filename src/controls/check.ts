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
