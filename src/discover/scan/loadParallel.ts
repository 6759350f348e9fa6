/**
 * Loads the helper-thread pool. A module of its own so that the CLI's cached `discover` bundle (CommonJS, see
 * `src/cli/cachedDiscover.ts`) takes this function from the ES build: the pool starts its helper threads on the
 * chunk that holds it, and a script compiled with a code cache cannot run `import()` on Node 20.
 */
export const loadParallel = () => import('./parallel.js');
