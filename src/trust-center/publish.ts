import path from 'node:path';
import { type CheckResult, CONTROLS, ISO42001, runChecks, SOC2_CRITERIA } from '../controls/index.js';
import { type AssembleOptions, assembleModel, type Model } from '../model/index.js';
import { buildTrustCenter, type TrustCenterSite } from './build.js';
import type { ControlInfo } from './controlSummary.js';
import { renderTrainingLineage } from './lineage.js';
import { readPublishedSubprocessors, readTrustCenterInputs, writeTrustCenter } from './write.js';

export interface PublishOptions {
  /** Folder the site is written to (replaced as a whole). */
  out: string;
  allowUnverified?: boolean;
  baseUrl?: string;
  now?: Date;
  /** Passed to `assembleModel`: how to scan the code, or `false` to skip discovery. */
  discover?: AssembleOptions['discover'];
}

export interface PublishResult extends Omit<TrustCenterSite, 'files'> {
  /** Absolute path of the written `index.html`. */
  index: string;
  files: string[];
}

/**
 * The whole build at the I/O edge: assemble the model at `target`, run the checks, read the logo, public
 * documents and the previously published sub-processor list, build, and write the site atomically to `out`.
 * @example const { index } = await publishTrustCenter('examples/acme-ai', { out: 'site', allowUnverified: true });
 */
export async function publishTrustCenter(target: string, options: PublishOptions): Promise<PublishResult> {
  const model = await assembleModel(target, { now: options.now, discover: options.discover ?? false });
  return publishTrustCenterFor(model, runChecks(model).results, options);
}

/** Trustmap's controls with the SOC 2 and ISO/IEC 42001 criteria each supports, titled in our own words. */
export function controlCatalog(): ControlInfo[] {
  const soc2 = new Map(SOC2_CRITERIA.map((criterion) => [criterion.id, criterion.title]));
  const iso = new Map(ISO42001.map((item) => [item.id, item.title]));
  return CONTROLS.map((control) => ({
    id: control.id,
    title: control.title,
    criteria: [
      ...control.soc2.map((id) => ({ framework: 'SOC 2' as const, id, title: soc2.get(id) })),
      ...control.iso42001.map((id) => ({
        framework: 'ISO/IEC 42001' as const,
        id: /^\d+$/.test(id) ? `clause ${id}` : id,
        title: iso.get(id),
      })),
    ],
  }));
}

/**
 * Builds and writes the site for a model and check results the caller already has (the demo and a future
 * server assemble once and derive every output from the same run).
 */
export async function publishTrustCenterFor(
  model: Model,
  results: readonly CheckResult[],
  options: Omit<PublishOptions, 'now' | 'discover'>,
): Promise<PublishResult> {
  const [previous, inputs, lineageSvg] = await Promise.all([
    readPublishedSubprocessors(path.resolve(options.out)),
    readTrustCenterInputs(model),
    renderTrainingLineage(model),
  ]);
  const site = buildTrustCenter(model, [...results], {
    allowUnverified: options.allowUnverified,
    previous,
    logo: inputs.logo,
    documents: inputs.documents,
    controls: controlCatalog(),
    baseUrl: options.baseUrl,
    lineageSvg,
  });
  const index = await writeTrustCenter(options.out, site);
  return {
    index,
    files: Object.keys(site.files).sort(),
    claims: site.claims,
    unverified: site.unverified,
    warnings: [...inputs.warnings, ...site.warnings],
    omitted: site.omitted,
  };
}
