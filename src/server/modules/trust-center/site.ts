import type { CheckResult } from '../../../controls/index.js';
import { findProvider } from '../../../discover/index.js';
import type { Finding } from '../../../discover/types.js';
import { SystemMapSchema } from '../../../map/index.js';
import { buildModel, type Model } from '../../../model/index.js';
import type { StoredProbeResult } from '../../../probes/types.js';
import {
  buildTrustCenter,
  controlCatalog,
  renderTrainingLineage,
  type SubprocessorChange,
  type TrustCenterSite,
} from '../../../trust-center/index.js';
import type { Tx } from '../../db/driver.js';
import { readEntries } from '../../db/ledgerStore.js';

/** The latest pushed run, rebuilt into the model the static build would have made from the same facts. */
export interface LatestRun {
  runPk: string;
  head: string;
  model: Model;
  results: CheckResult[];
}

interface RunContent {
  map?: { snapshot?: unknown };
  checkRun?: { results?: CheckResult[] };
  discovery?: { drift?: { kind: string; provider: string }[] };
  /** The run's evidence metadata (runs stored before 2026-12-02 kept each item as an `evidence` record). */
  evidence?: unknown[];
}

/** Findings for the providers drift says the map does not declare, from the discovery catalog's facts. */
function findingsFromDrift(drift: readonly { kind: string; provider: string }[]): Finding[] {
  const findings: Finding[] = [];
  for (const item of drift) {
    if (item.kind !== 'undeclared-subprocessor' && item.kind !== 'undeclared-component') continue;
    const entry = findProvider(item.provider);
    findings.push({
      id: item.provider,
      provider: item.provider,
      name: entry?.name ?? item.provider,
      category: entry?.category ?? 'llm-api',
      hosting: entry?.hosting ?? (item.kind === 'undeclared-subprocessor' ? 'vendor-hosted' : 'self-hosted'),
      confidence: 'high',
      evidence: [],
      ...(entry?.vendor ? { vendor: entry.vendor } : {}),
      ...(entry ? { ai: entry.ai } : {}),
      ...(entry?.receivesPrompts ? { receivesPrompts: true } : {}),
    });
  }
  return findings;
}

/**
 * Reads the organisation's latest run from the ledger (the run record with its evidence metadata, then its probe
 * records)
 * and rebuilds the model: the map snapshot validated again by the map's own schema, the probes, the evidence
 * facts, and the providers drift found undeclared. Undefined when nothing has been pushed, or the snapshot is
 * not a valid map.
 */
export async function latestRun(tx: Tx, now: Date): Promise<LatestRun | undefined> {
  const { rows } = await tx.query<{
    id: string;
    ledger_seq: number;
    summary: { lastSeq: number; head: string };
  }>(
    'SELECT id, ledger_seq, summary FROM runs WHERE demo = false ORDER BY collected_at DESC, received_at DESC LIMIT 1',
  );
  const run = rows[0];
  if (!run) return undefined;
  const entries = await readEntries(tx, 'WHERE seq BETWEEN $1 AND $2 ORDER BY seq', [
    run.ledger_seq,
    run.summary.lastSeq,
  ]);
  const content = (entries[0]?.record ?? {}) as RunContent;
  const parsed = SystemMapSchema.safeParse(content.map?.snapshot);
  if (!parsed.success) return undefined;
  const probes: StoredProbeResult[] = [];
  const evidenceFiles: Model['evidenceFiles'] = {};
  const addEvidence = (item: unknown) => {
    const record = (item ?? {}) as Record<string, unknown>;
    if (typeof record.id === 'string')
      evidenceFiles[record.id] = {
        exists: record.exists !== false,
        ...(typeof record.sha256 === 'string' ? { sha256: record.sha256 } : {}),
      };
  };
  if (Array.isArray(content.evidence)) content.evidence.forEach(addEvidence);
  for (const entry of entries.slice(1)) {
    const record = entry.record as Record<string, unknown>;
    if (entry.recordType === 'probe')
      probes.push({
        file: String(record.file ?? 'pushed probe'),
        result: record as unknown as StoredProbeResult['result'],
      });
    if (entry.recordType === 'evidence') addEvidence(record);
  }
  const findings = findingsFromDrift(content.discovery?.drift ?? []);
  const model = buildModel(
    { ...parsed.data, source: { root: '', files: [], locations: {} } },
    {
      now,
      probes,
      evidenceFiles,
      ...(findings.length > 0
        ? {
            discovery: {
              root: '',
              findings,
              facts: [],
              tables: [],
              skipped: [],
              stats: { files: 0, bytes: 0, durationMs: 0 },
            },
          }
        : {}),
    },
  );
  return { runPk: run.id, head: run.summary.head, model, results: content.checkRun?.results ?? [] };
}

/** Sub-processor changes recorded by pushes (each from a ledger-backed run), newest first, as the feed's history. */
export async function ledgerChanges(tx: Tx): Promise<SubprocessorChange[]> {
  const { rows } = await tx.query<{
    id: string;
    day: string;
    change: string;
    subprocessor: string;
    detail: string;
  }>(
    'SELECT id::text, day::text, change, subprocessor, detail FROM subprocessor_changes ORDER BY day DESC, id LIMIT 500',
  );
  return rows.map((row) => ({
    id: `urn:uuid:${row.id}`,
    date: row.day,
    kind: row.change === 'added' || row.change === 'removed' ? row.change : 'changed',
    subprocessor: row.subprocessor,
    name: row.subprocessor,
    summary: row.detail,
  }));
}

/**
 * Builds the site the static build would make, for the live server: the same pages from the same model and
 * check run, the change history from the ledger instead of a previous output folder, request forms instead of
 * "available on request", and the documents owners uploaded.
 */
export async function buildLiveSite(
  run: LatestRun,
  options: {
    changes: SubprocessorChange[];
    documents: Record<string, { name: string; bytes: Uint8Array }>;
    baseUrl?: string;
  },
): Promise<TrustCenterSite> {
  return buildTrustCenter(run.model, run.results, {
    allowUnverified: true,
    history: options.changes,
    documents: options.documents,
    controls: controlCatalog(),
    baseUrl: options.baseUrl,
    lineageSvg: await renderTrainingLineage(run.model),
    live: {
      requestHref: (id) => `request?documents=${encodeURIComponent(id)}`,
      subscribeHref: 'subscribe',
      footerLinks: [{ href: 'subscribe', label: 'Subscribe to changes by e-mail' }],
    },
  });
}
