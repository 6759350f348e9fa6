import { STORE_KINDS } from '../core/vocabulary.js';
import { withinDuration } from './duration.js';
import type { ComponentData } from './schema/map.js';

type Retention = ComponentData['retention'];

/**
 * Whether a deletion's `mechanism` says that nothing deletes the data ("None in the application: deleting a source
 * leaves the file on disk", "Accounts have no deletion function"): written down by a careful reviewer, it is no way
 * to delete (dialoqbase's uploads and mem0's accounts passed the deletion check on such words). Read in its first
 * clause: a way to delete followed by an exception ("Deleting a source removes its text and file. Job records are
 * not deleted.", open-notebook) deletes, and the exception is the reviewer's to map where it lands.
 * @example deletesNothing('None: files stay on disk') // true
 * @example deletesNothing('Deleting a source removes it. Job records are not deleted.') // false
 * @example deletesNothing('Deleting a chat hides it but keeps its messages in the database') // true
 */
export function deletesNothing(mechanism: string): boolean {
  const clauses = mechanism.split(/[.;](?:\s|$)/);
  // The first clause that speaks of deleting: one saying where the data is kept comes before it (morphik-core: "Chat
  // history is stored in PostgreSQL …; there is no API to delete a chat" passed the deletion check).
  const at = Math.max(
    0,
    clauses.findIndex((clause) => SPEAKS_OF_DELETING.test(clause)),
  );
  const first = clauses[at] ?? '';
  const rest = clauses.slice(at + 1);
  return NO_DELETION.test(first) || (HIDES_ONLY.test(first) && !REMOVED_LATER.test(rest.join('. ')));
}

/** A clause that speaks of deleting, or of nothing doing it. */
const SPEAKS_OF_DELETING =
  /\b(?:delet\w*|remov\w*|purg\w*|eras\w*|destr\w*|wip(?:e|es|ed|ing)|hides?|hidden|none|nothing|never|n\/a)\b/i;

/**
 * Whether a deletion's `mechanism`, after its first clause, names data it does not delete ("… removed when a bookmark
 * is deleted, but not when a whole account is", "email summaries have no expiry"): a way to delete part of what is
 * held (karakeep's search index, inbox-zero's Redis cache both passed the deletion check on such words).
 * @example deletesOnlyPart('Drafts expire after 1 day; email summaries have no expiry') // true
 * @example deletesOnlyPart('Deleted with the account') // false
 * @example deletesOnlyPart('Operator deletes files by hand; no automatic expiry.') // false
 */
export function deletesOnlyPart(mechanism: string): boolean {
  const [, ...rest] = mechanism.split(/(?<=[.;])\s+|,\s+(?=but\b)/);
  return rest.some((clause) => PARTIAL_DELETION.test(clause) && !NO_EXPIRY_OF_ALL.test(clause));
}

/**
 * "No automatic expiry" said of everything, naming no data: what is held stays until it is deleted the way the first
 * clause says, which leaves nothing behind (podcastfy: "Operator deletes files by hand; no automatic expiry." read as
 * words that "name customer data it does not delete").
 */
const NO_EXPIRY_OF_ALL =
  /^\s*(?:and\s+)?(?:there (?:is|are)\s+)?no (?:automated |automatic |scheduled )?(?:expiry|expiration|ttl|purge|cleanup)\s*[.;]?\s*$/i;

