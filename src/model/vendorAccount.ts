import { bringsOwnKey, reachedAnonymously, underCustomersAccount } from '../core/vocabulary.js';
import { joinSome, oneThing } from '../core/words.js';
import type { SubprocessorData } from '../map/index.js';
import type { Model } from './model.js';
import { vendorLabel } from './names.js';
import { upstreamUnsaid } from './serving.js';

type AccountOf = Pick<SubprocessorData, 'vendor' | 'account'> & { ai?: boolean };

/**
 * How a vendor reached with no account of anyone's (`account: none`) is said, after "is" or capitalised: the one
 * wording the answers, `check` and scope give it (SillyTavern's AI Horde).
 */
export const REACHED_ANONYMOUSLY =
  'reached anonymously from each customer’s installation, with no account or agreement';

/**
 * What binds a vendor reached with no account (`account: none`) on what it does with the data: no agreement. Not "its
 * public terms", which presumed it has some (twinny: the Symmetry network's peers, other users' computers, were "under
 * its public terms only, which say what that provider may do with the data" in 25 answers).
 * @example noAgreementSays('how long it keeps it') // 'no agreement says how long it keeps it'
 */
export function noAgreementSays(what: string): string {
  return `no agreement says ${what}`;
}

/**
 * Whose account a vendor is reached under, for buyers, where it is not ours alone (`subprocessors[].account`); the one
 * wording the answers, the system description and the trust center use. Undefined for our own account.
 * @example accountWords({ vendor: 'OpenAI', account: 'customer' }) // 'only under the customer’s own OpenAI account, on the customer’s own terms with OpenAI'
 */
export function accountWords(vendor: AccountOf): string | undefined {
  const name = vendor.vendor;
  // "OpenAI API API key" where the vendor is named for its API (sim). A service that is no AI API is reached with the
  // customer's own account with it, not a key (openlit: "the customer's own GitHub API key" for GitHub sign-in).
  const key = vendor.ai === false ? `${name} account` : `${name.replace(/\s+API$/i, '')} API key`;
  // An account, not a key: `customer` is the customer's own API key or its own sign-in to the vendor's service
  // (ChatGPTBox reaches Gemini and Bing with the user's browser session, said as "the customer's own Google API key").
  if (vendor.account === 'customer')
    return `only under the customer’s own ${name.replace(/\s+API$/i, '')} account, on the customer’s own terms with ${name}`;
  if (vendor.account === 'none')
    return `with no account or agreement: each customer’s installation reaches it anonymously, and ${noAgreementSays(`what ${name} does with the data`)}`;
  if (vendor.account === 'ours-or-customer')
    return `under our account, or under a customer’s own ${key} where the customer brings one (then on that customer’s own terms with ${name})`;
  return undefined;
}

/**
 * What a customer's own API key changes, said after what our vendors do: a vendor reached only with it, or one a
 * customer may bring its own key for, gets what is sent under that customer's own terms with it (`account`), which
 * then say `what` (`(one) => "whether it trains on it"`). Empty where every vendor is reached under our account.
 */
export function ownKeySentence(
  model: Model,
  vendors: readonly (AccountOf & { id: string; service: string })[],
  what: (one: boolean) => string,
): string {
  // A company with another service in the map is named by the service reached with the customer's key (rowboat: "OpenAI
  // … reached only with a customer's own API key" for its ChatGPT sign-in, beside an OpenAI API entry of ours;
  // langwatch: "Amazon Web Services … reached only with a customer's own API key" of Bedrock, beside the AWS Lambda and
  // Amazon S3 that hold every trace under our account).
  const names = (list: readonly (AccountOf & { id: string; service: string })[]) => [
    ...new Set(list.map((vendor) => vendorLabel(model, vendor))),
  ];
  const only = names(
    vendors.filter((vendor) => underCustomersAccount(vendor) && !reachedAnonymously(vendor)),
  );
  const either = names(vendors.filter((vendor) => bringsOwnKey(vendor) && !underCustomersAccount(vendor)));
  const anonymous = names(vendors.filter(reachedAnonymously));
  return [
    anonymous.length > 0
      ? ` ${joinSome(anonymous)} ${oneThing(anonymous) ? 'is' : 'are'} ${REACHED_ANONYMOUSLY}: ${noAgreementSays(what(oneThing(anonymous)))}.`
      : '',
    only.length > 0
      ? ` ${joinSome(only)} ${only.length === 1 ? 'is' : 'are'} reached ${
          // Not "only" beside a serving part of ours whose providers are not on record, which may reach the same
          // vendor under our account (dyad: its Pro engine; "reached only under a customer's own account" in eleven
          // provider-terms and retention answers that then said the engine's providers were not on record).
          upstreamUnsaid(model).length > 0
            ? `under a customer’s own account where the customer connects ${only.length === 1 ? 'it' : 'them'}`
            : 'only under a customer’s own account'
        }, on that customer’s own terms, which say ${what(only.length === 1)}.`
      : '',
    either.length > 0
      ? ` A customer that brings its own ${joinSome(either)} API key sends data under its own terms with ${either.length === 1 ? 'that provider' : 'those providers'}, which say ${what(either.length === 1)}.`
      : '',
  ].join('');
}
