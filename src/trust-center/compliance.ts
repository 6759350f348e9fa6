import { FRAMEWORK_NAMES } from '../map/index.js';
import type { Model } from '../model/index.js';
import { type AuditStatus, auditName, auditStatus } from '../model/index.js';

export { FRAMEWORK_NAMES };

/** The company's SOC 2 state, from `organization.audits` in the map. */
export function soc2Status(model: Model): AuditStatus {
  return auditStatus(model, 'soc2');
}

/** "SOC 2 Type II" and the like, for headings and sentences. */
export function auditTitle(status: AuditStatus): string {
  return auditName(status.framework, status.audit?.kind, FRAMEWORK_NAMES);
}
