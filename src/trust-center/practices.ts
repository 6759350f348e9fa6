import type { SourceRef } from '../controls/types.js';
import { PROMPT_CATEGORIES } from '../core/vocabulary.js';
import type { ComponentData, DataClassData } from '../map/index.js';
import { durationDays } from '../map/index.js';
import { customerDataClasses, type Model, mapRef as mapSource, tenantScopedClasses } from '../model/index.js';
import type { StoredProbeResult } from '../probes/types.js';

export { mapRef as mapSource } from '../model/index.js';

export interface TrainingPractice {
  /** The tenancy policy, when the map states one. */
  trainingDefault?: 'opt-in' | 'opt-out';
  promisedNoTraining: boolean;
  /** Training data classes built only from tenants that opted in. */
  optInDatasets: DataClassData[];
  sources: SourceRef[];
}

export interface IsolationPractice {
  component: ComponentData;
  /** The latest probe of this component, if any. */
  probe?: StoredProbeResult;
}

export interface RetentionPractice {
  dataClass: DataClassData;
  /** The policy: how long this class may be kept. */
  retention: string;
  /** Every place the class lands, with what that place keeps in practice. */
  places: RetentionPlace[];
}

export interface RetentionPlace {
  id: string;
  name: string;
  /** What the place keeps, as written in the map (`retention` of a component, `terms.retention` of a vendor). */
  retention?: string;
  /** Keeps the class longer than its policy allows. */
  overPolicy: boolean;
  /** A hosting provider whose copy lives and dies with our own stores (`retention: until-deleted`). */
  hosting: boolean;
}

/** What the AI data practices page states, gathered from the model. */
export interface DataPractices {
  training: TrainingPractice;
  retention: RetentionPractice[];
  isolation: IsolationPractice[];
  deletionWithin?: string;
  deletion: DataClassData[];
}

function latestProbe(model: Model, componentId: string): StoredProbeResult | undefined {
  return model.probes
    .filter((stored) => stored.result.component === componentId)
    .sort((a, b) => b.result.finishedAt.localeCompare(a.result.finishedAt))[0];
}

/**
 * Gathers the AI data practices from the model: training stance and opt-in datasets, prompt and output
 * retention, how each store separates tenants (with its latest probe), and deletion promises.
 * @example const practices = dataPractices(model);
 */
export function dataPractices(model: Model): DataPractices {
  const { map } = model;
  const optInFlows = map.flows.filter((flow) => flow.condition?.kind === 'tenant-opt-in');
  const optInIds = new Set(optInFlows.flatMap((flow) => flow.dataClasses));
  const training: TrainingPractice = {
    trainingDefault: map.tenancy?.trainingDefault,
    promisedNoTraining: map.organization.commitments?.noTrainingOnCustomerData === true,
    optInDatasets: map.dataClasses.filter((entry) => optInIds.has(entry.id)),
    sources: [
      ...(map.tenancy ? [mapSource(model, 'tenancy/trainingDefault')] : []),
      ...(map.organization.commitments?.noTrainingOnCustomerData !== undefined
        ? [mapSource(model, 'organization/commitments/noTrainingOnCustomerData')]
        : []),
      ...optInFlows.map((flow) => mapSource(model, `flows/${flow.id}/condition`)),
    ],
  };
  const retention = map.dataClasses
    .filter((entry) => PROMPT_CATEGORIES.has(entry.category))
    .map((entry) => {
      const policy = entry.retention ?? 'indefinite';
      return { dataClass: entry, retention: policy, places: retentionPlaces(model, entry.id, policy) };
    });
  const tenantScoped = tenantScopedClasses(model);
  const isolation = map.components
    // Stateless components hold nothing between requests; isolation is a property of where data rests.
    .filter((component) => component.retention !== 'zero')
    .filter((component) => component.dataClasses.some((id) => tenantScoped.has(id)))
    .map((component) => ({ component, probe: latestProbe(model, component.id) }));
  const customer = customerDataClasses(model);
  return {
    training,
    retention,
    isolation,
    deletionWithin: map.organization.commitments?.deletionWithin,
    deletion: map.dataClasses.filter((entry) => customer.has(entry.id) || entry.tenantScoped),
  };
}

/**
 * Where a class lands (held by a component, or carried to a component or sub-processor by a flow) and what
 * each of those places keeps, so a page shows practice next to policy rather than the policy alone.
 */
function retentionPlaces(model: Model, dataClass: string, policy: string): RetentionPlace[] {
  const receivers = new Set(
    model.map.flows.filter((flow) => flow.dataClasses.includes(dataClass)).map((f) => f.to),
  );
  const places: RetentionPlace[] = [];
  const add = (id: string, name: string, retention: string | undefined, hosting = false) => {
    const kept = retention ?? 'indefinite';
    places.push({
      id,
      name,
      retention,
      hosting,
      overPolicy: !hosting && durationDays(kept) > durationDays(policy),
    });
  };
  for (const component of model.map.components)
    if (component.dataClasses.includes(dataClass) || receivers.has(component.id))
      add(component.id, component.name ?? component.id, component.retention);
  for (const vendor of model.map.subprocessors)
    if (vendor.dataClasses.includes(dataClass) || receivers.has(vendor.id))
      add(vendor.id, vendor.vendor, vendor.terms?.retention, vendor.terms?.retention === 'until-deleted');
  return places;
}

/** The longest of several retention periods, as written in the map. */
export function longestRetention(periods: readonly string[]): string | undefined {
  let longest: string | undefined;
  for (const period of periods)
    if (!longest || durationDays(period) > durationDays(longest)) longest = period;
  return longest;
}
