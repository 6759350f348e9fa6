import { CONTROLS, type FrameworkId } from '../../controls/index.js';
import { isConfirmed } from '../../core/vocabulary.js';
import { chosenTreatment, type Model } from '../../model/index.js';
import type { ControlMatrixRow } from '../controlMatrix.js';
import type { AuditWindow } from '../records.js';
import { OSCAL_VERSION, oscalControlId, oscalTime, uuidFor } from './ids.js';

/** Our mapping of the map's sensitivity to FIPS 199 impact (OSCAL's vocabulary); documented in docs/audit.md. */
const IMPACT: Record<string, string> = {
  restricted: 'fips-199-high',
  confidential: 'fips-199-moderate',
  internal: 'fips-199-low',
  public: 'fips-199-low',
};

const highest = (levels: string[]) =>
  levels.includes('fips-199-high')
    ? 'fips-199-high'
    : levels.includes('fips-199-moderate')
      ? 'fips-199-moderate'
      : 'fips-199-low';

export interface OscalContext {
  framework: FrameworkId;
  window: AuditWindow;
  createdAt: string;
  version: string;
}

/**
 * An OSCAL system security plan (JSON) from the model and the control matrix: the system, its information
 * types (data classes), its components and sub-processors, and for each criterion the Trustmap controls that
 * implement it. Proposed map entries are left out: OSCAL states facts.
 */
export function oscalSsp(model: Model, rows: readonly ControlMatrixRow[], context: OscalContext): object {
  const org = model.map.organization.name;
  const id = (...parts: string[]) => uuidFor(org, context.framework, context.window.end, ...parts);
  const dataClasses = model.map.dataClasses.filter(isConfirmed);
  const levels = dataClasses.map((entry) => IMPACT[entry.sensitivity ?? 'internal'] ?? 'fips-199-low');
  const level = highest(levels);
  const thisSystem = id('component', 'this-system');
  const profile = id('resource', 'criteria');
  const roles = [
    ...new Set(model.map.components.flatMap((component) => component.accessControl?.roles ?? [])),
  ].sort();
  const components = model.map.components.filter(isConfirmed).map((component) => ({
    uuid: id('component', component.id),
    type: 'service',
    title: component.name ?? component.id,
    description: [component.description, component.technology, component.kind.replace(/-/g, ' ')]
      .filter(Boolean)
      .join('; '),
    ...(component.region ? { props: [{ name: 'location', value: component.region }] } : {}),
    status: { state: 'operational' },
  }));
  const vendors = model.map.subprocessors.filter(isConfirmed).map((entry) => {
    // The schema's default is nobody's choice (`chosenTreatment`), as in the system description.
    const treatment = chosenTreatment(model, entry);
    return {
      uuid: id('subprocessor', entry.id),
      type: 'service',
      title: `${entry.vendor}: ${entry.service}`,
      description: `Sub-processor: ${entry.purpose ?? entry.service}.`,
      status: { state: 'operational' },
      remarks: treatment
        ? `Treated as ${treatment} in the audit.`
        : 'Its treatment in the audit (carve-out or inclusive) is not yet chosen.',
    };
  });
  const byCriterion = new Map<string, ControlMatrixRow[]>();
  for (const row of rows)
    for (const criterion of row.criteria)
      byCriterion.set(criterion, [...(byCriterion.get(criterion) ?? []), row]);
  const implemented = [...byCriterion.keys()].sort().map((criterion) => ({
    uuid: id('requirement', criterion),
    'control-id': oscalControlId(criterion),
    'by-components': (byCriterion.get(criterion) ?? []).map((row) => {
      const control = CONTROLS.find((entry) => entry.id === row.control);
      const failing = row.history.summary.failing > 0;
      return {
        'component-uuid': thisSystem,
        uuid: id('by-component', criterion, row.control),
        description: `${row.control}: ${row.title}. ${control?.description ?? ''}`.trim(),
        'implementation-status': {
          state: failing ? 'partial' : 'implemented',
          remarks: row.result,
        },
      };
    }),
  }));
  return {
    'system-security-plan': {
      uuid: id('ssp'),
      metadata: {
        title: `${org}: system security plan`,
        'last-modified': oscalTime(context.createdAt),
        version: context.version,
        'oscal-version': OSCAL_VERSION,
        remarks: `Written by Trustmap from the system map and the evidence ledger for ${context.window.start} to ${context.window.end}.`,
      },
      'import-profile': { href: `#${profile}` },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'https://ietf.org/rfc/rfc4122', id: id('system') }],
        'system-name': org,
        description: model.map.organization.description ?? `The system ${org} operates.`,
        'security-sensitivity-level': level,
        'system-information': {
          'information-types': dataClasses.map((entry) => {
            const impact = { base: IMPACT[entry.sensitivity ?? 'internal'] ?? 'fips-199-low' };
            return {
              uuid: id('information-type', entry.id),
              title: entry.name,
              description: entry.description ?? `${entry.name} (${entry.category.replace(/-/g, ' ')}).`,
              'confidentiality-impact': impact,
              'integrity-impact': impact,
              'availability-impact': impact,
            };
          }),
        },
        'security-impact-level': {
          'security-objective-confidentiality': level,
          'security-objective-integrity': level,
          'security-objective-availability': level,
        },
        status: { state: 'operational' },
        'authorization-boundary': {
          description: `The components and data flows listed in ${org}'s system map; sub-processors are outside the boundary (carved out).`,
        },
      },
      'system-implementation': {
        users: (roles.length > 0 ? roles : ['staff']).map((role) => ({
          uuid: id('user', role),
          title: role,
        })),
        components: [
          {
            uuid: thisSystem,
            type: 'this-system',
            title: org,
            description: 'The system as a whole.',
            status: { state: 'operational' },
          },
          ...components,
          ...vendors,
        ],
      },
      'control-implementation': {
        description: `How ${org} meets each ${context.framework === 'soc2' ? 'SOC 2 Trust Services Criterion' : 'ISO/IEC 42001 requirement'} that Trustmap's controls cover, with their result over the window.`,
        'implemented-requirements': implemented,
      },
      'back-matter': {
        resources: [
          {
            uuid: profile,
            title:
              context.framework === 'soc2'
                ? 'SOC 2 Trust Services Criteria (2017, points of focus revised 2022), by id'
                : 'ISO/IEC 42001:2023 clauses and Annex A controls, by id',
            description: 'Criteria are named by id only; the standards texts belong to their publishers.',
          },
        ],
      },
    },
  };
}
