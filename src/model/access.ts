import type { ComponentData } from '../map/index.js';

/** A mechanism the map describes in words that say access is open: no login, anonymous, public. */
export const OPEN_ACCESS =
  /\b(anonymous|unauthenticated|no (?:auth\w*|login|password|access control)|without (?:auth\w*|a login|login|a password)|open to (?:anyone|everyone|the internet)|public(?:ly)? (?:read|write|access\w*|readable|writable))\b|^\s*(?:none|n\/a|open)\s*\.?\s*$/i;

/** Words about people reaching a part: staff, roles, sign-in; not a service's own key ("service-role key"). */
const PEOPLE =
  /\b(?:staff|employees?|engineers?|admins?|administrators?|operators?|on-call|developers?|team|members?|people|personnel|humans?|users?|roles?|groups?|sso|single sign-on|console|dashboard|break-glass|owners?|maintainers?|support|accounts?|mfa|2fa|ssh|vpn|bastion|rbac|iam)\b/i;

/**
 * Whether a part's access words speak of people, not only of the application's own credential: the questionnaire's
 * staff-access answers and the system description's identity section read it alike (ChatFiles: "The app connects with
 * the Supabase service-role key", given to nine staff-access questions and listed under "Identity provider").
 */
export const speaksOfPeople = (component: ComponentData): boolean =>
  (component.accessControl?.roles?.length ?? 0) > 0 ||
  // Open to anyone speaks of everyone.
  OPEN_ACCESS.test(component.accessControl?.mechanism ?? '') ||
  PEOPLE.test(
    (component.accessControl?.mechanism ?? '').replace(
      /\bservice[- ]role\b|\bservice[- ]accounts?\b|\b(?:database|db) users?\b/gi,
      ' ',
    ),
  );
