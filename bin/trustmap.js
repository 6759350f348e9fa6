#!/usr/bin/env node
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of our modules on disk (in the temporary folder), so later runs skip
// parsing and compiling the bundle; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Older Node lacks the function.
module.enableCompileCache?.();

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('cli/main.js', dist))) {
  process.stderr.write(
    'trustmap: the build is missing (dist/). Run `npm install` or `npm run build` first.\n',
  );
  process.exit(2);
}
const argv = process.argv.slice(2);
process.exitCode = await run();

async function run() {
  // `discover` runs on every pull request: it starts from one script compiled with a code cache (see
  // src/cli/cachedDiscover.ts), which works on Node 20 too; undefined means no such script in this build.
  if (argv.find((arg) => !arg.startsWith('-')) === 'discover') {
    const { runCachedDiscover } = await import(new URL('cli/cachedDiscover.js', dist).href);
    const code = await runCachedDiscover(argv);
    if (code !== undefined) return code;
  }
  const { main } = await import(new URL('cli/main.js', dist).href);
  return main(argv);
}
