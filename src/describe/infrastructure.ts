import type { ComponentData } from '../map/index.js';
import { type Model, ourComponents, placeWords, speaksOfPeople } from '../model/index.js';
import { topicBlocks } from './manualEvidence.js';
import { mapSource } from './sources.js';
import type { DescriptionBlock, Statement } from './types.js';

const label = (component: ComponentData) => component.name ?? component.id;

/** One statement per distinct value, naming the components that share it. */
function grouped(
  model: Model,
  pick: (component: ComponentData) => string | undefined,
  key: string,
  sentence: (value: string, names: string) => string,
): Statement[] {
  const groups = new Map<string, ComponentData[]>();
  for (const component of ourComponents(model)) {
    const value = pick(component);
    if (value) groups.set(value, [...(groups.get(value) ?? []), component]);
  }
  return [...groups].map(([value, components]) => ({
    text: sentence(value, components.map(label).join(', ')),
    sources: components.map((component) => mapSource(model, `components/${component.id}/${key}`)),
  }));
}

/**
 * Infrastructure beyond the data stores: where the system runs and how traffic is protected, the identity
 * provider, CI and source control, and staff endpoints. Stated only from what components record; the rest is
 * marked for the company.
 */
export function infrastructureTopics(model: Model): DescriptionBlock[] {
  const regions = grouped(
    model,
    (component) => (component.region ? placeWords(component) : undefined),
    'region',
    (region, names) => `Runs in ${region}: ${names}.`,
  );
  const transit = grouped(
    model,
    (component) =>
      component.encryption?.inTransit?.enabled ? component.encryption.inTransit.mechanism : undefined,
    'encryption/inTransit',
    (mechanism, names) => `Traffic is encrypted (${mechanism}) for ${names}.`,
  );
  // Words that say only how the application reaches a part (a service key) are no identity provider of people: said
  // under network and hosting as the service's access, not "Access through The app connects with the Supabase
  // service-role key" under the identity provider, which stays for the company to name (ChatFiles).
  const identity = grouped(
    model,
    (component) =>
      component.accessControl && speaksOfPeople(component)
        ? `${component.accessControl.mechanism}${component.accessControl.mfa ? ', with multi-factor authentication' : ''}`
        : undefined,
    'accessControl',
    (mechanism, names) => `Access through ${mechanism}: ${names}.`,
  );
  const services = grouped(
    model,
    (component) =>
      component.accessControl && !speaksOfPeople(component) ? component.accessControl.mechanism : undefined,
    'accessControl',
    (mechanism, names) => `How our services reach ${names}: ${mechanism.trim().replace(/\.?$/, '.')}`,
  );
  const change = grouped(
    model,
    (component) => component.changeControl?.process,
    'changeControl',
    (process, names) => `Changes reach ${names} through ${process}.`,
  );
  return [
    ...topicBlocks(
      'Network and hosting',
      [...regions, ...transit, ...services],
      'Describe the network layout: accounts and virtual networks, what is reachable from the internet, firewalls or security groups, and how administrators reach production.',
    ),
    ...topicBlocks(
      'Identity provider',
      identity,
      'Name the identity provider for staff, how accounts are created and removed, and how multi-factor authentication is enforced.',
    ),
    ...topicBlocks(
      'Continuous integration and source control',
      change,
      'Name the source control and CI services, branch protection and review rules, and who can deploy to production.',
    ),
    ...topicBlocks(
      'Endpoints',
      [],
      'Describe staff laptops: how they are managed, disk encryption, screen lock, updates and malware protection.',
    ),
  ];
}
