#!/usr/bin/env node
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of our modules on disk (in the temporary folder), so later runs skip
// parsing and compiling the bundle; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Older Node lacks the function.
module.enableCompileCache?.();

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'trustmap: the build is missing (dist/). Run `npm install` or `npm run build` first.\n',
  );
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
