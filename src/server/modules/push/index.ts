import type { ServerModule } from '../../types.js';

/** (being built) */
export const pushModule: ServerModule = {
  name: 'push',
  migrations: [],
  routes() {},
};
