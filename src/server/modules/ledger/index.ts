import type { ServerModule } from '../../types.js';

/** (being built) */
export const ledgerModule: ServerModule = {
  name: 'ledger',
  migrations: [],
  routes() {},
};
