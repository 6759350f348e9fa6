import { Command } from 'commander';
import type { CliContext } from '../../context.js';
import { cleanupCommand } from './cleanup.js';
import { httpCommand } from './http.js';
import { postgresCommand } from './postgres.js';

/** `trustmap probe postgres|http|cleanup`: live tenant-isolation tests that leave evidence files. */
export function probeCommand(context: CliContext): Command {
  const probe = new Command('probe').description('live tenant-isolation probes: postgres, http, cleanup');
  for (const sub of [postgresCommand(context), httpCommand(context), cleanupCommand(context)])
    probe.addCommand(sub);
  return probe;
}
