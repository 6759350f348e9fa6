import path from 'node:path';
import { loadMap } from '../map/index.js';
import { type ProbeResult, probeMapComponent, withMigratedPglite } from '../probes/index.js';

/**
 * Probes components of the example company on one in-memory PGlite built from its migrations: live probes with
 * no server, for `trustmap demo`. Defaults to `vector-index`.
 * @example const [result] = await probeExampleOnPglite(exampleDir(), { components: ['vector-index'] });
 */
export async function probeExampleOnPglite(
  exampleDir: string,
  options: { now?: () => Date; components?: string[] } = {},
): Promise<ProbeResult[]> {
  const map = await loadMap(exampleDir);
  const migrations = path.join(exampleDir, 'services', 'api', 'migrations');
  return withMigratedPglite(migrations, async (client) => {
    const results: ProbeResult[] = [];
    for (const component of options.components ?? ['vector-index']) {
      results.push(
        await probeMapComponent(map, component, client, {
          target: `pglite (in-memory) from ${path.basename(exampleDir)}/services/api/migrations`,
          ...(options.now ? { now: options.now } : {}),
        }),
      );
    }
    return results;
  });
}
