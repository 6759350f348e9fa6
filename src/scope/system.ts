import { reachedAnonymously, runByCustomer, underCustomersAccount } from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import { endpointsOf, findAiPaths, mapSource } from '../describe/index.js';
import {
  componentLabel,
  customerDataAt,
  customerRunPointer,
  type Model,
  REACHED_ANONYMOUSLY,
  tenantScopedClasses,
  vendorLabel,
} from '../model/index.js';
import type {
  CategoryId,
  CustomerAccountAdvice,
  SubprocessorAdvice,
  SystemComponentAdvice,
} from './types.js';

/**
 * The in-scope system: every component of ours that holds or handles customer data or sits on an AI inference,
 * retrieval or training path (all of ours when Availability is covered), and each sub-processor with its audit
 * treatment. The boundary is the description's: a part each customer runs, or a vendor runs under each customer's own
 * account (`runByCustomer`), is outside it, and so is a vendor reached only with each customer's own account.
 */
export function recommendSystem(
  model: Model,
  included: ReadonlySet<CategoryId>,
): {
  components: SystemComponentAdvice[];
  subprocessors: SubprocessorAdvice[];
  customerAccounts: CustomerAccountAdvice[];
  note?: string;
} {
  const paths = findAiPaths(model);
  const on = {
    'inference path': endpointsOf(paths.inference),
    'retrieval path': endpointsOf(paths.retrieval),
    'training path': endpointsOf(paths.training),
  };
  // Customer data is the shared reading (`customerDataAt`: what the component holds, and what flows bring it or take
  // from it), with each customer's own classes (search_with_lepton: its KV, holding every answer for good, was left
  // out because its answers were not tenant-scoped, while the check said it keeps customer data).
  const tenantScoped = tenantScopedClasses(model);
  const confidential = new Set(
    model.map.dataClasses
      .filter((d) => d.sensitivity === 'confidential' || d.sensitivity === 'restricted')
      .map((d) => d.id),
  );
  const handled = (component: (typeof model.map.components)[number]) => [
    ...component.dataClasses,
    ...[
      ...(model.index.incoming.get(component.id) ?? []),
      ...(model.index.outgoing.get(component.id) ?? []),
    ].flatMap((flow) => flow.dataClasses),
  ];
  const components = model.map.components.map((component): SystemComponentAdvice => {
    const base = { id: component.id, name: component.name ?? component.id, kind: component.kind };
    // Outside the boundary the description draws (zep: every part each customer runs was "in" scope here and
    // "outside the boundary, run by each customer" in the description).
    if (runByCustomer(component, model.map.subprocessors)) {
      const hosted = component.hosting === 'customer-hosted';
      return {
        ...base,
        include: false,
        roles: [],
        outside: hosted ? 'run by each customer' : "run under each customer's own account",
        reason: hosted
          ? 'Run by each customer, outside the system described: theirs to run and secure, not for your auditor to test.'
          : "Run by a vendor under each customer's own account, outside the system described: the customer holds that account and secures it.",
        sources: [mapSource(model, customerRunPointer(component))],
      };
    }
    const roles = Object.entries(on)
      .filter(([, ids]) => ids.has(component.id))
      .map(([role]) => role);
    const onPath = roles.length > 0;
    const classes = handled(component);
    if (customerDataAt(model, component).length > 0 || classes.some((id) => tenantScoped.has(id)))
      roles.push('customer data');
    else if (classes.some((id) => confidential.has(id))) roles.push('confidential data');
    const pathSources = onPath
      ? model.map.flows
          .filter((flow) => flow.from === component.id || flow.to === component.id)
          .map((flow) => mapSource(model, `flows/${flow.id}`))
      : [];
    const include = roles.length > 0 || included.has('availability');
    return {
      ...base,
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
  // A vendor reached only with each customer's own account is no sub-processor of ours: no carve-out and no report of
  // it to obtain (zep: OpenAI, Anthropic and Google, reached only with each customer's key, were carved out with "obtain
  // one before the audit" while the trust center said they are not our sub-processors).
  const customerAccounts = model.map.subprocessors.filter(underCustomersAccount).map(
    (vendor): CustomerAccountAdvice => ({
      id: vendor.id,
      // By its service where the company is in the map twice (langwatch: "not ours Amazon Web Services" of Bedrock,
      // beside the carved-out AWS Lambda that runs the service).
      vendor: vendorLabel(model, vendor),
      ...(reachedAnonymously(vendor) ? { anonymous: true as const } : {}),
      reason: `${reachedAnonymously(vendor) ? REACHED_ANONYMOUSLY.replace(/^./, (first) => first.toUpperCase()) : "Reached only with each customer's own account"}: not a sub-processor of ${model.map.organization.name}, so the report neither carves it out nor includes it, and no report of it is needed.`,
      sources: [mapSource(model, `subprocessors/${vendor.id}/account`)],
    }),
  );
  const ours = model.map.subprocessors.filter((vendor) => !underCustomersAccount(vendor));
  const subprocessors = ours.map((entry): SubprocessorAdvice => {
    // Named by its service where another sub-processor has the same vendor (storm: "carve-out Microsoft" three times).
    const vendor = { ...entry, vendor: vendorLabel(model, entry) };
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
  // Nothing of the product runs as a service of ours (mattermost-ai, SillyTavern: a Type I date "as of" next month over
  // a table of parts all "out"): the report would be about how the product is built and shipped, which no map part says.
  const none =
    components.length > 0 && components.every((component) => component.outside === 'run by each customer');
  // How the product is built and released, where the map records it on its parts (shell_gpt: its pull requests, CI
  // checks and trusted publishing, under `changeControl`, beside "which the map does not describe").
  const released = model.map.components.filter((component) => component.changeControl);
  const how =
    released.length > 0
      ? `, which the map records for ${joinList(released.map(componentLabel))} (\`changeControl\`); say how support reaches customers' installations, if it does`
      : ', which the map does not describe';
  // Nothing in scope though some parts are ours (opencopilot: its usage-log endpoint, the one part it runs, "out" with
  // its class not tenant-scoped, beside "ready to start" a Type I of an empty system).
  const empty = !none && components.length > 0 && components.every((component) => !component.include);
  return {
    components,
    subprocessors,
    customerAccounts,
    ...(empty
      ? {
          note: `No component is in scope: none of the parts ${model.map.organization.name} runs holds customer data or is on an AI path, by the map. A SOC 2 report describes a system that serves customers: say in the map what customer data your parts receive (\`dataClasses\`, \`tenantScoped\`), or that you run no hosted service, before you plan an audit.`,
        }
      : {}),
    ...(none
      ? {
          note: `No part of the product runs as a service of ${model.map.organization.name}: every component runs in each customer's own environment. A SOC 2 report would cover how you build, release and support the product (code changes, releases, any access to customers' installations)${how}; if you also run a hosted edition, describe it in the map.`,
        }
      : {}),
  };
}
