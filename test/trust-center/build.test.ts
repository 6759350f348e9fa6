import { describe, expect, it } from 'vitest';
import { buildTrustCenter, UnsupportedClaimsError } from '../../src/trust-center/index.js';
import { companyMap, modelOf, NOW, probeOf, resultsFor } from './fixtures.js';

const text = (value: string | Uint8Array | undefined) => (typeof value === 'string' ? value : '');

describe('buildTrustCenter claims', () => {
  it('says a retention each customer can set is a default, on the claim and in the table', () => {
    const map = companyMap();
    const prompts = map.dataClasses?.find((entry) => entry.id === 'prompts');
    if (!prompts) throw new Error('the fixture has prompts');
    prompts.retentionConfigurable = true;
    const page = text(buildTrustCenter(modelOf(map), resultsFor('pass')).files['ai-data-practices.html']);
    expect(page).toContain(
      'By default, our policy keeps prompts and model outputs for at most 30 days. Each customer can set its own period for questions.',
    );
    expect(page).toContain(
      'Where questions go, and how long each place keeps them (policy: 30 days unless the customer sets another period)',
    );
  });

  it('publishes every claim as verified when its checks pass', () => {
    const site = buildTrustCenter(modelOf(companyMap()), resultsFor('pass'));
    expect(site.claims.map((claim) => [claim.id, claim.status])).toEqual([
      ['no-training', 'verified'],
      ['prompt-retention', 'verified'],
      ['tenant-isolation', 'verified'],
      ['deletion', 'verified'],
      ['model-providers', 'verified'],
    ]);
    expect(site.unverified).toEqual([]);
    const page = text(site.files['ai-data-practices.html']);
    expect(page).toContain(
      'Customer data is not used to train or fine-tune models unless the customer opts in.',
    );
    expect(page).toContain('Our policy keeps prompts and model outputs for at most 30 days.');
    expect(page).not.toContain('Not yet verified');
    expect(page).toContain('Opt-in tuning set');
  });

  it('fails the build naming the no-training claim when its check fails', () => {
    const model = modelOf(companyMap());
    const results = resultsFor('pass', { 'no-training-on-customer-data': 'fail' });
    let thrown: unknown;
    try {
      buildTrustCenter(model, results);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnsupportedClaimsError);
    const error = thrown as UnsupportedClaimsError;
    expect(error.exitCode).toBe(1);
    expect(error.claims.map((claim) => claim.id)).toEqual(['no-training']);
    expect(error.message).toContain('[no-training] Customer data is not used to train');
    expect(error.message).toContain('no-training-on-customer-data fails');
  });

  it('publishes the failing claim marked "not met" with allowUnverified', () => {
    const results = resultsFor('pass', { 'no-training-on-customer-data': 'fail' });
    const site = buildTrustCenter(modelOf(companyMap()), results, { allowUnverified: true });
    expect(site.unverified.map((claim) => [claim.id, claim.status])).toEqual([['no-training', 'failing']]);
    const page = text(site.files['ai-data-practices.html']);
    const block = /<li class="claim unverified" id="claim-no-training">[\s\S]*?<\/li>/.exec(page)?.[0];
    // A failing check contradicts it: not met, not waiting for proof (roomGPT).
    expect(block).toContain('Not met');
    expect(block).not.toContain('Not yet verified');
    expect(block).toContain('Customer data is not used to train');
    // the other claims stay verified
    expect(page).toMatch(/<li class="claim verified" id="claim-deletion">/);
  });

  it('treats a claim with no result, or only needs-evidence, as unverified', () => {
    const model = modelOf(companyMap());
    const results = resultsFor('pass', { 'tenant-isolation': 'needs-evidence' }).filter(
      (result) => result.checkId !== 'deletion-coverage',
    );
    const site = buildTrustCenter(model, results, { allowUnverified: true });
    expect(site.unverified.map((claim) => [claim.id, claim.status])).toEqual([
      ['tenant-isolation', 'unverified'],
      ['deletion', 'unverified'],
    ]);
    // the page says which stores are not proven, in public words
    const isolation = site.unverified[0]!;
    expect(isolation.notes).toEqual([
      'No store has been tested live yet.',
      'Declared but not yet tested live: Contract store and Clause index.',
    ]);
    expect(() => buildTrustCenter(model, results)).toThrow(/tenant-isolation[\s\S]*deletion/);
  });

  it('carries map sources with file:line on each claim', () => {
    const site = buildTrustCenter(modelOf(companyMap()), resultsFor('pass'));
    const deletion = site.claims.find((claim) => claim.id === 'deletion');
    expect(deletion?.sources[0]).toMatchObject({
      kind: 'map',
      pointer: 'organization/commitments/deletionWithin',
      location: { file: 'trustmap.yaml' },
    });
    expect(deletion?.sources[0]?.kind === 'map' && deletion.sources[0].location?.line).toBeGreaterThan(1);
  });

  it('makes no training claim when the map promises nothing and trains by default', () => {
    const map = companyMap();
    map.organization.commitments = {};
    map.tenancy = { trainingDefault: 'opt-out' };
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'));
    expect(site.claims.map((claim) => claim.id)).not.toContain('no-training');
    expect(text(site.files['ai-data-practices.html'])).toContain('unless the customer opts out');
  });
});

