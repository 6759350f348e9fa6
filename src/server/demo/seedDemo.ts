import { createUser } from '../admin/accounts.js';
import type { ServerDeps } from '../types.js';

/** What the demo seed made. */
export interface SeededDemo {
  org: string;
  email: string;
  /** Set only when the demo account was created now (shown once). */
  password?: string;
  runs: number;
  days: number;
}

export const DEMO_ORG = 'acme-ai-demo';
export const DEMO_EMAIL = 'demo@acme-ai.example';

/** Seeds the demo organisation and login (history: being built). */
export async function seedDemo(deps: ServerDeps, options: { now: Date; days?: number }): Promise<SeededDemo> {
  const user = await createUser(deps.db, {
    email: DEMO_EMAIL,
    org: DEMO_ORG,
    role: 'owner',
    orgName: 'Acme AI (demo data)',
  });
  void options;
  return {
    org: DEMO_ORG,
    email: DEMO_EMAIL,
    ...(user.password ? { password: user.password } : {}),
    runs: 0,
    days: options.days ?? 90,
  };
}
