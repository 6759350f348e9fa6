import type { Model } from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionSection, Statement } from './types.js';
import { durationWords } from './words.js';

/** Principal service commitments (from `organization.commitments`) and system requirements (data policies). */
export function commitmentsSection(model: Model): DescriptionSection {
  const { organization, tenancy, dataClasses } = model.map;
  const name = organization.name;
  const c = organization.commitments ?? {};
  const at = (key: string) => [mapSource(model, `organization/commitments/${key}`)];
  const commitments: Statement[] = [
    {
      text: `${name} commits to protect the systems that deliver its services against unauthorised access, use and change.`,
      sources: [mapSource(model, 'organization')],
    },
  ];
  if (c.confidentiality)
    commitments.push({
      text: `${name} commits to keep customer data confidential.`,
      sources: at('confidentiality'),
    });
  if (c.noSecondaryUse)
    commitments.push({
      text: `${name} commits to use customer data only to provide the services: never to sell or rent it, use it for advertising, or share it for anyone else's purposes.`,
      sources: at('noSecondaryUse'),
    });
  if (c.availabilitySla !== undefined)
    commitments.push({
      text: `${name} commits to an availability of ${c.availabilitySla}% for its services.`,
      sources: at('availabilitySla'),
    });
  if (c.privacy)
    commitments.push({
      text: `${name} processes personal data under data processing terms agreed with customers.`,
      sources: at('privacy'),
    });
  if (c.noTrainingOnCustomerData)
    commitments.push({
      text: `${name} commits not to train models on customer data${tenancy?.trainingDefault === 'opt-in' ? ' unless the customer opts in' : ''}.`,
      sources: tenancy
        ? [...at('noTrainingOnCustomerData'), mapSource(model, 'tenancy/trainingDefault')]
        : at('noTrainingOnCustomerData'),
    });
  if (c.deletionWithin)
    commitments.push({
      text: `${name} commits to delete a customer's data within ${durationWords(c.deletionWithin)} of termination or request.`,
      sources: at('deletionWithin'),
    });

  const requirements: Statement[] = [];
  if (tenancy) {
    requirements.push({
      text:
        tenancy.isolation === 'datastore-enforced'
          ? 'Stores that hold data of several customers separate customers in the datastore itself.'
          : 'Stores that hold data of several customers separate customers in the application or the datastore.',
      sources: [mapSource(model, 'tenancy/isolation')],
    });
  }
  for (const dataClass of dataClasses) {
    const parts: string[] = [];
    if (dataClass.sensitivity) parts.push(`classified ${dataClass.sensitivity}`);
    if (dataClass.retention) parts.push(`retention: ${durationWords(dataClass.retention)}`);
    if (dataClass.deletion?.sla)
      parts.push(`deleted within ${durationWords(dataClass.deletion.sla)} of a request`);
    if (parts.length === 0) continue;
    requirements.push({
      text: `${dataClass.name}: ${parts.join('; ')}.`,
      sources: [mapSource(model, `dataClasses/${dataClass.id}`)],
    });
  }
  const blocks: DescriptionSection['blocks'] = [
    { kind: 'heading', text: 'Service commitments', level: 3 },
    { kind: 'list', items: commitments },
  ];
  if (requirements.length > 0)
    blocks.push(
      { kind: 'heading', text: 'System requirements', level: 3 },
      { kind: 'list', items: requirements },
    );
  return { id: 'commitments', title: 'Principal service commitments and system requirements', blocks };
}
