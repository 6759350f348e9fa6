import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** A subcommand by name, with the module that builds it loaded only when that command runs (or help lists all). */
export interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<(context: CliContext) => Command>;
}

/**
 * Every subcommand, in the order `--help` lists them. Each file builds one command; the files are imported lazily
 * so that `trustmap discover` does not load the map schemas (zod), the prompts library or the server.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'demo', load: async () => (await import('./demo.js')).demoCommand },
  { name: 'init', load: async () => (await import('./init.js')).initCommand },
  { name: 'validate', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'status', load: async () => (await import('./status.js')).statusCommand },
  { name: 'check', load: async () => (await import('./check.js')).checkCommand },
  { name: 'discover', load: async () => (await import('./discover.js')).discoverCommand },
  { name: 'coverage', load: async () => (await import('./coverage.js')).coverageCommand },
  { name: 'probe', load: async () => (await import('./probe/index.js')).probeCommand },
  { name: 'schema', load: async () => (await import('./schema.js')).schemaCommand },
  { name: 'lineage', load: async () => (await import('./lineage.js')).lineageCommand },
  { name: 'scope', load: async () => (await import('./scope.js')).scopeCommand },
  { name: 'describe', load: async () => (await import('./describe.js')).describeCommand },
  { name: 'trust-center', load: async () => (await import('./trustCenter.js')).trustCenterCommand },
  { name: 'questionnaire', load: async () => (await import('./questionnaire.js')).questionnaireCommand },
  { name: 'auditors', load: async () => (await import('./auditors.js')).auditorsCommand },
  { name: 'audit', load: async () => (await import('./audit/index.js')).auditCommand },
  { name: 'serve', load: async () => (await import('./serve.js')).serveCommand },
  { name: 'server', load: async () => (await import('./server.js')).serverCommand },
  { name: 'push', load: async () => (await import('./push.js')).pushCommand },
  { name: 'ledger', load: async () => (await import('./ledger.js')).ledgerCommand },
  { name: 'worker', load: async () => (await import('./worker.js')).workerCommand },
  { name: 'keys', load: async () => (await import('./keys.js')).keysCommand },
];
