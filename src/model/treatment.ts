import { isWritten, type SubprocessorData } from '../map/index.js';
import type { Model } from './model.js';

/**
 * How the SOC 2 report treats a subservice organisation, where the map chooses (`auditTreatment` written in its files).
 * The schema's default, `carve-out`, is nobody's choice, and no output states it as one (pdftochat: "Outside the
 * boundary (carve-out method)" with no treatment written for any vendor).
 * @example chosenTreatment(model, vendor) // undefined where the map does not set it
 */
export function chosenTreatment(
  model: Model,
  vendor: Pick<SubprocessorData, 'id' | 'auditTreatment'>,
): SubprocessorData['auditTreatment'] | undefined {
  return isWritten(model.map, `subprocessors/${vendor.id}/auditTreatment`)
    ? vendor.auditTreatment
    : undefined;
}
