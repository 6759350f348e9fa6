import type { Signature } from '../core/signing.js';

/**
 * Contract between probes (which write evidence files) and checks/reports (which read them).
 * Extend with new optional fields; do not rename or remove.
 */

export type ProbeVerdict = 'pass' | 'fail' | 'error';

export interface ProbeStep {
  name: string;
  verdict: ProbeVerdict;
  /** What happened, for a person; never a secret. */
  detail: string;
  /** Table, policy or role the step concerns, when there is one. */
  subject?: string;
}

/** The result of one probe run, as stored under `.trustmap/evidence/`. */
export interface ProbeResult {
  format: 'trustmap.probe/v1';
  kind: 'postgres' | 'http';
  /** Component of the map that was probed, when known. */
  component?: string;
  /** What was probed, without secrets (e.g. `postgres://app@db.internal:5432/acme`). */
  target: string;
  startedAt: string;
  finishedAt: string;
  trustmapVersion: string;
  verdict: ProbeVerdict;
  steps: ProbeStep[];
  /** Per-table verdicts for the Postgres probe. */
  tables?: { table: string; verdict: ProbeVerdict; reasons: string[] }[];
  /** SHA-256 of the canonical JSON of everything above: detects accidental damage, proves nothing. */
  sha256: string;
  /**
   * Ed25519 signature over the canonical JSON of everything else (sha256 included), by the key that ran the
   * probe. Only a signature by a key the map trusts (`trust.keys`) makes the result count as proof.
   */
  signature?: Signature;
}

/** A stored probe result and the file it was read from (relative to the map root). */
export interface StoredProbeResult {
  file: string;
  result: ProbeResult;
}
