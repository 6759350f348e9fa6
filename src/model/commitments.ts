import { isConfirmed } from '../core/vocabulary.js';
import type { Model } from './model.js';
import { durationWords } from './names.js';

type Commitments = NonNullable<Model['map']['organization']['commitments']>;

/**
 * What starts the deletion promise's clock (`deletionAfter`), in the words every output says it with: a promise made
 * for requests only is never said as one made at the end of the contract too (scira's privacy page promised 30 days on
 * request; the answers said "of a request or the end of the contract").
 * @example deletionStart({ deletionAfter: 'request' }) // 'a request'
 */
export function deletionStart(commitments: Pick<Commitments, 'deletionAfter'>): string {
  if (commitments.deletionAfter === 'request') return 'a request';
  if (commitments.deletionAfter === 'termination') return 'the end of the contract';
  return 'a request or the end of the contract';
}

/** Whether the deletion promise covers all of a customer's data when the contract ends (not requests alone). */
export const deletesAtEnd = (commitments: Pick<Commitments, 'deletionAfter'>): boolean =>
  commitments.deletionAfter !== 'request';

/** One promise of the customer contracts (`organization.commitments`), said once for every output. */
export interface CommitmentStatement {
  /** The commitment's key in the map. */
  key: string;
  /** The sentence, with the given subject ("We commit…", "Acme AI commits…"). */
  text: string;
  /** Map pointers the sentence rests on. */
  pointers: string[];
}

/**
 * What the customer contracts promise, one sentence each, for the system description, the trust center and the
 * answers alike, so none says a promise in other words. `voice` is who promises: `we` (the trust center, the
 * answers) or `company`, the organization's name in the third person (the system description). Nothing while the
 * commitments are still proposed (the starter template's), unless `drafts` asks for them: the answers hold a draft
 * for review themselves (`holdProposed`, by the pointers).
 * @example commitmentStatements(model, 'we')[0].text // 'We commit to keep customer data confidential.'
 */
export function commitmentStatements(
  model: Model,
  voice: 'we' | 'company',
  drafts = false,
): CommitmentStatement[] {
  const commitments = model.map.organization.commitments;
  if (!commitments || (!drafts && !isConfirmed(commitments))) return [];
  const we = voice === 'we';
  const name = model.map.organization.name;
  const commit = we ? 'We commit' : `${name} commits`;
  const its = we ? 'our' : 'its';
  const at = (key: string) => `organization/commitments/${key}`;
  const statements: CommitmentStatement[] = [];
  const say = (key: string, text: string, more: string[] = []) =>
    statements.push({ key, text, pointers: [at(key), ...more] });
  if (commitments.confidentiality) say('confidentiality', `${commit} to keep customer data confidential.`);
  if (commitments.noSecondaryUse)
    say(
      'noSecondaryUse',
      `${commit} to use customer data only to provide ${its} services: never to sell or rent it, use it for advertising, or share it for anyone else's purposes.`,
    );
  if (commitments.availabilitySla !== undefined)
    say(
      'availabilitySla',
      `${commit} to an availability of ${commitments.availabilitySla}% for ${its} services.`,
    );
  if (commitments.privacy)
    say(
      'privacy',
      `${we ? 'We process' : `${name} processes`} personal data under data processing terms agreed with customers.`,
    );
  if (commitments.noTrainingOnCustomerData) {
    const tenancy = model.map.tenancy;
    // "Unless the customer opts in" only where the map has a way in: a flow gated on a tenant's opt-in. An opt-in
    // default with nothing that trains widened the promise the contract makes (letta, cognita: "We commit not to train
    // models on customer data unless the customer opts in" of systems where nothing trains).
    const optIn =
      tenancy?.trainingDefault === 'opt-in' &&
      isConfirmed(tenancy) &&
      model.map.flows.some((flow) => flow.condition?.kind === 'tenant-opt-in');
    say(
      'noTrainingOnCustomerData',
      `${commit} not to train models on customer data${optIn ? ' unless the customer opts in' : ''}.`,
      optIn ? ['tenancy/trainingDefault'] : [],
    );
  }
  if (commitments.deletionWithin)
    say(
      'deletionWithin',
      `${commit} to delete a customer's data within ${durationWords(commitments.deletionWithin)} of ${deletionStart(commitments)}.`,
      commitments.deletionAfter ? [at('deletionAfter')] : [],
    );
  if (commitments.breachNotificationWithin)
    say(
      'breachNotificationWithin',
      `${commit} to notify affected customers of a security breach involving their data within ${durationWords(commitments.breachNotificationWithin)} of confirming it.`,
    );
  return statements;
}
