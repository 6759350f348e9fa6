// Runs the CLI from source (no build needed): `node --import tsx test/jobs/cliEntry.ts worker …`.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
