import { runByCustomer } from '../../core/vocabulary.js';
import { joinList } from '../../core/words.js';
import { findProvider } from '../../discover/catalog/index.js';
import { type ComponentData, keepsNothing } from '../../map/index.js';
import { componentLabel } from '../../model/index.js';
import { type CheckModule, notApplicable, whyTheirs } from '../check.js';
import { mapRef } from '../sources.js';
import type { CheckResult } from '../types.js';

const id = 'ai-infrastructure-baseline';
const controls = ['TM-INF-01', 'TM-INF-02', 'TM-INF-03', 'TM-INF-04'];

/** Component kinds that make up the AI infrastructure. */
export const AI_INFRASTRUCTURE_KINDS: ReadonlySet<string> = new Set([
  'inference-endpoint',
  'vector-store',
  'embedding-index',
  'model',
  'hosted-model-layer',
  'gpu-cluster',
]);

/**
 * Each safeguard, how to tell it is declared (on), whether the map records it at all (a switched-off one is
 * recorded), and the map key to add.
 */
const SAFEGUARDS: {
  name: string;
  key: string;
  declared: (component: ComponentData) => boolean;
  recorded: (component: ComponentData) => boolean;
  /** Whether the safeguard applies to the component at all (default: always). */
  applies?: (component: ComponentData) => boolean;
}[] = [
  {
    name: 'access control',
    key: 'accessControl',
    declared: (c) => c.accessControl !== undefined,
    recorded: (c) => c.accessControl !== undefined,
    applies: (c) => !inProcess(c),
  },
  {
    name: 'encryption in transit',
    key: 'encryption.inTransit',
    declared: (c) => c.encryption?.inTransit?.enabled === true,
    recorded: (c) => c.encryption?.inTransit !== undefined,
    applies: (c) => !inProcess(c),
  },
  {
    name: 'encryption at rest',
    key: 'encryption.atRest',
    declared: (c) => c.encryption?.atRest?.enabled === true,
    recorded: (c) => c.encryption?.atRest !== undefined,
    // Nothing kept, nothing at rest: a component keeping none of its data needs no encryption at rest.
    applies: (c) => !keepsNothing(c),
  },
  {
    name: 'logging',
    key: 'logging',
    declared: (c) => c.logging?.enabled === true,
    recorded: (c) => c.logging !== undefined,
  },
  {
    name: 'monitoring',
    key: 'monitoring',
    declared: (c) => c.monitoring?.enabled === true,
    recorded: (c) => c.monitoring !== undefined,
  },
  {
    name: 'change control',
    key: 'changeControl',
    declared: (c) => c.changeControl !== undefined,
    recorded: (c) => c.changeControl !== undefined,
  },
];

/**
 * A model run inside the calling service's own process (a library such as Transformers, `inProcess` in the catalog):
 * no network hop to encrypt and no door of its own to guard (dialoqbase's Transformers.js embeddings failed for
 * "encryption in transit"); the service that loads it answers for both.
 */
const inProcess = (component: ComponentData) =>
  component.provider !== undefined && findProvider(component.provider)?.inProcess === true;

/** The safeguards that apply to `component` and that it does not declare. */
function lackedBy(component: ComponentData) {
  return SAFEGUARDS.filter(
    (safeguard) => (safeguard.applies?.(component) ?? true) && !safeguard.declared(component),
  );
}

/** The lacking safeguards the map records as off, and those it does not record, by name. */
function offOrUnknown(component: ComponentData, lacking: typeof SAFEGUARDS) {
  const names = (recorded: boolean) =>
    lacking
      .filter((safeguard) => safeguard.recorded(component) === recorded)
      .map((safeguard) => safeguard.name);
  return { off: names(true), unknown: names(false) };
}

/**
 * The safeguards a component lacks, for a buyer: those the map records as off ("Vector index has no encryption in
 * transit"), then those it does not record ("how Vector index handles logging is not yet documented"); only the
 * named ones when `only` is given (an answer about encryption speaks of encryption). Empty when none is lacking.
 * @example safeguardsInWords(component, ['encryption at rest']) // 'how Vector index handles encryption at rest is not yet documented'
 */
export function safeguardsInWords(component: ComponentData, only?: readonly string[]): string {
  const { off, unknown } = offOrUnknown(
    component,
    lackedBy(component).filter((safeguard) => !only || only.includes(safeguard.name)),
  );
  const name = componentLabel(component);
  return [
    ...(off.length > 0 ? [`${name} has no ${joinList(off)}`] : []),
    ...(unknown.length > 0 ? [`how ${name} handles ${joinList(unknown)} is not yet documented`] : []),
  ].join('; ');
}

/** AI infrastructure declares access control, encryption, logging, monitoring and change control. */
export const aiInfrastructureBaseline: CheckModule = {
  id,
  title: 'AI infrastructure baseline',
  controls,
  severity: 'medium',
  run(model) {
    // A model server the customer runs is theirs to secure, not part of our infrastructure.
    const ai = model.map.components.filter((component) => AI_INFRASTRUCTURE_KINDS.has(component.kind));
    const infrastructure = ai.filter((component) => !runByCustomer(component, model.map.subprocessors));
    if (infrastructure.length === 0) {
      return notApplicable(
        { id, controls, severity: 'medium' },
        model,
        ai.length > 0
          ? `every inference endpoint, vector store, embedding index, model layer or GPU cluster in the map is run by the customer (${whyTheirs(ai)}): ${ai.map((component) => component.id).join(', ')}`
          : 'no inference endpoint, vector store, embedding index, model layer or GPU cluster in the map',
        'components',
      );
    }
    return infrastructure.map((component): CheckResult => {
      const missing = lackedBy(component);
      const subject = { kind: 'component' as const, id: component.id };
      const sources = [mapRef(model, `components/${component.id}`)];
      const { off, unknown } = offOrUnknown(component, missing);
      if (missing.length === 0) {
        return {
          checkId: id,
          controls,
          status: 'pass',
          severity: 'medium',
          subject,
          message: `\`${component.id}\` declares access control, encryption in transit and at rest, logging, monitoring and change control`,
          sources,
        };
      }
      return {
        checkId: id,
        controls,
        status: 'fail',
        severity: 'medium',
        subject,
        // A safeguard the map records as off is said as off, not as undeclared (cognita's Ollama, declared
        // `inTransit: { enabled: false }`, read "does not declare encryption in transit", and a lead would add a line).
        message: `${component.kind} \`${component.id}\` ${[
          ...(off.length > 0 ? [`has no ${off.join(', ')}`] : []),
          ...(unknown.length > 0 ? [`does not declare ${unknown.join(', ')}`] : []),
        ].join('; ')}`,
        plain: safeguardsInWords(component),
        lacks: missing.map((safeguard) => safeguard.name),
        sources,
        remediation: `add ${missing.map((safeguard) => `\`${safeguard.key}\``).join(', ')} to \`${component.id}\``,
      };
    });
  },
};
