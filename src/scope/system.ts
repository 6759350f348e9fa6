import { endpointsOf, findAiPaths, mapSource } from '../describe/index.js';
import type { Model } from '../model/index.js';
import type { CategoryId, SubprocessorAdvice, SystemComponentAdvice } from './types.js';

/**
 * The in-scope system: every component that holds customer data or sits on an AI inference, retrieval or
 * training path (all of them when Availability is covered), and each sub-processor with its audit treatment.
 */
export function recommendSystem(
  model: Model,
  included: ReadonlySet<CategoryId>,
): { components: SystemComponentAdvice[]; subprocessors: SubprocessorAdvice[] } {
  const paths = findAiPaths(model);
  const on = {
    'inference path': endpointsOf(paths.inference),
    'retrieval path': endpointsOf(paths.retrieval),
    'training path': endpointsOf(paths.training),
  };
  const customerData = new Set(
    model.map.dataClasses
      .filter((d) => d.tenantScoped || d.sensitivity === 'confidential' || d.sensitivity === 'restricted')
      .map((d) => d.id),
  );
  const components = model.map.components.map((component): SystemComponentAdvice => {
    const roles = Object.entries(on)
      .filter(([, ids]) => ids.has(component.id))
      .map(([role]) => role);
    const onPath = roles.length > 0;
    if (component.dataClasses.some((id) => customerData.has(id))) roles.push('customer data');
    const pathSources = onPath
      ? model.map.flows
          .filter((flow) => flow.from === component.id || flow.to === component.id)
          .map((flow) => mapSource(model, `flows/${flow.id}`))
      : [];
    const include = roles.length > 0 || included.has('availability');
    return {
      id: component.id,
      name: component.name ?? component.id,
      kind: component.kind,
      include,
      roles,
      reason:
        roles.length > 0
          ? `In scope: ${roles.join(', ')}.`
          : include
            ? 'In scope because the report covers Availability, and the service depends on it.'
            : 'Holds no customer data and is on no AI path; leave it out unless the service cannot run without it.',
      sources: [mapSource(model, `components/${component.id}`), ...pathSources],
    };
  });
  const subprocessors = model.map.subprocessors.map((vendor): SubprocessorAdvice => {
    const soc2Report = vendor.terms?.soc2Report;
    const report = soc2Report ? model.index.evidence.get(soc2Report) : undefined;
    const reason =
      vendor.auditTreatment === 'inclusive'
        ? `Inclusive: ${vendor.vendor}'s controls are described and tested in your audit, so they must agree to take part.`
        : report
          ? `Carve-out: ${vendor.vendor}'s own report (${report.title}) covers their controls; review it each year and list the controls you expect of them.`
          : `Carve-out, but no SOC 2 report of ${vendor.vendor} is recorded: obtain one (or another assurance report) before the audit, since the auditor will ask how you monitor them.`;
    return {
      id: vendor.id,
      vendor: vendor.vendor,
      treatment: vendor.auditTreatment,
      ...(soc2Report ? { soc2Report } : {}),
      reason,
      sources: [
        mapSource(model, `subprocessors/${vendor.id}/auditTreatment`),
        ...(soc2Report ? [mapSource(model, `subprocessors/${vendor.id}/terms/soc2Report`)] : []),
      ],
    };
  });
  return { components, subprocessors };
}
