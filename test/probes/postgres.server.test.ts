import { describe, it } from 'vitest';
import { connectServer, type TestDatabase } from './databases.js';
import { describeSetups } from './setups.js';

const probe = await connectServer();

if ('unreachable' in probe) {
  if (process.env.CI === 'true') {
    describe('probe postgres on the PostgreSQL server', () => {
      it('needs the server under CI=true', () => {
        throw new Error(probe.unreachable);
      });
    });
  } else {
    describe.skip(`probe postgres on the PostgreSQL server (skipped: ${probe.unreachable})`, () => {
      it('runs the set-ups', () => undefined);
    });
  }
} else {
  await probe.close();
  describeSetups(
    'probe postgres on the PostgreSQL server',
    async () => (await connectServer()) as TestDatabase,
  );
}
