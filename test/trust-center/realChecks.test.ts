import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { buildTrustCenter, UnsupportedClaimsError } from '../../src/trust-center/index.js';
import { companyMap, modelOf } from './fixtures.js';

/** The map with the training export no longer gated by tenant opt-in: customer prompts reach the trainer. */
function leakyMap() {
  const map = companyMap();
  map.flows = map.flows!.map((flow) => (flow.id === 'export' ? { ...flow, condition: undefined } : flow));
  return map;
}

describe('the no-training claim against the real checks', () => {
  it('is verified when the only training path is gated by opt-in', () => {
    const model = modelOf(companyMap());
    const run = runChecks(model);
    const site = buildTrustCenter(model, run.results, { allowUnverified: true });
    expect(site.claims.find((claim) => claim.id === 'no-training')?.status).toBe('verified');
  });

  it('fails the build, naming the claim and the leaking path, when the no-training check fails', () => {
    const model = modelOf(leakyMap());
    const run = runChecks(model);
    expect(run.results.some((r) => r.checkId === 'no-training-on-customer-data' && r.status === 'fail')).toBe(
      true,
    );
    const error = (() => {
      try {
        buildTrustCenter(model, run.results);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UnsupportedClaimsError);
    expect((error as UnsupportedClaimsError).claims.map((claim) => claim.id)).toContain('no-training');
    expect((error as Error).message).toMatch(
      /\[no-training\][^\n]*failing: no-training-on-customer-data fails/,
    );
  });

  it('with allowUnverified, publishes the claim marked not yet verified', () => {
    const model = modelOf(leakyMap());
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    const claim = site.unverified.find((entry) => entry.id === 'no-training');
    expect(claim?.status).toBe('failing');
    expect(claim?.sources.some((source) => source.kind === 'map')).toBe(true);
    const page = String(site.files['ai-data-practices.html']);
    expect(page).toMatch(/<li class="claim unverified" id="claim-no-training">[\s\S]*?Not yet verified/);
    expect(String(site.files['index.html'])).toMatch(/id="claim-no-training">[\s\S]*?Not yet verified/);
  });
});

describe('the retention claim against the real checks', () => {
  it('shows where prompts are kept longer than the policy, next to the unverified claim', async () => {
    const { assembleModel } = await import('../../src/model/index.js');
    const model = await assembleModel('examples/acme-ai', {
      now: new Date('2026-11-26T12:00:00Z'),
      discover: false,
    });
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    expect(site.claims.find((claim) => claim.id === 'prompt-retention')?.status).toBe('failing');
    const page = String(site.files['ai-data-practices.html']);
    expect(page).toMatch(
      /<th scope="row"[^>]*>LLM request log<\/th><td[^>]*>90 days <span[^>]*>[^<]*<span[^>]*>[^<]*<\/span>\s*Longer than the policy/,
    );
    expect(page).toContain(
      'Processed without being kept: DocuMind API, Fine-tuned model endpoint, OpenAI, Anthropic and Cohere.',
    );
    expect(page).not.toMatch(/<th scope="row"[^>]*>OpenAI<\/th><td[^>]*>not retained/);
    // deletion says the same place and time as retention, not the class's own 30 days
    expect(page).toMatch(/User questions<\/th><td[^>]*>90 days[\s\S]*?LLM request log \(90 days\)/);
  });
});
