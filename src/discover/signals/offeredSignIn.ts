import type { CompiledCatalog } from '../catalog/compile.js';
import type { ProviderHit } from '../scan/hits.js';

/**
 * The sign-in providers a file sets up by their own modules: Auth.js's (`next-auth/providers/auth0`,
 * `@auth/core/providers/github`), Passport's strategies (`passport-github2`), django-allauth's provider apps,
 * fastapi-sso's and httpx-oauth's clients. The first group that matched names the library.
 */
const PROVIDER_MODULE =
  /\b(?:next-auth|@auth\/[\w-]+)\/providers\/([\w-]+)|["']passport-([\w-]+)["']|\ballauth\.socialaccount\.providers\.(\w+)|\bfastapi_sso\.sso\.(\w+)|\bhttpx_oauth\.clients\.(\w+)/g;

const LIBRARIES = ['Auth.js', 'Passport', 'django-allauth', 'fastapi-sso', 'httpx-oauth'] as const;

/** Modules of those libraries that are no account provider: passwords, email links, keys, the generic clients. */
const NOT_AN_ACCOUNT =
  /^(?:index|credentials|email|nodemailer|resend|sendgrid|postmark|forwardemail|passkey|webauthn|local|jwt|http|http-bearer|custom|anonymous|headerapikey|unique-token|oauth|oauth2|openid_?connect|oidc|saml|openid)$/i;

/** From this many account providers set up in one file, each is one the deployment may offer, none the only one. */
export const OFFERED_AT_LEAST = 3;

/** The `detail` of an identity vendor's proof in such a file: one of the providers offered (`markOfferedSignIn`). */
export const OFFERED_SIGN_IN_DETAIL = 'one of the sign-in providers the code offers';

/** The account providers a file sets up through a sign-in library, and the library; undefined under the threshold. */
export interface OfferedSignIn {
  library: (typeof LIBRARIES)[number];
  /** Lower-case, in the file's order, each once (`auth0`, `github`). */
  names: string[];
  /** Where the first provider's module is named, as an offset into the text. */
  at: number;
}

/**
 * The account providers one file sets up through a sign-in library, where it sets up at least `OFFERED_AT_LEAST`
 * (linkwarden's `authProviders.ts` imports 58 of Auth.js's, each switched on by a setting of its own). Pure.
 * @example offeredSignIn('import A from "next-auth/providers/auth0"; import G from "next-auth/providers/github"; import D from "next-auth/providers/discord"')?.names // ['auth0', 'github', 'discord']
 */
export function offeredSignIn(text: string): OfferedSignIn | undefined {
  // Most files name no sign-in library: a plain search first.
  if (!/providers\/|passport-|allauth|fastapi_sso|httpx_oauth/.test(text)) return undefined;
  const names = new Set<string>();
  let library: OfferedSignIn['library'] | undefined;
  let at = 0;
  for (const match of text.matchAll(PROVIDER_MODULE)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const name = match[group + 1]!.toLowerCase();
    if (NOT_AN_ACCOUNT.test(name)) continue;
    if (!library) {
      library = LIBRARIES[group];
      at = match.index;
    }
    names.add(name);
  }
  return library && names.size >= OFFERED_AT_LEAST ? { library, names: [...names], at } : undefined;
}

/**
 * Whether a sign-in vendor is among the providers offered: one of its id's words or its vendor key is a provider's
 * name, its trailing digits aside (`aws-cognito` is Auth.js's `cognito`, `auth0` is `auth0`).
 */
function offers(offered: OfferedSignIn, id: string, vendor: string | undefined): boolean {
  const words = new Set([...id.split('-'), ...(vendor ? [vendor] : [])]);
  return offered.names.some((name) => words.has(name) || words.has(name.replace(/\d+$/, '')));
}

/**
 * Marks the proofs of a sign-in vendor (`identity`) that the file sets up as one of several providers offered: a
 * provider users may choose, where the deployment switches it on, not the one every user signs in through, and not
 * a sub-processor of every deployment (linkwarden: Auth0, one of Auth.js's 58 providers there, was proposed as the
 * identity provider and a sub-processor). A proof with a detail of its own keeps it.
 */
export function markOfferedSignIn(
  hits: readonly ProviderHit[],
  offered: OfferedSignIn,
  catalog: CompiledCatalog,
): void {
  for (const hit of hits) {
    const entry = catalog.providers.get(hit.provider);
    if (entry?.category !== 'identity' || hit.evidence.detail || !offers(offered, entry.id, entry.vendor))
      continue;
    hit.evidence.detail = `${OFFERED_SIGN_IN_DETAIL} (${offered.names.length}, ${offered.library})`;
  }
}
