import { UsageError } from '../errors/index.js';
import { type ComponentData, didYouMean, type SystemMap } from '../map/index.js';
import type { SqlClient } from './client.js';
import type { PostgresProbeOptions } from './postgres/options.js';
import { probePostgres } from './postgres/probePostgres.js';
import type { ProbeResult } from './types.js';

function suggest(input: string, ids: string[]): string {
  const hint = didYouMean(input, ids);
  return hint ? `; ${hint}` : '';
}

type PostgresBlock = NonNullable<NonNullable<ComponentData['probe']>['postgres']>;

/** The component and its `probe.postgres` block, or a usage error naming what is missing. */
export function postgresProbeConfig(
  map: SystemMap,
  componentId: string,
): { component: ComponentData; config: PostgresBlock } {
  const component = map.components.find((entry) => entry.id === componentId);
  if (!component) {
    throw new UsageError(
      `no component \`${componentId}\` in the map${suggest(
        componentId,
        map.components.map((entry) => entry.id),
      )}`,
      'pass --component with the id of a component that has a `probe.postgres` block',
    );
  }
  const config = component.probe?.postgres;
  if (!config) {
    const probed = map.components.filter((entry) => entry.probe?.postgres).map((entry) => entry.id);
    throw new UsageError(
      `component \`${componentId}\` has no \`probe.postgres\` block`,
      probed.length > 0
        ? `components with one: ${probed.join(', ')}`
        : 'add `probe: { postgres: { urlEnv, tables, tenantColumn, tenantContext } }` to the component',
    );
  }
  return { component, config };
}

/** Probe options from a map's `probe.postgres` block. */
export function postgresOptionsFromConfig(config: PostgresBlock): Omit<PostgresProbeOptions, 'client'> {
  return {
    tables: config.tables,
    tenantColumn: config.tenantColumn,
    tenantContext: config.tenantContext,
    ...(config.embeddingColumn ? { embeddingColumn: config.embeddingColumn } : {}),
    ...(config.role ? { role: config.role } : {}),
    ...(config.searchQuery ? { searchQuery: config.searchQuery } : {}),
    ...(config.mode ? { mode: config.mode } : {}),
  };
}

/**
 * Runs the Postgres probe exactly as a component's `probe.postgres` block describes, over `client`.
 * @example const result = await probeMapComponent(map, 'vector-index', sqlClient(pgClient));
 */
export async function probeMapComponent(
  map: SystemMap,
  componentId: string,
  client: SqlClient,
  extra: Partial<Omit<PostgresProbeOptions, 'client'>> = {},
): Promise<ProbeResult> {
  const { config } = postgresProbeConfig(map, componentId);
  return probePostgres({ ...postgresOptionsFromConfig(config), component: componentId, ...extra, client });
}
