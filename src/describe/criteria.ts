import { CONTROLS, SOC2_CRITERIA } from '../controls/index.js';
import { runByCustomer, underCustomersAccount } from '../core/vocabulary.js';
import type { SubprocessorData } from '../map/index.js';
import { chosenTreatment, customerRunPointer, type Model, runsAtCustomers } from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionBlock, DescriptionSection, Statement, TrustCategory } from './types.js';
import { humanize } from './words.js';

/** Categories in scope: security always, and those the map's commitments imply, unless the caller chose. */
export function categoriesInScope(model: Model, chosen?: readonly TrustCategory[]): TrustCategory[] {
  if (chosen && chosen.length > 0) return [...new Set<TrustCategory>(['security', ...chosen])];
  const commitments = model.map.organization.commitments;
  const categories: TrustCategory[] = ['security'];
  if (commitments?.availabilitySla) categories.push('availability');
  if (commitments?.confidentiality) categories.push('confidentiality');
  if (commitments?.privacy) categories.push('privacy');
  return categories;
}

/**
 * Who holds physical access when no component of ours runs on our own hardware: the carved-out vendors hosting our
 * components (by `cloud` or `subprocessor`), or each customer, where every component runs in its own environment
 * (pr-agent: a self-run product was said "cloud managed or vendor hosted", physical access the responsibility of the
 * nine vendors with no `provider`, matched to components with no `cloud`, all under the customers' own accounts).
 */
function physicalAccess(model: Model): {
  hosts: SubprocessorData[];
  customers: boolean;
  /** Every host's carve-out is chosen in the map, not the schema's default (pdftochat). */
  chosen: boolean;
} {
  const { components, subprocessors } = model.map;
  if (runsAtCustomers(model)) return { hosts: [], customers: true, chosen: true };
  const ours = components.filter((component) => !runByCustomer(component, subprocessors));
  const hosted =
    ours.length > 0 &&
    ours.every((component) => component.hosting !== 'self-hosted' && component.hosting !== undefined);
  if (!hosted) return { hosts: [], customers: false, chosen: true };
  const hosts = subprocessors.filter(
    (entry) =>
      entry.auditTreatment === 'carve-out' &&
      !underCustomersAccount(entry) &&
      ours.some(
        (component) =>
          component.subprocessor === entry.id ||
          (component.cloud !== undefined && component.cloud === (entry.provider ?? entry.id)),
      ),
  );
  return {
    hosts,
    customers: false,
    chosen: hosts.every((entry) => chosenTreatment(model, entry) === 'carve-out'),
  };
}

const physicalAccessNotOurs = (model: Model) => {
  const { hosts, customers } = physicalAccess(model);
  return customers || hosts.length > 0;
};

/** The criteria of the categories in scope, each with the Trustmap controls that address it. */
export function criteriaSection(model: Model, categories: readonly TrustCategory[]): DescriptionSection {
  const criteria = SOC2_CRITERIA.filter((criterion) => categories.includes(criterion.category));
  const uncovered = criteria.filter(
    (criterion) =>
      !CONTROLS.some((control) => control.soc2.includes(criterion.id)) &&
      !(criterion.id === 'CC6.4' && physicalAccessNotOurs(model)),
  );
  const blocks: DescriptionBlock[] = [
    {
      kind: 'paragraph',
      statement: {
        text: `The description covers the trust services criteria of these categories: ${categories.map(humanize).join(', ')}. Criteria are named by their id with a short title of our own.`,
        sources: [mapSource(model, 'organization/commitments')],
      },
    },
    {
      kind: 'table',
      table: {
        columns: ['Criterion', 'In short', 'Related controls'],
        rows: criteria.map((criterion) => {
          const related = CONTROLS.filter((control) => control.soc2.includes(criterion.id));
          return {
            cells: [
              criterion.id,
              criterion.title,
              related.length > 0
                ? related.map((control) => `${control.id} ${control.title}`).join('; ')
                : criterion.id === 'CC6.4' && physicalAccessNotOurs(model)
                  ? physicalAccess(model).chosen
                    ? 'not relevant: see the criteria not relevant to the system'
                    : 'not relevant if the hosts are carved out: see the criteria not relevant to the system'
                  : 'to be described by the company',
            ],
            // Applicability comes from the frameworks and commitments the company declares; controls it backs
            // with evidence in the map are cited too.
            sources: [
              // The framework list only where it names SOC 2 (OpenManus: every row citing `frameworks: []`).
              mapSource(
                model,
                criterion.category !== 'security'
                  ? 'organization/commitments'
                  : model.map.organization.frameworks?.includes('soc2')
                    ? 'organization/frameworks'
                    : 'organization',
              ),
              ...related
                .filter((control) => model.map.controls.some((entry) => entry.id === control.id))
                .map((control) => mapSource(model, `controls/${control.id}`)),
            ],
          };
        }),
      },
    },
  ];
  if (uncovered.length > 0)
    blocks.push({
      kind: 'placeholder',
      text: `Describe the controls that address ${uncovered.map((criterion) => criterion.id).join(', ')}; Trustmap's control set does not cover them.`,
    });
  return { id: 'criteria', title: 'Applicable trust services criteria and related controls', blocks };
}

