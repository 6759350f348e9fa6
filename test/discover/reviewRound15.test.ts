import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { scan, tree } from './fixture.js';

// The fifteenth session's review of clusterzx/paperless-ai (0eee0c6): its log-in route checks a password with bcrypt in
// `routes/setup.js` (lines 332-365), a file no sign-in path rule names, so `init` proposed no sign-in at all; and a
// `const baseURL = process.env.PAPERLESS_API_URL…` building links to the user's Paperless-ngx, 1,200 lines from any model
// call in the same file, was reported as the host receiving prompts. Each proof is the app's own form, cut down.

const filler = (lines: number) => Array.from({ length: lines }, (_, i) => `// line ${i}`).join('\n');

describe('sign-in built by hand in a route file of any name', () => {
  it('is a password where the check follows a log-in route, not elsewhere', async () => {
    const login = [
      "const bcrypt = require('bcryptjs');",
      "router.post('/login', async (req, res) => {",
      '  const { username, password } = req.body;',
      '  const user = await documentModel.getUser(username);',
      '  const isValidPassword = await bcrypt.compare(password, user.password);',
      '  if (isValidPassword) res.cookie("jwt", sign(user));',
      '});',
    ].join('\n');
    const found = await scan({ 'routes/setup.js': login });
    expect(found.facts.find((fact) => fact.kind === 'sign-in:password')?.evidence[0]).toMatchObject({
      file: 'routes/setup.js',
      line: 5,
    });
    // A password compared far from any log-in route (a share link's password) is no sign-in.
    const share = [
      "router.post('/login', (req, res) => res.render('login'));",
      filler(200),
      "router.post('/share/:id', async (req, res) => {",
      '  const ok = await bcrypt.compare(req.body.password, link.passwordHash);',
      '});',
    ].join('\n');
    const notFound = await scan({ 'routes/share.js': share });
    expect(notFound.facts.some((fact) => fact.kind === 'sign-in:password')).toBe(false);
  });
});

describe('a variable named baseURL', () => {
  it('is no model endpoint where no OpenAI-compatible client is near it', async () => {
    const file = [
      "const OpenAI = require('openai');",
      'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
      filler(200),
      'function historyRows(docs) {',
      "  const baseURL = process.env.PAPERLESS_API_URL.replace(/\\/api$/, '');",
      '  return docs.map((doc) => baseURL + "/documents/" + doc.id);',
      '}',
    ].join('\n');
    const report = await scan({ 'routes/setup.js': file });
    expect(report.facts.some((fact) => fact.message.includes('PAPERLESS_API_URL'))).toBe(false);
    // Beside the client it configures, it still is.
    const client = [
      "const OpenAI = require('openai');",
      'const baseURL = process.env.LLM_BASE_URL;',
      'const client = new OpenAI({ baseURL, apiKey: process.env.LLM_KEY });',
    ].join('\n');
    const near = await scan({ 'services/llm.js': client });
    expect(near.facts.some((fact) => fact.message.includes('LLM_BASE_URL'))).toBe(true);
  });

  it('reads a long file of declarations and checks whole (hostile input)', async () => {
    const root = await tree({
      'src/big.js': [
        "const OpenAI = require('openai');",
        ...Array.from(
          { length: 3000 },
          (_, i) => `const baseURL = process.env.URL_${i}; router.post('/login', f);`,
        ),
        ...Array.from({ length: 3000 }, () => 'const ok = bcrypt.compare(a, b);'),
      ].join('\n'),
    });
    const report = await discover([root]);
    expect(report.stats.files).toBe(1);
    // Only the first 50 base URLs of a file are read; the password check after the last route counts once.
    expect(
      report.facts.filter((fact) => fact.kind === 'ai-endpoint-from-environment').length,
    ).toBeLessThanOrEqual(50);
    expect(report.facts.filter((fact) => fact.kind === 'sign-in:password')).toHaveLength(1);
  });
});

describe("Google's OpenID Connect discovery document", () => {
  it('is a Google account sign-in, not single sign-on (h2ogpt)', async () => {
    // h2oai/h2ogpt (a0ad192): Authlib registered with Google's discovery document (gradio_utils/google_auth.py:29-33) was
    // proposed as `oidc`, and the rubber-stamped map answered Okta and Entra ID questions with "OpenID Connect single
    // sign-on".
    const google = [
      'oauth = OAuth(starlette_config)',
      'oauth.register(',
      "    name='google',",
      "    server_metadata_url='https://accounts.google.com/.well-known/openid-configuration',",
      "    client_kwargs={'scope': 'openid email profile'},",
      ')',
    ].join('\n');
    const report = await scan({ 'gradio_utils/google_auth.py': google });
    const kinds = report.facts.map((fact) => fact.kind);
    expect(kinds).toContain('sign-in:social');
    expect(kinds).not.toContain('sign-in:oidc');
    // Any other issuer's document is OpenID Connect.
    const issuer = await scan({
      'app/auth.py': google.replace('https://accounts.google.com', 'https://login.acme.example'),
    });
    expect(issuer.facts.map((fact) => fact.kind)).toContain('sign-in:oidc');
  });
});
