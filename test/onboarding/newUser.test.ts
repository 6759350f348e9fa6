import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { APP } from './app.js';

const env = { TRUSTMAP_NOW: '2026-12-01' };
type Result = { status: string; checkId: string; subject: { id: string }; message: string };

function check(dir: string): Result[] {
  const run = runCli(['check', dir, '--format', 'json', '--fail-on', 'none'], { env });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout).results;
}

/** Removes `status: proposed` from the entry that starts with `- id: <id>` (or the block named). */
function confirm(text: string, id: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `- id: ${id}` || line.trim() === `${id}:`);
  expect(start, `entry ${id}`).toBeGreaterThanOrEqual(0);
  const at = lines.findIndex((line, index) => index > start && line.trim().startsWith('status: proposed'));
  lines.splice(at, 1);
  return lines.join('\n');
}

describe('a new user on their own repository', () => {
  it('init, discover --write, check, trust center: nothing unconfirmed is stated as fact', {
    timeout: 180_000,
  }, async () => {
    const dir = await tempTree(APP);
    const init = runCli(['init', dir, '--yes', '--name', 'Docs Assistant'], { env });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toMatch(/next, confirm/);
    const mapFile = path.join(dir, 'trustmap.yaml');
    const map = readFileSync(mapFile, 'utf8');
    // The template names no vendor, and promises nothing until a person uncomments it.
    expect(map).not.toMatch(/Example LLM/);
    expect(map).toMatch(/# commitments:\n\s+#\s+noTrainingOnCustomerData: true/);
    expect(map).not.toMatch(/^\s+commitments:/m);
    // Data classes are what the code sends, not a template's (farfalle, pr-agent, openlit: "Customer documents" of apps
    // that take no uploads).
    expect(map).not.toMatch(/say how customer documents are deleted/);
    // What the code uses is proposed with the data it receives; what tests and docs only mention is not.
    expect(map).toMatch(/- id: openai\n\s+status: proposed/);
    expect(map).toMatch(/- id: cohere\n\s+status: proposed/);
    expect(map).not.toMatch(/- id: (mistral|groq)\b/);

    // A second --write proposes nothing new and keeps ids stable.
    const write = runCli(['discover', dir, '--map', mapFile, '--write'], { env });
    expect(write.code, write.stderr).toBeLessThan(2);
    expect(readFileSync(mapFile, 'utf8')).not.toMatch(/-\d+\n/);

    const validate = runCli(['validate', mapFile], { env });
    expect(validate.stdout).toMatch(/\d+ entries await confirmation/);
    // init counts what awaits confirmation as status and validate do: proposed from the code plus the template's.
    const [, fromCode, fromTemplate] =
      /with (\d+) entries proposed from the code(?: and (\d+) from the template)?/.exec(init.stdout) ?? [];
    expect(Number(fromCode) + Number(fromTemplate ?? 0)).toBe(
      Number(/(\d+) entries await confirmation/.exec(validate.stdout)?.[1]),
    );

    // Every proposed AI vendor is judged on its terms: fail or needs-evidence, never pass or not applicable.
    const results = check(dir);
    for (const vendor of ['openai', 'cohere']) {
      const terms = results.filter((r) => r.checkId === 'llm-subprocessor-terms' && r.subject.id === vendor);
      expect(terms.length, vendor).toBeGreaterThan(0);
      for (const result of terms)
        expect(['fail', 'needs-evidence'], `${vendor}: ${result.message}`).toContain(result.status);
    }
    expect(results.filter((r) => r.status === 'pass' && /proposed/.test(r.message))).toEqual([]);

    // The trust center states no proposed entry as verified.
    const out = path.join(dir, 'site');
    const site = runCli(['trust-center', 'build', dir, '--out', out, '--allow-unverified'], { env });
    expect(site.code, site.stderr).toBe(0);
    const text = readdirSync(out)
      .filter((name) => name.endsWith('.html'))
      .map((name) => readFileSync(path.join(out, name), 'utf8').replace(/<[^>]+>/g, ''))
      .join('\n');
    // Held back: waiting for proof, or contradicted by a failing check.
    expect(text).toMatch(/Not yet verified|Not met/);
    expect(text).not.toMatch(/Example LLM/);
    expect(text).not.toMatch(/✓\s*Verified/);

    // The secret in compose.yaml reaches no output.
    expect(JSON.stringify(results)).not.toContain('sk-not-a-real-key');

    // Confirming the vendors (terms filled) and the commitments turns their own results, and no others, to pass.
    let edited = readFileSync(mapFile, 'utf8');
    edited = confirm(edited, 'openai');
    edited = edited.replace(
      /(- id: openai\n)/,
      '$1    terms: { training: never, retention: zero, dpa: dpa-openai }\n',
    );
    edited = edited.replace(
      /evidence: \[\]/,
      'evidence:\n  - { id: dpa-openai, title: OpenAI DPA, url: "https://example.com/dpa", expires: 2027-12-01 }',
    );
    // Until its purpose is said, the text discover wrote keeps the vendor unconfirmed, status line or not.
    writeFileSync(mapFile, edited);
    expect(
      check(dir).find((r) => r.checkId === 'llm-subprocessor-terms' && r.subject.id === 'openai')?.status,
    ).toBe('needs-evidence');
    const unfilled = JSON.parse(runCli(['status', dir, '--format', 'json'], { env }).stdout);
    expect(unfilled.proposed.map((entry: { pointer: string }) => entry.pointer)).toContain(
      'subprocessors/openai',
    );
    edited = edited.replace(
      /(- id: openai\n[\s\S]*?purpose: )[^\n]*/,
      '$1answer generation for the assistant',
    );
    writeFileSync(mapFile, edited);
    const after = check(dir);
    const openai = after.filter((r) => r.checkId === 'llm-subprocessor-terms' && r.subject.id === 'openai');
    expect(openai.map((r) => r.status)).toEqual(['pass']);
    const cohere = after.filter((r) => r.checkId === 'llm-subprocessor-terms' && r.subject.id === 'cohere');
    expect(cohere.every((r) => r.status !== 'pass')).toBe(true);

    const status = runCli(['status', dir, '--format', 'json'], { env });
    const parsed = JSON.parse(status.stdout);
    expect(parsed.proposed.map((entry: { pointer: string }) => entry.pointer)).not.toContain(
      'subprocessors/openai',
    );
    expect(parsed.proposed.length).toBeGreaterThan(0);
  });

  it("a false proposal deleted and dismissed the way the starter shows stays out of the next scan's proposals and drift", {
    timeout: 180_000,
  }, async () => {
    const dir = await tempTree(APP);
    expect(runCli(['init', dir, '--yes', '--name', 'Docs Assistant'], { env }).code).toBe(0);
    const mapFile = path.join(dir, 'trustmap.yaml');
    const text = readFileSync(mapFile, 'utf8');
    // The starter shows the dismissal, and status says why deleting alone is not enough.
    const example = /# dismissals:\n#\s+- (\{ id: [^\n]+\})/.exec(text);
    expect(example, 'the commented dismissal example').not.toBeNull();
    const status = runCli(['status', dir], { env }).stdout;
    expect(status).toMatch(/not yours\? delete the entry and add/);
    // The counts of check results say what they count.
    expect(status).toMatch(/unverified and failing count check results: .*`trustmap check` lists them/);
    // Delete the Cohere vendor and its flows as false, with and without the dismissal the example shows.
    const without = (dismiss: boolean) => {
      const doc = parse(text) as { subprocessors: { id: string }[]; flows: { to: string; from: string }[] };
      doc.subprocessors = doc.subprocessors.filter((entry) => entry.id !== 'cohere');
      doc.flows = doc.flows.filter((flow) => flow.to !== 'cohere' && flow.from !== 'cohere');
      // The example's shape, with this vendor's id.
      const dismissal = { ...(parse(example![1]!) as { id: string; reason: string }), id: 'cohere' };
      return stringify(dismiss ? { ...doc, dismissals: [dismissal] } : doc);
    };
    const scanAgain = (dismiss: boolean) => {
      writeFileSync(mapFile, without(dismiss));
      const drift = check(dir).filter((r) => r.checkId === 'discovery-drift' && r.subject.id === 'cohere');
      runCli(['discover', dir, '--map', mapFile, '--write'], { env });
      const map = parse(readFileSync(mapFile, 'utf8')) as { subprocessors: { id: string }[] };
      return {
        failing: drift.some((r) => r.status === 'fail'),
        proposed: map.subprocessors.some((entry) => entry.id === 'cohere'),
      };
    };
    expect(scanAgain(false)).toEqual({ failing: true, proposed: true });
    expect(scanAgain(true)).toEqual({ failing: false, proposed: false });
  });
});
