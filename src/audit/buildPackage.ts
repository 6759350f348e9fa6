import type { FrameworkId } from '../controls/index.js';
import { canonicalJson } from '../core/canonicalJson.js';
import type { SourceRef } from '../core/contracts.js';
import { type SigningKey, signValue } from '../core/signing.js';
import { isConfirmed } from '../core/vocabulary.js';
import { describeSystem, renderDescriptionDocx, renderDescriptionMarkdown } from '../describe/index.js';
import type { Model } from '../model/index.js';
import { VERSION } from '../version.js';
import { controlMatrix } from './controlMatrix.js';
import { csvTable, populationCsv } from './csv.js';
import { descriptionHistory } from './descriptionHistory.js';
import {
  MANIFEST_FORMAT,
  MANIFEST_PATH,
  type ManifestBody,
  type ManifestFile,
  type PackageManifest,
  sha256Hex,
} from './manifest.js';
import { controlMatrixXlsx } from './matrixXlsx.js';
import { oscalAssessmentResults } from './oscal/assessmentResults.js';
import { oscalSsp } from './oscal/ssp.js';
import { checkResultsOf } from './payloads.js';
import { allPopulations } from './populations.js';
import { type AuditWindow, inChainOrder, inWindow, type LedgerRecord, ledgerRef } from './records.js';
import type { Sample } from './sampling.js';
import { deterministicZip, normalizeZip } from './zip.js';

/** What a package is built from. The server passes its ledger; the offline path a folder read into records. */
export interface AuditPackageInput {
  /** The system as mapped at the end of the window. */
  model: Model;
  /** The organisation's ledger entries (any order; those outside the window are used only as context). */
  records: readonly LedgerRecord[];
  window: AuditWindow;
  framework: FrameworkId;
  key: SigningKey;
  /** ISO time written into the manifest; fixed by callers that want identical bytes for the same input. */
  createdAt: string;
  /** Samples the auditor drew, stored with their seeds so they can be drawn again. */
  samples?: readonly Sample[];
}

export interface AuditPackage {
  bytes: Uint8Array;
  manifest: PackageManifest;
}

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

const refsOf = (sources: readonly SourceRef[]) => {
  const seen = new Map<number, { seq: number; hash: string }>();
  for (const source of sources)
    if (source.kind === 'ledger') seen.set(source.seq, { seq: source.seq, hash: source.hash });
  return [...seen.values()].sort((a, b) => a.seq - b.seq);
};

/**
 * Builds the audit package: one zip with the control matrix (XLSX), the system description (DOCX and Markdown),
 * the daily check history, probe evidence, the sub-processor register, the populations and samples, the ledger
 * entries of the window, and OSCAL JSON (system security plan and assessment results), under a manifest that
 * lists every file's SHA-256 and the ledger entries it rests on, signed with Ed25519.
 * @example const { bytes } = await buildAuditPackage({ model, records, window, framework: 'soc2', key, createdAt });
 */