/**
 * Criteria not relevant to the system, and why: categories left out of scope, and physical access (CC6.4)
 * when every component is hosted by a carved-out provider.
 */
export function criteriaNotRelevantSection(
  model: Model,
  categories: readonly TrustCategory[],
): DescriptionSection {
  const items: Statement[] = [];
  const all: TrustCategory[] = [
    'security',
    'availability',
    'confidentiality',
    'processing-integrity',
    'privacy',
  ];
  const commitments = model.map.organization.commitments;
  // Promises on the use of customer data are not a privacy commitment, and are not said to be absent (AIHawk: "the map
  // records no privacy commitment" beside its no-secondary-use promise, listed among the service commitments).
  const useLimits = [
    commitments?.noTrainingOnCustomerData ? 'no training on customer data' : undefined,
    commitments?.noSecondaryUse ? 'no use of customer data beyond the service' : undefined,
  ].filter((entry): entry is string => entry !== undefined);
  for (const category of all.filter((entry) => !categories.includes(entry)))
    items.push({
      text:
        category === 'privacy' && useLimits.length > 0
          ? `The privacy criteria are not included: the map records no privacy commitment to customers beyond its promises on the use of their data (${useLimits.join('; ')}), which the service commitments describe.`
          : `The ${humanize(category)} criteria are not included: the map records no ${humanize(category)} commitment to customers.`,
      sources: [mapSource(model, 'organization/commitments')],
    });
  const components = model.map.components;
  const { hosts, customers, chosen } = physicalAccess(model);
  if (customers)
    items.push({
      // Under a vendor's account the customer holds, the data centres are the vendor's (ai-pr-reviewer: GitHub's logs
      // and comments read as the customer's own to secure physically).
      text: components.every((component) => component.hosting === 'customer-hosted')
        ? `CC6.4 (physical access) is not relevant to controls ${model.map.organization.name} operates: every component runs in each customer's own environment, whose physical security is the customer's.`
        : `CC6.4 (physical access) is not relevant to controls ${model.map.organization.name} operates: every component runs in each customer's own environment, whose physical security is the customer's, or with a vendor under each customer's own account, whose data centres are that vendor's under its terms with the customer.`,
      sources: components.map((component) => mapSource(model, customerRunPointer(component))),
    });
  const hostNames = [...new Set(hosts.map((entry) => entry.vendor))].join(', ');
  // Of ours, where some parts are each customer's (plandex: "every component is cloud managed or vendor hosted", citing
  // its command-line tool on each user's machine).
  const ours = components.filter((component) => !runByCustomer(component, model.map.subprocessors));
  const every = ours.length < components.length ? 'every component of ours' : 'every component';
  if (hosts.length > 0)
    items.push({
      text: chosen
        ? `CC6.4 (physical access) is not relevant to controls ${model.map.organization.name} operates: ${every} is cloud managed or vendor hosted, and physical access to the data centres is the responsibility of ${hostNames}, carved out as subservice organisations.`
        : `CC6.4 (physical access) is not relevant to controls ${model.map.organization.name} operates if this report carves out ${hostNames}: ${every} is cloud managed or vendor hosted, and physical access to the data centres is their responsibility. How the report treats them is to be chosen.`,
      sources: [
        ...ours.map((component) => mapSource(model, `components/${component.id}/hosting`)),
        ...hosts.map((entry) =>
          mapSource(model, `subprocessors/${entry.id}${chosen ? '/auditTreatment' : ''}`),
        ),
      ],
    });
  const blocks: DescriptionBlock[] = items.length > 0 ? [{ kind: 'list', items }] : [];
  blocks.push({
    kind: 'placeholder',
    text: 'Confirm the list above and add any other criterion that does not apply, with the reason.',
  });
  return { id: 'criteria-not-relevant', title: 'Criteria not relevant to the system', blocks };
}
