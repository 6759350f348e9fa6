import { isolationShortfall } from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import { isWritten } from '../map/index.js';
import {
  byDefault,
  commitmentStatements,
  componentLabel,
  customersClasses,
  type Model,
} from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionSection, Statement } from './types.js';
import { durationWords } from './words.js';

/** Principal service commitments (from `organization.commitments`) and system requirements (data policies). */
export function commitmentsSection(model: Model): DescriptionSection {
  const { organization, tenancy, dataClasses } = model.map;
  const name = organization.name;
  // Only the promises the map records (inbox-zero: "commits to protect the systems …", cited to the company's name,
  // with no such promise in the map); the rest is the company's to write from its contracts.
  const commitments: Statement[] = [];
  // The contracts' promises in the words every output uses (`commitmentStatements`).
  for (const statement of commitmentStatements(model, 'company'))
    commitments.push({
      text: statement.text,
      sources: statement.pointers.map((pointer) => mapSource(model, pointer)),
    });

  const requirements: Statement[] = [];
  // Only a policy the team wrote: the schema's default is Trustmap's reading, not a requirement of the company's
  // (OpenPipe: "Stores … separate customers in the datastore itself" stated of a map that set only a training default).
  if (tenancy && isWritten(model.map, 'tenancy/isolation')) {
    // A requirement the map itself shows unmet is said with where (firecrawl: "Stores … separate customers" beside
    // its own application logs declared shared).
    // Customer data counts where the map does not call it one customer's (farfalle, screenshot-to-code: prompts "with no
    // owner" in stores declared `shared`, beside "Stores … separate customers" with no word of it unmet).
    const scoped = customersClasses(model);
    const unmet = model.map.components.filter(
      (component) =>
        component.dataClasses.some((id) => scoped.has(id)) &&
        component.tenancy !== undefined &&
        isolationShortfall(component.kind, component.tenancy.model, tenancy.isolation) !== undefined,
    );
    requirements.push({
      text: `${
        tenancy.isolation === 'datastore-enforced'
          ? 'Stores that hold data of several customers separate customers in the datastore itself.'
          : 'Stores that hold data of several customers separate customers in the application or the datastore.'
      }${unmet.length > 0 ? ` Not yet met by ${joinList(unmet.map(componentLabel))}.` : ''}`,
      sources: [
        mapSource(model, 'tenancy/isolation'),
        ...unmet.map((component) => mapSource(model, `components/${component.id}/tenancy`)),
      ],
    });
  }
  for (const dataClass of dataClasses) {
    const parts: string[] = [];
    if (dataClass.sensitivity) parts.push(`classified ${dataClass.sensitivity}`);
    if (dataClass.retention)
      parts.push(`retention: ${byDefault(dataClass, durationWords(dataClass.retention))}`);
    if (dataClass.deletion?.sla)
      parts.push(
        dataClass.deletion.sla === 'zero'
          ? 'deleted immediately on request'
          : `deleted within ${durationWords(dataClass.deletion.sla)} of a request`,
      );
    if (parts.length === 0) continue;
    requirements.push({
      text: `${dataClass.name}: ${parts.join('; ')}.`,
      sources: [mapSource(model, `dataClasses/${dataClass.id}`)],
    });
  }
  const blocks: DescriptionSection['blocks'] = [
    { kind: 'heading', text: 'Service commitments', level: 3 },
    ...(commitments.length > 0 ? [{ kind: 'list' as const, items: commitments }] : []),
    {
      kind: 'placeholder',
      text: `Write the security${commitments.length > 0 ? ' and other' : ''} commitments ${name}'s customer agreements and terms make that the map does not record (protecting the system against unauthorised access, availability, confidentiality), and record those it can under \`organization.commitments\`.`,
    },
  ];
  if (requirements.length > 0)
    blocks.push(
      { kind: 'heading', text: 'System requirements', level: 3 },
      { kind: 'list', items: requirements },
    );
  return { id: 'commitments', title: 'Principal service commitments and system requirements', blocks };
}
