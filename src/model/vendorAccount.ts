import type { SubprocessorData } from '../map/index.js';

type AccountOf = Pick<SubprocessorData, 'vendor' | 'account'>;

/**
 * Whose account a vendor is reached under, for buyers, where it is not ours alone (`subprocessors[].account`); the one
 * wording the answers, the system description and the trust center use. Undefined for our own account.
 * @example accountWords({ vendor: 'OpenAI', account: 'customer' }) // 'only with the customer’s own OpenAI API key, under the customer’s own terms with OpenAI'
 */
export function accountWords(vendor: AccountOf): string | undefined {
  const name = vendor.vendor;
  if (vendor.account === 'customer')
    return `only with the customer’s own ${name} API key, under the customer’s own terms with ${name}`;
  if (vendor.account === 'ours-or-customer')
    return `under our account, or under a customer’s own ${name} API key where the customer brings one (then on that customer’s own terms with ${name})`;
  return undefined;
}
