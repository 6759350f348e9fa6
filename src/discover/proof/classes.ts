import type { DiscoveryEvidence, FindingStatus, ProofClass } from '../types.js';

/** Every proof class, strongest first: the order evidence is sorted in. */
export const PROOF_CLASSES: readonly ProofClass[] = [
  'code',
  'infrastructure',
  'config',
  'lockfile-direct',
  'lockfile-transitive',
  'lockfile-optional',
  'test',
  'example',
  'data',
  'docs',
  'translation',
  'comment',
];

/** Proof classes that show a provider is used, not only mentioned. */
export const USE_PROOF_CLASSES: ReadonlySet<ProofClass> = new Set([
  'code',
  'config',
  'infrastructure',
  'lockfile-direct',
]);

const RANK = new Map(PROOF_CLASSES.map((proofClass, index) => [proofClass, index]));

/** Sort key of a proof class: 0 for the strongest. Evidence without a class counts as code. */
export function proofRank(evidence: Pick<DiscoveryEvidence, 'proofClass'>): number {
  return RANK.get(evidence.proofClass ?? 'code') ?? 0;
}

/**
 * `used` when any proof is code, config, infrastructure or a direct dependency; `mentioned` otherwise.
 * @example statusOf([{ proofClass: 'test' }]) // 'mentioned'
 */
export function statusOf(evidence: readonly Pick<DiscoveryEvidence, 'proofClass'>[]): FindingStatus {
  return evidence.some((item) => USE_PROOF_CLASSES.has(item.proofClass ?? 'code')) ? 'used' : 'mentioned';
}
