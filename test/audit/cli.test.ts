import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleHistory } from '../../src/audit/index.js';
import { canonicalJson, generateSigningKey, privateKeyPem } from '../../src/core/index.js';
import { loadMap } from '../../src/map/index.js';
import { ROOT, runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';

describe('trustmap audit', () => {
  it('packages a ledger export offline, verifies it, and exits 1 naming the file after one byte changes', async () => {
    const map = await loadMap(path.join(ROOT, 'examples/acme-ai'));
    const records = exampleHistory(map, { org: 'acme-ai', end: '2026-11-29', days: 30, seed: 'cli' });
    const dir = await tempTree({
      'ledger.jsonl': records.map((record) => `${canonicalJson(record)}\n`).join(''),
    });
    const key = generateSigningKey();
    const env = { TRUSTMAP_SIGNING_KEY: privateKeyPem(key), TRUSTMAP_NOW: '2026-11-30T09:00:00Z' };
    const out = path.join(dir, 'package.zip');
    const built = runCli(
      [
        'audit',
        'package',
        path.join(ROOT, 'examples/acme-ai'),
        '--history',
        path.join(dir, 'ledger.jsonl'),
        '--from',
        '2026-11-01',
        '--to',
        '2026-11-29',
        '--sample',
        'probe-runs:random:3:fw-1',
        '--out',
        out,
      ],
      { env },
    );
    expect(built.stderr).toMatch(
      /^✓ wrote .*package\.zip: \d+ files from \d+ ledger entries, signed by ed25519:/,
    );
    expect(built.code).toBe(0);
    const ok = runCli(['audit', 'verify', out, '--public-key', key.publicKeyBase64]);
    expect(ok.stdout).toMatch(/^✓ \d+ files match the manifest; signature by ed25519:[0-9a-f]{16}\n$/);
    expect(ok.code).toBe(0);
    // One byte of the last stored entry (the zip's central directory is at the end, so go before it).
    const bytes = readFileSync(out);
    const at =
      bytes.indexOf(Buffer.from('subprocessor-register.csv')) + 'subprocessor-register.csv'.length + 20;
    bytes[at] = (bytes[at] as number) ^ 0x01;
    writeFileSync(out, bytes);
    const bad = runCli(['audit', 'verify', out, '--public-key', key.publicKeyBase64]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^✗ subprocessor-register\.csv: /);
  });

  it('refuses a bad window or a missing key with exit 2 and a hint', async () => {
    const dir = await tempTree({ 'ledger.jsonl': '' });
    const window = runCli(
      [
        'audit',
        'package',
        'examples/acme-ai',
        '--history',
        path.join(dir, 'ledger.jsonl'),
        '--from',
        '2026-12-01',
        '--to',
        '2026-11-01',
        '--out',
        path.join(dir, 'p.zip'),
      ],
      { env: { TRUSTMAP_SIGNING_KEY: privateKeyPem(generateSigningKey()) } },
    );
    expect(window.code).toBe(2);
    expect(window.stderr).toContain('2026-12-01 to 2026-11-01 is not a window');
    const noKey = runCli(
      [
        'audit',
        'package',
        'examples/acme-ai',
        '--history',
        path.join(dir, 'ledger.jsonl'),
        '--from',
        '2026-11-01',
        '--to',
        '2026-11-29',
        '--out',
        path.join(dir, 'p.zip'),
      ],
      { env: { TRUSTMAP_SIGNING_KEY_FILE: path.join(dir, 'none.pem') } },
    );
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('no signing key');
  });
});
