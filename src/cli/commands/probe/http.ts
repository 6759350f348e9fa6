import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../../errors/index.js';
import { loadMap, type SystemMap } from '../../../map/index.js';
import { type HttpProbeConfig, loadHttpProbeConfig, probeHttp } from '../../../probes/index.js';
import type { CliContext } from '../../context.js';
import { clock, evidenceOptions, finish } from './output.js';

interface HttpFlags {
  component?: string;
  config?: string;
  format: string;
  evidenceDir?: string;
  evidence: boolean;
}

async function resolveHttp(
  dir: string,
  flags: HttpFlags,
): Promise<{ config: HttpProbeConfig; root: string }> {
  if (flags.config) return { config: await loadHttpProbeConfig(flags.config), root: path.resolve(dir) };
  if (!flags.component) throw new UsageError('give --config <file> or --component <id>');
  const map: SystemMap = await loadMap(dir);
  const component = map.components.find((entry) => entry.id === flags.component);
  const file = component?.probe?.http?.config;
  if (!file) throw new UsageError(`component \`${flags.component}\` has no \`probe.http.config\``);
  return { config: await loadHttpProbeConfig(path.resolve(map.source.root, file)), root: map.source.root };
}

export function httpCommand(context: CliContext): Command {
  const command = new Command('http')
    .description('prove that a RAG endpoint never returns one tenant’s canary document to another')
    .argument('[dir]', 'folder of the map (with --component) or where evidence goes', '.')
    .option('--component <id>', 'use the probe.http block of this map component')
    .option('--config <file>', 'HTTP probe definition (YAML)');
  return evidenceOptions(command).action(async (dir: string, flags: HttpFlags) => {
    const { config, root } = await resolveHttp(path.resolve(context.cwd, dir), {
      ...flags,
      ...(flags.config ? { config: path.resolve(context.cwd, flags.config) } : {}),
    });
    const result = await probeHttp(config, {
      env: context.env,
      now: clock(context),
      component: flags.component,
    });
    await finish(context, result, root, flags);
  });
}
