import {
  PROGRAM_METHODS,
  runByCustomer,
  SERVICE_KINDS,
  type SignInMethod,
  SSO_METHODS,
} from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import type { ComponentData } from '../map/index.js';
import { customerDataAt } from './dataClasses.js';
import type { Model } from './model.js';
import { componentLabel, nameOf, vendorService } from './names.js';

/** Each sign-in method as a buyer reads it, in the order answers list them. */
const METHOD_WORDS: Record<Exclude<SignInMethod, 'none'>, string> = {
  // A user name or an email address: the map says a password, not which (rag-web-ui signs in by user name).
  password: 'a password',
  'magic-link': 'a link sent by email',
  // A code typed in, not a link followed (midday signs in by Supabase's emailed code: "a link" was false).
  'email-code': 'a one-time code sent by email',
  passkey: 'passkeys',
  // No example: the map does not say which (Superagent signs in with GitHub only, and "such as Google" was false).
  social: 'a social account',
  oidc: 'OpenID Connect single sign-on',
  saml: 'SAML single sign-on',
  ldap: 'the customer’s LDAP directory',
  'api-key': 'API keys (for programs)',
  delegated: 'a token the application in front of it issues at sign-in',
};

/** A component users sign in to, as the map says it. */
export type SignInComponent = ComponentData & {
  userAuthentication: NonNullable<ComponentData['userAuthentication']>;
};

/** The components whose user sign-in the map states, in map order. */
export function signInComponents(model: Model): SignInComponent[] {
  return model.map.components.filter(
    (component): component is SignInComponent => !!component.userAuthentication,
  );
}

/**
 * The services of ours that handle customer data and say nothing of how their users sign in, each with the customer
 * data it handles: what the sign-in check asks of, and what keeps a sign-in answer from speaking for the whole product
 * (zep: "No. SAML single sign-on is not offered" from the software each customer runs, beside the hosted service that
 * holds their data saying nothing).
 * @example silentServices(model) // [{ component: api, customerData: ['docs'] }]
 */
export function silentServices(model: Model): { component: ComponentData; customerData: string[] }[] {
  return model.map.components.flatMap((component) => {
    if (
      !SERVICE_KINDS.has(component.kind) ||
      component.userAuthentication ||
      runByCustomer(component, model.map.subprocessors)
    )
      return [];
    const customerData = customerDataAt(model, component);
    return customerData.length > 0 ? [{ component, customerData }] : [];
  });
}

/**
 * The silent services (`silentServices`) that people may reach directly: reached by no flow, or by a part each
 * customer runs (zep: its hosted API, called by the SDKs customers install). One reached only through parts of ours
 * (search_with_lepton: the hosted search API its backend calls) leaves the answer to those parts; the check still
 * asks it.
 */
export function silentFrontDoors(model: Model): { component: ComponentData; customerData: string[] }[] {
  return silentServices(model).filter(({ component }) => {
    const incoming = model.index.incoming.get(component.id) ?? [];
    return (
      incoming.length === 0 ||
      incoming.some((flow) => {
        const from = model.index.components.get(flow.from);
        return !from || runByCustomer(from, model.map.subprocessors);
      })
    );
  });
}

/** Whether users may sign in with their company's own identity provider (OIDC, SAML or LDAP). */
export function offersSso(component: SignInComponent): boolean {
  return component.userAuthentication.methods.some((method) => SSO_METHODS.has(method));
}

/** Whether anyone who reaches the component may use it: one of its methods is `none` (alone, or beside a key for more). */
export function opensToAnyone(component: SignInComponent): boolean {
  return component.userAuthentication.methods.includes('none');
}

