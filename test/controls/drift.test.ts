import { describe, expect, it } from 'vitest';
import { createDiscoveryDriftCheck } from '../../src/controls/index.js';
import type { DiscoveryReport, Finding } from '../../src/discover/index.js';
import { modelOf, ragMap } from './fixtures.js';

const finding = (provider: string, name: string): Finding => ({
  id: provider,
  provider,
  name,
  category: provider === 'langsmith' ? 'llm-observability' : 'llm-api',
  hosting: 'vendor-hosted',
  confidence: 'high',
  evidence: [{ file: `src/${provider}.ts`, line: 2, signal: 'import', snippet: provider }],
});

function report(findings: Finding[]): DiscoveryReport {
  return {
    root: '/tmp/map',
    findings,
    facts: [],
    tables: [],
    skipped: [],
    stats: { files: 3, bytes: 10, durationMs: 1 },
  };
}

describe('discovery drift', () => {
  const check = createDiscoveryDriftCheck();

  it("asks a declared vector store's tenancy, not to declare it (Dataherald: astra-db)", () => {
    const map = ragMap();
    map.components!.push({
      id: 'astra',
      kind: 'vector-store',
      provider: 'astra-db',
      hosting: 'self-hosted',
      dataClasses: ['chunks'],
    });
    const store: Finding = {
      ...finding('astra-db', 'DataStax Astra DB'),
      category: 'vector-store',
      hosting: 'self-hosted',
    };
    const results = check.run(modelOf(map, { discovery: report([finding('openai', 'OpenAI'), store]) }));
    const failing = results.find((result) => result.subject.id === 'astra-db');
    expect(failing?.remediation).toBe(
      'say how `astra` separates customers: add `tenancy: { model: ..., mechanism: ... }`',
    );
  });

  it('passes when everything found in the code is declared', () => {
    const results = check.run(modelOf(ragMap(), { discovery: report([finding('openai', 'OpenAI')]) }));
    expect(results.map((r) => r.status)).toEqual(['pass']);
    expect(results[0]?.message).toBe(
      "every provider discovery recognises in the code is declared in the map or dismissed (1 declared); a service outside Trustmap's catalog is not recognised, so list those the code calls by hand",
    );
  });

  it('takes a dismissal by the id its proposed entry was given (gpt-researcher: `api-aimlapi-com` for an endpoint)', () => {
    const map = ragMap();
    map.dismissals = [{ id: 'api-aimlapi-com', reason: 'an option operators may configure; we do not' }];
    const endpoint: Finding = {
      ...finding('api.aimlapi.com', 'Unidentified AI endpoint (api.aimlapi.com)'),
      id: 'endpoint:api.aimlapi.com',
      kind: 'endpoint',
      host: 'api.aimlapi.com',
    };
    const results = check.run(modelOf(map, { discovery: report([finding('openai', 'OpenAI'), endpoint]) }));
    expect(results.filter((result) => result.status === 'fail')).toEqual([]);
    expect(results[0]?.message).toContain('(1 declared, 1 dismissed)');
  });

  it('counts the dismissed and the only mentioned in its pass, not as declared (mem0: 50 of 77 dismissed)', () => {
    const map = ragMap();
    map.dismissals = [{ id: 'groq', reason: 'a library adapter the server does not install' }];
    const mentioned: Finding = { ...finding('mistral', 'Mistral AI'), status: 'mentioned' };
    const results = check.run(
      modelOf(map, {
        discovery: report([finding('openai', 'OpenAI'), finding('groq', 'Groq'), mentioned]),
      }),
    );
    expect(results[0]).toMatchObject({
      status: 'pass',
      message:
        "every provider discovery recognises in the code is declared in the map or dismissed (1 declared, 1 dismissed, 1 only mentioned); a service outside Trustmap's catalog is not recognised, so list those the code calls by hand",
    });
  });

  it('fails an undeclared AI vendor, pointing at the code', () => {
    const results = check.run(
      modelOf(ragMap(), {
        discovery: report([finding('openai', 'OpenAI'), finding('langsmith', 'LangSmith')]),
      }),
    );
    const failing = results.filter((r) => r.status === 'fail');
    expect(failing).toHaveLength(1);
    expect(failing[0]).toMatchObject({
      subject: { kind: 'finding', id: 'langsmith' },
      sources: [{ kind: 'code', file: 'src/langsmith.ts', line: 2 }],
    });
    expect(['critical', 'high']).toContain(failing[0]?.severity);
  });

  it('says a declared vendor found only mentioned as mentioned, where, not as no trace (SurfSense: Vertex AI)', () => {
    const openai = { ...finding('openai', 'OpenAI'), status: 'mentioned' as const };
    openai.evidence = [
      { file: 'app/video/utils.py', line: 35, signal: 'import', snippet: 'openai', proofClass: 'test' },
    ];
    const results = check.run(modelOf(ragMap(), { discovery: report([openai]) }));
    const note = results.find((result) => result.status === 'needs-evidence');
    expect(note?.message).toBe(
      'Sub-processor openai is declared but discovery found openai only mentioned in the code (app/video/utils.py:35), not used',
    );
  });

  it('turns informational drift into needs-evidence, and is not applicable without discovery', () => {
    const custom = createDiscoveryDriftCheck(() => [
      {
        severity: 'info',
        kind: 'subprocessor-not-found',
        provider: 'openai',
        message: 'OpenAI not found in code',
        evidence: [],
        pointer: 'subprocessors/openai',
      },
    ]);
    const results = custom.run(modelOf(ragMap(), { discovery: report([]) }));
    expect(results.map((r) => `${r.status}:${r.severity}`)).toEqual(['pass:high', 'needs-evidence:info']);
    expect(results[1]?.sources[0]).toMatchObject({
      kind: 'map',
      pointer: 'subprocessors/openai',
      location: { file: 'trustmap.yaml' },
    });
    expect(check.run(modelOf(ragMap())).map((r) => r.status)).toEqual(['not-applicable']);
  });

  it('takes a hosted service a person declares as run by us as declared (a self-hosted NIM container)', () => {
    const map = ragMap();
    const nim = finding('nvidia-nim', 'NVIDIA NIM');
    map.components?.push({
      id: 'nim',
      kind: 'inference-endpoint',
      provider: 'nvidia-nim',
      hosting: 'self-hosted',
    });
    const found = report([nim, finding('openai', 'OpenAI')]);
    expect(check.run(modelOf(map, { discovery: found })).map((r) => r.status)).toEqual(['pass']);
    // Run by the vendor, it is still a sub-processor to declare.
    map.components![2]!.hosting = 'vendor';
    expect(check.run(modelOf(map, { discovery: found })).map((r) => r.status)).toContain('fail');
  });

  it('is not applicable when the scan read no file: a folder holding only the map proves nothing about the code', () => {
    const empty = { ...report([]), stats: { files: 0, bytes: 0, durationMs: 1 } };
    const results = check.run(modelOf(ragMap(), { discovery: empty }));
    expect(results.map((r) => r.status)).toEqual(['not-applicable']);
    expect(results[0]?.message).toContain('discovery read no file under /tmp/map');
    // Not run, so no page says the map matches the code "Not applicable" (langflow, deepwiki-open trust centers).
    expect(results[0]?.notRun).toBe(true);
  });

  it('asks for the code when it was linked in from outside the folder, and says the links were not followed', () => {
    const linked = {
      ...report([]),
      skipped: [
        { file: 'api', reason: 'symlink to a target outside the root' },
        { file: 'trustmap.yaml', reason: 'Trustmap’s own file (the map or its answers), not the code' },
      ],
      stats: { files: 0, bytes: 0, durationMs: 1 },
    };
    const results = check.run(modelOf(ragMap(), { discovery: linked }));
    expect(results).toMatchObject([{ status: 'needs-evidence', severity: 'info' }]);
    expect(results[0]?.message).toBe(
      'discovery read no file under /tmp/map: 1 symbolic link to outside it was not followed (api), so the map was not compared with the code',
    );
    expect(results[0]?.remediation).toContain('copy the code into the folder');
  });
});
