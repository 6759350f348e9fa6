#!/usr/bin/env node
// CommonJS (bin/package.json): a `discover` run then never starts Node's ES module loader.
const { existsSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

// Node 22.1+ keeps V8's compiled code of our modules on disk (in the temporary folder), so later runs skip
// parsing and compiling the bundle; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Older Node lacks the function.
require('node:module').enableCompileCache?.();

const dist = path.join(__dirname, '..', 'dist');
if (!existsSync(path.join(dist, 'cli', 'main.js'))) {
  process.stderr.write(
    'trustmap: the build is missing (dist/). Run `npm install` or `npm run build` first.\n',
  );
  process.exit(2);
}
const argv = process.argv.slice(2);
run().then((code) => {
  process.exitCode = code;
});

async function run() {
  // `discover` runs on every pull request: it starts from one script compiled with a code cache (see
  // src/cli/cachedDiscover.ts), which works on Node 20 too; undefined means no such script in this build.
  const host = path.join(dist, 'cli', 'cachedDiscover.cjs');
  // The command named is the first word that is not a flag, as `commandNamed` (src/cli/program.ts) says: this
  // file reads it itself, since loading that module would start the ES module loader it avoids.
  if (argv.find((arg) => !arg.startsWith('-')) === 'discover' && existsSync(host)) {
    const code = await require(host).runCachedDiscover(argv);
    if (code !== undefined) return code;
  }
  const { main } = await import(pathToFileURL(path.join(dist, 'cli', 'main.js')).href);
  return main(argv);
}
