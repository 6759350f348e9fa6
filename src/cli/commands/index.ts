import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { auditCommand } from './audit/index.js';
import { auditorsCommand } from './auditors.js';
import { checkCommand } from './check.js';
import { coverageCommand } from './coverage.js';
import { demoCommand } from './demo.js';
import { describeCommand } from './describe.js';
import { discoverCommand } from './discover.js';
import { initCommand } from './init.js';
import { keysCommand } from './keys.js';
import { ledgerCommand } from './ledger.js';
import { lineageCommand } from './lineage.js';
import { probeCommand } from './probe/index.js';
import { pushCommand } from './push.js';
import { questionnaireCommand } from './questionnaire.js';
import { schemaCommand } from './schema.js';
import { scopeCommand } from './scope.js';
import { serveCommand } from './serve.js';
import { serverCommand } from './server.js';
import { statusCommand } from './status.js';
import { trustCenterCommand } from './trustCenter.js';
import { validateCommand } from './validate.js';
import { workerCommand } from './worker.js';

/** Every subcommand, in the order `--help` lists them. Each file builds one command. */
export const COMMANDS: readonly ((context: CliContext) => Command)[] = [
  demoCommand,
  initCommand,
  validateCommand,
  statusCommand,
  checkCommand,
  discoverCommand,
  coverageCommand,
  probeCommand,
  schemaCommand,
  lineageCommand,
  scopeCommand,
  describeCommand,
  trustCenterCommand,
  questionnaireCommand,
  auditorsCommand,
  auditCommand,
  serveCommand,
  serverCommand,
  pushCommand,
  ledgerCommand,
  workerCommand,
  keysCommand,
];
