import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { discover, renderDiscoveryCycloneDx } from '../../src/discover/index.js';
import { ROOT } from '../helpers/runCli.js';

// The official CycloneDX 1.6 JSON schema, strict (no extra properties), as bundled by the CycloneDX library.
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);

describe('CycloneDX output against the official 1.6 schema', () => {
  it('validates for the example company, with services, components and data flows', async () => {
    const report = await discover([`${ROOT}/examples/acme-ai`]);
    const text = renderDiscoveryCycloneDx(report, {
      now: new Date('2026-11-26T12:00:00Z'),
      toolVersion: '0.1.0',
    });
    expect(await validator.validate(text)).toBeNull();
    const bom = JSON.parse(text);
    expect(bom.services.length).toBeGreaterThan(3);
    expect(bom.components.length).toBeGreaterThan(0);
  });

  it('rejects what is not a valid BOM (the validator is not a no-op)', async () => {
    const broken = JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      services: [{ nam: 'x' }],
    });
    expect(await validator.validate(broken)).not.toBeNull();
  });
});
