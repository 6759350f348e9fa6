import { SIGN_IN_METHODS, type SignInMethod } from '../../core/vocabulary.js';
import { lineAt, lineStarts, lineText } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { ConfigFact } from '../types.js';
import type { OfferedSignIn } from './offeredSignIn.js';

/** What a sign-in fact says: a way users sign in, that a second factor is offered, or that SCIM provisions them. */
export type SignInFinding = Exclude<SignInMethod, 'none' | 'delegated'> | 'mfa' | 'scim';

/** Facts about how the product's users sign in are of kind `sign-in:<what>` (`sign-in:password`, `sign-in:mfa`). */
export const SIGN_IN_FACT = 'sign-in:';

/**
 * The kind of the fact that a file sets up several account providers for users to choose from (`offeredSignIn`): no
 * method of its own, but what keeps any one of them from being proposed as the identity provider.
 */
export const OFFERED_PROVIDERS_FACT = `${SIGN_IN_FACT}providers`;

/** What Supabase's `signInWithOtp` is said as: a link, unless a code is checked elsewhere (`collapseSignIn`). */
const SUPABASE_OTP = '(Supabase: or a code)';

/**
 * An email function that takes the token and not the link's URL (`sendVerificationRequest: async ({ identifier, token })`):
 * the email carries a code. Bounded: a linear pass on any text.
 */
