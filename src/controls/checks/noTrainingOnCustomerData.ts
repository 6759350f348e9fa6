import type { FlowData } from '../../map/index.js';
import { customersOwnPlace, type Model, named, onlyUnder } from '../../model/index.js';
import { type CheckModule, notApplicable } from '../check.js';
import { customerDataClasses, entersTraining, isTrainingSink } from '../dataClasses.js';
import { mapRef } from '../sources.js';
import { findTrainingPaths } from '../trainingPaths.js';
import type { CheckResult } from '../types.js';

const id = 'no-training-on-customer-data';
const controls = ['TM-DATA-01'];

function sinkIds(model: Model): string[] {
  const sinks = new Set<string>();
  for (const component of model.map.components) if (isTrainingSink(component)) sinks.add(component.id);
  for (const flow of model.map.flows) if (entersTraining(model, flow)) sinks.add(flow.to);
  return [...sinks];
}

/** No path takes customer data into training or fine-tuning unless a tenant opt-in gates it (an evaluation trains nothing). */
export const noTrainingOnCustomerData: CheckModule = {
  id,
  title: 'No training on customer data without opt-in',
  controls,
  severity: 'critical',
  run(model) {
    const sinks = sinkIds(model);
    if (sinks.length === 0) {
      return notApplicable(
        { id, controls, severity: 'critical' },
        model,
        'no training or fine-tuning sink in the map',
        'components',
      );
    }
    const leaks = findTrainingPaths(model);
    const leaking = new Set(leaks.map((leak) => leak.flow.to));
    const results: CheckResult[] = leaks.map((leak) => ({
      checkId: id,
      controls,
      status: 'fail',
      severity: 'critical',
      subject: { kind: 'flow', id: leak.flow.id },
      message: `customer data reaches training sink \`${leak.flow.to}\` with no tenant opt-in on the way: ${leak.flows
        .map((flow) => `${flow.from} →[${flow.id}: ${flow.dataClasses.join(', ')}] `)
        .join('')}${leak.flow.to}`,
      // Under the path's own conditions, said (chat-ui: an export an administrator must set up and run read as every
      // user's conversations reaching the Hub).
      plain: `customer data can reach ${named(model, leak.flow.to)}, used for model training, ${[
        ...new Set(
          leak.flows.flatMap((flow) => (flow.condition ? [onlyUnder([flow.condition.description])] : [])),
        ),
      ]
        .map((when) => `${when}, `)
        .join('')}without the customer's opt-in`,
      sources: leak.flows.map((flow) => mapRef(model, `flows/${flow.id}`)),
      remediation: `gate the path with a flow whose \`condition.kind\` is \`tenant-opt-in\`, or stop flow \`${leak.flow.id}\` from carrying customer data`,
      path: leak.path,
    }));
    const customer = customerDataClasses(model);
    for (const sink of sinks) {
      if (leaking.has(sink)) continue;
      const pointer = model.index.components.has(sink) ? `components/${sink}` : `subprocessors/${sink}`;
      const incoming = model.index.incoming.get(sink) ?? [];
      // Said as what it is: no flow brings it customer data, or every one that does is a tenant's opt-in (bisheng: a
      // fine-tuning server sent only the files an administrator uploads, "only through tenant opt-in").
      const carrying = incoming.filter((flow) =>
        flow.dataClasses.some((dataClass) => customer.has(dataClass)),
      );
      results.push({
        checkId: id,
        controls,
        status: 'pass',
        severity: 'critical',
        subject: { kind: model.index.components.has(sink) ? 'component' : 'subprocessor', id: sink },
        message:
          carrying.length === 0
            ? `no flow brings customer data to \`${sink}\`${incoming.length > 0 ? ` (it receives ${[...new Set(incoming.flatMap((flow) => flow.dataClasses))].join(', ')})` : ''}`
            : carrying.every(
                  (flow) => customersOwnPlace(model, flow.from) && customersOwnPlace(model, flow.to),
                )
              ? `customer data reaches \`${sink}\` only as each customer's own training, from parts it runs to an account of its own`
              : `customer data enters training at \`${sink}\` only through tenant opt-in${otherUse(model, carrying)}`,
        sources: [
          mapRef(model, pointer),
          ...(model.index.incoming.get(sink) ?? []).map((flow) => mapRef(model, `flows/${flow.id}`)),
        ],
      });
    }
    return results;
  },
};

/**
 * What else brings customer data to a training sink, not for training: said beside the pass, since the map says only
 * those flows do not train (open-interpreter: "customer data reaches `api` only through tenant opt-in", while every
 * prompt to its hosted model reached the same service by inference).
 */
function otherUse(model: Model, carrying: readonly FlowData[]) {
  const others = carrying.filter(
    (flow) => !entersTraining(model, flow) && flow.condition?.kind !== 'tenant-opt-in',
  );
  return others.length > 0
    ? `; it also receives customer data with no opt-in by ${others.map((flow) => `\`${flow.id}\``).join(', ')}, which the map does not say trains models`
    : '';
}
