import { Command } from 'commander';
import { mapJsonSchema } from '../../map/index.js';
import type { CliContext } from '../context.js';
import { toJson } from '../options.js';

export function schemaCommand(context: CliContext): Command {
  return new Command('schema')
    .description('print the JSON Schema of trustmap.yaml (for editors and validators)')
    .action(() => {
      context.stdout(toJson(mapJsonSchema()));
    });
}