const PARTIAL_DELETION =
  /\b(?:not|never)\s+(?:be\s+)?(?:deleted|removed|purged|cleared|erased)\b|\b(?:does|do|is|are)(?:n't| not) (?:delete|remove|purge|erase|cleared|deleted|removed)\b|\bbut not (?:when|if|on|for)\b|\bno (?:automated |automatic |scheduled )?(?:expiry|expiration|ttl|purge|deletion|cleanup)\b|\bnever expires?\b|\bkept (?:forever|indefinitely)\b/i;

const NO_DELETION =
  /^\s*(?:none|nothing|n\/a|never|not (?:deleted|supported|possible))\b|\b(?:no|not any|without an?y?) (?:automated |automatic |scheduled )?(?:deletion|delete|way to delete|mechanism|purge|cleanup)\b|\bno (?:api|endpoint|route|function|feature|option|button|ui|command) (?:to|for) (?:delet|remov|purg|eras)\w*|\b(?:is|are) (?:never|not) (?:deleted|removed|purged)\b|\bcannot be deleted\b|\bno (?:(?!later\b|more\b|longer\b|sooner\b|need\b)[\w-]+\s+){1,3}(?:deletion|delete)\b/i;

/**
 * A deletion that only hides the data and keeps it (bisheng: "Deleting a conversation hides it from the user but keeps
 * its messages in the database; there is no automatic expiry" passed the deletion check), unless a later clause says
 * when it is removed after all (AppFlowy-Cloud: "… hides it but keeps its messages; messages are removed when the
 * workspace … is deleted").
 */
const HIDES_ONLY =
  /\b(?:hides?|hidden|marks? (?:it|them) (?:as )?deleted|soft[- ]delet\w*)\b[^.;]{0,80}\bbut (?:keeps|retains|leaves)\b/i;
const REMOVED_LATER = /(?<!\b(?:not|never)\s(?:be\s)?)\b(?:removed|deleted|purged|erased)\b/i;

/**
 * How long a component keeps one data class: its entry for that class, or its one duration for everything it holds;
 * undefined when the map does not say.
 * @example keptAt({ retention: { 'chat-messages': '1h' } }, 'chat-messages') // '1h'
 */
export function keptAt(component: { retention?: Retention }, dataClass: string): string | undefined {
  const retention = component.retention;
  if (retention === undefined || typeof retention === 'string') return retention;
  return Object.hasOwn(retention, dataClass) ? retention[dataClass] : undefined;
}

/**
 * How long a component keeps the longest kept of `classes` (by default every class it holds): what a sentence about
 * the store as a whole may say. Undefined when any of them has no retention on record, since the longest is unknown.
 * @example longestKept({ retention: { a: '1h', b: '30d' }, dataClasses: ['a', 'b'] }) // '30d'
 */
export function longestKept(
  component: { retention?: Retention; dataClasses: readonly string[] },
  classes: readonly string[] = component.dataClasses,
): string | undefined {
  const retention = component.retention;
  if (retention === undefined || typeof retention === 'string') return retention;
  let longest: string | undefined;
  for (const dataClass of classes) {
    const kept = keptAt(component, dataClass);
    if (kept === undefined) return undefined;
    if (longest === undefined || !withinDuration(kept, longest)) longest = kept;
  }
  return longest;
}

/**
 * The map pointer of a component's retention for one class (`components/api/retention/chat-messages` when it is given
 * per class), or of the component itself when it declares none.
 */
export function retentionPointer(
  component: { id: string; retention?: Retention },
  dataClass?: string,
): string {
  const base = `components/${component.id}`;
  const retention = component.retention;
  if (retention === undefined) return base;
  if (typeof retention === 'string' || dataClass === undefined || !Object.hasOwn(retention, dataClass))
    return `${base}/retention`;
  return `${base}/retention/${dataClass}`;
}

/**
 * Whether a component says it keeps none of the data it handles (every class it holds kept `zero`): an inference
 * endpoint that answers and forgets has nothing at rest to encrypt (Verba's Ollama, kotaemon's). A component that
 * names no class says nothing either way, so it is not one.
 * @example keepsNothing({ dataClasses: ['prompts'], retention: 'zero' }) // true
 */
export function keepsNothing(component: { retention?: Retention; dataClasses: readonly string[] }): boolean {
  return (
    component.dataClasses.length > 0 &&
    component.dataClasses.every((dataClass) => keptAt(component, dataClass) === 'zero')
  );
}

/**
 * Whether a component keeps data at rest: a store by its kind, or any other part whose `retention` keeps some class it
 * holds longer than the request (ai-pdf-chatbot's LangGraph server, a `service` keeping every thread and every
 * uploaded PDF indefinitely, was left out of "encrypted at rest in the one data store"). A part with no retention said
 * keeps nothing we know of.
 * @example keepsData({ kind: 'service', dataClasses: ['docs'], retention: 'indefinite' }) // true
 */
export function keepsData(component: {
  kind: string;
  retention?: Retention;
  dataClasses: readonly string[];
}): boolean {
  if (component.dataClasses.length === 0) return false;
  if (STORE_KINDS.has(component.kind)) return true;
  return component.retention !== undefined && !keepsNothing(component);
}

/**
 * Whether a component keeps one class at rest: it keeps data (`keepsData`) and does not keep this class `zero` (frigate's
 * NVR, keeping prompts for zero time, was named as keeping them for its other classes).
 * @example keepsClass({ kind: 'datastore', dataClasses: ['a', 'b'], retention: { a: 'zero' } }, 'a') // false
 */
export function keepsClass(
  component: { kind: string; retention?: Retention; dataClasses: readonly string[] },
  dataClass: string,
): boolean {
  return keepsData(component) && keptAt(component, dataClass) !== 'zero';
}
