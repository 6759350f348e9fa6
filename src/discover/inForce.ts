// Apart from drift.ts, which loads the provider catalog: the model and the checks read this on every run.
import { activeDismissals, dismisses, type SystemMapData } from '../map/index.js';
import type { Finding } from './types.js';

/**
 * The findings that count as the code's use of a provider: neither only mentioned (tests, docs, examples, comments,
 * optional or transitive dependencies) nor dismissed by a person on `now`, itself or every service it stands for. Drift, the checks and the trust center
 * read these, so "used by our service" means the same everywhere.
 * @example findingsInForce(map, report.findings, now).map((finding) => finding.provider)
 */
export function findingsInForce(
  map: Pick<SystemMapData, 'dismissals'> & {
    organization?: Pick<SystemMapData['organization'], 'name' | 'website'>;
  },
  findings: readonly Finding[],
  now: Date,
): Finding[] {
  const dismissed = activeDismissals(map, now);
  // A vendor's shared credentials found beside one of its services stand for that service (`covers`): with every
  // service it covers dismissed, it is dismissed with them (rag_api: dismissing Bedrock and Vertex brought Amazon Web
  // Services and Google Cloud back as vendors "used by our service but not yet on our sub-processor list").
  const gone = new Set(
    findings.filter((finding) => dismisses(dismissed, finding)).map((finding) => finding.provider),
  );
  return findings.filter(
    (finding) =>
      finding.status !== 'mentioned' &&
      !dismisses(dismissed, finding) &&
      !(finding.covers?.length && finding.covers.every((id) => gone.has(id))) &&
      !ownFinding(map, finding),
  );
}

type OwnOrganization = Pick<SystemMapData['organization'], 'name' | 'website'>;

/** A name in lower-case letters and digits only, to compare names however they are written ("Lang Fuse", "langfuse"). */
const squash = (name: string | undefined) => (name ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The registrable part of a host or URL (`www.getinboxzero.com` → `getinboxzero.com`), roughly: its last two labels. */
function domainOf(address: string | undefined): string | undefined {
  const host = address
    ?.replace(/^[a-z]+:\/\//i, '')
    .split(/[/:?#]/)[0]
    ?.toLowerCase();
  if (!host?.includes('.') || /^[\d.]+$/.test(host)) return undefined;
  return host.split('.').slice(-2).join('.');
}

/**
 * Whether a finding is the company's own: its own product found in its own code (Langfuse's repository reads
 * `LANGFUSE_` settings to trace itself), or an address on its own domain (inbox-zero's email templates link to
 * www.getinboxzero.com; skyvern's CLI checks its own cloud API, api.skyvern.com). Neither is a third party: drift
 * proposes neither, and no check says we send them data (skyvern's vendor-terms check failed on its own API).
 * @example ownFinding({ organization: { name: 'skyvern' } }, endpoint('api.skyvern.com')) // true
 */
export function ownFinding(map: { organization?: OwnOrganization }, finding: Finding): boolean {
  if (!map.organization) return false;
  const ownName = squash(map.organization.name);
  if (finding.kind === 'endpoint') {
    const domain = domainOf(finding.provider);
    return (
      domain !== undefined &&
      (domain === domainOf(map.organization.website) ||
        (ownName.length >= 4 && squash(domain.split('.')[0]!).includes(ownName)))
    );
  }
  return (
    ownName.length >= 4 &&
    [finding.vendor, finding.provider, finding.name.split(/[\s(]/)[0]].some(
      (name) => squash(name) === ownName,
    )
  );
}
