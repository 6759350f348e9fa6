import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runChecks } from '../../src/controls/index.js';
import { loadMapFromFiles, type SystemMapInput } from '../../src/map/index.js';
import { signInComponents, signInSentence } from '../../src/model/index.js';
import { modelOf, ragMap } from './fixtures.js';

type Api = NonNullable<SystemMapInput['components']>[number];

/** The clean RAG map with its API's `userAuthentication` set (or removed) as given. */
function withSignIn(userAuthentication: Api['userAuthentication']): SystemMapInput {
  const map = ragMap();
  map.components = map.components!.map((component) =>
    component.id === 'api' ? { ...component, userAuthentication } : component,
  );
  return map;
}

const signInResults = (map: SystemMapInput) =>
  runChecks(modelOf(map)).results.filter((result) => result.checkId === 'user-authentication');

describe('user-authentication check (TM-APP-01)', () => {
  it('passes a service users sign in to, naming the methods', () => {
    const [result] = signInResults(withSignIn({ methods: ['password', 'saml'], mfa: 'optional' }));
    expect(result).toMatchObject({
      status: 'pass',
      subject: { kind: 'component', id: 'api' },
      message: 'users sign in to `api` with password, saml',
      controls: ['TM-APP-01'],
    });
  });

  it('says which parts it left to the customer who runs them, not that the map has none (Onyx)', () => {
    // Onyx (a7d66a8), shipped for customers to run: "no service or API in the map" beside its API and web server, and
    // "no store records whether it encrypts" beside a database recorded unencrypted.
    const map = withSignIn({ methods: ['password'] });
    map.components = map.components!.map((component) => ({ ...component, hosting: 'customer-hosted' }));
    const results = runChecks(modelOf(map)).results;
    const signIn = results.find((result) => result.checkId === 'user-authentication');
    expect(signIn).toMatchObject({ status: 'not-applicable' });
    expect(signIn!.message).toMatch(
      /^no service or API of ours in the map; `api` is run by the customer \(`hosting: customer-hosted`\), who secures it$/,
    );
    const encryption = results.find((result) => result.checkId === 'data-encryption');
    expect(encryption!.message).toMatch(
      /; `.+` (?:is|are) run by the customer \(`hosting: customer-hosted`\)/,
    );
  });

  it('fails a service anyone may use that handles customer data (Langchain-Chatchat, gpt-researcher)', () => {
    const [result] = signInResults(withSignIn({ methods: ['none'] }));
    expect(result).toMatchObject({ status: 'fail', severity: 'high', subject: { id: 'api' } });
    expect(result!.message).toBe(
      '`api` has no user sign-in and handles customer data (docs, prompts, chunks)',
    );
    expect(result!.plain).toBe('api can be used by anyone who reaches it, without signing in');
  });

  it('holds for evidence, not fails, a part the map says is reached only on a private network (WrenAI)', () => {
    // WrenAI (f2841bc): its MCP server, bound to 127.0.0.1 as its `mechanism` said, failed high, while the fix offered
    // "keep it on a private network and say so in `userAuthentication.mechanism`".
    const [local] = signInResults(
      withSignIn({ methods: ['none'], mechanism: 'Binds to 127.0.0.1 by default; no sign-in.' }),
    );
    expect(local).toMatchObject({ status: 'needs-evidence', severity: 'medium', subject: { id: 'api' } });
    expect(local!.plain).toBe(
      'api has no sign-in of its own and is reachable only from a private network or the machine it runs on',
    );
    const [vpc] = signInResults(
      withSignIn({ methods: ['none'], mechanism: 'Only reachable inside the VPC' }),
    );
    expect(vpc!.status).toBe('needs-evidence');
    // Any other words are no network control.
    const [open] = signInResults(withSignIn({ methods: ['none'], mechanism: 'Anyone with the link' }));
    expect(open!.status).toBe('fail');
  });

  it('does not count embeddings of our own public documents as customer data (sec-insights)', () => {
    // sec-insights (a9b6da0): an index of public SEC filings the operator loads, `category: embeddings` derived from
    // an internal public class, was listed among the customer data an open API handles.
    const map = withSignIn({ methods: ['none'] });
    map.dataClasses = map.dataClasses!.map((entry) =>
      entry.id === 'docs'
        ? { ...entry, category: 'internal' as const, sensitivity: 'public' as const }
        : entry.id === 'chunks'
          ? { ...entry, category: 'embeddings' as const }
          : entry,
    );
    const [result] = signInResults(map);
    expect(result!.message).toBe('`api` has no user sign-in and handles customer data (prompts)');
    // Embeddings of the customer's documents, or of nothing the map names, stay the customer's.
    const theirs = withSignIn({ methods: ['none'] });
    theirs.dataClasses = theirs.dataClasses!.map((entry) =>
      entry.id === 'chunks' ? { ...entry, category: 'embeddings' as const } : entry,
    );
    expect(signInResults(theirs)[0]!.message).toContain('(docs, prompts, chunks)');
  });

  it('finds nothing to protect in an open service that handles no customer data: not applicable, not a pass', () => {
    const map = withSignIn(undefined);
    map.components!.push({ id: 'status-page', kind: 'service', userAuthentication: { methods: ['none'] } });
    const results = signInResults(map);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      status: 'not-applicable',
      message: '`status-page` has no user sign-in and handles no customer data',
    });
  });

  it('asks a service beside a declared one that handles customer data and says nothing of sign-in', () => {
    // One declared front door passed the control for the whole map: the status page's `none` stood for the API that
    // takes customer documents and said nothing (the control is about every service that handles customer data).
    const map = withSignIn(undefined);
    map.components!.push({ id: 'status-page', kind: 'service', userAuthentication: { methods: ['none'] } });
    const results = signInResults(map);
    expect(results.map((result) => [result.subject.id, result.status])).toEqual([
      ['status-page', 'not-applicable'],
      ['api', 'needs-evidence'],
    ]);
    expect(results[1]!.message).toBe(
      '`api` handles customer data (docs, prompts, chunks) and does not say how its users sign in',
    );
    // Run by the customer, it is theirs to secure and not asked.
    map.components = map.components!.map((component) =>
      component.id === 'api' ? { ...component, hosting: 'customer-hosted' } : component,
    );
    expect(signInResults(map).map((result) => result.subject.id)).toEqual(['status-page']);
  });

  it('asks how users sign in when no service says it, and is not applicable with no service at all', () => {
    const [missing] = signInResults(withSignIn(undefined));
    expect(missing).toMatchObject({
      status: 'needs-evidence',
      severity: 'info',
      subject: { kind: 'organization' },
    });
    expect(missing!.message).toBe('no service says how its users sign in (`api`)');
    const storesOnly = withSignIn(undefined);
    storesOnly.components = storesOnly.components!.filter((component) => component.kind !== 'api');
    storesOnly.flows = [];
    expect(signInResults(storesOnly)).toMatchObject([{ status: 'not-applicable' }]);
  });

  it('refuses an identity provider the map does not hold', () => {
    const result = loadMapFromFiles(
      [
        {
          file: 'trustmap.yaml',
          content: stringify(withSignIn({ methods: ['password'], identityProvider: 'auth0' })),
        },
      ],
      { root: '/tmp/map' },
    );
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((problem) => problem.message);
    expect(messages).toContain('unknown component or sub-processor `auth0`');
  });

  it('takes `none` beside a key as a public service anyone may use, and fails it where it handles customer data (jina reader)', () => {
    // jina reader (f289e5d3): anonymous requests served, an API key optional. `[none, api-key]` was refused, so the
    // reviewer declared `api-key` alone and the trust center showed "Users sign in … Passing".
    const [result] = signInResults(withSignIn({ methods: ['none', 'api-key'] }));
    expect(result).toMatchObject({ status: 'fail', severity: 'high', subject: { id: 'api' } });
    expect(result!.message).toBe(
      '`api` may be used without signing in (beside api-key) and handles customer data (docs, prompts, chunks)',
    );
    const model = modelOf(withSignIn({ methods: ['none', 'api-key'] }));
    const api = signInComponents(model)[0]!;
    expect(signInSentence(model, api)).toBe(
      'Anyone who can reach api may use it without signing in; users may also sign in with API keys (for programs)',
    );
  });
});
