import type { Model } from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionBlock, DescriptionSection } from './types.js';
import { humanize } from './words.js';

/** What the system includes (the map's components) and which sub-processors sit outside it. */
export function boundarySection(model: Model): DescriptionSection {
  const { components, subprocessors, organization } = model.map;
  const blocks: DescriptionBlock[] = [
    {
      kind: 'paragraph',
      statement: {
        text: `The system covered by this description consists of the ${components.length} components listed below and the people, procedures and data that support them.`,
        sources: components.map((component) => mapSource(model, `components/${component.id}`)),
      },
    },
    {
      kind: 'list',
      items: components.map((component) => ({
        text: `${component.name ?? component.id} (${humanize(component.kind)}${component.region ? `, ${component.region}` : ''})`,
        sources: [mapSource(model, `components/${component.id}`)],
      })),
    },
  ];
  const carvedOut = subprocessors.filter((s) => s.auditTreatment === 'carve-out');
  const included = subprocessors.filter((s) => s.auditTreatment === 'inclusive');
  if (carvedOut.length > 0)
    blocks.push({
      kind: 'paragraph',
      statement: {
        text: `Outside the boundary (carve-out method): ${carvedOut.map((s) => s.vendor).join(', ')}. Their controls are not described or tested here; ${organization.name} monitors them as subservice organisations.`,
        sources: carvedOut.map((s) => mapSource(model, `subprocessors/${s.id}/auditTreatment`)),
      },
    });
  if (included.length > 0)
    blocks.push({
      kind: 'paragraph',
      statement: {
        text: `Included in the boundary (inclusive method): ${included.map((s) => s.vendor).join(', ')}. Their relevant controls are described and tested as part of this system.`,
        sources: included.map((s) => mapSource(model, `subprocessors/${s.id}/auditTreatment`)),
      },
    });
  return { id: 'boundary', title: 'System boundary', blocks };
}
