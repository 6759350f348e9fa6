import type { ServerModule } from '../../types.js';
import { auditApi } from './api.js';
import { auditorGate } from './gate.js';
import { AUDIT_MIGRATIONS } from './migrations.js';
import { auditPages } from './pages.js';

/**
 * Audits as objects: an audit (framework, period, firm, state), its invited auditors, the request list (PBC) with
 * what fulfils each request, comments and due dates, populations and seeded samples over the period, an evidence
 * viewer and the signed audit package, all built from the organisation's ledger with the pure `src/audit/`.
 */
export const auditModule: ServerModule = {
  name: 'audit',
  migrations: AUDIT_MIGRATIONS,
  routes(app, deps) {
    const gate = auditorGate(deps);
    app.use('/api/orgs/:org/*', gate);
    app.use('/orgs/:org/*', gate);
    app.use('/orgs/:org', gate);
    auditApi(app, deps);
    auditPages(app, deps);
  },
};
