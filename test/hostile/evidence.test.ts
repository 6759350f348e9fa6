import { symlinkSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { tenantIsolation } from '../../src/controls/checks/tenantIsolation.js';
import { generateSigningKey, type SigningKey } from '../../src/core/signing.js';
import { InputError } from '../../src/errors/index.js';
import { assembleModel } from '../../src/model/index.js';
import { sealProbeResult } from '../../src/probes/result.js';
import { signProbeResult } from '../../src/probes/trust.js';
import type { ProbeResult } from '../../src/probes/types.js';
import { NOW, ragMap } from '../controls/fixtures.js';
import { tempTree } from '../helpers/tempTree.js';

// Class 2 of issue 11: probe evidence that can be forged. Our variants: an edited fail re-hashed into a pass, a
// result signed by a key the map does not trust, one dated after the clock, and a forged newer pass next to a
// real signed fail.

const CI = generateSigningKey();
const ATTACKER = generateSigningKey();

function result(verdict: 'pass' | 'fail', at: string): ProbeResult {
  return sealProbeResult({
    format: 'trustmap.probe/v1',
    kind: 'postgres',
    component: 'vectors',
    target: 'postgres://app@db:5432/app',
    startedAt: at,
    finishedAt: at,
    trustmapVersion: '0.1.0',
    verdict,
    steps: [
      { name: 'select as tenant A', verdict, detail: verdict === 'pass' ? 'no rows of B' : '1 row of B' },
    ],
  });
}

const signed = (value: ProbeResult, key: SigningKey) => JSON.stringify(signProbeResult(value, key));

async function judge(files: Record<string, string>) {
  const map = { ...ragMap(), trust: { keys: [{ publicKey: CI.publicKeyBase64, owner: 'CI' }] } };
  const dir = await tempTree({ 'trustmap.yaml': stringify(map), ...files });
  const model = await assembleModel(dir, { now: NOW, discover: false });
  return tenantIsolation.run(model).find((entry) => entry.subject.id === 'vectors')!;
}

describe('forged probe evidence never counts as proof', () => {
  it('accepts a result signed by a trusted key', async () => {
    const verdict = await judge({
      '.trustmap/evidence/probe-postgres-vectors-1.json': signed(
        result('pass', '2026-11-25T10:00:00.000Z'),
        CI,
      ),
    });
    expect(verdict.status).toBe('pass');
    expect(verdict.message).toContain(`signed by trusted key ${CI.keyId} (CI)`);
  });

  it('rejects a signed fail edited into a pass and re-hashed (the signature no longer matches)', async () => {
    const real = signProbeResult(result('fail', '2026-11-25T10:00:00.000Z'), CI);
    const { sha256: _old, signature, ...content } = real;
    const forged = { ...sealProbeResult({ ...content, verdict: 'pass' as const }), signature };
    const verdict = await judge({
      '.trustmap/evidence/probe-postgres-vectors-1.json': JSON.stringify(forged),
    });
    expect(verdict.status).toBe('needs-evidence');
    expect(verdict.message).toContain('does not match its content');
  });

  it('rejects an unsigned result and one signed by a key the map does not trust', async () => {
    const unsigned = await judge({
      '.trustmap/evidence/probe-postgres-vectors-1.json': JSON.stringify(
        result('pass', '2026-11-25T10:00:00.000Z'),
      ),
    });
    expect(unsigned).toMatchObject({ status: 'needs-evidence' });
    expect(unsigned.message).toContain('it is unsigned');
    const untrusted = await judge({
      '.trustmap/evidence/probe-postgres-vectors-1.json': signed(
        result('pass', '2026-11-25T10:00:00.000Z'),
        ATTACKER,
      ),
    });
    expect(untrusted.message).toContain(`signed by ${ATTACKER.keyId}, a key the map does not trust`);
  });

  it('rejects a future-dated result, even when signed by the trusted key', async () => {
    const verdict = await judge({
      '.trustmap/evidence/probe-postgres-vectors-1.json': signed(
        result('pass', '2031-01-01T00:00:00.000Z'),
        CI,
      ),
    });
    expect(verdict.status).toBe('needs-evidence');
    expect(verdict.message).toContain('in the future');
  });

  it('keeps a real signed fail when a newer forged pass sits next to it', async () => {
    const verdict = await judge({
      '.trustmap/evidence/probe-postgres-vectors-1.json': signed(
        result('fail', '2026-11-20T10:00:00.000Z'),
        CI,
      ),
      '.trustmap/evidence/probe-postgres-vectors-2.json': signed(
        result('pass', '2026-11-25T10:00:00.000Z'),
        ATTACKER,
      ),
      '.trustmap/evidence/probe-postgres-vectors-3.json': JSON.stringify(
        result('pass', '2026-11-25T11:00:00.000Z'),
      ),
    });
    expect(verdict).toMatchObject({ status: 'fail', severity: 'critical' });
  });

  it('refuses a .trustmap/ that is a symlink out of the project, with a located message', async () => {
    const outside = await tempTree({
      'evidence/probe-postgres-vectors-1.json': signed(result('pass', '2026-11-25T10:00:00.000Z'), CI),
    });
    const dir = await tempTree({ 'trustmap.yaml': stringify(ragMap()) });
    symlinkSync(outside, path.join(dir, '.trustmap'));
    await expect(assembleModel(dir, { now: NOW, discover: false })).rejects.toThrow(InputError);
    await expect(assembleModel(dir, { now: NOW, discover: false })).rejects.toThrow(/outside the project/);
  });

  it('does not report evidence at an absolute path, a path out of the project, or a link to one as on file', async () => {
    const map = ragMap();
    map.evidence?.push(
      { id: 'abs', title: 'Absolute', path: '/etc/hostname' },
      { id: 'up', title: 'Up', path: '../../../../etc/hostname' },
      { id: 'link', title: 'Link', path: 'docs/link.md' },
      { id: 'real', title: 'Real', path: 'docs/real.md' },
    );
    const dir = await tempTree({ 'trustmap.yaml': stringify(map), 'docs/real.md': 'ok' });
    await mkdir(path.join(dir, 'docs'), { recursive: true });
    symlinkSync('/etc/hostname', path.join(dir, 'docs/link.md'));
    const model = await assembleModel(dir, { now: NOW, discover: false });
    expect(model.evidenceFiles.abs).toEqual({ exists: false });
    expect(model.evidenceFiles.up).toEqual({ exists: false });
    expect(model.evidenceFiles.link).toEqual({ exists: false });
    expect(model.evidenceFiles.real).toMatchObject({ exists: true, bytes: 2 });
  });
});
