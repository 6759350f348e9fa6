import type { ComponentData } from '../../map/index.js';
import type { Model } from '../../model/index.js';
import { evidenceRef, expired, findControls, findEvidence, joinList, mapRef } from './refs.js';
import type { Answer, AnswerBuilder, AnswerSource } from './types.js';

const label = (component: ComponentData) => component.name ?? component.id;

/**
 * An answer from a document on file (a policy, a plan, a test report), optionally with what the map's
 * `controls:` entries add. Undefined when no such document is in the map.
 */
function fromDocument(
  model: Model,
  pattern: RegExp,
  controlPattern: RegExp,
  lead: string,
): Answer | undefined {
  const documents = findEvidence(model, pattern);
  const controls = findControls(model, controlPattern).filter((entry) => entry.status === 'implemented');
  if (documents.length === 0 && controls.length === 0) return undefined;
  const sources: AnswerSource[] = [
    ...documents.map((entry) => evidenceRef(model, entry.id)),
    ...controls.map((entry) => mapRef(model, `controls/${entry.id}`)),
  ];
  const lapsed = documents.filter((entry) => expired(model, entry.id));
  const described = documents.map(
    (entry) =>
      `${entry.title}${entry.collected ? ` (dated ${entry.collected}${entry.expires ? `, next review by ${entry.expires}` : ''})` : ''}`,
  );
  const notes = controls.flatMap((entry) => entry.notes ?? []);
  return {
    yesNo: lapsed.length === 0 ? 'Yes' : 'Partially',
    text: `${lead}${described.length > 0 ? ` ${joinList(described)}.` : ''}${notes.length > 0 ? ` ${notes.join(' ')}` : ''}${documents.some((entry) => entry.visibility !== 'private') ? ' Available on request.' : ''}`,
    sources,
    review: lapsed.length > 0 ? `${joinList(lapsed.map((entry) => entry.title))} has expired` : undefined,
  };
}

/** The information security policy on file. */
export const securityPolicies: AnswerBuilder = ({ model }) =>
  fromDocument(
    model,
    /security[- ]polic/i,
    /^TM-SEC-01$/,
    'We maintain a documented information security program.',
  );

/** The incident response plan and the security contact. */
export const incidentResponse: AnswerBuilder = ({ model }) => {
  const answer = fromDocument(
    model,
    /incident/i,
    /^TM-SEC-02$/,
    'We have a documented incident response plan.',
  );
  if (!answer) return undefined;
  const contact = model.map.organization.contact;
  if (!contact) return answer;
  return {
    ...answer,
    text: `${answer.text} Report security issues to ${contact}.`,
    sources: [...answer.sources, mapRef(model, 'organization/contact')],
  };
};

/** The latest penetration test on file. */
export const vulnerabilityManagement: AnswerBuilder = ({ model }) =>
  fromDocument(model, /pentest|penetration|vulnerab/i, /^TM-SEC-03$/, 'Our systems are penetration tested.');

/** Personnel controls, only from the map's `controls:` section and evidence. */
export const personnelSecurity: AnswerBuilder = ({ model }) =>
  fromDocument(
    model,
    /background|screening|awareness|personnel/i,
    /^TM-SEC-04$/,
    'Personnel security controls are documented.',
  );

/** MFA on each component with access control. */
export const mfa: AnswerBuilder = ({ model }) => {
  const declared = model.map.components.filter((component) => component.accessControl?.mfa !== undefined);
  if (declared.length === 0) return undefined;
  const without = declared.filter((component) => !component.accessControl!.mfa);
  return {
    yesNo: without.length === 0 ? 'Yes' : 'Partially',
    text:
      without.length === 0
        ? `Multi-factor authentication is required for access to all ${declared.length} production components that declare access control.`
        : `Multi-factor authentication is required for ${declared.length - without.length} of ${declared.length} production components; not for ${joinList(without.map(label))}.`,
    sources: declared.map((component) => mapRef(model, `components/${component.id}/accessControl/mfa`)),
    review: without.length > 0 ? 'MFA is not required everywhere' : undefined,
  };
};

