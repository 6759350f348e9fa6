import { describe, expect, it } from 'vitest';
import { scan } from './fixture.js';

/** The sign-in kinds found in a tree, each with its first file. */
const signIn = async (files: Record<string, string>) =>
  Object.fromEntries(
    (await scan(files)).facts
      .filter((fact) => fact.kind.startsWith('sign-in:'))
      .map((fact) => [fact.kind.slice('sign-in:'.length), fact.evidence[0]!.file]),
  );

/** Every file that shows a password sign-in. */
const passwordFiles = async (files: Record<string, string>) =>
  (await scan(files)).facts
    .filter((fact) => fact.kind === 'sign-in:password')
    .flatMap((fact) => fact.evidence.map((e) => e.file))
    .sort();

describe('sign-in found in the places the seventeenth session’s reviews showed it missed', () => {
  // mealie (b5643a9): `CredentialsProvider.verify_password(self.data.password, user.password)` in
  // mealie/core/security/providers/credentials_provider.py; only LDAP and OIDC were proposed, and the rubber stamp
  // answered that users sign in with no password.
  it('reads a password check in a credentials provider or a security folder', async () => {
    const found = await passwordFiles({
      'mealie/core/security/providers/credentials_provider.py': [
        'class CredentialsProvider(AuthProvider):',
        '    def authenticate(self):',
        '        if not CredentialsProvider.verify_password(self.data.password, user.password):',
        '            return None',
        '',
      ].join('\n'),
      'backend/data/src/main/kotlin/io/tolgee/service/security/UserCredentialsService.kt': [
        'class UserCredentialsService(private val passwordEncoder: PasswordEncoder) {',
        '  private fun checkNativeUserCredentials(user: UserAccount, password: String) {',
        '    if (!passwordEncoder.matches(password, user.password)) {',
        '      throw AuthenticationException(Message.BAD_CREDENTIALS)',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    expect(found).toEqual([
      'backend/data/src/main/kotlin/io/tolgee/service/security/UserCredentialsService.kt',
      'mealie/core/security/providers/credentials_provider.py',
    ]);
  });

  it('reads Spring’s password encoder and Go’s bcrypt in sign-in code', async () => {
    expect(
      (
        await signIn({
          'src/main/kotlin/app/security/UserCredentialsService.kt':
            'fun check(p: String) { if (!passwordEncoder.matches(p, user.password)) throw BadCredentials() }\n',
        })
      ).password,
    ).toBe('src/main/kotlin/app/security/UserCredentialsService.kt');
    expect(
      (
        await signIn({
          'internal/auth/login.go':
            'func Login(u User, p string) error {\n\treturn bcrypt.CompareHashAndPassword([]byte(u.Hash), []byte(p))\n}\n',
        })
      ).password,
    ).toBe('internal/auth/login.go');
  });

  it('not a password check outside sign-in code, nor the function that defines one', async () => {
    expect(
      await signIn({
        'app/share/links.py': 'def open_link(link, pw):\n    return verify_password(pw, link.hash)\n',
        'internal/hash/hash.go':
          'func Check(h, p string) bool {\n\treturn bcrypt.CompareHashAndPassword([]byte(h), []byte(p)) == nil\n}\n',
        'app/security/passwords.py':
          'def verify_password(plain, hashed):\n    return pwd.verify(plain, hashed)\n',
      }),
    ).toEqual({});
  });

  // FastAPI's own password flow (its security tutorial's shape), the commonest password sign-in of FastAPI apps.
  it("reads FastAPI's OAuth2 password form", async () => {
    for (const line of [
      'async def login(form_data: OAuth2PasswordRequestForm = Depends()):',
      'async def login(form_data: Annotated[OAuth2PasswordRequestForm, Depends()]):',
      'async def login(form_data = Depends(OAuth2PasswordRequestForm)):',
      'class CredentialsRequestForm(OAuth2PasswordRequestForm):',
    ])
      expect((await signIn({ 'api/routes/users.py': `${line}\n    pass\n` })).password).toBe(
        'api/routes/users.py',
      );
    expect(
      await signIn({
        'templates/fastapi_app/routes.py': 'async def login(form: OAuth2PasswordRequestForm = Depends()):\n',
      }),
    ).toEqual({});
  });

  // tolgee (dd7f597): the enterprise edition's single sign-on exchanges a code at the tenant's own token address and
  // reads the ID token (ee/.../security/thirdParty/SsoDelegateEe.kt); only GitHub sign-in was proposed.
  it('reads an ID token taken from an authorization code at a configured token address as OpenID Connect', async () => {
    const found = await signIn({
      'ee/backend/app/src/main/kotlin/io/tolgee/ee/security/thirdParty/SsoDelegateEe.kt': [
        'class SsoDelegateEe {',
        '  fun getTokenResponse(code: String?): JwtAuthenticationResponse {',
        '    val token = fetchToken(tenant, code, redirectUri)',
        '    val idToken = token.id_token ?: throw SsoAuthorizationException(Message.SSO_TOKEN_EXCHANGE_FAILED)',
        '  }',
        '  private fun fetchToken(tenant: SsoTenantConfig, code: String?, redirectUrl: String?) {',
        '    body.add("grant_type", "authorization_code")',
        '    body.add("scope", "openid")',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    expect(found.oidc).toBe(
      'ee/backend/app/src/main/kotlin/io/tolgee/ee/security/thirdParty/SsoDelegateEe.kt',
    );
  });

  it('not a public account provider’s ID token, an authorization server’s metadata, nor code outside sign-in', async () => {
    expect(
      (
        await signIn({
          'server/auth/google.py': [
            'TOKEN_URL = "https://oauth2.googleapis.com/token"',
            'data = {"grant_type": "authorization_code", "code": code}',
            'claims = decode(resp.json()["id_token"])',
            '',
          ].join('\n'),
          'server/auth/provider.py': [
            'METADATA = {"grant_types_supported": ["authorization_code"], "response_types_supported": ["code id_token"]}',
            '',
          ].join('\n'),
          'server/mail/fetch.py':
            'data = {"grant_type": "authorization_code"}\nid_token = resp["id_token"]\n',
          // ruoyi-ai (a labelled discovery-bench app): JustAuth's Gitea provider, a social sign-in.
          'common/social/gitea/AuthGiteaRequest.java':
            'class AuthGiteaRequest {\n  void token() { form("grant_type", "authorization_code"); idToken(o.getStr("id_token")); }\n}\n',
        })
      ).oidc,
    ).toBeUndefined();
  });

  // tolgee: its users' one-time codes from java-otp, in backend/data/.../configuration/SecurityConfiguration.kt.
  it('reads Java’s and Go’s one-time-password libraries in sign-in code as a second factor', async () => {
    expect(
      (
        await signIn({
          'backend/data/src/main/kotlin/io/tolgee/configuration/SecurityConfiguration.kt':
            'import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator\n',
        })
      ).mfa,
    ).toBe('backend/data/src/main/kotlin/io/tolgee/configuration/SecurityConfiguration.kt');
    expect(
      (await signIn({ 'internal/auth/mfa.go': 'import (\n\t"github.com/pquerna/otp/totp"\n)\n' })).mfa,
    ).toBe('internal/auth/mfa.go');
    expect(
      await signIn({ 'internal/agent/browser.go': 'import (\n\t"github.com/pquerna/otp/totp"\n)\n' }),
    ).toEqual({});
  });

  // Khoj (ae229ca): Authlib registered as Google's, its discovery address in a variable (src/khoj/routers/auth.py:72-73),
  // proposed as OpenID Connect; the rubber stamp answered single sign-on in five answers.
  it('reads Authlib registered as Google’s as Google accounts, not OpenID Connect', async () => {
    const found = await signIn({
      'src/khoj/routers/auth.py': [
        'CONF_URL = "https://accounts.google.com/.well-known/openid-configuration"',
        'oauth.register(name="google", server_metadata_url=CONF_URL, client_kwargs={"scope": "openid email profile"})',
        '@auth_router.get("/login")',
        'async def login_get(request: Request):',
        '    return await oauth.google.authorize_redirect(request, redirect_uri)',
        '',
      ].join('\n'),
    });
    expect(found).toEqual({ social: 'src/khoj/routers/auth.py' });
    // An identity provider each deployment names stays OpenID Connect (mealie).
    expect(
      await signIn({
        'mealie/routes/auth/auth.py':
          'oauth.register("oidc", client_id=ID, server_metadata_url=settings.OIDC_CONFIGURATION_URL)\n',
      }),
    ).toEqual({ oidc: 'mealie/routes/auth/auth.py' });
  });
});
