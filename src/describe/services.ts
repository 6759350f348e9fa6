import { type Model, placement, regionWords } from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionSection, Statement } from './types.js';

/** What the company offers: its own description, website and AI systems. */
export function servicesSection(model: Model): DescriptionSection {
  const { organization, aiSystems } = model.map;
  const intro: Statement[] = [
    {
      // "Described below" only where something is (postiz, WrenAI: followed by nothing).
      text: organization.description
        ? `${organization.name}: ${organization.description}`
        : aiSystems.length > 0
          ? `${organization.name} provides the services described below.`
          : `What ${organization.name} provides is not yet described (\`organization.description\` in the map).`,
      sources: [
        mapSource(model, organization.description ? 'organization/description' : 'organization/name'),
      ],
    },
  ];
  if (organization.website)
    intro.push({
      // Its website, not where the service is offered: a product each customer runs is offered nowhere of ours (openlit).
      text: `The company's website is ${organization.website}.`,
      sources: [mapSource(model, 'organization/website')],
    });
  // Where the system runs comes from its components, and only where every service and store of ours has a region
  // (`placement`; the infrastructure section says each part's); the organisation's own list is where it sells.
  const { placed: hosted, whole } = placement(model);
  const regions = [...new Set(hosted.map((component) => regionWords(component.region as string)))].sort();
  if (whole && regions.length > 0)
    intro.push({
      text: `The system runs in ${regions.length === 1 ? 'the region' : 'the regions'} ${regions.join(', ')}.`,
      sources: hosted.map((component) => mapSource(model, `components/${component.id}/region`)),
    });
  if (organization.regions?.length)
    intro.push({
      // The map's field is where the company operates or hosts data, not where its customers are (sec-insights: "serves
      // customers in: US" from the region its database runs in).
      text: `The company operates or hosts data in: ${organization.regions.map((region) => region.toUpperCase()).join(', ')}.`,
      sources: [mapSource(model, 'organization/regions')],
    });
  const blocks: DescriptionSection['blocks'] = intro.map((statement) => ({ kind: 'paragraph', statement }));
  if (aiSystems.length > 0) {
    blocks.push({ kind: 'heading', text: 'AI systems offered', level: 3 });
    blocks.push({
      kind: 'list',
      items: aiSystems.map((system) => ({
        text: `${system.name}: ${system.purpose}`,
        sources: [mapSource(model, `aiSystems/${system.id}`)],
      })),
    });
  }
  return { id: 'services', title: 'Services provided', blocks };
}
