import type { ServerModule } from '../../types.js';

/** (being built) */
export const historyModule: ServerModule = {
  name: 'history',
  migrations: [],
  routes() {},
};
