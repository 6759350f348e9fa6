import { discoverCommand } from './commands/discover.js';
import type { CommandEntry } from './commands/index.js';
import { runCli } from './run.js';

const DISCOVER_ONLY: readonly CommandEntry[] = [{ name: 'discover', load: async () => discoverCommand }];

/**
 * `trustmap discover …` with only that command registered: the entry of the CommonJS bundle that `npm run build`
 * writes for `discover` (`dist/discover-cli-<hash>.cjs`), which the CLI compiles with a V8 code cache
 * (`cachedDiscover.ts`). Statically importing the command makes the bundle hold its code and no other command's.
 */
export function discoverMain(argv: string[]): Promise<number> {
  return runCli(argv, DISCOVER_ONLY);
}
