import { type Model, ourComponents } from '../model/index.js';
import { manualEvidence, topicBlocks } from './manualEvidence.js';
import { mapSource } from './sources.js';
import type { DescriptionBlock, Statement } from './types.js';

/** People: roles named in the map (owners and access roles), then hiring and training. */
export function peopleBlocks(model: Model): DescriptionBlock[] {
  const { headcount, name } = model.map.organization;
  const roles: Statement[] = [];
  if (headcount)
    roles.push({
      text: `${name} has ${headcount} people.`,
      sources: [mapSource(model, 'organization/headcount')],
    });
  const owners = new Map<string, string[]>();
  for (const component of ourComponents(model))
    if (component.owner) owners.set(component.owner, [...(owners.get(component.owner) ?? []), component.id]);
  for (const [owner, ids] of owners)
    roles.push({
      text: `The ${owner} team owns ${ids.map((id) => model.index.components.get(id)?.name ?? id).join(', ')}.`,
      sources: ids.map((id) => mapSource(model, `components/${id}/owner`)),
    });
  const accessRoles = new Map<string, string[]>();
  for (const component of ourComponents(model))
    for (const role of component.accessControl?.roles ?? [])
      accessRoles.set(role, [...(accessRoles.get(role) ?? []), component.id]);
  for (const [role, ids] of accessRoles)
    roles.push({
      text: `The ${role} role has access to ${ids.map((id) => model.index.components.get(id)?.name ?? id).join(', ')}.`,
      sources: ids.map((id) => mapSource(model, `components/${id}/accessControl`)),
    });
  for (const system of model.map.aiSystems)
    if (system.humanOversight)
      roles.push({
        text: `Human oversight of ${system.name}: ${system.humanOversight}`,
        sources: [mapSource(model, `aiSystems/${system.id}/humanOversight`)],
      });
  const unowned = ourComponents(model).filter((component) => !component.owner);
  if (unowned.length > 0)
    roles.push({
      text: `No owner is recorded for ${unowned.map((component) => component.name ?? component.id).join(', ')}.`,
      sources: unowned.map((component) => mapSource(model, `components/${component.id}`)),
    });
  return [
    ...topicBlocks(
      'Roles and responsibilities',
      [...roles, ...manualEvidence(model, 'TM-GOV-02')],
      'Describe the organisation chart: who leads security and engineering, who approves access and changes, and to whom they report.',
    ),
    ...topicBlocks(
      'Hiring and training',
      manualEvidence(model, 'TM-SEC-04'),
      'Describe background checks before hiring, security and AI-use training at hiring and each year, how completion is tracked, and how leavers lose access.',
    ),
  ];
}
