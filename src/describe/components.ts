import { type ComponentData, STORE_KINDS } from '../map/index.js';
import {
  byDefault,
  heldWithoutRetention,
  keptLonger,
  type Model,
  ourComponents,
  type SignInComponent,
  signInSentence,
} from '../model/index.js';
import { infrastructureTopics } from './infrastructure.js';
import { peopleBlocks } from './people.js';
import { procedureTopics } from './procedures.js';
import { mapSource } from './sources.js';
import type { DescriptionBlock, DescriptionSection, Statement } from './types.js';
import { durationWords, humanize } from './words.js';

/** Kinds that hold or move data, as opposed to code that runs. */
const INFRASTRUCTURE_KINDS: ReadonlySet<string> = new Set([...STORE_KINDS, 'gpu-cluster']);

const label = (component: ComponentData) => component.name ?? component.id;

function componentTable(model: Model, components: readonly ComponentData[]): DescriptionBlock {
  return {
    kind: 'table',
    table: {
      columns: ['Component', 'Kind', 'Technology', 'Hosting', 'Region', 'Owner'],
      rows: components.map((component) => ({
        cells: [
          label(component),
          humanize(component.kind),
          component.technology ?? '',
          [component.hosting ? humanize(component.hosting) : undefined, component.cloud?.toUpperCase()]
            .filter(Boolean)
            .join(', '),
          component.region ?? '',
          component.owner ?? '',
        ],
        sources: [mapSource(model, `components/${component.id}`)],
      })),
    },
  };
}

type Procedure = {
  title: string;
  describe: (component: ComponentData, model: Model) => string | undefined;
  key: string;
};

const PROCEDURES: readonly Procedure[] = [
  { title: 'Change management', key: 'changeControl', describe: (c) => c.changeControl?.process },
  {
    title: 'Logical access',
    key: 'accessControl',
    describe: (c) =>
      c.accessControl &&
      [
        c.accessControl.mechanism,
        c.accessControl.mfa ? 'with multi-factor authentication' : undefined,
        c.accessControl.roles?.length ? `roles: ${c.accessControl.roles.join(', ')}` : undefined,
      ]
        .filter(Boolean)
        .join('; '),
  },
  {
    title: 'User sign-in',
    key: 'userAuthentication',
    describe: (c, model) => c.userAuthentication && signInSentence(model, c as SignInComponent, false),
  },
  {
    title: 'Monitoring and logging',
    key: 'monitoring',
    describe: (c, model) =>
      [
        c.monitoring?.enabled ? `monitoring: ${c.monitoring.mechanism ?? 'enabled'}` : undefined,
        c.logging?.enabled
          ? `logging: ${c.logging.mechanism ?? (c.logging.sink ? `to ${model.index.components.get(c.logging.sink)?.name ?? c.logging.sink}` : 'enabled')}`
          : undefined,
      ]
        .filter(Boolean)
        .join('; ') || undefined,
  },
  {
    title: 'Encryption',
    key: 'encryption',
    describe: (c) =>
      [
        c.encryption?.atRest?.enabled ? `at rest: ${c.encryption.atRest.mechanism ?? 'enabled'}` : undefined,
        c.encryption?.inTransit?.enabled
          ? `in transit: ${c.encryption.inTransit.mechanism ?? 'enabled'}`
          : undefined,
      ]
        .filter(Boolean)
        .join('; ') || undefined,
  },
  {
    title: 'Backup and deletion',
    key: 'deletion',
    describe: (c) =>
      [
        c.backups?.enabled
          ? `backups${c.backups.retention ? ` kept ${durationWords(c.backups.retention)}` : ''}`
          : undefined,
        c.deletion ? `deletion: ${c.deletion.mechanism}` : undefined,
      ]
        .filter(Boolean)
        .join('; ') || undefined,
  },
];

function procedureBlocks(model: Model): DescriptionBlock[] {
  const blocks: DescriptionBlock[] = [];
  for (const procedure of PROCEDURES) {
    const items: Statement[] = [];
    for (const component of ourComponents(model)) {
      const text = procedure.describe(component, model);
      if (text)
        items.push({
          text: `${label(component)}: ${text}.`,
          sources: [mapSource(model, `components/${component.id}/${procedure.key}`)],
        });
    }
    if (items.length === 0) continue;
    blocks.push({ kind: 'heading', text: procedure.title, level: 4 }, { kind: 'list', items });
  }
  return blocks;
}

/**
 * A class's retention policy, with the places of ours that keep it longer or hold it with no time on record beside it:
 * the policy alone is not what they do (plandex: provider keys "not kept", printed by its relay into a log with no
 * retention).
 */
function retentionCell(model: Model, dataClass: Model['map']['dataClasses'][number]): string {
  if (!dataClass.retention) return '';
  const policy = byDefault(dataClass, durationWords(dataClass.retention));
  const exceptions = [...keptLonger(model, [dataClass]), ...heldWithoutRetention(model, [dataClass])];
  return exceptions.length === 0
    ? policy
    : `${policy}; but ${exceptions.map((exception) => exception.words).join('; ')}`;
}

function dataBlocks(model: Model): DescriptionBlock[] {
  if (model.map.dataClasses.length === 0) return [];
  return [
    {
      kind: 'table',
      table: {
        columns: ['Data', 'Category', 'Sensitivity', 'Per customer', 'Retention', 'Deletion'],
        rows: model.map.dataClasses.map((dataClass) => ({
          cells: [
            dataClass.name,
            humanize(dataClass.category),
            dataClass.sensitivity ?? '',
            dataClass.tenantScoped ? 'yes' : 'no',
            retentionCell(model, dataClass),
            dataClass.deletion?.mechanism ?? '',
          ],
          sources: [mapSource(model, `dataClasses/${dataClass.id}`)],
        })),
      },
    },
  ];
}

/** The five kinds of system components: infrastructure, software, people, procedures and data. */
export function componentsSection(model: Model): DescriptionSection {
  // Ours only: a part each customer runs is outside the boundary, named there, its controls the customer's.
  const ours = ourComponents(model);
  const infrastructure = ours.filter((c) => INFRASTRUCTURE_KINDS.has(c.kind));
  const software = ours.filter((c) => !INFRASTRUCTURE_KINDS.has(c.kind));
  const blocks: DescriptionBlock[] = [];
  blocks.push({ kind: 'heading', text: 'Infrastructure', level: 3 });
  if (infrastructure.length > 0) blocks.push(componentTable(model, infrastructure));
  blocks.push(...infrastructureTopics(model));
  if (software.length > 0)
    blocks.push({ kind: 'heading', text: 'Software', level: 3 }, componentTable(model, software));
  blocks.push({ kind: 'heading', text: 'People', level: 3 }, ...peopleBlocks(model));
  blocks.push(
    { kind: 'heading', text: 'Procedures', level: 3 },
    ...procedureBlocks(model),
    ...procedureTopics(model),
  );
  const data = dataBlocks(model);
  if (data.length > 0) blocks.push({ kind: 'heading', text: 'Data', level: 3 }, ...data);
  return { id: 'components', title: 'Components of the system', blocks };
}