describe('buildTrustCenter pages', () => {
  const site = buildTrustCenter(
    modelOf(companyMap(), {
      probes: [probeOf('db', 'pass', '2026-11-20T10:00:00Z'), probeOf('db', 'fail', '2026-10-01T10:00:00Z')],
    }),
    resultsFor('pass'),
    {
      logo: {
        name: 'logo.svg',
        bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      },
      documents: { 'security-policy': { name: 'policy.md', bytes: new TextEncoder().encode('# Policy') } },
    },
  );

  it('writes the pages, stylesheet, logo, documents, JSON and feed', () => {
    expect(Object.keys(site.files).sort()).toEqual([
      'ai-data-practices.html',
      'contact.html',
      'controls.html',
      'documents.html',
      'documents/security-policy.html',
      'feed.xml',
      'index.html',
      'styles.css',
      'subprocessors.html',
      'subprocessors.json',
    ]);
  });

  it('inlines an SVG logo as a data: image instead of publishing it as a file', () => {
    expect(text(site.files['index.html'])).toContain('<img src="data:image/svg+xml;base64,');
  });

  it('shows the latest probe of each store', () => {
    const page = text(site.files['ai-data-practices.html']);
    const row = /<tr><th scope="row"[^>]*>Contract store<\/th>[\s\S]*?<\/tr>/.exec(page)?.[0];
    expect(row).toContain('Tested live');
    expect(row).toContain('on 2026-11-20');
    // the stateless API holds nothing at rest, so it is not listed as a store
    expect(page).not.toMatch(/<th scope="row">API<\/th>/);
  });

  it('renders public Markdown as a page, says on-request ones are available on request, and hides private ones', () => {
    const page = text(site.files['documents.html']);
    expect(page).toContain('href="documents/security-policy.html"');
    expect(Object.keys(site.files).some((name) => name.endsWith('.md'))).toBe(false);
    expect(text(site.files['documents/security-policy.html'])).toMatch(
      /<article class="prose"><h2>Policy<\/h2>/,
    );
    // no mail link dressed up as an access control: the static site names the contact instead
    expect(page).not.toContain('?subject=');
    expect(page).toMatch(/Penetration test summary[\s\S]*?Available on request/);
    expect(page).toContain('Ask <a href="mailto:security@globex.example">security@globex.example</a>');
    expect(page).not.toContain('Board minutes');
    expect(page).not.toContain('OpenAI DPA');
  });

  it('darkens a brand colour that fails AA contrast on white, and keeps one that passes on the dark page', () => {
    const css = text(site.files['styles.css']);
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    expect(light).not.toContain('--brand: #ffcc00');
    expect(light).toMatch(/--brand: #[0-9a-f]{6};/);
    expect(light).toContain('--accent: #3366ff');
    expect(dark).toContain('--brand: #ffcc00;');
    expect(dark).toContain('--page: #12161f;');
  });

  it('shows SOC 2 in preparation and ISO/IEC 42001 planned', () => {
    const page = text(site.files['index.html']);
    expect(page).toContain('In preparation');
    expect(page).toContain('ISO/IEC 42001');
    expect(page).toContain('GDPR');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('href="#main"');
  });

  it('groups the controls summary by category when given a catalog', () => {
    const grouped = buildTrustCenter(
      modelOf(companyMap()),
      resultsFor('pass', { 'llm-subprocessor-terms': 'fail' }),
      {
        allowUnverified: true,
        controls: [
          { id: 'TM-DATA-01', title: 'No training without opt-in' },
          { id: 'TM-VEND-01', title: 'AI vendor terms' },
          { id: 'TM-GOV-01', title: 'AI policy' },
        ],
      },
    );
    const page = text(grouped.files['controls.html']);
    expect(page).toMatch(
      /<h2[^>]*>Customer data handling<\/h2>[\s\S]*No training without opt-in[\s\S]*Passing/,
    );
    // a failing control is left out unless the map chooses to publish it, and the build says so
    expect(page).not.toContain('AI vendor terms');
    expect(page).toContain('1 control is not published here');
    expect(grouped.omitted).toContain(
      '1 failing control(s) not shown: TM-VEND-01 (add visibility: public to the control under controls: to show it)',
    );
    expect(page).toMatch(/<h2[^>]*>AI governance<\/h2>[\s\S]*AI policy[\s\S]*Not checked/);
  });

  it('is deterministic for the same inputs', () => {
    const again = buildTrustCenter(
      modelOf(companyMap(), {
        probes: [
          probeOf('db', 'pass', '2026-11-20T10:00:00Z'),
          probeOf('db', 'fail', '2026-10-01T10:00:00Z'),
        ],
      }),
      resultsFor('pass'),
      {
        logo: {
          name: 'logo.svg',
          bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        },
        documents: { 'security-policy': { name: 'policy.md', bytes: new TextEncoder().encode('# Policy') } },
      },
    );
    expect(again.files).toEqual(site.files);
    expect(NOW.toISOString().slice(0, 10)).toBe('2026-11-26');
    expect(text(site.files['index.html'])).toContain('2026-11-26');
  });
});
