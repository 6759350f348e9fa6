import { TrustmapError } from '../errors/index.js';
import type { Claim } from './claims.js';

/**
 * The site would state as fact something no passing check backs. Exit code 1: the input is valid, but the
 * facts do not support the claim (the same code as findings over a threshold).
 */
export class UnsupportedClaimsError extends TrustmapError {
  override name = 'UnsupportedClaimsError';
  override readonly exitCode = 1;
  override readonly hint =
    'fix what the checks report, or pass --allow-unverified to publish these marked "not yet verified"';
  constructor(readonly claims: readonly Claim[]) {
    super(
      `${claims.length} claim${claims.length === 1 ? ' is' : 's are'} not supported by a passing check:\n${claims
        .map((claim) => `  - [${claim.id}] ${claim.statement} (${claim.status}: ${claim.reason})`)
        .join('\n')}`,
    );
  }
}
