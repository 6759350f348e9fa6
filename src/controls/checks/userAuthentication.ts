import { runByCustomer, SERVICE_KINDS } from '../../core/vocabulary.js';
import { keepsClass } from '../../map/index.js';
import {
  componentLabel,
  customerDataAt,
  opensToAnyone,
  signInComponents,
  silentServices,
} from '../../model/index.js';
import { type CheckModule, leftToCustomer, notApplicable } from '../check.js';
import { mapRef } from '../sources.js';
import type { CheckResult } from '../types.js';

const id = 'user-authentication';

/**
 * Words of a `userAuthentication.mechanism` saying a part is reached only on a private network or on its own machine
 * ("binds to 127.0.0.1", "only reachable inside the VPC", "private network only"). Plain alternatives, no nested
 * repetition: linear on any text.
 */
const PRIVATE_REACH =
  /\b(?:localhost|127\.0\.0\.1|loopback|private (?:network|subnet)|internal network|vpc|vpn|not exposed to the internet|not reachable from the internet|no public (?:endpoint|ingress|address))\b/i;
const controls = ['TM-APP-01'];

/**
 * Users sign in before they reach customer data. Judged where the map says how users sign in
 * (`userAuthentication`): a component anyone may use (`none`) that holds or passes customer data fails. With no
 * component saying it, the way users sign in is what is missing (Langchain-Chatchat's and gpt-researcher's servers
 * take every request without a sign-in, and nothing in their maps could say so).
 */
export const userAuthentication: CheckModule = {
  id,
  title: 'Users sign in',
  controls,
  severity: 'high',
  run(model) {
    const declared = signInComponents(model).filter(
      (component) => !runByCustomer(component, model.map.subprocessors),
    );
    if (declared.length === 0) {
      const services = model.map.components.filter(
        (component) =>
          SERVICE_KINDS.has(component.kind) && !runByCustomer(component, model.map.subprocessors),
      );
      const theirs = leftToCustomer(model, (component) => SERVICE_KINDS.has(component.kind));
      if (services.length === 0)
        return notApplicable(
          { id, controls, severity: 'high' },
          model,
          theirs ? `no service or API of ours in the map${theirs}` : 'no service or API in the map',
          'components',
        );
      return [
        {
          checkId: id,
          controls,
          status: 'needs-evidence',
          severity: 'info',
          subject: { kind: 'organization', id: 'organization' },
          message: `no service says how its users sign in (${services.map((component) => `\`${component.id}\``).join(', ')})`,
          sources: services.map((component) => mapRef(model, `components/${component.id}`)),
          remediation:
            'set `userAuthentication` (methods, mfa) on the service or API your users reach: `methods: [password, saml]`, or `[none]` where anyone may use it',
        },
      ];
    }
    // A service that handles customer data and says nothing of how its users sign in is asked, also where another
    // service says it: one declared front door does not vouch for an API beside it (the control is about every one).
    const silent = silentServices(model).map(
      ({ component, customerData }): CheckResult => ({
        checkId: id,
        controls,
        status: 'needs-evidence',
        severity: 'info',
        subject: { kind: 'component', id: component.id },
        message: `\`${component.id}\` handles customer data (${customerData.join(', ')}) and does not say how its users sign in`,
        sources: [mapRef(model, `components/${component.id}`)],
        remediation: `set \`userAuthentication\` on \`${component.id}\`: the methods its callers sign in with (\`delegated\` where it trusts a token another part issues), or \`[none]\` where anyone who reaches it may use it`,
      }),
    );
    const judged = declared.map((component): CheckResult => {
      const subject = { kind: 'component' as const, id: component.id };
      const sources = [mapRef(model, `components/${component.id}/userAuthentication`)];
      const customerData = customerDataAt(model, component);
      const methods = component.userAuthentication.methods.join(', ');
      // `none` beside a key: anyone may use it, a key gives more (jina reader passed on `api-key` alone).
      const noSignIn = component.userAuthentication.methods.every((method) => method === 'none')
        ? 'has no user sign-in'
        : `may be used without signing in (beside ${component.userAuthentication.methods.filter((method) => method !== 'none').join(', ')})`;
      // Reachable only where the map says (a private network, the machine it runs on): what the fix below offers, so
      // read, and held for evidence of the network control rather than failed (WrenAI: its MCP server, bound to
      // 127.0.0.1 as its `mechanism` said, failed high as "can be used by anyone").
      const mechanism = component.userAuthentication.mechanism ?? '';
      if (opensToAnyone(component) && customerData.length > 0 && PRIVATE_REACH.test(mechanism))
        return {
          checkId: id,
          controls,
          status: 'needs-evidence',
          severity: 'medium',
          subject,
          message: `\`${component.id}\` ${noSignIn} and handles customer data (${customerData.join(', ')}); the map says it is reachable only on a private network or its own machine ("${mechanism.trim()}")`,
          plain: `${componentLabel(component)} has no sign-in of its own and is reachable only from a private network or the machine it runs on`,
          sources,
          remediation: `keep evidence of the network control (firewall or security group rules, the bind address) beside the map, or require users to sign in to \`${component.id}\``,
        };
      // A public tool that keeps nothing a visitor could reach of another's: no part of ours keeps any of them (blinkshot: an image generator with no accounts, keeping nothing, failed high as "can be
      // used by anyone", and blocked the audit in scope).
      // Each user's own data kept only on that user's device is out of a visitor's reach too (bolt.new: chat history in
      // each browser's IndexedDB, the server keeping nothing, failed high and blocked the audit).
      const keptSomewhere = customerData.some((dataClass) =>
        model.map.components.some(
          (part) => !runByCustomer(part, model.map.subprocessors) && keepsClass(part, dataClass),
        ),
      );
      // Not "passing": nobody signs in, and a buyer reads a pass of "Users sign in before they reach customer data" as a
      // sign-in that is not there (realtime-console, on the trust center's controls page). Nothing to protect by one.
      if (opensToAnyone(component) && customerData.length > 0 && !keptSomewhere)
        return {
          checkId: id,
          controls,
          status: 'not-applicable',
          severity: 'high',
          subject,
          message: `\`${component.id}\` ${noSignIn}; it handles customer data (${customerData.join(', ')}) that no part of ours keeps: each request's data goes back only to whoever sent it, and what is kept stays on each user's own side`,
          sources: [
            ...sources,
            ...customerData.map((dataClass) => mapRef(model, `dataClasses/${dataClass}`)),
          ],
        };
      if (opensToAnyone(component) && customerData.length > 0)
        return {
          checkId: id,
          controls,
          status: 'fail',
          severity: 'high',
          subject,
          message: `\`${component.id}\` ${noSignIn} and handles customer data (${customerData.join(', ')})`,
          plain: `${componentLabel(component)} can be used by anyone who reaches it, without signing in`,
          sources,
          remediation: `require users to sign in to \`${component.id}\` (then list the methods in \`userAuthentication.methods\`), or keep it on a private network and say so in \`userAuthentication.mechanism\``,
        };
      return {
        checkId: id,
        controls,
        status: opensToAnyone(component) ? 'not-applicable' : 'pass',
        severity: 'high',
        subject,
        message: opensToAnyone(component)
          ? `\`${component.id}\` ${noSignIn} and handles no customer data`
          : `users sign in to \`${component.id}\` with ${methods}`,
        sources,
      };
    });
    return [...judged, ...silent];
  },
};