export async function buildAuditPackage(input: AuditPackageInput): Promise<AuditPackage> {
  const { model, window, framework } = input;
  const records = inChainOrder(input.records);
  const inside = records.filter((record) => inWindow(record, window));
  const runs = inside.filter((record) => record.kind === 'check-run');
  const maps = records.filter(
    (record) => record.kind === 'map' && record.effectiveAt.slice(0, 10) <= window.end,
  );
  const lastMap = maps.at(-1);
  const files = new Map<string, { bytes: Uint8Array; ledger: { seq: number; hash: string }[] }>();
  const add = (path: string, bytes: Uint8Array, sources: readonly SourceRef[]) =>
    files.set(path, { bytes, ledger: refsOf(sources) });

  const rows = controlMatrix(model, records, window, framework);
  const organization = model.map.organization.name;
  add(
    'control-matrix.xlsx',
    normalizeZip(
      await controlMatrixXlsx(rows, { organization, framework, window, createdAt: input.createdAt }),
    ),
    runs.map(ledgerRef),
  );
  add(
    'check-history.csv',
    encoder.encode(
      csvTable(
        ['control', 'day', 'status', 'ledger entry', 'ledger hash'],
        rows.flatMap((row) =>
          row.history.days.map((day) => [
            row.control,
            day.day,
            day.status,
            day.source?.kind === 'ledger' ? String(day.source.seq) : '',
            day.source?.kind === 'ledger' ? day.source.hash : '',
          ]),
        ),
      ),
    ),
    runs.map(ledgerRef),
  );

  const history = descriptionHistory(records, window);
  const lastRun = runs.at(-1);
  const description = describeSystem(model, lastRun ? checkResultsOf(lastRun.payload) : [], history);
  const descriptionSources = [...(lastMap ? [ledgerRef(lastMap)] : []), ...history.sources];
  add('system-description.md', encoder.encode(renderDescriptionMarkdown(description)), descriptionSources);
  add('system-description.docx', normalizeZip(await renderDescriptionDocx(description)), descriptionSources);

  for (const record of inside.filter((entry) => entry.kind === 'probe'))
    add(`probe-evidence/${String(record.seq).padStart(6, '0')}.json`, json(record.payload), [
      ledgerRef(record),
    ]);

  add(
    'subprocessor-register.csv',
    encoder.encode(
      csvTable(
        [
          'id',
          'vendor',
          'service',
          'purpose',
          'data',
          'regions',
          'trains on data',
          'retention',
          'DPA',
          'audit treatment',
          'status',
        ],
        model.map.subprocessors.map((entry) => [
          entry.id,
          entry.vendor,
          entry.service,
          entry.purpose ?? '',
          entry.dataClasses.join(' '),
          (entry.regions ?? []).join(' '),
          entry.terms?.training ?? '',
          entry.terms?.retention ?? '',
          entry.terms?.dpa ?? '',
          entry.auditTreatment ?? '',
          isConfirmed(entry) ? 'confirmed' : 'proposed (not yet confirmed by the company)',
        ]),
      ),
    ),
    lastMap ? [ledgerRef(lastMap)] : [],
  );

  for (const population of allPopulations(records, window))
    add(
      `populations/${population.kind}.csv`,
      encoder.encode(populationCsv(population)),
      population.items.flatMap((item) => item.sources),
    );
  for (const [index, sample] of (input.samples ?? []).entries())
    add(`samples/${String(index + 1).padStart(3, '0')}-${sample.populationKind}.json`, json(sample), []);

  const context = { framework, window, createdAt: input.createdAt, version: window.end };
  add('oscal/system-security-plan.json', json(oscalSsp(model, rows, context)), runs.map(ledgerRef));
  add(
    'oscal/assessment-results.json',
    json(oscalAssessmentResults(model, rows, context)),
    runs.map(ledgerRef),
  );

  add(
    'ledger/entries.jsonl',
    encoder.encode(inside.map((record) => `${canonicalJson(record)}\n`).join('')),
    inside.map(ledgerRef),
  );

  const manifestFiles: ManifestFile[] = [...files.keys()].sort().map((path) => {
    const file = files.get(path) as { bytes: Uint8Array; ledger: { seq: number; hash: string }[] };
    return { path, sha256: sha256Hex(file.bytes), bytes: file.bytes.length, ledger: file.ledger };
  });
  const head = records.at(-1);
  const body: ManifestBody = {
    format: MANIFEST_FORMAT,
    organization,
    framework,
    window,
    createdAt: input.createdAt,
    generator: `trustmap ${VERSION}`,
    ...(head ? { ledgerHead: { seq: head.seq, hash: head.hash } } : {}),
    files: manifestFiles,
  };
  const manifest: PackageManifest = {
    ...body,
    publicKey: input.key.publicKeyBase64,
    signature: signValue(input.key, body),
  };
  const zipFiles: Record<string, Uint8Array> = { [MANIFEST_PATH]: json(manifest) };
  for (const [path, file] of files) zipFiles[path] = file.bytes;
  return { bytes: deterministicZip(zipFiles), manifest };
}
