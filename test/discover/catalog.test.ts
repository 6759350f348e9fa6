import { describe, expect, it } from 'vitest';
import { discover, findProvider, PROVIDERS, type ProviderEntry } from '../../src/discover/index.js';
import { tree } from './fixture.js';

const CLOUD_VENDORS = new Set(['aws', 'microsoft', 'google']);
const count = (predicate: (p: ProviderEntry) => boolean) => PROVIDERS.filter(predicate).length;

describe('provider catalog', () => {
  it('has unique, stable lowercase ids and a vendor for every entry', () => {
    const ids = PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const provider of PROVIDERS) {
      expect(provider.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(provider.vendor).toMatch(/^[a-z0-9-]+$/);
      expect(Object.values(provider.signals).some((list) => list.length > 0)).toBe(true);
    }
  });

  it('covers the counts the issue asks for', () => {
    const apis = count(
      (p) => (p.category === 'llm-api' || p.category === 'embedding-api') && !CLOUD_VENDORS.has(p.vendor),
    );
    expect(apis).toBeGreaterThanOrEqual(35);
    expect(count((p) => p.category === 'vector-store')).toBeGreaterThanOrEqual(12);
    expect(
      count((p) => p.category === 'inference-runtime' && p.hosting === 'self-hosted'),
    ).toBeGreaterThanOrEqual(8);
    expect(
      count((p) => p.category === 'llm-observability' || p.category === 'llm-gateway'),
    ).toBeGreaterThanOrEqual(5);
    for (const vendor of CLOUD_VENDORS)
      expect(count((p) => p.vendor === vendor && p.ai)).toBeGreaterThanOrEqual(3);
  });

  it('holds every provider id the acme-ai map uses, grouped by vendor', () => {
    for (const id of [
      'openai',
      'anthropic',
      'cohere',
      'datadog',
      'aws',
      'pgvector',
      'postgres',
      'redis',
      'aws-s3',
      'aws-sagemaker',
    ])
      expect(findProvider(id), id).toBeDefined();
    expect(findProvider('aws-bedrock')?.vendor).toBe('aws');
    expect(findProvider('azure-openai')?.vendor).toBe('microsoft');
    expect(findProvider('vertex-ai')?.vendor).toBe('google');
    expect(findProvider('gemini-developer-api')?.vendor).toBe('google');
  });

  it('says whether each observability or gateway vendor receives prompts', () => {
    const observability = PROVIDERS.filter(
      (p) => p.category === 'llm-observability' && p.hosting === 'vendor-hosted',
    );
    for (const provider of observability)
      expect(typeof provider.receivesPrompts, provider.id).toBe('boolean');
    expect(findProvider('langsmith')?.receivesPrompts).toBe(true);
    expect(findProvider('datadog')?.receivesPrompts).toBe(false);
  });

  it('recognises a new provider from a data entry alone', async () => {
    const custom: ProviderEntry = {
      id: 'acme-llm',
      name: 'Acme LLM',
      vendor: 'acme',
      category: 'llm-api',
      hosting: 'vendor-hosted',
      ai: true,
      signals: { npm: ['@acme/llm'], env: ['ACME_LLM_KEY'], hosts: ['api.acme-llm.example'] },
    };
    const root = await tree({
      'src/a.ts': "import { Client } from '@acme/llm';\nconst url = 'https://api.acme-llm.example/v1';\n",
      '.env': 'ACME_LLM_KEY=abc\n',
    });
    const report = await discover([root], { providers: [...PROVIDERS, custom] });
    const finding = report.findings.find((f) => f.id === 'acme-llm');
    // Strongest proof first: code, then configuration.
    expect(finding?.evidence.map((e) => `${e.file}:${e.line}:${e.signal}:${e.proofClass}`)).toEqual([
      'src/a.ts:1:import:code',
      'src/a.ts:2:api-host:code',
      '.env:1:env-var:config',
    ]);
    expect((await discover([root])).findings.some((f) => f.id === 'acme-llm')).toBe(false);
  });
});
