import { commitmentStatements, type Model } from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionSection, Statement } from './types.js';
import { durationWords } from './words.js';

/** Principal service commitments (from `organization.commitments`) and system requirements (data policies). */
export function commitmentsSection(model: Model): DescriptionSection {
  const { organization, tenancy, dataClasses } = model.map;
  const name = organization.name;
  const commitments: Statement[] = [
    {
      text: `${name} commits to protect the systems that deliver its services against unauthorised access, use and change.`,
      sources: [mapSource(model, 'organization')],
    },
  ];
  // The contracts' promises in the words every output uses (`commitmentStatements`).
  for (const statement of commitmentStatements(model, 'company'))
    commitments.push({
      text: statement.text,
      sources: statement.pointers.map((pointer) => mapSource(model, pointer)),
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
    { kind: 'list', items: commitments },
  ];
  if (requirements.length > 0)
    blocks.push(
      { kind: 'heading', text: 'System requirements', level: 3 },
      { kind: 'list', items: requirements },
    );
  return { id: 'commitments', title: 'Principal service commitments and system requirements', blocks };
}
