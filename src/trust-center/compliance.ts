import { FRAMEWORK_NAMES } from '../map/index.js';
import { type AuditStatus, auditName } from '../model/index.js';

export { FRAMEWORK_NAMES };

/** "SOC 2 Type II" and the like, for headings and sentences. */
export function auditTitle(status: AuditStatus): string {
  return auditName(status.framework, status.audit?.kind, FRAMEWORK_NAMES);
}
