import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors/index.js';
import { Admission } from '../../src/server/admission.js';
import { DEFAULT_PUSH_CONCURRENCY, resolveServerConfig } from '../../src/server/config.js';
import type { PushPayload } from '../../src/server/push/schema.js';
import { PUSH_RETRIES, retryAfterMs, sendPush } from '../../src/server/push/send.js';

/** A task that finishes when told to, recording when it started. */
function gate(started: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    task: async () => {
      started.push(name);
      await done;
      return name;
    },
    open: () => open(),
  };
}

describe('admission of costly requests', () => {
  it('runs at most `concurrency` at once, the rest in arrival order, and turns away what the queue cannot hold', async () => {
    const admission = new Admission(2, 2);
    const started: string[] = [];
    const gates = ['a', 'b', 'c', 'd'].map((name) => gate(started, name));
    const runs = gates.map((g) => admission.run(g.task));
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    expect(admission.load).toEqual({ running: 2, waiting: 2 });
    // The fifth finds both slots taken and the queue full: refused without running.
    let fifthRan = false;
    expect(
      await admission.run(async () => {
        fifthRan = true;
      }),
    ).toBeUndefined();
    expect(fifthRan).toBe(false);
    gates[1]?.open();
    await runs[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b', 'c']);
    for (const g of gates) g.open();
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c', 'd'].map((value) => ({ value })));
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot of a task that throws', async () => {
    const admission = new Admission(1, 1);
    await expect(
      admission.run(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
    expect(await admission.run(async () => 7)).toEqual({ value: 7 });
  });

  it('refuses limits that are not whole numbers', () => {
    expect(() => new Admission(0, 1)).toThrow(RangeError);
    expect(() => new Admission(1.5, 1)).toThrow(RangeError);
    expect(() => new Admission(1, -1)).toThrow(RangeError);
  });

  it('reads the push concurrency from TRUSTMAP_SERVER_PUSH_CONCURRENCY, and refuses nonsense', () => {
    const at = (value?: string) =>
      resolveServerConfig({ cwd: '/tmp' }, { TRUSTMAP_SERVER_PUSH_CONCURRENCY: value }).pushConcurrency;
    expect(at()).toBeUndefined();
    expect(DEFAULT_PUSH_CONCURRENCY).toEqual({ pglite: 4, postgres: 8 });
    expect(at('12')).toBe(12);
    for (const bad of ['0', '-3', '2.5', 'many', '100000']) expect(() => at(bad)).toThrow(UsageError);
  });
});

describe('push client against a busy server', () => {
  const payload = { runId: 'run-1' } as unknown as PushPayload;
  const receipt = {
    runId: 'run-1',
    status: 'stored',
    ledger: { firstSeq: 1, lastSeq: 2, head: 'h' },
    effectiveDate: '2026-11-26',
  };
  /** A fake server: /api/me names the org; pushes answer with `answers` in turn. */
  function server(answers: Response[]) {
    const pushes: string[] = [];
    const fetch = (async (url: URL, init?: RequestInit) => {
      if (url.pathname === '/api/me') return Response.json({ kind: 'token', org: 'acme' });
      pushes.push(String(init?.body));
      return answers.shift() ?? Response.json({ error: 'no more answers' }, { status: 500 });
    }) as typeof globalThis.fetch;
    return { fetch, pushes };
  }
  const busy = (retryAfter?: string) =>
    Response.json(
      { error: 'busy' },
      { status: 503, headers: retryAfter ? { 'retry-after': retryAfter } : {} },
    );

  it('waits as Retry-After asks and sends the same run again', async () => {
    const fake = server([busy('2'), busy(), Response.json(receipt, { status: 201 })]);
    const waits: number[] = [];
    const result = await sendPush('http://trustmap.test', 'tok', payload, {
      fetch: fake.fetch,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(result).toMatchObject({ status: 'stored', org: 'acme' });
    expect(waits).toEqual([2000, 1000]);
    expect(new Set(fake.pushes)).toEqual(new Set([JSON.stringify(payload)]));
    expect(fake.pushes).toHaveLength(3);
  });

  it(`gives up after ${PUSH_RETRIES} retries, saying nothing was stored`, async () => {
    const fake = server(Array.from({ length: PUSH_RETRIES + 1 }, () => busy('1')));
    const error = await sendPush('http://trustmap.test', 'tok', payload, {
      fetch: fake.fetch,
      sleep: async () => undefined,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain('HTTP 503');
    expect(fake.pushes).toHaveLength(PUSH_RETRIES + 1);
  });

  it('caps the wait a Retry-After asks for', () => {
    expect(retryAfterMs('3600')).toBe(30_000);
    expect(retryAfterMs('soon')).toBe(1000);
    expect(retryAfterMs(null)).toBe(1000);
  });
});
