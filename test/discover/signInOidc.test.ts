import { describe, expect, it } from 'vitest';
import { scan } from './fixture.js';

const oidcFiles = async (files: Record<string, string>) =>
  (await scan(files)).facts
    .filter((fact) => fact.kind === 'sign-in:oidc')
    .flatMap((fact) => fact.evidence.map((e) => e.file));

describe('OpenID Connect sign-in', () => {
  // deer-flow (f1f4af9): sign-in through any OIDC identity provider, built by hand
  // (backend/app/gateway/auth/oidc.py, an `OIDCProviderConfig` with issuer and client id, `/oauth/{provider}` and
  // `/callback/{provider}` routes); only password sign-in was proposed, so the SSO answers said "No".
  it('finds an authorization-code flow built by hand, its settings class, and its providers listed as oidc', async () => {
    const files = await oidcFiles({
      'backend/app/gateway/auth/oidc.py': [
        'import httpx',
        'OIDC_DISCOVERY_PATH = "/.well-known/openid-configuration"',
        'class OIDCService:',
        '    async def discover(self, issuer: str):',
        '        return (await httpx.AsyncClient().get(issuer.rstrip("/") + OIDC_DISCOVERY_PATH)).json()',
        '    def authorization_url(self, metadata, state):',
        '        params = {"response_type": "code", "state": state}',
        '        return f"{metadata.authorization_endpoint}?{params}"',
        '    async def exchange(self, code, code_verifier=None):',
        '        data = {"grant_type": "authorization_code", "code": code}',
        '',
      ].join('\n'),
      'backend/config/auth_config.py': [
        'from pydantic import BaseModel, Field',
        'class OIDCProviderConfig(BaseModel):',
        '    issuer: str = Field(description="OIDC issuer URL")',
        '    client_id: str',
        '',
      ].join('\n'),
      'backend/app/routers/auth.py': 'def providers():\n    return [{"id": "keycloak", "type": "oidc"}]\n',
    });
    expect(files.sort()).toEqual([
      'backend/app/gateway/auth/oidc.py',
      'backend/app/routers/auth.py',
      'backend/config/auth_config.py',
    ]);
  });

  it('finds the OIDC client libraries', async () => {
    // openid-client where the file calls it (its import alone: reviewRound22b, papermark).
    expect(
      await oidcFiles({
        'src/auth/client.ts':
          "import { Issuer } from 'openid-client';\nconst issuer = await Issuer.discover(url);\n",
      }),
    ).toEqual(['src/auth/client.ts']);
    expect(await oidcFiles({ 'app/login.py': 'from oic.oic import Client\n' })).toEqual(['app/login.py']);
  });

  it('not a server that publishes its own discovery document, a connector, nor a settings class without a client', async () => {
    const files = await oidcFiles({
      'server/auth/metadata.py': [
        '@app.get("/.well-known/openid-configuration")',
        'def metadata():',
        '    return {"authorization_endpoint": BASE + "/authorize", "grant_types_supported": ["authorization_code"]}',
        '',
      ].join('\n'),
      'connectors/gdrive/auth.py':
        'URL = "https://accounts.google.com/.well-known/openid-configuration"\ndata = {"grant_type": "authorization_code"}\n',
      'app/auth/tokens.py': 'class OIDCTokenClaims:\n    issuer: str\n    subject: str\n',
    });
    expect(files).toEqual([]);
  });
});
