import { declaringComponents, declaringSubprocessor } from '../../core/declared.js';
import { type DriftItem, computeDrift as discoverDrift } from '../../discover/drift.js';
import type { DiscoveryReport } from '../../discover/types.js';
import { activeDismissals, dismisses, type SystemMap } from '../../map/index.js';
import { codeScanned } from '../../model/index.js';
import { type CheckModule, notApplicable } from '../check.js';
import { codeRef, mapRef } from '../sources.js';
import type { CheckResult } from '../types.js';

const id = 'discovery-drift';
const controls = ['TM-MAP-01'];
/** Drift on how a store separates tenants: the isolation control's too. */
const TENANCY_ITEMS = new Set(['vector-store-without-tenancy', 'tenancy-differs-from-migrations']);

export type ComputeDrift = (map: SystemMap, report: DiscoveryReport, options?: { now?: Date }) => DriftItem[];

/** Pointers of the map entries that declare what discovery found in use. */
function declaringPointers(map: SystemMap, report: DiscoveryReport): string[] {
  const pointers = new Set<string>();
  for (const finding of report.findings) {
    if (finding.status === 'mentioned') continue;
    const vendor = declaringSubprocessor(map.subprocessors, finding);
    if (vendor) pointers.add(`subprocessors/${vendor.id}`);
    for (const component of declaringComponents(map.components, finding))
      pointers.add(`components/${component.id}`);
  }
  return [...pointers];
}

/**
 * Builds the drift check around a drift function.
 * @example const check = createDiscoveryDriftCheck(computeDrift);
 */
