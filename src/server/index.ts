export { escapeHtml, html, raw, SafeHtml } from '../core/html.js';
export { createApp } from './app.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { checkIdentifier, DEFAULT_DATA_DIR, resolveServerConfig, type ServerConfig } from './config.js';
export { CORE_MIGRATIONS } from './db/coreMigrations.js';
export { createDatabase, type Database, isUuid } from './db/database.js';
export type { Driver, Queryable, Tx } from './db/driver.js';
export {
  appendToLedger,
  createCheckpoint,
  readCheckpoints,
  readEntries,
  readLedger,
} from './db/ledgerStore.js';
export { expandMigration, type MigrationSet, migrate } from './db/migrate.js';
export { orgOwnedTable } from './db/rls.js';
export { csrfField, type PageOptions, renderPage } from './html/layout.js';
export {
  checkpointOf,
  checkpointProblem,
  entryBody,
  GENESIS_HASH,
  type LedgerCheckpoint,
  type LedgerEntry,
  type LedgerExport,
  type LedgerProblem,
  type LedgerRecord,
  type LedgerVerdict,
  nextEntry,
  verifyLedger,
} from './ledger/index.js';
export { SERVER_MODULES } from './modules/index.js';
export { resolveServerKey, serverKeyFile } from './serverKey.js';
export { createDeps, openDatabase, type RunningServer, startServer } from './start.js';
export {
  type AccessRule,
  ADMIN_ROLES,
  type AppEnv,
  type AuthGuards,
  type OrgContext,
  type Pages,
  type Principal,
  READ_ROLES,
  ROLES,
  type Role,
  type ServerApp,
  type ServerDeps,
  type ServerModule,
  TOKEN_SCOPES,
  type TokenScope,
  WRITE_ROLES,
} from './types.js';
