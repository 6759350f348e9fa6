import { createHash } from 'node:crypto';
import type { CheckRun } from '../controls/runChecks.js';
import type { CheckResult, Severity, SourceRef } from '../controls/types.js';
import { controlTitle, inRoot } from './group.js';

export interface SarifOptions {
  toolVersion: string;
  /** Prefix (relative to the repository root, forward slashes) for code and probe files, which are relative to the map's folder. */
  mapRoot?: string;
  /** File to point at when a result has no located source (the map file). */
  fallbackFile?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
// GitHub code scanning ranks alerts by this CVSS-like score.
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

function uri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function physical(source: SourceRef, options: SarifOptions) {
  const at = (file: string, line: number, col?: number) => ({
    physicalLocation: {
      artifactLocation: { uri: uri(file), uriBaseId: '%SRCROOT%' },
      region: { startLine: Math.max(1, line), ...(col ? { startColumn: Math.max(1, col) } : {}) },
    },
  });
  switch (source.kind) {
    case 'map':
      return source.location
        ? {
            ...at(source.location.file.replace(/\\/g, '/'), source.location.line, source.location.col),
            message: { text: source.pointer },
          }
        : undefined;
    case 'code':
      return at(inRoot(options.mapRoot, source.file), source.line);
    case 'probe':
      return at(inRoot(options.mapRoot, source.file), 1);
    case 'evidence':
      return undefined;
  }
}

function fingerprint(result: CheckResult): string {
  return createHash('sha256')
    .update(`${result.checkId}\0${result.subject.kind}\0${result.subject.id}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per check, one result per failure, located in the map or the
 * code. Passing and informational results are left out.
 * @example await writeFileAtomic('trustmap.sarif', renderSarif(run, { toolVersion: VERSION }))
 */
export function renderSarif(run: CheckRun, options: SarifOptions): string {
  const ruleIndex = new Map(run.checks.map((check, index) => [check.id, index]));
  const rules = run.checks.map((check) => ({
    id: check.id,
    name: check.id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: check.title },
    fullDescription: {
      text: `${check.title}. Evidences ${check.controls.map((id) => `${id} (${controlTitle(id)})`).join(', ')}.`,
    },
    helpUri: 'https://github.com/trustmap/trustmap/blob/main/docs/checks.md',
    help: { text: `See docs/checks.md#${check.id}` },
    defaultConfiguration: { level: LEVEL[check.severity] },
    properties: {
      tags: ['compliance', ...check.controls],
      'security-severity': SECURITY_SEVERITY[check.severity],
    },
  }));
  const results = run.results
    .filter((result) => result.status === 'fail')
    .map((result) => {
      const located = result.sources
        .map((source) => physical(source, options))
        .filter((entry) => entry !== undefined);
      const locations =
        located.length > 0
          ? located
          : options.fallbackFile
            ? [physical({ kind: 'code', file: options.fallbackFile, line: 1 }, { toolVersion: '' })]
            : [];
      const also = (result.reasons ?? []).map((reason) => ` Also: ${reason}.`).join('');
      const text = `${result.message}.${also}${result.remediation ? ` Fix: ${result.remediation}` : ''}`;
      return {
        ruleId: result.checkId,
        ...(ruleIndex.has(result.checkId) ? { ruleIndex: ruleIndex.get(result.checkId) } : {}),
        level: LEVEL[result.severity],
        message: { text },
        locations: locations.slice(0, 1),
        ...(locations.length > 1
          ? { relatedLocations: locations.slice(1, 10).map((entry, id) => ({ id, ...entry })) }
          : {}),
        partialFingerprints: { 'trustmapSubject/v1': fingerprint(result) },
        properties: {
          severity: result.severity,
          'security-severity': SECURITY_SEVERITY[result.severity],
          controls: result.controls,
          subject: result.subject,
          ...(result.path ? { path: result.path } : {}),
        },
      };
    });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'trustmap',
            version: options.toolVersion,
            informationUri: 'https://github.com/trustmap/trustmap',
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, endTimeUtc: run.generatedAt }],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