export function createDiscoveryDriftCheck(computeDrift: ComputeDrift = discoverDrift): CheckModule {
  return {
    id,
    title: 'Discovery drift',
    controls,
    severity: 'high',
    run(model) {
      const report = model.discovery;
      if (!report) {
        return notApplicable(
          { id, controls, severity: 'high' },
          model,
          'discovery did not run (--no-discover), so the map was not compared with the code',
          'organization',
        ).map((result) => ({ ...result, notRun: true as const }));
      }
      if (!codeScanned(model)) {
        // Code linked in from outside the folder is never read (the reader stays inside the project): say so, as
        // something to fix, rather than "the folder holds no code" (three reviewers symlinked an app's code beside
        // its map and read that drift did not apply).
        const linked = report.skipped.filter((file) => /symlink/.test(file.reason)).map((file) => file.file);
        if (linked.length > 0)
          return [
            {
              ...notApplicable({ id, controls, severity: 'high' }, model, '', 'organization')[0]!,
              status: 'needs-evidence',
              severity: 'info',
              message: `discovery read no file under ${report.root}: ${linked.length} symbolic link${linked.length === 1 ? '' : 's'} to outside it ${linked.length === 1 ? 'was' : 'were'} not followed (${linked.slice(0, 5).join(', ')}${linked.length > 5 ? ', …' : ''}), so the map was not compared with the code`,
              remediation:
                'keep trustmap.yaml in the repository itself, or copy the code into the folder: Trustmap reads no file outside the folder it checks',
            },
          ];
        // Not compared is not run: a trust center built from a folder holding only the map published "The system map
        // matches the code: Not applicable" (langflow, deepwiki-open reviews).
        return notApplicable(
          { id, controls, severity: 'high' },
          model,
          `discovery read no file under ${report.root} (the folder holds no code, or only the map), so the map was not compared with the code`,
          'organization',
        ).map((result) => ({ ...result, notRun: true as const }));
      }
      const items = computeDrift(model.map, report, { now: model.now });
      const results = items.map(
        (item): CheckResult => ({
          checkId: id,
          controls: TENANCY_ITEMS.has(item.kind) ? ['TM-MAP-01', 'TM-TEN-01'] : controls,
          status: item.severity === 'info' ? 'needs-evidence' : 'fail',
          severity: item.severity,
          subject: { kind: 'finding', id: item.provider },
          // A declared tenancy the migrations contradict is no undeclared vendor (chatgpt-your-files, morphic).
          ...(item.severity === 'info' || item.kind === 'tenancy-differs-from-migrations'
            ? {}
            : { cause: `undeclared:${item.provider}` }),
          // What is missing, by name, so an answer about vendors says an undeclared vendor and not a store's tenancy
          // (LibreChat: every provider answer ended with how Azure AI Search separates customers' data).
          ...(TENANCY_ITEMS.has(item.kind)
            ? { lacks: ['tenancy'] }
            : item.kind === 'undeclared-subprocessor'
              ? { lacks: ['declaration'] }
              : {}),
          message: item.message,
          ...(item.plain ? { plain: item.plain } : {}),
          sources: [...item.evidence.map(codeRef), ...(item.pointer ? [mapRef(model, item.pointer)] : [])],
          remediation:
            item.fix ??
            (item.severity === 'info'
              ? 'confirm the map entry, or remove it if the service is no longer used'
              : item.kind === 'tenancy-differs-from-migrations'
                ? `make the component's \`tenancy\` say what its migrations enforce, or enable row-level security with a policy keyed to the user or tenant on every table holding user data`
                : item.kind === 'undeclared-subprocessor'
                  ? `declare \`${item.provider}\` as a sub-processor (a component of yours it runs names it with \`subprocessor:\`), or as a component with \`hosting: self-hosted\` if you run it yourself; or remove it from the code`
                  : // Declared already, its tenancy is what is missing (Dataherald: "declare `astra-db` in the map" of a
                    // store its map had, with no `tenancy`).
                    item.kind === 'vector-store-without-tenancy' && item.pointer
                    ? `say how \`${item.pointer.split('/')[1]}\` separates customers: add \`tenancy: { model: ..., mechanism: ... }\``
                    : `declare \`${item.provider}\` in the map (sub-processor or component), or remove it from the code`),
        }),
      );
      // Active dismissals are listed, so a reviewer sees what is kept out of drift and until when.
      for (const dismissal of activeDismissals(model.map, model.now).values()) {
        results.push({
          checkId: id,
          controls,
          status: 'not-applicable',
          severity: 'info',
          subject: { kind: 'finding', id: dismissal.id },
          message: `${dismissal.id} is dismissed: ${dismissal.reason}${dismissal.expires ? ` (until ${dismissal.expires})` : ''}`,
          sources: [mapRef(model, 'dismissals')],
        });
      }
      if (results.every((result) => result.status !== 'fail')) {
        // Counted as they stand, so a pass with half the vendors dismissed does not read as all declared (mem0:
        // "every provider found in the code (77) is declared" with 50 dismissed), and said of what discovery
        // recognises: a host its catalog does not know is not judged (TaskingAI's 26 plugin APIs).
        const dismissed = activeDismissals(model.map, model.now);
        const used = report.findings.filter((finding) => finding.status !== 'mentioned');
        const out = used.filter((finding) => dismisses(dismissed, finding)).length;
        const mentioned = report.findings.length - used.length;
        const counts = [
          `${used.length - out} declared`,
          ...(out > 0 ? [`${out} dismissed`] : []),
          ...(mentioned > 0 ? [`${mentioned} only mentioned`] : []),
        ].join(', ');
        results.unshift({
          checkId: id,
          controls,
          status: 'pass',
          severity: 'high',
          subject: { kind: 'organization', id: 'organization' },
          // What it covers, said: a service outside the catalog is not recognised (midday's banking aggregators,
          // firecrawl's RunPod: "every provider … declared" read as every third party).
          message: `every provider discovery recognises in the code is declared in the map or dismissed (${counts}); a service outside Trustmap's catalog is not recognised, so list those the code calls by hand`,
          // The entries that declare them are cited, so a pass that rests on proposed entries is held back.
          sources: [
            mapRef(model, 'organization'),
            ...declaringPointers(model.map, report).map((pointer) => mapRef(model, pointer)),
          ],
        });
      }
      return results;
    },
  };
}
