import { exampleDir } from '../../paths.js';
import type { ProbeResult } from '../../probes/index.js';
import { sealProbeResult } from '../../probes/index.js';
import { createToken, createUser } from '../admin/accounts.js';
import { addDays, dayOf } from '../history/window.js';
import { buildPushPayload } from '../push/buildPayload.js';
import type { PushPayload } from '../push/schema.js';
import { RunConflict, storeRun } from '../push/store.js';
import type { ServerDeps } from '../types.js';

/** What the demo seed made. */
export interface SeededDemo {
  org: string;
  email: string;
  /** Set only when the demo account was created now (shown once). */
  password?: string;
  /** A push token for `trustmap push` against the demo organisation (shown once). */
  token: string;
  runs: number;
  days: number;
}

export const DEMO_ORG = 'acme-ai-demo';
export const DEMO_EMAIL = 'demo@acme-ai.example';

/** Days before today when the example's current gaps first appear in the demo history. */
const GAPS_APPEAR = 24;
/** Days before today when the last sub-processor was added. */
const SUBPROCESSOR_ADDED = 41;

/**
 * One day of the demo story, derived from today's real run of the example: the gaps the example has on purpose
 * appear 24 days ago (passing before, messages marked as demo history), a sub-processor arrives 41 days ago,
 * CI did not run on a few days (no data), and a weekly isolation probe is re-dated to the day.
 */
export function demoDay(
  base: PushPayload,
  probe: ProbeResult | undefined,
  day: string,
  age: number,
): PushPayload {
  const results = base.checkRun.results.map((result) =>
    result.status === 'fail' && age > GAPS_APPEAR
      ? { ...result, status: 'pass' as const, message: `(demo history) not yet failing: ${result.message}` }
      : result,
  );
  const subprocessors = age > SUBPROCESSOR_ADDED ? base.subprocessors.slice(0, -1) : base.subprocessors;
  const collectedAt = `${day}T06:00:00.000Z`;
  const probes: PushPayload['probes'] = [];
  if (probe && age % 7 === 0) {
    const minutes = (at: string) => `${day}T${at.slice(11)}`;
    const { sha256: _sha, ...rest } = probe;
    const redated = sealProbeResult({
      ...rest,
      startedAt: minutes(probe.startedAt),
      finishedAt: minutes(probe.finishedAt),
    });
    probes.push({ ...(redated as unknown as PushPayload['probes'][number]), file: `demo/probe-${day}.json` });
  }
  return {
    ...base,
    runId: `demo-${day}`,
    collectedAt,
    effectiveDate: day,
    checkRun: { ...base.checkRun, generatedAt: collectedAt, results },
    subprocessors,
    probes,
  };
}

/**
 * Seeds 90 days of the bundled example's history into the organisation `acme-ai-demo` (every run flagged demo,
 * and the dashboard says so), an owner login and a push token. Safe to run again: stored days are kept.
 */
export async function seedDemo(deps: ServerDeps, options: { now: Date; days?: number }): Promise<SeededDemo> {
  const days = options.days ?? 90;
  const user = await createUser(deps.db, {
    email: DEMO_EMAIL,
    org: DEMO_ORG,
    role: 'owner',
    orgName: 'Acme AI (demo data)',
  });
  const token = await createToken(deps.db, {
    org: DEMO_ORG,
    name: `demo-${Date.now()}`,
    scopes: ['push', 'read'],
  });
  const base = await buildPushPayload(exampleDir(), {
    now: options.now,
    env: {},
    origin: { repo: 'acme-ai (demo)' },
  });
  const { probeExampleOnPglite } = await import('../../probes/index.js');
  const [probe] = await probeExampleOnPglite(exampleDir(), { now: () => options.now }).catch(() => []);
  const today = dayOf(options.now);
  let runs = 0;
  for (let age = days - 1; age >= 0; age--) {
    // CI did not run on these days: the history shows them as "no data".
    if (age % 13 === 5) continue;
    const day = addDays(today, -age);
    try {
      const receipt = await storeRun(deps, user.orgId, demoDay(base, probe, day, age), { demo: true });
      if (receipt.status === 'stored') runs++;
    } catch (error) {
      if (!(error instanceof RunConflict)) throw error;
    }
  }
  return {
    org: DEMO_ORG,
    email: DEMO_EMAIL,
    ...(user.password ? { password: user.password } : {}),
    token: token.token,
    runs,
    days,
  };
}
