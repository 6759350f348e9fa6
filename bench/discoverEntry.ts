// A minimal program around the discovery engine alone, bundled by the benchmark to measure what discovery
// itself costs at start-up, apart from the rest of the CLI's import graph.
import { discover } from '../src/discover/discover.js';
import { renderDiscoveryJson } from '../src/discover/render/json.js';

const report = await discover(process.argv.slice(2));
process.stdout.write(renderDiscoveryJson(report));