/** Access mechanisms and roles per component. */
export const accessControl: AnswerBuilder = ({ model }) => {
  const declared = model.map.components.filter((component) => component.accessControl);
  if (declared.length === 0) return undefined;
  const lines = declared.map(
    (component) =>
      `${label(component)}: ${component.accessControl!.mechanism}${component.accessControl!.roles?.length ? ` (roles ${component.accessControl!.roles.join(', ')})` : ''}`,
  );
  return {
    text: `Access to production data is restricted per component: ${lines.join('; ')}.`,
    sources: declared.map((component) => mapRef(model, `components/${component.id}/accessControl`)),
  };
};

/** Customer SSO, only from the map's `controls:` section. */
export const customerSso: AnswerBuilder = ({ model }) => {
  const entries = findControls(model, /sso|saml|single sign|scim/i).filter(
    (entry) => entry.status === 'implemented' && entry.notes,
  );
  if (entries.length === 0) return undefined;
  return {
    yesNo: 'Yes',
    text: entries.map((entry) => entry.notes!).join(' '),
    sources: entries.map((entry) => mapRef(model, `controls/${entry.id}`)),
  };
};

/** Logging and monitoring per component. */
export const loggingMonitoring: AnswerBuilder = ({ model }) => {
  const logged = model.map.components.filter((component) => component.logging?.enabled);
  const monitored = model.map.components.filter((component) => component.monitoring?.enabled);
  if (logged.length === 0 && monitored.length === 0) return undefined;
  const describe = (component: ComponentData, side: 'logging' | 'monitoring') => {
    const mechanism = component[side]?.mechanism;
    return `${label(component)}${mechanism ? ` (${mechanism})` : ''}`;
  };
  return {
    text: `Logging: ${joinList(logged.map((component) => describe(component, 'logging')))}. Monitoring and alerting: ${joinList(monitored.map((component) => describe(component, 'monitoring')))}.`,
    sources: [
      ...logged.map((component) => mapRef(model, `components/${component.id}/logging`)),
      ...monitored.map((component) => mapRef(model, `components/${component.id}/monitoring`)),
    ],
  };
};

/** Change control processes per component. */
export const changeManagement: AnswerBuilder = ({ model }) => {
  const controlled = model.map.components.filter((component) => component.changeControl);
  if (controlled.length === 0) return undefined;
  const processes = new Map<string, string[]>();
  for (const component of controlled) {
    const list = processes.get(component.changeControl!.process) ?? [];
    list.push(label(component));
    processes.set(component.changeControl!.process, list);
  }
  return {
    text: `Production changes go through change control: ${[...processes].map(([process, names]) => `${process} (${joinList(names)})`).join('; ')}.`,
    sources: controlled.map((component) => mapRef(model, `components/${component.id}/changeControl`)),
  };
};

/** Availability commitment, backups and any continuity plan on file. */
export const businessContinuity: AnswerBuilder = ({ model }) => {
  const sla = model.map.organization.commitments?.availabilitySla;
  const plans = findEvidence(model, /continuity|disaster|recovery plan/i);
  const backed = model.map.components.filter((component) => component.backups?.enabled);
  if (sla === undefined && plans.length === 0) return undefined;
  const sources: AnswerSource[] = plans.map((entry) => evidenceRef(model, entry.id));
  if (sla !== undefined) sources.push(mapRef(model, 'organization/commitments/availabilitySla'));
  sources.push(...backed.map((component) => mapRef(model, `components/${component.id}/backups`)));
  return {
    text: `${sla !== undefined ? `We commit to ${sla}% availability. ` : ''}${plans.length > 0 ? `${joinList(plans.map((entry) => entry.title))} on file. ` : ''}${backed.length > 0 ? `Backups are enabled for ${joinList(backed.map(label))}.` : ''}`.trim(),
    sources,
    review: plans.length === 0 ? 'no continuity or disaster recovery plan is in the map' : undefined,
  };
};