/** A no-sign-in clause opening the map's words: "No accounts and no sign-in:", "The dashboard and API have no sign-in;". */
const NO_SIGN_IN_LEAD =
  /^(?:there (?:are|is)\s+|[\w .()'’-]{1,60}?\s(?:has|have|requires?|needs?)\s+)?no (?:user )?(?:accounts?|sign[- ]?ins?|log[- ]?ins?|authentication)(?:\s*(?:,|and|or)\s*(?:no )?(?:user )?(?:accounts?|sign[- ]?ins?|log[- ]?ins?|authentication|api[- ]?keys?|passwords?|tokens?))*(?: of (?:its|their) own)?\s*(?:[:;,.—–-]\s*|$)/i;

/**
 * How users sign in to each component, one sentence a component, with the parts that have no sign-in and nothing more
 * to say of it said together (localGPT: "Web UI has no user sign-in: anyone who can reach it may use it. Backend
 * gateway has no user sign-in: … RAG API has no user sign-in: …" in every sign-in answer).
 * @example signInSentences(model, [ui, api]) // ['Web UI and RAG API have no user sign-in: anyone who can reach them may use them']
 */
export function signInSentences(model: Model, components: readonly SignInComponent[]): string[] {
  const bare = (component: SignInComponent) => {
    const { methods, mfa, scim, mechanism } = component.userAuthentication;
    return (
      methods.length > 0 &&
      methods.every((method) => method === 'none') &&
      !mechanism?.trim() &&
      mfa === undefined &&
      scim === undefined
    );
  };
  const open = components.filter(bare);
  if (open.length < 2) return components.map((component) => signInSentence(model, component));
  const together = `${joinList(open.map(componentLabel))} have no user sign-in: anyone who can reach them may use them`;
  const sentences: string[] = [];
  for (const component of components) {
    if (!bare(component)) sentences.push(signInSentence(model, component));
    else if (component === open[0]) sentences.push(together);
  }
  return sentences;
}

/**
 * How users sign in to a component, for buyers, from the map alone: methods, second factor, SCIM, who signs them in
 * and the map's own words. The one wording every output uses: `of` names the component ("Users of DocuMind API sign
 * in with …", for answers); without it the words follow the component's name ("DocuMind API: users sign in with …").
 * @example signInSentence(model, api, true) // 'Users of DocuMind API sign in with a password or SAML single sign-on, through Auth0; multi-factor authentication is available to users (optional)'
 */
export function signInSentence(model: Model, component: SignInComponent, of = true): string {
  const { methods, mfa, scim, identityProvider, mechanism } = component.userAuthentication;
  const name = componentLabel(component);
  // The map's own words as a sentence of their own: written for buyers, they open with a capital (rag-web-ui).
  const words = mechanism?.trim().replace(/\.\s*$/, '');
  const own = words ? `. ${words.charAt(0).toUpperCase()}${words.slice(1)}` : '';
  const said = methods.filter((method): method is Exclude<SignInMethod, 'none'> => method !== 'none');
  // Keys for programs and a token from the application in front are not what an identity service signs people in
  // with (suna: "… or API keys (for programs), through Supabase Auth"; its keys are checked by its own backend).
  const byProvider = said.filter((method) => !PROGRAM_METHODS.has(method));
  const apart =
    identityProvider && byProvider.length > 0 ? said.filter((method) => PROGRAM_METHODS.has(method)) : [];
  // Single sign-on beside a password or a social account: the identity service the map names signs in one kind or the
  // other, and the map does not say which (growthbook: "a password or OpenID Connect single sign-on, through Auth0",
  // while its enterprise SSO goes straight to each organisation's own provider; elsewhere Okta signs in the SSO and not
  // the passwords). Named by neither.
  const mixed =
    byProvider.some((method) => SSO_METHODS.has(method)) &&
    byProvider.some((method) => !SSO_METHODS.has(method));
  const ways = said.filter((method) => !apart.includes(method)).map((method) => METHOD_WORDS[method]);
  // The map's words that already name the ways in are said alone, after the methods' own, not beside a list of them
  // (papermark: "sign in with a link sent by email, a social account, passkeys or SAML single sign-on. Team members sign
  // in with an emailed link, Google or LinkedIn, a passkey, or SAML single sign-on"; portkey-gateway: "has no user
  // sign-in: anyone who can reach it may use it. The gateway does not sign callers in: anyone who can reach it …").
  const restated = words !== undefined && restatesMethods(words, said, opensToAnyone(component));
  // Words that open by saying there is no sign-in go on from ours, not after it (hollama, openagents, babyagi: "has no
  // user sign-in. No accounts and no sign-in: anyone can open the app", in every sign-in answer).
  const lead = restated && ways.length === 0 ? NO_SIGN_IN_LEAD.exec(words!) : null;
  if (lead) {
    const rest = words!.slice(lead[0].length).trim();
    // "CORS allows any origin" keeps its capitals: an acronym is not a sentence's capital.
    const going = /^[A-Z]{2}/.test(rest) ? rest : `${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
    return `${of ? `${name} has` : 'has'} no user sign-in${rest ? `: ${going}` : ''}`;
  }
  if (restated && ways.length === 0) return `${of ? `${name} has` : 'has'} no user sign-in${own}`;
  // A part with no sign-in keeps the map's words of why (obsidian-copilot: a plugin inside each user's own app, said
  // as "anyone who can reach it may use it" with "runs inside each user's own Obsidian" dropped).
  if (ways.length === 0)
    return `${of ? `${name} has` : 'has'} no user sign-in: anyone who can reach it may use it${own}`;
  // An identity service by its product, with its company where that is not said (rowboat: "through Okta" for Auth0,
  // which a buyer read as its own Okta).
  const provider = identityProvider ? model.index.subprocessors.get(identityProvider) : undefined;
  // Nor where every way is a program's or the application's in front (suna's agent runner: a token and API keys, "through
  // Supabase", whose keys its own backend checks).
  const by =
    identityProvider && !mixed && byProvider.length > 0
      ? // A sub-processor entry listing several services is named by its vendor (sample-app-aoai-chatGPT: "through
        // Microsoft Azure (App Service, Entra ID, Cosmos DB, Microsoft Graph)", as if its database signed users in).
        `, through ${provider ? (/[,;]/.test(provider.service) ? provider.vendor : vendorService(provider.vendor, provider.service)) : (nameOf(model, identityProvider) ?? identityProvider)}`
      : '';
  // Only a token the application in front issues, with the service that signs people in named: said as who
  // identifies them, not as "a token … issued at sign-in" of an app with no sign-in of its own (chatgpt-telegram-bot:
  // users identified by their Telegram account, said to "sign in with a token the application in front of it issues").
  const front =
    identityProvider && said.length > 0 && said.every((method) => method === 'delegated')
      ? (provider?.vendor ?? nameOf(model, identityProvider) ?? identityProvider)
      : undefined;
  const programs =
    apart.length > 0
      ? `, or with ${joinList(
          apart.map((method) => METHOD_WORDS[method]),
          'or',
        )}`
      : '';
  // Words that already say who signs in ("Users sign in with …", "Team members sign in …") are said on the part, not
  // after "sign in as follows: users sign in with …" (coai).
  const lower = restated ? `${words!.charAt(0).toLowerCase()}${words!.slice(1)}` : '';
  const ownSubject = restated && /^[\p{L}\s-]{1,40}?\b(?:sign|signs|log|logs)\s+in\b/iu.test(words!);
  const parts = restated
    ? [
        ownSubject
          ? of
            ? `On ${name}, ${lower}`
            : lower
          : `${of ? `Users of ${name}` : 'users'} sign in as follows: ${lower}`,
      ]
    : // `none` beside other methods: a public service that takes a key for more (jina reader: anonymous requests
      // served, an API key optional), never said as one that everyone signs in to.
      opensToAnyone(component)
      ? [
          `${of ? `anyone who can reach ${name}` : 'anyone who can reach it'} may use it without signing in; users may also sign in with ${joinList(ways, 'or')}${by}${programs}`.replace(
            /^a/,
            of ? 'A' : 'a',
          ),
        ]
      : front
        ? [
            `${of ? `Users of ${name}` : 'users'} are identified by their ${front} account, which signs them in before their requests reach ${of ? 'it' : 'us'}`,
          ]
        : [`${of ? `Users of ${name}` : 'users'} sign in with ${joinList(ways, 'or')}${by}${programs}`];
  if (mfa === 'required') parts.push('multi-factor authentication is required for users');
  if (mfa === 'optional') parts.push('multi-factor authentication is available to users (optional)');
  if (mfa === 'not-offered') parts.push('multi-factor authentication is not offered to users');
  if (scim === true) parts.push('users can be provisioned from the customer’s directory by SCIM');
  if (scim === false) parts.push('SCIM provisioning is not offered');
  return `${parts.join('; ')}${restated ? '' : own}`;
}

/** Words by which a sign-in method is named in a map's own description of it. */
const METHOD_NAMED: Record<Exclude<SignInMethod, 'none'>, RegExp> = {
  password: /\bpasswords?\b/i,
  'magic-link': /\b(?:magic |sign-?in |e-?mail(?:ed)? )?links?\b/i,
  'email-code': /\b(?:one-time |e-?mail(?:ed)? )?codes?\b|\botp\b/i,
  passkey: /\bpasskeys?\b|\bwebauthn\b/i,
  social: /\b(?:social|google|github|gitlab|linkedin|microsoft|apple|facebook|discord|twitter|oauth)\b/i,
  oidc: /\boidc\b|\bopenid\b/i,
  saml: /\bsaml\b/i,
  ldap: /\bldap\b|\bactive directory\b/i,
  'api-key': /\bapi[- ]?keys?\b|\b(?:access |bearer )?tokens?\b/i,
  delegated: /\btokens?\b|\bsessions?\b|\bissued by\b|\bsigned in by\b/i,
};

/**
 * Whether a map's own words on sign-in name at least two thirds of its methods (each, where there are one or two), and,
 * for a part anyone may use, say so: they then say the same as the list of methods, in the team's words.
 * @example restatesMethods('Team members sign in with an emailed link or Google', ['magic-link', 'social'], false) // true
 */
function restatesMethods(
  words: string,
  methods: readonly Exclude<SignInMethod, 'none'>[],
  open: boolean,
): boolean {
  if (!/\b(?:sign(?:s|ed)?[- ]?in|log(?:s|ged)?[- ]?in|logins?|authenticat\w*|anyone)\b/i.test(words))
    return false;
  if (
    open &&
    !/\banyone\b|\bno (?:user )?(?:sign[- ]?in|login|password)\b|\bwithout (?:signing|logging|a password|an account)\b|\bdoes not sign\b/i.test(
      words,
    )
  )
    return false;
  const named = methods.filter((method) => METHOD_NAMED[method].test(words)).length;
  return methods.length <= 2 ? named === methods.length : named >= Math.ceil((methods.length * 2) / 3);
}
