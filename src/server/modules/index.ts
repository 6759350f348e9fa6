import type { ServerModule } from '../types.js';
import { auditModule } from './audit/index.js';
import { auditorsModule } from './auditors/index.js';
import { authModule } from './auth/index.js';
import { dashboardModule } from './dashboard/index.js';
import { historyModule } from './history/index.js';
import { jobsModule } from './jobs/index.js';
import { ledgerModule } from './ledger/index.js';
import { pushModule } from './push/index.js';
import { trustCenterModule } from './trust-center/index.js';

/**
 * Every server module, in the order their migrations apply and their routes register. To add one: make
 * `src/server/modules/<name>/index.ts` exporting a `ServerModule` and append it here (one line).
 */
export const SERVER_MODULES: readonly ServerModule[] = [
  // First: its auditor gate must run before every other module's organisation routes.
  auditModule,
  authModule,
  pushModule,
  historyModule,
  ledgerModule,
  dashboardModule,
  auditorsModule,
  trustCenterModule,
  jobsModule,
];