const TOKEN_NOT_LINK =
  /\bsendVerificationRequest\s*[:(]\s*(?:async\s*)?(?:function\s*)?\(?\s*\{(?![^}]{0,200}\burl\b)[^}]{0,200}\btoken\b/;

interface SignInRule {
  what: SignInFinding;
  pattern: RegExp;
  /** What the line shows, for the report and the map's comment. */
  says: string;
  /** Only in files on this path: sign-in code built by hand, which reads like any other use of the same calls. */
  path?: RegExp;
  /** Not in files that also match this: the same call made for another purpose. */
  unless?: RegExp;
  /** Only in files that also match each of these: the rest of the flow the match belongs to. */
  alsoIn?: readonly RegExp[];
  /** Not a match followed closely by this: the call made for another purpose, said by its arguments. */
  notBefore?: RegExp;
  /** Off `path`, a match counts where this comes shortly before it: a log-in route's handler in a file of any name. */
  orAfter?: RegExp;
  /**
   * A word the file must hold before the rule is tried at all, searched on its own: the rule then stays out of the
   * one joined pass every file takes (`ANY_SIGN_IN`), whose cost each alternative adds to (a route pattern opening with
   * `.` or `@` is tried at every dot of every file).
   */
  needs?: RegExp;
}

/**
 * A log-in route declared in the code (Express `router.post('/login', …)`, Flask or FastAPI `@app.post("/login")`): the
 * handler after it is sign-in code whatever its file is called (paperless-ai: `bcrypt.compare` in `routes/setup.js`).
 */
/** Google's OpenID Connect discovery document, right after a client's metadata setting. */
const GOOGLE_DISCOVERY = /^server_metadata_url\s*=\s*["'`]https:\/\/accounts\.google\.com\//;

/** Words every OpenID Connect rule needs in the file: the protocol's name as code spells it. */
const OIDC_WORD = /oidc|openid|open_id/i;

/** A password compared with its stored hash, by a library or the app's own helper; not the helper's definition. */
const PASSWORD_CHECK =
  /(?<!def\s{1,4}|function\s{1,4}|func\s{1,4})(?:\bcheck_password_hash|\b(?:bcrypt(?:js)?|BCrypt)\.(?:compare|compareSync|checkpw|CompareHashAndPassword)|\bargon2\.verify|\bpwd_context\.verify|\b(?:verify|check|compare|validate)_?[pP]assword|\b[pP]assword\.verify|\b[pP]asswordEncoder\.matches)\s*\(/g;

/**
 * A password named near a hash library's comparison (`argon2.verify`, `bcrypt.compare`), in its arguments or the lines
 * just before: the same calls check any stored hash (hoppscotch's `auth.service.ts:344`, `argon2.verify` of a stored
 * refresh token's hash, made password sign-in of an app with none, false in five stamped answers). Not `passwordless`,
 * a sign-in link's. The app's own helpers (`verify_password(`) and `pwd_context` say it by their names.
 */
const PASSWORD_WORD = /(?:pass(?:word|wd|phrase)|pwd)(?!less)|\bpass\b/i;

/**
 * Whether the password check at `match` is of a password: by its name, by a password named within 300 characters, or
 * in a log-in route's handler (the route at most 1,500 characters before it).
 */
function checksPassword(text: string, match: RegExpExecArray): boolean {
  if (PASSWORD_WORD.test(match[0])) return true;
  if (PASSWORD_WORD.test(text.slice(Math.max(0, match.index - 300), match.index + match[0].length + 300)))
    return true;
  return LOGIN_ROUTE.test(text.slice(Math.max(0, match.index - 1500), match.index));
}

/** The first password check of `text` that is of a password (`checksPassword`). */
function firstPasswordCheck(text: string): RegExpExecArray | null {
  PASSWORD_CHECK.lastIndex = 0;
  let check = PASSWORD_CHECK.exec(text);
  while (check && !checksPassword(text, check)) check = PASSWORD_CHECK.exec(text);
  PASSWORD_CHECK.lastIndex = 0;
  return check;
}

/**
 * Half of a password sign-in each, in different files: a log-in route declared, a password checked against its hash
 * outside sign-in code. Go's routers name the handler of another package (one-api: `userRoute.POST("/login", …,
 * controller.Login)` in `router/api.go`, `bcrypt.CompareHashAndPassword` in `common/crypto.go`, and only OpenID Connect
 * was proposed). `collapseSignIn` makes the two one password fact and reports neither.
 */
const LOGIN_ROUTE_HINT = 'sign-in-hint:login-route';
const PASSWORD_CHECK_HINT = 'sign-in-hint:password-check';

const LOGIN_ROUTE =
  /(?:\.|@\w+\.)(?:post|route|all)\s*\(\s*["'`]\/(?:api\/)?(?:auth\/|users?\/|accounts?\/)?(?:log-?in|sign-?in)["'`]/i;

/**
 * A development shortcut's arguments: a seeded or demo account's password (onlook's `devLogin`, which throws outside
 * development, signs in `SEED_USER.PASSWORD`; its production sign-in is GitHub and Google only).
 */
const SEED_ACCOUNT = /\b(?:SEED|DEMO|TEST|DEV)_?USER\b|\b(?:seed|demo|test)User\b/;

/**
 * A file of the app's own sign-in: a folder or file named for authentication, log-in, sign-in, sessions, credentials,
 * security, OpenID Connect (Yuxi-Know's `services/oidc_service.py`, its issuer's discovery document and authorization
 * code, unread as sign-in code) or Passport's strategies (tiledesk-server's `middleware/passport.js`, whose OAuth 2.0 sign-in to an identity
 * provider the deployment configures went unread; mealie's `core/security/providers/credentials_provider.py` and
 * tolgee's `service/security/UserCredentialsService.kt`, whose password checks went unread), not one of the connectors or integrations that sign in to other services for a
 * user (Onyx's Google Drive connector), or sync a user's work to another service (Kiln's `git_sync/`), nor the app's
 * client of MCP servers, which signs in to a tool server by OAuth (page-assist's `libs/mcp/oauth.ts`, proposed as
 * its users' OpenID Connect sign-in).
 */
const SIGN_IN_PATH =
  /^(?!.*(?:^|\/)(?:connectors?|integrations?|plugins?|tools?|mcp(?:[_-]\w+)?|(?:git_?|git-)?sync(?:[_-]\w+)?)\/|(?:.*\/)?mcp[^/]*$)(?:.*\/)?[^/]*(?:auth|log-?in|sign-?_?in|sessions?|passport|credentials?|security|oidc|openid)[^/]*(?:\/|\.\w+$)/i;

/**
 * Sign-in code for a one-time-password library: as `SIGN_IN_PATH`, but not a file named only for credentials, which in an
 * agent is the vault of the websites it logs in to (skyvern's `routes/credentials.py` and `services/credentials.py` make
 * TOTP codes for them with pyotp, and were proposed as a second factor for its own users once credentials joined the
 * sign-in path for mealie's and tolgee's password checks).
 */
const OTP_PATH =
  /^(?!.*(?:^|\/)(?:connectors?|integrations?|plugins?|tools?|mcp(?:[_-]\w+)?|(?:git_?|git-)?sync(?:[_-]\w+)?)\/|(?:.*\/)?mcp[^/]*$)(?:.*\/)?[^/]*(?:auth|log-?in|sign-?_?in|sessions?|passport|security)[^/]*(?:\/|\.\w+$)/i;

/**
 * The authorization-code flow's own words: the code grant, a code response, PKCE's verifier, the provider's
 * authorization endpoint, Authlib's redirect.
 */
const AUTHORIZATION_CODE =
  /["']authorization_code["']|\bresponse_?[tT]ype["']?\s*[:=]\s*["']code["']|\bcode_?[vV]erifier\b|\bauthorization_?[eE]ndpoint\b|\bauthorize_redirect\s*\(/;

/**
 * Delegated scopes of a provider's resource API (Microsoft Graph's `Mail.Read`, `Files.ReadWrite.All`, `Calendars.Read`):
 * a consent to reach a user's mailbox, files or calendar for a connector, whose ID token only names the account
 * connected (skyvern's `services/microsoft_oauth_service.py`, the Outlook mail connector's OAuth with `Mail.Read`, was
 * proposed as its users' OpenID Connect sign-in).
 */
const RESOURCE_SCOPES =
  /["'](?:Mail|Files|Calendars|Contacts|Sites|Chat|ChannelMessage|Notes|Tasks)\.(?:Read|ReadWrite|Send)(?:\.\w+)?["']|\bgraph\.microsoft\.com\/(?:Mail|Files|Calendars|Contacts|Sites|Chat)\./;

/**
 * An API client's OAuth flows, one file per grant (hoppscotch's `services/oauth/flows/authCode.ts`, beside
 * `clientCredentials.ts`, `implicit.ts` and `password.ts`): the authorization a user sets up for the APIs they call
 * from the product, not how they sign in to it. Read as OpenID Connect sign-in, five stamped answers told buyers
 * Hoppscotch offered OIDC single sign-on.
 */
const USERS_API_OAUTH_PATH = /^.*(?:^|\/)o-?auth-?2?\/(?:flows|grant-?_?types?)\//;

/**
 * The token a user chooses to send with their request, the access token or the ID token (hoppscotch's
 * `tokenType: z.enum(["access_token", "id_token"])`): an API client's OAuth, not a sign-in, which never lets anyone pick.
 */
const USERS_TOKEN_CHOICE =
  /["']access_token["']\s*[,|]\s*["']id_token["']|["']id_token["']\s*[,|]\s*["']access_token["']/;

/**
 * A public account provider's own flow in a file: its sign-in or token hosts, or its Auth.js provider. Its ID token is
 * a social sign-in's, not single sign-on.
 */
const PUBLIC_ACCOUNT_FLOW =
  /\baccounts\.google\.com\b|\bgoogleapis\.com\b|\bappleid\.apple\.com\b|\blogin\.microsoftonline\.com\/(?:common|consumers)\b|\bgithub\.com\/login\b|\bfacebook\.com\b|\bdiscord(?:app)?\.com\b|\b(?:Google|GitHub|Github|Apple|Discord|Facebook|Gitlab|GitLab|LinkedIn)(?:Provider)?\s*\(/;

/**
 * How the code lets users sign in, read from the sign-in libraries' own set-up: Auth.js (NextAuth) providers,
 * Better Auth's options and plugins, Passport strategies, Supabase and Firebase client calls, FastAPI Users, Authlib,
 * httpx-oauth, python3-saml, pysaml2, LDAP clients and one-time-password libraries. Each pattern is a call or an
 * option that switches the method on, not a library's name alone: Better Auth's `emailAndPassword: { enabled: false }`
 * turns passwords off (inbox-zero signs in only with Google, Microsoft and single sign-on). The reviews of inbox-zero,
 * karakeep and Onyx (2026-12-05) found every one's sign-in in code like this, and `init` had proposed none.
 */
const RULES: readonly SignInRule[] = [
  // Passwords.
  {
    what: 'password',
    // Its credentials name a password: papermark's credentials provider takes an identity provider's code (SAML
    // started at the identity provider).
    pattern:
      /(?<!new\s{1,4}|function\s{1,4}|\.)\bCredentials(?:Provider)?\s*\(\s*\{[\s\S]{0,600}?\bpassword\b/g,
    says: 'a credentials provider with a password (Auth.js)',
  },
  {
    what: 'password',
    pattern: /\bemailAndPassword\s*:\s*\{\s*(?:\/\/[^\n]*\n\s*)*enabled\s*:\s*true\b/g,
    says: 'email and password on (Better Auth)',
  },
  { what: 'password', pattern: /\bnew\s+LocalStrategy\s*\(|["']passport-local["']/g, says: 'Passport local' },
  {
    what: 'password',
    pattern:
      /\.signInWithPassword\s*\((?=\s*\{)|\bsignInWithEmailAndPassword\s*\(|\bcreateUserWithEmailAndPassword\s*\(/g,
    says: 'password sign-in (Supabase or Firebase)',
    notBefore: SEED_ACCOUNT,
  },
  {
    what: 'password',
    pattern: /\bfrom\s+fastapi_users\b|\bfastapi_users\.FastAPIUsers\b|\bget_auth_router\s*\(/g,
    says: 'FastAPI Users',
  },
  // FastAPI's OAuth2 password flow: a route that takes a user name and password form (its security tutorial's
  // `form_data: OAuth2PasswordRequestForm = Depends()`), or a subclass of the form.
  {
    what: 'password',
    pattern:
      /:\s*(?:Annotated\[\s*)?OAuth2PasswordRequestForm\b|\bDepends\s*\(\s*OAuth2PasswordRequestForm\s*\)|\bclass\s+\w+\s*\(\s*OAuth2PasswordRequestForm\b/g,
    says: "a user name and password form (FastAPI's OAuth2 password flow)",
  },
  // Not a password hash checked alone: papermark checks a share link's password with bcrypt, outside sign-in.
  // SuperTokens' recipes (agenta): email and password, third-party accounts, and passwordless by code or link.
  {
    what: 'password',
    pattern: /\b(?:emailpassword|EmailPassword)\.init\s*\(/g,
    says: 'email and password (SuperTokens)',
  },
  {
    what: 'social',
    pattern: /\b(?:thirdparty|ThirdParty)\.init\s*\(/g,
    says: 'third-party accounts (SuperTokens)',
  },
  {
    what: 'email-code',
    pattern: /\bflow_?[tT]ype["']?\s*[=:]\s*["']USER_INPUT_CODE/g,
    says: 'a one-time code sent by email (SuperTokens passwordless)',
  },
  {
    what: 'magic-link',
    pattern: /\bflow_?[tT]ype["']?\s*[=:]\s*["'](?:USER_INPUT_CODE_AND_)?MAGIC_LINK["']/g,
    says: 'a sign-in link sent by email (SuperTokens passwordless)',
  },
  {
    what: 'mfa',
    pattern: /\b(?:totp|multifactorauth|TOTP|MultiFactorAuth)\.init\s*\(/g,
    says: 'one-time codes (SuperTokens)',
  },
  // Sign-in built by hand, where no library sets it up (Plane: `user.check_password(…)` in its credentials provider,
  // Google's and GitHub's authorize addresses in its own OAuth providers; lunary: `verifyPassword(…)` in its sign-in
  // route): the calls count only in sign-in code.
  {
    what: 'password',
    pattern: PASSWORD_CHECK,
    says: 'a password checked by the sign-in code',
    path: SIGN_IN_PATH,
    orAfter: LOGIN_ROUTE,
  },
  {
    what: 'social',
    pattern:
      // Google's discovery document as a string of its own (cohere-toolkit's `google_oauth.py`), not an example in a
      // form's help text (helix's OAuth connection settings: "e.g. https://accounts.google.com/.well-known/…").
      /\baccounts\.google\.com\/o\/oauth2|["'`]https:\/\/accounts\.google\.com\/\.well-known\/openid-configuration["'`]|\bgithub\.com\/login\/oauth\/(?:authorize|access_token)|\bgitlab\.com\/oauth\/(?:authorize|token)|\blogin\.microsoftonline\.com\/(?:common|consumers|organizations)\/oauth2|\bopen\.(?:feishu\.cn|larksuite\.com)\/open-apis\/authen\//g,
    says: "a public account provider's sign-in address",
    path: SIGN_IN_PATH,
    // Asking for a user's data, not who they are: an integration's consent (skyvern's Google Sheets, Drive and Gmail),
    // or a GitHub App installed on the user's repositories (Kiln's Git sync, read as social sign-in of an app without
    // accounts).
    // Nor a file that also holds a work tool's OAuth address, which grants access to a workspace, never who someone is:
    // presets of the OAuth apps an admin registers for agents' tools and connections (helix's
    // `OAuthProvidersTable.tsx`: GitHub, GitLab and Google beside Slack's app install, Atlassian and HubSpot; proposed
    // as social sign-in, where its users sign in with a password or OpenID Connect).
    unless:
      /googleapis\.com\/auth\/(?!userinfo)|\b(?:gmail|drive|spreadsheets|calendar)\.(?:readonly|send|modify|file|events)\b|\bgithub\.com\/apps\/[^\s/"'`]{1,100}\/installations\b|\bslack\.com\/oauth\/v2\/authorize\b|\bauth\.atlassian\.com\/authorize\b|\bhubspot\.com\/oauth\/authorize\b|\bapi\.notion\.com\/v1\/oauth\/authorize\b|\blogin\.salesforce\.com\/services\/oauth2\/authorize\b/,
  },
  // Django's own sign-in and django-allauth's apps; Rails' Devise and OmniAuth; Spring Security's log-in forms.
  {
    what: 'password',
    pattern:
      /\bauthenticate\s*\(\s*(?:request\s*=\s*)?request\s*,[^)]{0,200}?\bpassword\s*=|["']allauth\.account["']|\bdevise\s+[:\w,\s]{0,300}?:database_authenticatable\b|\.formLogin\s*\(/g,
    says: 'a password (Django, django-allauth, Devise or Spring Security)',
  },
  {
    what: 'oidc',
    pattern: /["']allauth\.socialaccount\.providers\.openid_connect["']|\bprovider\s+:openid_connect\b/g,
    says: 'OpenID Connect (django-allauth or OmniAuth)',
  },
  {
    what: 'saml',
    pattern:
      /["']allauth\.socialaccount\.providers\.saml["']|\bprovider\s+:saml\b|\bOmniAuth::Strategies::SAML\b|\.saml2Login\s*\(/g,
    says: 'SAML (django-allauth, OmniAuth or Spring Security)',
  },
  {
    what: 'social',
    pattern:
      /["']allauth\.socialaccount\.providers\.(?!openid_connect|saml)\w+["']|\bprovider\s+:(?:google_oauth2|github|gitlab|microsoft_graph|apple)\b|\bomniauth_providers\s*:\s*\[[^\]]*:(?:google_oauth2|github|gitlab|microsoft_graph|apple)\b/g,
    says: 'a public account provider (django-allauth or OmniAuth)',
  },
  {
    what: 'mfa',
    pattern: /["'](?:allauth\.mfa|django_otp)["']|:two_factor_authenticatable\b/g,
    says: 'a second factor (django-allauth, django-otp or Devise)',
  },
  // Public accounts (Google, GitHub, Apple…). A call, with no space before its parenthesis: not prose in JSX
  // (helix's `Couldn't confirm against GitHub ({unknownNote})`, read as a GitHub sign-in).
  {
    what: 'social',
    pattern:
      /(?<!new\s{1,4}|function\s{1,4}|\.)\b(?:Google|GitHub|Github|Apple|Discord|Twitter|Facebook|Gitlab|GitLab|LinkedIn)(?:Provider)?\(\s*\{/g,
    says: 'a public account provider (Auth.js)',
  },
  // An organisation's identity provider through Auth.js (its providers' list, authjs.dev/getting-started/providers,
  // read 2026-12-06): OpenID Connect against a directory the operator or customer runs, not a public account
  // (langtrace: `AzureADProvider({ tenantId })` read as a social sign-in, and the rubber stamp answered "No" to OIDC).
  {
    what: 'oidc',
    pattern:
      /(?<!new\s{1,4}|function\s{1,4}|\.)\b(?:AzureAD|AzureADB2C|MicrosoftEntraID|Okta|Keycloak|Auth0|Cognito|WorkOS|Zitadel|Authentik|FusionAuth|OneLogin|BoxyHQSAML|IdentityServer4)(?:Provider)?\s*\(\s*\{/g,
    says: 'an organisation identity provider (Auth.js)',
  },
  { what: 'social', pattern: /\bsocialProviders\s*[:,=}]/g, says: 'social providers (Better Auth)' },
  // fastapi-sso's providers (its README's list, checked 2026-12-06): openui signs its hosted users in with
  // `GithubSSO(…)`, unfound.
  {
    what: 'social',
    pattern:
      /\bfrom\s+fastapi_sso\.sso\.(?:github|google|microsoft|gitlab|facebook|linkedin|twitter|discord|bitbucket|gitea|spotify|notion|kakao|naver|yandex|line|fitbit|seznam)\s+import\b|\b(?:Github|Google|Microsoft|Gitlab|Facebook|LinkedIn|Twitter|Discord|Bitbucket)SSO\s*\(/g,
    says: 'a public account provider (fastapi-sso)',
  },
  // Better Auth's client, where the server's set-up is not in the repository (supermemory's web app signs in against
  // its own API): `signIn.email(…)`, `signIn.social(…)`, `signIn.emailOtp(…)`, `signIn.passkey(…)`.
  {
    what: 'password',
    pattern: /\bsignIn\s*\.\s*email\s*\(/g,
    says: 'email and password (Better Auth client)',
  },
  { what: 'social', pattern: /\bsignIn\s*\.\s*social\s*\(/g, says: 'a social account (Better Auth client)' },
  {
    what: 'email-code',
    pattern: /\bsignIn\s*\.\s*emailOtp\s*\(/g,
    says: 'a one-time code sent by email (Better Auth client)',
  },
  { what: 'passkey', pattern: /\bsignIn\s*\.\s*passkey\s*\(/g, says: 'passkeys (Better Auth client)' },
  {
    what: 'social',
    pattern: /["']passport-(?:google|github|facebook|twitter|discord|apple|microsoft)[\w-]*["']/g,
    says: 'a Passport social strategy',
  },
  {
    what: 'social',
    pattern: /\.signInWithOAuth\s*\((?=\s*\{)|\bsignInWithPopup\s*\(/g,
    says: 'OAuth sign-in (Supabase or Firebase)',
  },
  {
    what: 'social',
    pattern: /\bhttpx_oauth\.clients\.(?:google|github|microsoft|discord|facebook|linkedin)\b/g,
    says: 'httpx-oauth',
  },
  // The customer's own identity provider: OpenID Connect, SAML, LDAP.
  // OpenID Connect clients: Auth.js and Better Auth options, Passport's strategy, httpx-oauth, Authlib's registration
  // by the issuer's metadata, pyoidc, mozilla-django-oidc and Flask-OIDC; openid-client (Node) below.
  {
    what: 'oidc',
    pattern:
      /\btype["']?\s*[:=]\s*["']oidc["']|\bwellKnown\s*:|\bgenericOAuth\s*\(|["']passport-openidconnect["']|\bhttpx_oauth\.clients\.openid\b|\bOpenID\s*\(|\bserver_metadata_url\s*=(?=\s*["'`])|\bserver_metadata_url(?<!\.register\(\s{0,20}(?:name\s*=\s*)?["']google["'][^)]{0,200}server_metadata_url)\s*=(?!\s*["'`])|^\s*(?:from\s+oic(?:\.oic)?\s+import\b|import\s+oic\b)|\bmozilla_django_oidc\b|\bfrom\s+flask_oidc\s+import\b/gm,
    says: 'OpenID Connect',
    // Google's own discovery document is a public account provider's sign-in, not single sign-on (h2ogpt: Authlib
    // registered with `accounts.google.com`, proposed as `oidc` and answered as single sign-on for Okta and Entra ID).
    notBefore: GOOGLE_DISCOVERY,
  },
  // openid-client where the file calls it: its discovery, authorization URL or code grant (v5's `Issuer.discover`,
  // `client.authorizationUrl`, `client.callback`; v6's `discovery`, `buildAuthorizationUrl`, `authorizationCodeGrant`).
  // Not its import alone: papermark's SAML token route imports it only so the bundler keeps jose's crypto for Jackson
  // (`app/(ee)/api/auth/saml/token/route.ts:8-12`, "Reference the imports so they aren't removed by tree-shaking"), and
  // "OpenID Connect single sign-on" was told to buyers in 6 stamped answers, after the third round had fixed it once
  // (the deer-flow round put the import back among the OIDC libraries).
  {
    what: 'oidc',
    pattern: /["']openid-client["']/g,
    says: 'OpenID Connect (openid-client)',
    alsoIn: [
      /\bIssuer\s*\.\s*discover\s*\(|\.(?:authorizationUrl|callbackParams|callback)\s*\(|\b(?:discovery|buildAuthorizationUrl|authorizationCodeGrant|randomPKCECodeVerifier)\s*\(|\bgenerators\s*\.\s*codeVerifier\b/,
    ],
  },
  // The relying-party libraries of OpenID Connect, which exist only to sign a user in with an identity provider
  // (oidc-client-ts and its React and Angular wrappers, Auth0's express-openid-connect, Flask-pyoidc, social-auth's
  // generic OpenID Connect backend): unlike openid-client, no other library imports them for their cryptography.
  {
    what: 'oidc',
    pattern:
      /["'](?:oidc-client(?:-ts)?|react-oidc-context|@axa-fr\/(?:react|vanilla)-oidc|express-openid-connect|angular-auth-oidc-client|angular-oauth2-oidc)["']|\bfrom\s+flask_pyoidc\b|\bsocial_core\.backends\.open_id_connect\b/g,
    says: 'OpenID Connect (a relying-party library)',
    needs: OIDC_WORD,
  },
  // The app's own OpenID Connect routes: the callback the identity provider sends the user back to, or the route that
  // starts the sign-in (Yuxi-Know's `@auth.get("/oidc/callback")` and `"/oidc/login-url"`, `auth_router.py:873-880`;
  // only password sign-in was proposed and three stamped answers said it had no single sign-on). Not an authorization
  // server's own `/oidc/authorize` or `/oidc/token`, which sign others in.
  {
    what: 'oidc',
    pattern:
      /(?:(?:\.|@\w+\.)(?:get|post|route|api_route|all)|@(?:Get|Post))\s*\(\s*["'`]\/?(?:[^"'`\s]{0,80}\/)?(?:oidc|OIDC|openid(?:-?connect)?)\/(?:callback|login|log-in|signin|sign-in|login-url|login_url)\b/g,
    says: 'OpenID Connect (a sign-in route and its callback)',
    needs: OIDC_WORD,
  },
  {
    what: 'social',
    // Or Authlib's client registered as Google's, whatever holds the address (Khoj: `oauth.register(name="google",
    // server_metadata_url=CONF_URL)`, proposed as OpenID Connect and rubber-stamped as single sign-on in five answers).
    pattern:
      /\bserver_metadata_url\s*=\s*["'`]https:\/\/accounts\.google\.com\/|\.register\(\s*(?:name\s*=\s*)?["']google["']/g,
    says: "Google accounts (through Google's OpenID Connect discovery document)",
  },
  // OpenID Connect built by hand in the app's sign-in code (deer-flow's `auth/oidc.py`: the issuer's discovery
  // document, then an authorization code exchanged at its token endpoint, and a callback route; only password
  // sign-in was proposed). With the flow's own words, so a file that serves its own discovery document (an
  // authorization server for others) is not read as one that sends its users to an identity provider.
  {
    what: 'oidc',
    // Not Google's own document (Khoj's `CONF_URL`, for its Google sign-in).
    pattern:
      /(?<!(?:get|route)\(\s*["'`]\/?)(?<!accounts\.google\.com\/)\.well-known\/openid-configuration\b/g,
    says: "OpenID Connect (the issuer's discovery document and an authorization code)",
    path: SIGN_IN_PATH,
    alsoIn: [AUTHORIZATION_CODE],
  },
  // The same, with the discovery document's address in a setting (cohere-toolkit's `strategies/oidc.py`:
  // `self.settings.well_known_endpoint`, then `endpoints["authorization_endpoint"]`; only its password was proposed).
  // Not Google's own document, a social sign-in (its `google_oauth.py`).
  {
    what: 'oidc',
    pattern:
      /\b(?:well_known_(?:endpoint|url|uri)|WELL_KNOWN_(?:ENDPOINT|URL|URI)|wellKnown(?:Endpoint|Url|URL|Uri))\b/g,
    says: "OpenID Connect (the issuer's discovery document, from settings, and an authorization code)",
    path: SIGN_IN_PATH,
    alsoIn: [AUTHORIZATION_CODE],
    unless: /\baccounts\.google\.com\/\.well-known\//,
  },
  // An ID token taken from an authorization code exchanged at a token address each deployment or customer configures
  // (tolgee's `SsoDelegateEe.kt`: the tenant's `tokenUri`, `scope` "openid", `token.id_token`; its single sign-on was
  // missed and the rubber stamp answered "No" to SSO). Not a public account provider's flow, said by its hosts or its
  // Auth.js provider.
  {
    what: 'oidc',
    pattern: /\bid_?[tT]oken\b/g,
    says: 'OpenID Connect (an ID token from an authorization code)',
    // Not a social-login library's providers (ruoyi-ai's JustAuth `social/gitea/AuthGiteaRequest.java`), nor an API
    // client's OAuth flows for the requests its users build (`USERS_API_OAUTH_PATH`).
    path: new RegExp(
      `^(?!.*social|${USERS_API_OAUTH_PATH.source.slice(1)})${SIGN_IN_PATH.source.slice(1)}`,
      'i',
    ),
    alsoIn: [/["']authorization_code["']/],
    // Nor an authorization server's own metadata, which lists the grants and tokens it issues to others; nor a consent
    // for a user's mailbox, files or calendar, a connector's; nor a flow whose user picks the token to send
    // (`USERS_TOKEN_CHOICE`).
    unless: new RegExp(
      `${PUBLIC_ACCOUNT_FLOW.source}|\\b(?:grant|response)_types_supported\\b|${RESOURCE_SCOPES.source}|${USERS_TOKEN_CHOICE.source}`,
    ),
  },
  // Settings of an identity provider each deployment names: an OIDC settings class with its issuer and client id
  // (deer-flow's `OIDCProviderConfig`).
  {
    what: 'oidc',
    pattern: /\b(?:class|interface|type)\s+\w*(?:OIDC|Oidc|OpenID|OpenId)\w*/g,
    says: 'OpenID Connect settings (an issuer and a client id)',
    path: SIGN_IN_PATH,
    alsoIn: [/\bissuer\b/, /\bclient_?[iI]d\b/],
  },
  // An identity provider each deployment configures, in the app's own sign-in code: the settings of its addresses
  // (postiz's `POSTIZ_OAUTH_USERINFO_URL` beside `scope: 'openid profile email'`, `OIDC_ISSUER`).
  {
    what: 'oidc',
    pattern:
      /\b(?:[A-Z][A-Z0-9_]*)?(?:OAUTH|OIDC|OPENID)[A-Z0-9_]*_(?:USERINFO_URL|USER_INFO_URL|ISSUER(?:_URL)?|DISCOVERY_URL|WELL_KNOWN_URL|CONFIGURATION_URL)\b|\bOIDC_ISSUER\b/g,
    says: 'OpenID Connect to an identity provider the deployment configures',
    path: SIGN_IN_PATH,
  },
  {
    what: 'oidc',
    pattern: /\bsso\s*\(\s*\{/g,
    says: 'the single sign-on plugin (Better Auth: OIDC and SAML)',
  },
  {
    what: 'saml',
    pattern: /\bsso\s*\(\s*\{/g,
    says: 'the single sign-on plugin (Better Auth: OIDC and SAML)',
  },
  {
    what: 'saml',
    pattern:
      /\bonelogin\.saml2\b|\bfrom\s+saml2\b|["']@boxyhq\/saml-jackson["']|["'](?:passport-saml|@node-saml\/[\w-]+|samlify)["']/g,
    says: 'SAML',
  },
  {
    what: 'ldap',
    pattern: /^\s*(?:import\s+ldap3?\b|from\s+ldap3?\b)|["'](?:ldapjs|ldapts|passport-ldapauth)["']/gm,
    says: 'an LDAP directory',
  },
  // Links sent by email, passkeys, keys for programs. Auth.js's email provider whose own email function takes the token
  // and not the link's URL sends a code to type in (sourcebot: a six-digit code from its own `generateVerificationToken`,
  // "Log in to Sourcebot using this code", proposed and rubber-stamped as "a link sent by email" in six answers).
  // next-auth's email provider (`sendVerificationRequest({ identifier, url, token, … })`, `generateVerificationToken`,
  // next-auth.js.org/providers/email, read 2026-12-06).
  {
    what: 'email-code',
    pattern: /(?<!function\s{1,4}|class\s{1,4})\bEmailProvider\s*\(\s*\{/g,
    alsoIn: [TOKEN_NOT_LINK],
    says: 'a one-time code sent by email (its email carries the token, not the link)',
  },
  {
    what: 'magic-link',
    pattern:
      /\bmagicLink\s*\(|(?<!function\s{1,4}|class\s{1,4})\bEmailProvider\s*\(\s*\{|\bsendSignInLinkToEmail\s*\(/g,
    unless: TOKEN_NOT_LINK,
    says: 'a sign-in link sent by email',
  },
  // A sign-in link built by hand, in the app's own sign-in code: the link with its token (hoppscotch's
  // `magicLink: \`${url}/enter?token=${generatedTokens.token}\`` in `auth/auth.service.ts`, mailed by its
  // `signInMagicLink`), its only sign-in besides Google, GitHub and Microsoft, and unproposed.
  {
    what: 'magic-link',
    pattern: /\b[mM]agic_?[lL]ink\w*["']?\s*[:=]\s*f?["'`][^"'`\n]*[?&]token=/g,
    says: 'a sign-in link sent by email (its token in the link)',
    path: SIGN_IN_PATH,
  },
  // Supabase's `signInWithOtp` sends a link or a code, whichever the project's email template holds; the code is then
  // checked with `verifyOtp({ email, token })` (midday), the link with `verifyOtp({ token_hash })` or a callback.
  // Supabase's sign-in calls take one options object: an app's own methods of the same names with other arguments
  // (pipeshub-ai's `AuthApi.signInWithOtp(email, otp)`, a six-digit code its own server checks) are not Supabase's.
  {
    what: 'email-code',
    pattern: /\.verifyOtp\s*\(\s*\{[^}]{0,200}?\btoken\s*[:,}]|\bemailOTP\s*\(/g,
    says: 'a one-time code sent by email',
  },
  {
    what: 'magic-link',
    pattern: /\.signInWithOtp\s*\((?=\s*\{)/g,
    says: `a sign-in link sent by email ${SUPABASE_OTP}`,
  },
  {
    what: 'passkey',
    pattern: /\bpasskey\s*\(|["']@simplewebauthn\/server["']|\bfrom\s+webauthn\b/g,
    says: 'passkeys (WebAuthn)',
  },
  // better-auth's plugin, called bare (`plugins: [apiKey()]`); not a method of another object, such as a translation's
  // label (hollama's `label={$LL.apiKey()}`, `routes/settings/Connection.svelte:122`, the field for the user's own
  // OpenAI key, proposed as its users signing in with API keys).
  { what: 'api-key', pattern: /(?<![.$])\bapiKey\s*\(\s*[{)]|\bAPIKeyHeader\s*\(/g, says: 'API keys' },
  // API keys the app issues to its users and checks itself, in its sign-in code: a key looked up by its stored hash
  // and resolved to a user (Yuxi-Know's `_verify_api_key(token, db)` in `server/utils/auth_middleware.py:95`, keys kept
  // as `key_hash` and tied to a user or department). Not a single key from the settings compared as it is, which lets
  // a program in but signs no user in.
  {
    what: 'api-key',
    pattern:
      /(?<!def\s{1,4}|function\s{1,4}|func\s{1,4}|fn\s{1,4})\b_?(?:verify|validate|check|authenticate)_?[aA]pi_?[kK]ey\s*\(/g,
    says: 'API keys issued to users, checked against their stored hash',
    path: SIGN_IN_PATH,
    needs: /api_?key/i,
    alsoIn: [
      /\b(?:key_?[hH]ash|hashed_?[kK]ey|hashed_?api_?key|hashedApiKey|apiKeyHash|api_key_hash)\b/,
      /\b[uU]ser\b/,
    ],
  },
  // A second factor, and provisioning from the customer's directory.
  { what: 'mfa', pattern: /\btwoFactor\s*\(/g, says: 'one-time codes (TOTP)' },
  // A one-time-password library counts in sign-in code only: an agent also makes codes to log in to other sites
  // (skyvern's `import pyotp` for the websites it drives, proposed as a second factor for its own users).
  {
    what: 'mfa',
    // Java's and Go's one-time-password libraries too (tolgee's `com.eatthepath.otp` in its `SecurityConfiguration.kt`).
    pattern:
      /\bimport\s+pyotp\b|["'](?:otplib|speakeasy|@otplib\/[\w-]+)["']|\bimport\s+(?:com\.eatthepath\.otp|dev\.samstevens\.totp|com\.warrenstrange\.googleauth)\b|["']github\.com\/pquerna\/otp(?:\/totp)?["']/g,
    says: 'one-time codes (TOTP)',
    path: OTP_PATH,
  },
  // A SCIM path the app serves, not one it calls on another service (pipeshub-ai's Notion client,
  // `self.base_url + "/scim/v2/ServiceProviderConfig"`, proposed `scim: true`): not after a host, a port, an
  // interpolated base or a concatenation.
  {
    what: 'scim',
    pattern:
      /\bscim\s*\(\s*\{|(?<!\+\s{0,3})["']\/scim\/v2\b|(?<!\.[a-z]{2,10}|:\d{2,5}|\}|\+\s{0,3}["'`])\/scim\/v2\//g,
    says: 'SCIM',
  },
];

/** Words that bring a line into the scan so a file holding only sign-in set-up is read (`EXTRA_KEYWORDS`). */
export const SIGN_IN_KEYWORDS: readonly string[] = [
  'next-auth',
  '@auth/',
  'credentialsprovider',
  'credentials(',
  'emailandpassword',
  'localstrategy',
  'passport-',
  'signinwith',
  'emailpassword',
  'thirdparty',
  'flow_type',
  'flowtype',
  'multifactorauth',
  'verifyotp',
  'emailotp',
  'createuserwith',
  'fastapi_users',
  'get_auth_router',
  'socialproviders',
  'signin.',
  // Not `google(`: the Vercel AI SDK calls Gemini so on every line that asks it (inbox-zero). Auth.js's own import
  // (`next-auth/providers/google`) brings its configuration in.
  'googleprovider',
  'githubprovider',
  'azureadprovider',
  'microsoftentraid',
  'oktaprovider',
  'keycloakprovider',
  'auth0provider',
  'httpx_oauth',
  'fastapi_sso',
  'githubsso(',
  'googlesso(',
  'microsoftsso(',
  'oidc',
  '_userinfo_url',
  '_user_info_url',
  '_issuer',
  '_discovery_url',
  '_well_known_url',
  '_configuration_url',
  'wellknown',
  'well_known_endpoint',
  'well_known_url',
  'genericoauth',
  'openid',
  'server_metadata_url',
  'from oic',
  'import oic',
  'sso(',
  'saml',
  'ldap',
  'magiclink',
  'magic_link',
  'emailprovider',
  'sendsigninlink',
  'passkey',
  'webauthn',
  'apikey(',
  'apikeyheader',
  'api_key(',
  'react-oidc',
  '@axa-fr/',
  'express-openid',
  'angular-oauth2',
  'flask_pyoidc',
  'open_id_connect',
  'twofactor',
  'pyotp',
  'otplib',
  'speakeasy',
  'com.eatthepath.otp',
  'dev.samstevens.totp',
  'com.warrenstrange',
  'github.com/pquerna/otp',
  'scim',
  // Sign-in built by hand, and the framework set-ups read above.
  'check_password',
  'checkpassword',
  'verifypassword',
  'comparepassword',
  'compare_password',
  'validatepassword',
  'validate_password',
  'password.verify',
  'bcrypt',
  'argon2.verify',
  'pwd_context',
  'verify_password',
  'passwordencoder.matches',
  'comparehashandpassword',
  'oauth2passwordrequestform',
  'id_token',
  'idtoken',
  'accounts.google.com',
  'github.com/login',
  'gitlab.com/oauth',
  'login.microsoftonline.com',
  'authenticate(',
  // Log-in routes (`LOGIN_ROUTE`), half of a password sign-in whose check is in another file.
  '/login',
  '/log-in',
  '/signin',
  '/sign-in',
  'open-apis/authen',
  'allauth',
  'django_otp',
  'devise',
  'provider :',
  'omniauth',
  '.formlogin',
  '.saml2login',
  'two_factor_authenticatable',
];

/**
 * Whether any rule could match, in one pass over the file: the rules' own patterns joined, so no list of their words
 * is kept beside them. Most files set up no sign-in.
 */
const ANY_SIGN_IN = new RegExp(
  RULES.filter((rule) => !rule.needs)
    .map((rule) => `(?:${rule.pattern.source})`)
    .join('|'),
  'm',
);
/** The rules kept out of the joined pass, each tried where its word is in the file. */
const GATED_RULES = RULES.filter((rule) => rule.needs);

/**
 * Files that sign someone in to another system, not the product's users to ours: a command-line tool's login to the
 * vendor's cloud (cognee's `serve/device_auth.py`, Auth0's device flow, proposed as how the API server's users sign in),
 * the config a schema generator reads (latitude-llm's `auth.cli.ts` turned on passwords its `createBetterAuth` does not
 * offer), the tools, blocks and connectors that reach a customer's own account (sim's `tools/clerk/`), and the code of
 * apps the product generates for its users (gpt-pilot's `core/templates/tree/node_express_mongoose/routes/authRoutes.js`,
 * whose password sign-in a rubber stamp answered as the tool's own in five answers), and code generators' descriptions
 * of other services' APIs (pipeshub-ai's `code-generator/notion.py`, Notion's SCIM paths).
 * @example notOurSignIn('cognee/api/v1/serve/device_auth.py') // true
 */
export function notOurSignIn(file: string): boolean {
  return /(?:^|\/)(?:cli|connectors?|integrations?|plugins?|tools?|blocks?|templates?|scaffolds?|boilerplates?|code[-_]?gen(?:erators?)?)\/|[._-]cli\.[cm]?[jt]sx?$|_cli\.py$|(?:^|[/_.-])device[_-]?(?:auth|code|flow|login)\b/i.test(
    file.replace(/\\/g, '/'),
  );
}

/**
 * An OAuth callback written as a loopback address (`callbackURL: \`http://localhost:${port}/auth/twitter/callback\``,
 * `"redirect_uri",\n  "http://127.0.0.1:3000/callback"`), not read from a setting: the flow can only finish on the
 * machine the code runs on.
 */
/** A loopback address, as the callback pattern names it. */
const LOOPBACK = /localhost|127\.0\.0\.1|\[::1\]/i;
const LOOPBACK_CALLBACK =
  /\b(?:callback|redirect)_?(?:url|uri)s?["']?\s*[:=,]\s*\[?\s*[`"']https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])\b/i;

/**
 * A file that starts itself: a main guard (`if __name__ == "__main__":`, `require.main === module`,
 * `import.meta.url === \`file://${process.argv[1]}\``) or an installed app's local server (`run_local_server(`).
 */
const RUNS_ITSELF =
  /\bif\s+__name__\s*==\s*["']__main__["']|\brequire\.main\s*===?\s*module\b|\bimport\.meta\.url\s*===?\s*[`"']file:\/\/\$\{process\.argv\[1\]\}|\bimport\.meta\.main\b|\.run_local_server\s*\(/;

/**
 * Whether a file is a helper the developers run on their own machine to fetch the company's own tokens: it starts
 * itself and its OAuth callback is a loopback address, so nobody but the person running it can sign in through it.
 * social-media-agent's `src/clients/auth-server.ts` (`yarn start:auth`) runs a Passport Twitter flow on localhost to
 * print the posting tokens of the company's own accounts, and was proposed as how the product's users sign in
 * (`social`), false in five stamped answers of a product with no user sign-in.
 * @example localTokenHelper('callbackURL: "http://localhost:3000/cb"\nif __name__ == "__main__":') // true
 */
export function localTokenHelper(text: string): boolean {
  // A literal search first: most files name no loopback address, and the callback pattern is tried at every word.
  return LOOPBACK.test(text) && LOOPBACK_CALLBACK.test(text) && RUNS_ITSELF.test(text);
}

/** A form field's placeholder before a position on its line (`placeholder: "https://accounts.google.com/o/oauth2/…"`). */
const PLACEHOLDER = /\bplaceholder\s*[:=]\s*\{?\s*["'`][^"'`\n]*$/i;

/**
 * Whether the text at `at` is the example value a form shows in an empty field: bionic-gpt's admin form for
 * registering OAuth clients (`crates/web-pages/oauth_clients/upsert.rs:82`, Google's authorize address as the "Provider
 * URL" field's placeholder) was read as social sign-in.
 */
function placeholderAt(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return PLACEHOLDER.test(text.slice(start, at));
}

/**
 * The sign-in facts of one production source file: one per method switched on, with where. Pure.
 * @example signInFacts('CredentialsProvider({ name: "password" })', 'auth.ts')[0].kind // 'sign-in:password'
 */
export function signInFacts(text: string, file: string, offered?: OfferedSignIn): ConfigFact[] {
  if (notOurSignIn(file) || localTokenHelper(text)) return [];
  const facts: ConfigFact[] = [];
  let starts: number[] | undefined;
  if (offered) {
    starts = lineStarts(text);
    const { line, col } = lineAt(starts, offered.at);
    const names = offered.names.slice(0, 6).join(', ') + (offered.names.length > 6 ? ', …' : '');
    facts.push({
      kind: OFFERED_PROVIDERS_FACT,
      message: `users sign in: ${offered.names.length} account providers are set up (${offered.library}: ${names})`,
      evidence: [
        { file, line, col, signal: 'config', snippet: cleanSnippet(lineText(text, starts, line), col - 1) },
      ],
    });
  }
  // One pass over the file for any word a rule needs, before the rules' own passes: most files set up no sign-in, and
  // running every rule on each cost discovery a seventh of its time (inbox-zero).
  const route = LOGIN_ROUTE.exec(text);
  if (route) {
    starts ??= lineStarts(text);
    facts.push(hintFact(LOGIN_ROUTE_HINT, 'a log-in route', text, file, starts, route.index));
  }
  // The joined pass says whether any ungated rule can match; a gated rule is tried only where its word is.
  const joined = ANY_SIGN_IN.test(text);
  if (!joined && !GATED_RULES.some((rule) => rule.needs!.test(text)) && !/(?:^|\/)scim\//i.test(file))
    return facts;
  const seen = new Set<string>();
  // A password checked off sign-in code, in a file with no log-in route: half of one. With a route in the same file,
  // the rule's own distance decides (a share link's password checked far below a log-in route is none).
  const passwordHint = () => {
    if (route) return;
    const check = firstPasswordCheck(text);
    starts ??= lineStarts(text);
    if (check)
      facts.push(hintFact(PASSWORD_CHECK_HINT, 'a password checked', text, file, starts, check.index));
  };
  // A SCIM endpoint by its route (`app/api/scim/v2.0/[...directory]/route.ts`, papermark's directory sync).
  if (/(?:^|\/)scim\//i.test(file)) {
    seen.add('scim');
    facts.push({
      kind: `${SIGN_IN_FACT}scim`,
      message: 'users sign in: SCIM (a SCIM route)',
      evidence: [{ file, line: 1, col: 1, signal: 'config', snippet: file }],
    });
  }
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    const offPath = rule.path !== undefined && !rule.path.test(file);
    if (seen.has(rule.what) || (offPath && !rule.orAfter) || rule.unless?.test(text)) continue;
    if (rule.needs ? !rule.needs.test(text) : !joined) continue;
    if (rule.alsoIn?.some((needed) => !needed.test(text))) continue;
    if (offPath && !rule.orAfter!.test(text)) {
      if (rule.pattern === PASSWORD_CHECK) passwordHint();
      continue;
    }
    // Off its path, only in a log-in route's handler: the route at most 1,500 characters before the call.
    const misplaced = (at: number) => offPath && !rule.orAfter!.test(text.slice(Math.max(0, at - 1500), at));
    let match = rule.pattern.exec(text);
    // The next match, where this one is followed by what says it is for another purpose (a global pattern only: any
    // other would return the same match for ever).
    while (
      match &&
      rule.pattern.global &&
      (rule.notBefore?.test(text.slice(match.index, match.index + 300)) ||
        misplaced(match.index) ||
        placeholderAt(text, match.index) ||
        (rule.pattern === PASSWORD_CHECK && !checksPassword(text, match)))
    )
      match = rule.pattern.exec(text);
    if (!match) {
      if (rule.pattern === PASSWORD_CHECK && offPath) passwordHint();
      continue;
    }
    seen.add(rule.what);
    starts ??= lineStarts(text);
    const { line, col } = lineAt(starts, match.index);
    facts.push({
      kind: `${SIGN_IN_FACT}${rule.what}`,
      message: `users sign in: ${rule.says}`,
      evidence: [
        { file, line, col, signal: 'config', snippet: cleanSnippet(lineText(text, starts, line), col - 1) },
      ],
    });
  }
  return facts;
}

/** A fact that is half of a sign-in method (`LOGIN_ROUTE_HINT`, `PASSWORD_CHECK_HINT`), at `at`. */
function hintFact(
  kind: string,
  says: string,
  text: string,
  file: string,
  starts: number[],
  at: number,
): ConfigFact {
  const { line, col } = lineAt(starts, at);
  return {
    kind,
    message: says,
    evidence: [
      { file, line, col, signal: 'config', snippet: cleanSnippet(lineText(text, starts, line), col - 1) },
    ],
  };
}

/**
 * The sign-in facts of a whole scan, one per kind with its first places (at most five), in the report's order. Others
 * pass through.
 */
export function collapseSignIn(facts: readonly ConfigFact[]): ConfigFact[] {
  const byKind = new Map<string, ConfigFact>();
  const rest: ConfigFact[] = [];
  // Where a code sent by email is checked anywhere, Supabase's one sign-in call sends that code, not a link (midday:
  // `signInWithOtp` in its form, `verifyOtp({ email, token })` in a server action).
  const codes = facts.some((fact) => fact.kind === `${SIGN_IN_FACT}email-code`);
  // A log-in route in one file and a password checked in another make a password sign-in, where none was found whole.
  const route = facts.find((fact) => fact.kind === LOGIN_ROUTE_HINT);
  const check = facts.find((fact) => fact.kind === PASSWORD_CHECK_HINT);
  const joined: ConfigFact[] =
    route && check && !facts.some((fact) => fact.kind === `${SIGN_IN_FACT}password`)
      ? [
          {
            kind: `${SIGN_IN_FACT}password`,
            message: 'users sign in: a password, checked against its hash, behind a log-in route',
            evidence: [...route.evidence, ...check.evidence],
          },
        ]
      : [];
  for (const fact of [...facts, ...joined]) {
    if (fact.kind === LOGIN_ROUTE_HINT || fact.kind === PASSWORD_CHECK_HINT) continue;
    if (codes && fact.kind === `${SIGN_IN_FACT}magic-link` && fact.message.endsWith(SUPABASE_OTP)) continue;
    if (!fact.kind.startsWith(SIGN_IN_FACT)) {
      rest.push(fact);
      continue;
    }
    const first = byKind.get(fact.kind);
    if (!first) byKind.set(fact.kind, { ...fact, evidence: [...fact.evidence] });
    else if (first.evidence.length < 5)
      first.evidence.push(...fact.evidence.slice(0, 5 - first.evidence.length));
  }
  return [...rest, ...byKind.values()];
}

/**
 * What the sign-in facts propose for the application's `userAuthentication`: the methods found, in the vocabulary's
 * order; `mfa: optional` where one-time codes are set up (whether they are required is the company's to say); `scim`
 * where SCIM is; and the proofs in words for the comment. Undefined where no method was found.
 */
export function signInProposal(facts: readonly ConfigFact[]):
  | {
      userAuthentication: { methods: SignInMethod[]; mfa?: 'optional'; scim?: true };
      proofs: string;
      /** Where several account providers are set up for users to choose from: the fact's words and place. */
      offered?: string;
    }
  | undefined {
  const found = new Map<string, ConfigFact>();
  for (const fact of facts)
    if (fact.kind.startsWith(SIGN_IN_FACT) && !found.has(fact.kind)) found.set(fact.kind, fact);
  const what = (fact: ConfigFact) => fact.kind.slice(SIGN_IN_FACT.length);
  const methods = SIGN_IN_METHODS.filter((method) => found.has(`${SIGN_IN_FACT}${method}`));
  if (methods.length === 0) return undefined;
  const offered = found.get(OFFERED_PROVIDERS_FACT);
  found.delete(OFFERED_PROVIDERS_FACT);
  const proofs = [...found.values()]
    .map((fact) => `${what(fact)} (${fact.evidence[0]!.file}:${fact.evidence[0]!.line})`)
    .join(', ');
  return {
    userAuthentication: {
      methods,
      ...(found.has(`${SIGN_IN_FACT}mfa`) ? { mfa: 'optional' as const } : {}),
      ...(found.has(`${SIGN_IN_FACT}scim`) ? { scim: true as const } : {}),
    },
    proofs,
    ...(offered
      ? {
          offered: `${offered.message.replace(/^users sign in: /, '')} (${offered.evidence[0]!.file}:${offered.evidence[0]!.line})`,
        }
      : {}),
  };
}
