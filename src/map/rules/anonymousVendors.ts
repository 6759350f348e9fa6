import { runByCustomer } from '../../core/vocabulary.js';
import type { MapRule } from './context.js';

/**
 * A vendor reached with no account (`account: none`) is each customer's installation's to reach, never a part of ours:
 * what a service we run sends a public API it receives as our sub-processor, agreement or not, and every output would
 * otherwise leave it out of ours.
 */
export const anonymousVendors: MapRule = ({ data, source, problems }) => {
  const anonymous = new Set(
    data.subprocessors.filter((vendor) => vendor.account === 'none').map((vendor) => vendor.id),
  );
  if (anonymous.size === 0) return;
  const components = new Map(data.components.map((component) => [component.id, component]));
  for (const [index, flow] of data.flows.entries()) {
    for (const [end, other] of [
      [flow.to, flow.from],
      [flow.from, flow.to],
    ] as const) {
      if (!anonymous.has(end)) continue;
      const part = components.get(other);
      if (part === undefined || runByCustomer(part, data.subprocessors)) continue;
      problems.push({
        code: 'anonymous-vendor-of-ours',
        location: source.locate(['flows', index, end === flow.to ? 'from' : 'to']),
        message: `\`${end}\` is reached with no account (\`account: none\`), but \`${other}\` is not a part each customer runs: what a part of ours sends it, it receives as our sub-processor`,
        hint: `write \`account: ours\` on \`${end}\` and record its public terms, or \`hosting: customer-hosted\` on \`${other}\` if each customer runs it`,
      });
    }
  }
};
