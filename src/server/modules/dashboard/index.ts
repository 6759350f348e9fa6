import type { ServerModule } from '../../types.js';

/** (being built) */
export const dashboardModule: ServerModule = {
  name: 'dashboard',
  migrations: [],
  routes() {},
};
