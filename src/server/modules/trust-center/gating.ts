import { createHash, randomBytes } from 'node:crypto';

/**
 * The rules of the document gate, as pure functions: who may ask, what happens to a request, how long a link
 * lives. The routes only read and write what these decide.
 */

/**
 * Mailbox providers anyone can sign up to: a request from one says nothing about the company named, so the
 * default rules block it. A short list of the largest; owners add more in the settings.
 */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'proton.me',
  'protonmail.com',
  'yandex.com',
  'zoho.com',
];

/** Days an approved link stays valid unless the settings say otherwise. */
export const DEFAULT_LINK_DAYS = 14;

/** What a buyer types into the request form, after bounds. */
export interface DocumentRequestInput {
  name: string;
  email: string;
  company: string;
  reason: string;
  /** Evidence ids asked for. */
  documents: string[];
  /** The NDA version the person accepted (must be the current one). */
  ndaVersion: string;
  ndaAccepted: boolean;
}

/** The organisation's rules for requests. */
export interface GateRules {
  /** E-mail domains approved without a person (a customer's own domain, a partner). */
  autoApproveDomains: readonly string[];
  /** Refuse requests from free-mail domains. */
  blockFreeMail: boolean;
  /** Extra domains treated as free mail. */
  extraFreeMail?: readonly string[];
  linkDays: number;
}

export const DEFAULT_RULES: GateRules = {
  autoApproveDomains: [],
  blockFreeMail: true,
  linkDays: DEFAULT_LINK_DAYS,
};

const EMAIL =
  /^[^\s@<>"',;:()[\]\\]{1,64}@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$/;

/** The domain of an address, lower-cased, or undefined when it is not an address. */
export function emailDomain(email: string): string | undefined {
  return EMAIL.exec(email.trim().toLowerCase())?.[1];
}

/** True when `domain` is `listed` or one of its subdomains. */
function within(domain: string, listed: readonly string[]): boolean {
  return listed.some((entry) => {
    const clean = entry.trim().toLowerCase().replace(/^@/, '');
    return clean !== '' && (domain === clean || domain.endsWith(`.${clean}`));
  });
}

/** Problems with a request form, by field; empty when it can be stored. */
export function validateRequest(
  input: Partial<Record<keyof DocumentRequestInput, unknown>>,
  known: { documents: readonly string[]; ndaVersion: string },
): { value?: DocumentRequestInput; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const text = (key: 'name' | 'email' | 'company' | 'reason', max: number, required = true) => {
    const raw = typeof input[key] === 'string' ? (input[key] as string).trim() : '';
    // Control characters have no place in a name or a reason; they would only confuse a reviewer's screen.
    const clean = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    if (required && clean === '') problems[key] = 'required';
    else if (clean.length > max) problems[key] = `at most ${max} characters`;
    return clean.slice(0, max);
  };
  const name = text('name', 200);
  const email = text('email', 254).toLowerCase();
  const company = text('company', 200);
  const reason = text('reason', 2000);
  if (email && !emailDomain(email)) problems.email = 'not an e-mail address';
  const asked = (Array.isArray(input.documents) ? input.documents : [input.documents]).filter(
    (entry): entry is string => typeof entry === 'string' && entry !== '',
  );
  const documents = [...new Set(asked)].slice(0, 50);
  if (documents.length === 0) problems.documents = 'choose at least one document';
  else if (documents.some((id) => !known.documents.includes(id))) problems.documents = 'unknown document';
  if (input.ndaAccepted !== true && input.ndaAccepted !== 'on' && input.ndaAccepted !== 'yes')
    problems.ndaAccepted = 'accept the NDA to continue';
  if (input.ndaVersion !== known.ndaVersion)
    problems.ndaVersion = 'the NDA changed; read the current version';
  if (Object.keys(problems).length > 0) return { problems };
  return {
    value: { name, email, company, reason, documents, ndaVersion: known.ndaVersion, ndaAccepted: true },
    problems,
  };
}

/** What happens to a new request under the rules. */
export type Decision =
  | { status: 'approved'; by: 'rule'; rule: string }
  | { status: 'blocked'; rule: string }
  | { status: 'pending' };

/**
 * The decision the rules make on arrival: blocked for a free-mail domain (when the rules block them),
 * approved for a listed domain, otherwise waiting for an owner or admin.
 * @example decide('ana@globex.example', { ...DEFAULT_RULES, autoApproveDomains: ['globex.example'] }) // approved
 */
export function decide(email: string, rules: GateRules): Decision {
  const domain = emailDomain(email);
  if (!domain) return { status: 'blocked', rule: 'not an e-mail address' };
  if (rules.blockFreeMail && within(domain, [...FREE_MAIL_DOMAINS, ...(rules.extraFreeMail ?? [])]))
    return { status: 'blocked', rule: `free-mail domain ${domain}` };
  if (within(domain, rules.autoApproveDomains))
    return { status: 'approved', by: 'rule', rule: `listed domain ${domain}` };
  return { status: 'pending' };
}

/** A new access link: the secret goes in the URL once; only its hash is stored. */
export function newLinkSecret(): { secret: string; hash: string } {
  const secret = randomBytes(24).toString('base64url');
  return { secret, hash: linkHash(secret) };
}

/** The stored form of a link secret. */
export function linkHash(secret: string): string {
  return createHash('sha256').update(`trustmap-tc-link:${secret}`).digest('hex');
}

/** When a link approved at `approvedAt` stops working. */
export function linkExpiry(approvedAt: Date, days: number): Date {
  const bounded = Math.min(Math.max(Math.floor(days), 1), 365);
  return new Date(approvedAt.getTime() + bounded * 86_400_000);
}

/** Why a link does not open a document, or undefined when it does. */
export function linkProblem(
  link: { expires_at: string | Date; revoked_at: string | Date | null; status: string } | undefined,
  now: Date,
): 'unknown' | 'not-approved' | 'revoked' | 'expired' | undefined {
  if (!link) return 'unknown';
  if (link.status !== 'approved') return 'not-approved';
  if (link.revoked_at) return 'revoked';
  if (new Date(link.expires_at).getTime() <= now.getTime()) return 'expired';
  return undefined;
}

/** SHA-256 of the NDA text a person accepted, kept with the request so the exact wording can be shown later. */
export function ndaDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
