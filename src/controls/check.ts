import type { Model } from '../model/index.js';
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
