import path from 'node:path';
import { type CheckRun, runChecks } from '../controls/index.js';
import { generateSigningKey } from '../core/signing.js';
import { computeDrift, type DriftItem, discover } from '../discover/index.js';
import type { DiscoveryReport } from '../discover/types.js';
import { ensureDir, writeFileAtomic } from '../io/index.js';
import { buildLineageGraph, renderMermaid, renderSvg } from '../lineage/index.js';
import { assembleModel, buildModel, type Model } from '../model/index.js';
import { signProbeResult, writeProbeResult } from '../probes/index.js';
import type { StoredProbeResult } from '../probes/types.js';
import { type PublishResult, publishTrustCenterFor } from '../trust-center/index.js';
import { probeExampleOnPglite } from './probeExample.js';

export interface DemoOptions {
  /** The example company's folder. */
  exampleDir: string;
  /** Where the demo writes its outputs (probe evidence, lineage, trust center). */
  out: string;
  now: Date;
  /** Called as each stage starts, for a progress line. */
  onStage?: (stage: string) => void;
}

export interface DemoResult {
  model: Model;
  discovery: DiscoveryReport;
  drift: DriftItem[];
  /** The live probes run on PGlite, one per component with a `probe.postgres` block. */
  probes: StoredProbeResult[];
  run: CheckRun;
  lineage: { svg: string; mermaid: string };
  trustCenter: PublishResult;
}

/**
 * Trustmap's main job on one company, end to end: discover the code, probe tenant isolation live (on PGlite,
 * built from the company's own migrations), check every control against the map, the findings and the fresh
 * probe evidence, draw the lineage, and build the trust center, all from one model.
 * @example const result = await runDemo({ exampleDir: exampleDir(), out: 'out/demo', now: new Date() });
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const { exampleDir, out, now } = options;
  const evidenceDir = path.join(out, 'evidence');
  await ensureDir(evidenceDir);

  options.onStage?.('discover');
  const assembled = await assembleModel(exampleDir, { now, discover: (roots) => discover(roots) });
  const discovery = assembled.discovery!;

  options.onStage?.('probe');
  const probes: StoredProbeResult[] = [];
  const probed = assembled.map.components.filter((c) => c.probe?.postgres).map((c) => c.id);
  // A key made for this run only: the demo's results are signed like real ones, and the map the checks read
  // trusts exactly this key (a real map lists its CI key under `trust.keys`).
  const key = generateSigningKey();
  for (const result of await probeExampleOnPglite(exampleDir, { components: probed, now: () => now })) {
    const file = await writeProbeResult(out, result, evidenceDir, key);
    probes.push({ file: path.relative(out, file), result: signProbeResult(result, key) });
  }
  const trust = {
    keys: [
      ...(assembled.map.trust?.keys ?? []),
      { id: key.keyId, publicKey: key.publicKeyBase64, owner: 'this demo run' },
    ],
  };
  // The live results replace the stored ones: what the demo shows was proven in this run.
  const model = buildModel(
    { ...assembled.map, trust },
    {
      discovery,
      probes,
      evidenceFiles: assembled.evidenceFiles,
      manifests: assembled.manifests,
      now,
    },
  );

  options.onStage?.('check');
  const run = runChecks(model);

  options.onStage?.('lineage');
  const graph = buildLineageGraph(model);
  const lineage = { svg: path.join(out, 'lineage.svg'), mermaid: path.join(out, 'lineage.mmd') };
  await writeFileAtomic(lineage.svg, await renderSvg(graph));
  await writeFileAtomic(lineage.mermaid, renderMermaid(graph));

  options.onStage?.('trust center');
  const trustCenter = await publishTrustCenterFor(model, run.results, {
    out: path.join(out, 'trust-center'),
    allowUnverified: true,
  });

  return { model, discovery, drift: computeDrift(model.map, discovery), probes, run, lineage, trustCenter };
}
