import { describe, expect, it } from 'vitest';
import type { SystemMapInput } from '../../src/map/index.js';
import { buildTrustCenter, escapeHtml, html, safeUrl } from '../../src/trust-center/index.js';
import { modelOf, resultsFor } from './fixtures.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const AMP = '&amp; Co';
const UNICODE = 'Ünïcødé 数据 🚀 \u202Eevil\u202C';
const LONG = `Very${'-long'.repeat(400)}-name`;
const hostile = (label: string) => `${label} ${SCRIPT} ${IMG} ${AMP} ${UNICODE}`;

function hostileMap(): SystemMapInput {
  return {
    version: 1,
    organization: {
      name: hostile('Org'),
      description: hostile('Desc'),
      website: 'https://evil.example/?q="><script>alert(1)</script>',
      stage: 'seed',
      frameworks: ['soc2', 'iso42001'],
      contact: hostile('contact'),
      commitments: { noTrainingOnCustomerData: true, deletionWithin: '30d' },
      branding: { logo: 'javascript:alert(1)', primaryColor: '#ffffff' },
    },
    tenancy: { trainingDefault: 'opt-in' },
    dataClasses: [
      {
        id: 'docs',
        name: hostile('Docs'),
        description: hostile('d'),
        category: 'customer-content',
        tenantScoped: true,
        retention: '30d',
        deletion: { mechanism: hostile('m'), sla: '30d' },
      },
      { id: 'prompts', name: LONG, category: 'prompts', tenantScoped: true, retention: '30d' },
      {
        id: 'set',
        name: hostile('Set'),
        description: hostile('set'),
        category: 'training-data',
        tenantScoped: true,
      },
    ],
    components: [
      {
        id: 'store',
        name: hostile('Store'),
        kind: 'vector-store',
        dataClasses: ['docs'],
        tenancy: { model: 'row-level-security', mechanism: hostile('rls') },
      },
      { id: 'tuner', name: hostile('Tuner'), kind: 'fine-tuning-job', dataClasses: ['set'] },
    ],
    subprocessors: [
      {
        id: 'evil',
        vendor: hostile('Vendor'),
        service: hostile('Svc'),
        purpose: hostile('Purpose'),
        ai: true,
        dataClasses: ['docs', 'prompts'],
        regions: [hostile('Region')],
        terms: { training: 'never', retention: 'zero' },
      },
    ],
    flows: [
      {
        id: 'f',
        from: 'store',
        to: 'tuner',
        dataClasses: ['set'],
        purpose: 'training',
        condition: { kind: 'tenant-opt-in', description: hostile('cond') },
      },
    ],
    evidence: [
      { id: 'pub', title: hostile('Public doc'), url: 'javascript:alert(1)', visibility: 'public' },
      { id: 'req', title: hostile('Request doc'), path: 'x.md', visibility: 'request-access' },
      {
        id: 'soc',
        title: `${hostile('Own')} SOC 2 Type II report`,
        path: 'soc.md',
        collected: '2026-01-01',
        visibility: 'request-access',
      },
    ],
    // Control ids are checked against the catalog when the map loads; hostile text goes where users write text.
    controls: [{ id: 'TM-GOV-01', status: 'planned', notes: hostile('Note') }],
  };
}

describe('hostile strings', () => {
  const results = resultsFor('pass', { 'tenant-isolation': 'fail' }).map((result) => ({
    ...result,
    message: hostile('msg'),
  }));
  const site = buildTrustCenter(modelOf(hostileMap()), results, {
    allowUnverified: true,
    controls: [{ id: 'TM-DATA-01', title: hostile('Control'), category: hostile('Category') }],
    previous: {
      format: 'trustmap.subprocessors/v1',
      organization: hostile('Org'),
      updated: '2026-01-01',
      subprocessors: [
        {
          id: 'gone',
          name: hostile('Gone'),
          service: 's',
          purpose: 'p',
          ai: false,
          dataCategories: [],
          locations: [],
          terms: { dpa: false },
        },
      ],
      changes: [],
    },
  });
  const outputs = Object.entries(site.files).filter(([name]) => /\.(html|json|xml|css)$/.test(name));

  it('builds every output', () => {
    expect(outputs.map(([name]) => name).sort()).toEqual([
      'ai-data-practices.html',
      'contact.html',
      'controls.html',
      'documents.html',
      'feed.xml',
      'index.html',
      'styles.css',
      'subprocessors.html',
      'subprocessors.json',
    ]);
  });

  it.each([
    'index.html',
    'ai-data-practices.html',
    'subprocessors.html',
    'controls.html',
    'documents.html',
    'contact.html',
    'feed.xml',
    'subprocessors.json',
  ])('%s contains no raw injected markup', (name) => {
    const content = String(site.files[name]);
    expect(content).not.toContain('<script');
    expect(content).not.toContain('<img src=x');
    expect(content).not.toContain('"><img');
    expect(content).not.toMatch(/(href|src)="javascript:/i);
    // `&amp;` in the map is text, so it is escaped once more, never passed through as an entity
    if (name.endsWith('.json')) expect(content).toContain('&amp; Co');
    else expect(content).toContain('&amp;amp; Co');
    if (!name.endsWith('.json')) expect(content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('carries its own policy on every page: no scripts run even where the host sets no headers', () => {
    for (const [name, content] of outputs.filter(([file]) => file.endsWith('.html'))) {
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
        String(content),
      )?.[1];
      expect(policy, name).toContain("default-src 'none'");
      expect(policy, name).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
      // The policy comes before anything it governs.
      expect(String(content).indexOf('Content-Security-Policy'), name).toBeLessThan(
        String(content).indexOf('<link rel="stylesheet"'),
      );
    }
  });

  it('keeps the names readable: unicode survives, the long name is intact', () => {
    const index = String(site.files['index.html']);
    expect(index).toContain('Ünïcødé 数据 🚀');
    expect(String(site.files['ai-data-practices.html'])).toContain(LONG);
    const json = JSON.parse(String(site.files['subprocessors.json']));
    expect(json.organization).toBe(hostile('Org'));
  });

  it('never makes a link out of a javascript: URL', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('//evil.example')).toBeUndefined();
    expect(safeUrl('https://ok.example')).toBe('https://ok.example');
    expect(safeUrl('documents/a.md')).toBe('documents/a.md');
  });

  it('escapes in text and attribute contexts through the html helper', () => {
    const name = `"'<>&\``;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&quot;&#39;&lt;&gt;&amp;&#96;">&quot;&#39;&lt;&gt;&amp;&#96;</p>',
    );
    expect(html`<ul>${['<a>', html`<li>${'<b>'}</li>`]}</ul>`.value).toBe(
      '<ul>&lt;a&gt;<li>&lt;b&gt;</li></ul>',
    );
    expect(escapeHtml('a\u0000b\u0007c')).toBe('abc');
  });
});
