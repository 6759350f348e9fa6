import type { AuditData, EvidenceData } from '../map/index.js';
import type { Model } from './model.js';

/**
 * Where a framework stands, from the map's `organization.audits` (never guessed from document titles):
 * `issued` with a current report, `expired` when the issued report's evidence has expired, `in-progress`,
 * `planned`, `target` (listed in `frameworks` with no audit yet), or `none`.
 */
export interface AuditStatus {
  framework: string;
  state: 'issued' | 'expired' | 'in-progress' | 'planned' | 'target' | 'none';
  /** The audit the state comes from. */
  audit?: AuditData;
  /** Its report or certificate, when the map names one. */
  report?: EvidenceData;
  /** Map pointer to cite (`organization/audits` or `organization/frameworks`). */
  pointer?: string;
}

const latest = (audits: AuditData[]) =>
  [...audits].sort((a, b) => (b.issued ?? b.periodEnd ?? '').localeCompare(a.issued ?? a.periodEnd ?? ''))[0];

/**
 * @example auditStatus(model, 'soc2') // { state: 'in-progress', audit: { kind: 'type-1', ... }, ... }
 */
export function auditStatus(model: Model, framework: string): AuditStatus {
  const audits = (model.map.organization.audits ?? []).filter((audit) => audit.framework === framework);
  const today = model.now.toISOString().slice(0, 10);
  const issued = latest(audits.filter((audit) => audit.status === 'issued'));
  const pending =
    latest(audits.filter((audit) => audit.status === 'in-progress')) ??
    latest(audits.filter((a) => a.status === 'planned'));
  if (issued) {
    const report = issued.report ? model.index.evidence.get(issued.report) : undefined;
    const lapsed = report?.expires !== undefined && report.expires < today;
    if (!lapsed || !pending) {
      return {
        framework,
        state: lapsed ? 'expired' : 'issued',
        audit: issued,
        report,
        pointer: 'organization/audits',
      };
    }
  }
  if (pending) {
    const report = pending.report ? model.index.evidence.get(pending.report) : undefined;
    return {
      framework,
      state: pending.status === 'in-progress' ? 'in-progress' : 'planned',
      audit: pending,
      report,
      pointer: 'organization/audits',
    };
  }
  if (model.map.organization.frameworks?.includes(framework as never)) {
    return { framework, state: 'target', pointer: 'organization/frameworks' };
  }
  return { framework, state: 'none' };
}

/** "SOC 2 Type II", "ISO/IEC 42001 certification": how an audit is named in prose. */
export function auditName(
  framework: string,
  kind: AuditData['kind'] | undefined,
  names: Record<string, string>,
): string {
  const name = names[framework] ?? framework;
  if (kind === 'type-1') return `${name} Type I`;
  if (kind === 'type-2') return `${name} Type II`;
  if (kind === 'certification') return `${name} certification`;
  return name;
}

/** "(as of 2027-01-31, by Example LLP)", "(covering 2026-01-01 to 2026-06-30)": what an audit entry says of itself. */
export function auditDetails(audit: AuditData | undefined): string {
  if (!audit) return '';
  const parts = [
    audit.periodStart && audit.periodEnd
      ? `covering ${audit.periodStart} to ${audit.periodEnd}`
      : audit.periodEnd
        ? `as of ${audit.periodEnd}`
        : undefined,
    audit.auditor ? `by ${audit.auditor}` : undefined,
    audit.issued ? `issued ${audit.issued}` : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
