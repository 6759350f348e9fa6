import {
  isLogClass,
  PROGRAM_METHODS,
  PROMPT_CATEGORIES,
  runByCustomer,
  STORE_KINDS,
} from '../../core/vocabulary.js';
import { withAside } from '../../core/words.js';
import { findProvider } from '../../discover/catalog/index.js';
import { type ComponentData, longestKept, longestRetention, retentionPointer } from '../../map/index.js';
import {
  dataAtCustomers,
  type Model,
  OPEN_ACCESS,
  offersSso,
  opensToAnyone,
  type SignInComponent,
  signInComponents,
  signInSentences,
  silentFrontDoors,
  speaksOfPeople,
} from '../../model/index.js';
import {
  componentLabel,
  customerRunWords,
  durationWords,
  type EvidenceKind,
  evidenceOfKind,
  evidenceRef,
  expired,
  findControls,
  joinList,
  mapRef,
  named,
  promiseOf,
  recoveryObjectives,
  reviewLabel,
  sayOnce,
  underConditions,
  untypedLookalikes,
} from './refs.js';
import type { Answer, AnswerBuilder, AnswerSource, YesNo } from './types.js';

/** Whether a document's title only repeats what the answer's lead says ("Incident response plan" after "We have a documented incident response plan."). */
function restates(lead: string, title: string): boolean {
  const said = new Set(lead.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  return (title.toLowerCase().match(/[a-z0-9]+/g) ?? []).every((word) => said.has(word));
}

/**
 * An answer from documents on file of the given kinds (a policy, a plan, a test report), with what the map's
 * implemented `controls:` entries add. Evidence whose title merely looks right is never proof: without a typed
 * document or control the topic stays blank, and the reviewer is told which entry to give a `kind`.
 */
function fromDocument(
  model: Model,
  kinds: readonly EvidenceKind[],
  lookalike: RegExp,
  controlPattern: RegExp,
  lead: string,
): Answer | { missing: string } | undefined {
  const documents = evidenceOfKind(model, kinds);
  const controls = findControls(model, controlPattern).filter((entry) => entry.status === 'implemented');
  const notes = controls.flatMap((entry) => entry.notes ?? []);
  // A control marked implemented without notes or typed evidence says nothing a buyer can read.
  if (documents.length === 0 && notes.length === 0) {
    const guesses = untypedLookalikes(model, lookalike);
    if (guesses.length === 0) return undefined;
    return {
      missing: `evidence ${joinList(guesses.map((entry) => `\`${entry.id}\``))} may be it by its title, but has no \`kind\`; set \`kind: ${kinds[0]}\` if it is one`,
    };
  }
  const sources: AnswerSource[] = [
    ...documents.map((entry) => evidenceRef(model, entry.id)),
    ...controls.map((entry) => mapRef(model, `controls/${entry.id}`)),
  ];
  const current = documents.filter((entry) => !expired(model, entry.id));
  const lapsed = documents.filter((entry) => expired(model, entry.id));
  const dated = (entry: (typeof current)[number]) =>
    entry.collected
      ? ` (dated ${entry.collected}${entry.expires ? `, next review by ${entry.expires}` : ''})`
      : '';
  // A single document whose title only repeats the lead is given by its date: "…response plan (dated …)".
  const onFile =
    current.length === 1 && restates(lead, current[0]!.title)
      ? dated(current[0]!)
      : `: ${joinList(current.map((entry) => `${entry.title}${dated(entry)}`))}`;
  const offered = current.some((entry) => entry.visibility !== 'private') ? ', available on request' : '';
  // One sentence for the practice and the documents that show it, as a person would write it.
  const practice =
    current.length > 0 ? `${lead.replace(/\.$/, '')}${onFile}${offered}.` : notes.length > 0 ? lead : '';
  const lapsedLine =
    lapsed.length > 0
      ? `${joinList(lapsed.map((entry) => `${entry.title} was due for review by ${entry.expires}`))}; its update is not yet on file.`
      : '';
  const inPlace = current.length > 0 || notes.length > 0;
  return {
    // A lapsed document alone is not a practice in place today: no Yes, and the reviewer decides.
    yesNo: inPlace ? 'Yes' : undefined,
    text: [practice, ...notes, lapsedLine].filter(Boolean).join(' '),
    sources,
    review: lapsed.length > 0 ? `${joinList(lapsed.map((entry) => entry.title))} has expired` : undefined,
  };
}

/** The information security policy on file. */
export const securityPolicies: AnswerBuilder = ({ model }) =>
  fromDocument(
    model,
    ['security-policy'],
    /security[- ]polic/i,
    /^TM-SEC-01$/,
    'We maintain a documented information security program.',
  );

/** The incident response plan, the breach notification promise and the security contact. */
export const incidentResponse: AnswerBuilder = ({ model }) => {
  const answer = fromDocument(
    model,
    ['incident-response-plan'],
    /incident|breach|postmortem/i,
    /^TM-SEC-02$/,
    'We have a documented incident response plan.',
  );
  const within = model.map.organization.commitments?.breachNotificationWithin;
  if (!answer || 'missing' in answer) {
    if (!within) return answer;
  }
  const base: Answer =
    answer && !('missing' in answer)
      ? answer
      : {
          text: '',
          sources: [],
          review: 'no incident response plan of `kind: incident-response-plan` is in the map',
        };
  const extra: string[] = [];
  const sources = [...base.sources];
  const notice = promiseOf(model, 'breachNotificationWithin');
  if (notice) {
    extra.push(notice.text);
    sources.push(...notice.pointers.map((pointer) => mapRef(model, pointer)));
  }
  const contact = model.map.organization.contact;
  if (contact) {
    extra.push(`Report security issues to ${contact}.`);
    sources.push(mapRef(model, 'organization/contact'));
  }
  return { ...base, text: [base.text, ...extra].filter(Boolean).join(' '), sources };
};

/** The latest penetration test or vulnerability scan on file. */
export const vulnerabilityManagement: AnswerBuilder = ({ model }) =>
  fromDocument(
    model,
    ['pentest-report', 'vulnerability-scan'],
    /pentest|penetration|vulnerab/i,
    /^TM-SEC-03$/,
    'Our systems are tested for vulnerabilities.',
  );

/** Personnel controls, only from the map's `controls:` section and typed evidence. */
export const personnelSecurity: AnswerBuilder = ({ model }) =>
  fromDocument(
    model,
    ['personnel-policy', 'training-record'],
    /background|screening|awareness|personnel/i,
    /^TM-SEC-04$/,
    'Personnel security controls are documented.',
  );

/** MFA on each component with access control. */
export const mfa: AnswerBuilder = ({ model, about }) => {
  // How the product's users sign in is another fact than how staff reach production: a question about the product's
  // users is answered from `userAuthentication` alone (staff MFA had answered "Can customer accounts use MFA?").
  const users = signInComponents(model).filter((component) => component.userAuthentication.mfa !== undefined);
  const userLines = signInSentences(model, users).map((sentence) => `${sentence}.`);
  const userSources = users.map((component) =>
    mapRef(model, `components/${component.id}/userAuthentication`),
  );
  if (about === 'users') {
    const noAccounts = noUserAccounts(model, 'multi-factor authentication to enforce');
    if (noAccounts) return noAccounts;
    if (users.length === 0)
      return {
        missing:
          'set `userAuthentication.mfa` (required, optional, not-offered) on the service your users sign in to',
      };
    const offered = users.map((component) => component.userAuthentication.mfa);
    const silent = silentFrontDoors(model);
    // A part users sign in to that says nothing of a second factor may differ too (ragapp: "No." from its app, which
    // has no sign-in, beside the Keycloak gateway users sign in through, silent on MFA).
    const unstated = signInComponents(model).filter(
      (component) =>
        component.userAuthentication.mfa === undefined &&
        // People sign in there: not keys for programs, nor a token from the application in front.
        component.userAuthentication.methods.some(
          (method) => method !== 'none' && !PROGRAM_METHODS.has(method),
        ),
    );
    const unstatedLine =
      unstated.length > 0
        ? ` Whether ${joinList(unstated.map(componentLabel))} ${unstated.length === 1 ? 'offers' : 'offer'} multi-factor authentication is not stated.`
        : '';
    return {
      // Optional is neither: a Yes would say it is enforced, a No that it is not there. A service silent on its
      // sign-in may differ from the parts that say theirs.
      yesNo:
        silent.length > 0 || unstated.length > 0
          ? undefined
          : offered.every((mfa) => mfa === 'required')
            ? 'Yes'
            : offered.every((mfa) => mfa === 'not-offered')
              ? 'No'
              : undefined,
      text: `${userLines.join(' ')}${unstatedLine}`,
      sources: userSources,
      ...(silent.length > 0
        ? { review: silentReview(silent) }
        : unstated.length > 0
          ? {
              review: `set \`userAuthentication.mfa\` on ${joinList(unstated.map((component) => `\`${component.id}\``))}`,
            }
          : {}),
    };
  }
  const declared = model.map.components.filter((component) => component.accessControl?.mfa !== undefined);
  if (declared.length === 0) return undefined;
  const without = declared.filter((component) => !component.accessControl!.mfa);
  // Parts of ours holding data whose staff access says nothing of MFA: no "Yes … all" over them (open-notebook: "Yes.
  // Multi-factor authentication is required for access to all 1 production components" beside three stores, one
  // reached with a plain user and password, whose access the map did not record).
  const unrecorded = model.map.components.filter(
    (component) =>
      component.accessControl?.mfa === undefined &&
      component.dataClasses.length > 0 &&
      component.hosting !== 'vendor' &&
      !runByCustomer(component, model.map.subprocessors),
  );
  const staff =
    without.length === 0
      ? `Multi-factor authentication is required for access to ${declared.length === 1 ? componentLabel(declared[0]!) : `all ${declared.length} production components with access control on record`}.`
      : without.length === declared.length
        ? `Multi-factor authentication is not required for access to ${joinList(without.map(componentLabel))}.`
        : `Multi-factor authentication is required for ${declared.length - without.length} of ${declared.length} production components; not for ${joinList(without.map(componentLabel))}.`;
  const unrecordedLine =
    unrecorded.length > 0
      ? ` Whether it is required for ${joinList(unrecorded.map(componentLabel))} is not yet on record.`
      : '';
  const reviews = [
    ...(without.length > 0 ? ['MFA is not required everywhere'] : []),
    ...(unrecorded.length > 0
      ? [`set \`accessControl.mfa\` on ${joinList(unrecorded.map((component) => `\`${component.id}\``))}`]
      : []),
  ];
  return {
    yesNo:
      without.length === declared.length
        ? 'No'
        : without.length === 0 && unrecorded.length === 0
          ? 'Yes'
          : without.length === 0
            ? undefined
            : 'Partially',
    text: `${staff}${unrecordedLine}`,
    sources: declared.map((component) => mapRef(model, `components/${component.id}/accessControl/mfa`)),
    review: reviews.length > 0 ? reviews.join('; ') : undefined,
  };
};

/**
 * Access mechanisms and roles per component. The answer says how access is controlled, as the map words it, and
 * claims no restriction of its own: the mechanism may be "anonymous read". One whose words say access is open
 * goes to review, named.
 */
export const accessControl: AnswerBuilder = ({ model, about }) => {
  const declared = model.map.components.filter((component) => component.accessControl);
  if (declared.length === 0) return about === 'staff-data' ? staffReachNothing(model) : undefined;
  // Words that say only how the application itself reaches its stores (a service key) answer no question about our
  // people's access (ChatFiles, social-media-agent: "The app connects with the Supabase service-role key", given to nine
  // questions on how staff access is granted, reviewed and revoked); they still answer one about service accounts.
  if (about !== 'service-access' && !declared.some(speaksOfPeople))
    return {
      missing: `the map's \`accessControl\` words say how the application reaches ${joinList(declared.map((component) => `\`${component.id}\``))}, not how our staff do: say who among staff can reach each part and how access is granted and removed`,
    };
  // One way in said once for the components it covers (kotaemon: "Fly.io organisation members" five times).
  const lines = sayOnce(
    declared.map((component) => ({
      name: componentLabel(component),
      words: `${component.accessControl!.mechanism}${component.accessControl!.roles?.length ? ` (roles ${component.accessControl!.roles.join(', ')})` : ''}`,
    })),
  );
  const open = declared.filter((component) => OPEN_ACCESS.test(component.accessControl!.mechanism));
  return {
    text: `Staff and service access to production data, per component: ${lines.join('; ')}.`,
    sources: declared.map((component) => mapRef(model, `components/${component.id}/accessControl`)),
    review:
      open.length > 0
        ? `the map's words for ${joinList(open.map(reviewLabel))} say access is open; say how it is restricted, or whether the buyer should know it is not`
        : undefined,
  };
};

/**
 * Staff access where there is nothing of the customers' for our staff to reach: every part runs in each customer's own
 * environment and no vendor of ours receives customer data (openlit, pr-agent: "can your support engineers read our
 * conversations?" left blank for want of an `accessControl` on parts only the customer runs).
 */
function staffReachNothing(model: Model): ReturnType<AnswerBuilder> {
  // Or every part holding it (Hollama: each user's browser, beside the web app we serve that holds none of it).
  const selfRun = dataAtCustomers(model);
  if (!selfRun || selfRun.ours.length > 0) return undefined;
  const where = customerRunWords(model, selfRun);
  return {
    text: `Our staff have no access to customer data: ${where.runs.replace(/^Customers' data stays/, 'it stays')}, and no service of ours receives that data.${where.aside} Who can reach it there is each customer's to decide.`,
    sources: where.sources,
  };
}

/**
 * Where every part the map says how users reach takes no sign-in at all: there is nothing of `what` (screenshot-to-code,
 * farfalle: "Can we enforce 2FA for our users?" and "Is SCIM available?" blank beside `methods: [none]`). No.
 */
function noUserAccounts(model: Model, what: string): Answer | undefined {
  const components = signInComponents(model);
  if (
    components.length === 0 ||
    silentFrontDoors(model).length > 0 ||
    !components.every((component) =>
      component.userAuthentication.methods.every((method) => method === 'none'),
    )
  )
    return undefined;
  return {
    yesNo: 'No',
    text: `There are no user accounts, so no ${what}: ${signInSentences(model, components).join('; ')}.`,
    sources: components.map((component) => mapRef(model, `components/${component.id}/userAuthentication`)),
  };
}

/** What the reviewer is told of services of ours that handle customer data and do not say how their users sign in. */
function silentReview(silent: readonly { component: ComponentData }[]): string {
  const ids = silent.map(({ component }) => `\`${component.id}\``);
  return `${joinList(ids)} ${ids.length === 1 ? 'handles' : 'handle'} customer data and ${ids.length === 1 ? 'does' : 'do'} not say how ${ids.length === 1 ? 'its' : 'their'} users sign in, so the answer speaks only for the parts that do: set \`userAuthentication\` on ${ids.length === 1 ? 'it' : 'them'}`;
}

/** Customer SSO, only from the map's `controls:` section. */
export const customerSso: AnswerBuilder = ({ model, about }) => {
  const entries = findControls(model, /sso|saml|single sign|scim/i).filter(
    (entry) => entry.status === 'implemented' && entry.notes,
  );
  // Where users sign in, and with what: single sign-on is offered where a method is the customer's own identity
  // provider (OIDC, SAML, LDAP), on every such component (Yes), on some (Partially) or on none (No).
  const components = signInComponents(model);
  if (entries.length === 0 && components.length === 0) return undefined;
  // A component programs reach with API keys alone is not where people sign in, nor one trusting the sign-in of the
  // application in front of it: that application's methods answer.
  const forPeople = components.filter((component) =>
    component.userAuthentication.methods.some((method) => method !== 'api-key' && method !== 'delegated'),
  );
  if (about === 'provisioning') return provisioning(model, forPeople, entries);
  // Programs' keys alone say nothing of how people sign in (rag_api: "Users … sign in with API keys (for programs)"
  // went out as the single sign-on answer, with no Yes or No).
  if (forPeople.length === 0 && entries.length === 0)
    return {
      missing:
        'the map says only how programs or the application in front reach the services (API keys, delegated tokens): set `userAuthentication` on the service people sign in to',
    };
  const open = components.filter(opensToAnyone);
  // A part anyone may use has no sign-in to reach by single sign-on: where other parts have one, they decide
  // (inbox-zero: its public booking page made "Partially" of SAML and OIDC everywhere a customer's staff sign in).
  const signingIn = forPeople.filter((component) => !opensToAnyone(component));
  const judged = signingIn.length > 0 ? signingIn : forPeople;
  // Asked of SAML alone, only SAML answers it: OpenID Connect is single sign-on, not SAML (lmnr, Reactive-Resume).
  const saml = about === 'saml';
  const offers = (component: SignInComponent) =>
    saml ? component.userAuthentication.methods.includes('saml') : offersSso(component);
  const withSso = judged.filter(offers);
  // Signed in through an identity service (Keycloak, Auth0) and no SSO method listed: that service may well connect a
  // customer's own identity provider, so "No" is not said (Bionic GPT: "No." to SAML with Okta, sent as is).
  const brokered = judged.filter(
    (component) => !offers(component) && component.userAuthentication.identityProvider,
  );
  // A control's notes count for SAML only where they name it.
  const noted = saml ? entries.filter((entry) => /\bsaml\b/i.test(entry.notes ?? '')) : entries;
  // A service of ours that handles customer data and says nothing of its sign-in may offer single sign-on or not: the
  // parts that say it do not speak for it (zep: "No" from the software each customer runs, its hosted service silent).
  const silent = silentFrontDoors(model);
  // A part that trusts the sign-in of the application in front of it signs people in however that application does,
  // which may be SAML or OpenID Connect (discourse-ai: "No. SAML single sign-on is not offered" of a plugin using its
  // forum's session, judged from a public support forum with no sign-in at all).
  // Only where the application in front is not in the map: one that is, with people's own ways in listed, answers for
  // both (AgentGPT: its web app's Google, GitHub and Discord, and the API trusting its session, left every SSO
  // question blank once the API was declared `delegated`).
  const fronts = forPeople.filter((component) =>
    component.userAuthentication.methods.some(
      (method) => method !== 'delegated' && method !== 'api-key' && method !== 'none',
    ),
  );
  const hosted =
    fronts.length > 0
      ? []
      : components.filter(
          (component) => component.userAuthentication.methods.includes('delegated') && !offers(component),
        );
  const sso: YesNo | undefined =
    silent.length > 0 || (hosted.length > 0 && withSso.length === 0 && noted.length === 0)
      ? undefined
      : judged.length === 0
        ? noted.length > 0
          ? 'Yes'
          : undefined
        : withSso.length === judged.length
          ? 'Yes'
          : withSso.length > 0 || noted.length > 0
            ? 'Partially'
            : brokered.length > 0
              ? undefined
              : 'No';
  return {
    yesNo: sso,
    text: [
      ...(saml && sso === 'No' ? ['SAML single sign-on is not offered.'] : []),
      ...signInSentences(model, components).map((sentence) => `${sentence}.`),
      ...entries.map((entry) => entry.notes!),
    ].join(' '),
    sources: [
      ...components.map((component) => mapRef(model, `components/${component.id}/userAuthentication`)),
      ...entries.map((entry) => mapRef(model, `controls/${entry.id}`)),
    ],
    review:
      [
        // "No user sign-in" only of a part that has none; one with a password beside `none` may also be used without
        // (h2ogpt: its web app, `[none, password, social]`, "has no user sign-in" in the same note that named its sign-in).
        ...(open.length > 0
          ? [
              joinList(
                [false, true].flatMap((some) => {
                  const parts = open.filter(
                    (component) =>
                      component.userAuthentication.methods.some((method) => method !== 'none') === some,
                  );
                  if (parts.length === 0) return [];
                  const one = parts.length === 1;
                  return [
                    some
                      ? `${joinList(parts.map(reviewLabel))} may also be used without signing in`
                      : `${joinList(parts.map(reviewLabel))} ${one ? 'has' : 'have'} no user sign-in`,
                  ];
                }),
              ),
            ]
          : []),
        ...(brokered.length > 0
          ? [
              `${joinList(brokered.map(reviewLabel))} ${brokered.length === 1 ? 'signs' : 'sign'} users in through an identity service that may connect a customer's own identity provider: list \`oidc\` or \`saml\` in its methods if customers can use theirs`,
            ]
          : []),
        ...(silent.length > 0 ? [silentReview(silent)] : []),
        ...(hosted.length > 0 && sso === undefined
          ? [
              `${joinList(hosted.map(reviewLabel))} ${hosted.length === 1 ? 'signs' : 'sign'} people in through the application in front of ${hosted.length === 1 ? 'it' : 'them'}: say whether that application offers SAML or OpenID Connect, or list its methods on ${hosted.length === 1 ? 'it' : 'them'}`,
            ]
          : []),
      ].join('; ') || undefined,
  };
};

/**
 * Provisioning users from the customer's directory (SCIM), where the question asks that rather than single sign-on:
 * its verdict comes from `userAuthentication.scim` alone, never from the sign-in methods (Bionic GPT: "Yes." to SCIM
 * from SAML and OIDC, with no SCIM on record). With `scim` unsaid, the map does not hold the fact.
 */
function provisioning(
  model: Model,
  forPeople: readonly SignInComponent[],
  entries: ReturnType<typeof findControls>,
): Answer | { missing: string } {
  const said = forPeople.filter((component) => component.userAuthentication.scim !== undefined);
  const notes = entries.filter((entry) => /scim|provision/i.test(`${entry.id} ${entry.notes}`));
  const noAccounts = notes.length === 0 ? noUserAccounts(model, 'accounts to provision') : undefined;
  if (noAccounts) return noAccounts;
  if (said.length === 0 && notes.length === 0)
    return { missing: 'set `userAuthentication.scim` (true or false) on the service your users sign in to' };
  const offered = said.filter((component) => component.userAuthentication.scim);
  return {
    yesNo:
      notes.length > 0 || offered.length === said.length ? 'Yes' : offered.length > 0 ? 'Partially' : 'No',
    text: [
      ...signInSentences(model, said).map((sentence) => `${sentence}.`),
      ...notes.map((entry) => entry.notes!),
    ].join(' '),
    sources: [
      ...said.map((component) => mapRef(model, `components/${component.id}/userAuthentication/scim`)),
      ...notes.map((entry) => mapRef(model, `controls/${entry.id}`)),
    ],
  };
}

/** A monitoring mechanism that says alerts are raised ("alerts to PagerDuty", "alerting in Grafana"), not one that says none are. */
const ALERTS =
  /^(?!.*\bno(?:t|\s+\w+)?\s+alert)(?=.*\b(?:alert|alerts|alerting|alarms?|pag(?:es|ing|erduty)|on-?call)\b)/i;

/**
 * Whether a provider traces model calls (an LLM observability service: Langfuse, Phoenix, Opik): it records prompts and
 * answers, not logs or errors. Not Datadog, filed beside them for its LLM product but sent infrastructure logs and
 * metrics (latitude-llm: "Logs are kept in CloudWatch Logs. No monitoring or alerting is on record yet." beside a
 * Datadog declared for monitoring, with its flow of service logs).
 */
function tracesModelCalls(provider: string | undefined): boolean {
  const entry = findProvider(provider ?? '');
  return entry?.category === 'llm-observability' && entry.receivesPrompts !== false;
}

/** Logging and monitoring per component. */
export const loggingMonitoring: AnswerBuilder = ({ model }) => {
  const logged = model.map.components.filter((component) => component.logging?.enabled);
  const monitored = model.map.components.filter((component) => component.monitoring?.enabled);
  // Where logs are kept, and for how long: buyers ask for the log retention period (LibreChat keeps its logs 14 days
  // in a log sink, and the map set no `logging` flag).
  // A store that a component's logging names as its sink (a logs collection in the app's database, FastGPT) keeps
  // logs too: for it, the log retention is how long it keeps its log classes (telemetry), not everything it holds.
  const sinkIds = new Set(logged.map((component) => component.logging?.sink));
  // A sink that only receives product analytics (Onyx's anonymous usage endpoint, mapped as a log sink) is not where
  // logs are kept: "Logs are kept in Onyx usage telemetry endpoint" answered questions about SIEM and audit logs.
  const analyticsOnly = (component: ComponentData) => {
    const incoming = model.index.incoming.get(component.id) ?? [];
    return incoming.length > 0 && incoming.every((flow) => flow.purpose === 'analytics');
  };
  // A store keeping a log class of its own (MaxKB's audit log of operations in PostgreSQL, kept forever) is where logs
  // are kept too: "Log retention: Server log files: 7 days" answered how long audit logs are kept.
  const logClassesOf = (component: ComponentData) =>
    component.dataClasses.filter((id) => {
      const dataClass = model.index.dataClasses.get(id);
      return dataClass !== undefined && isLogClass(dataClass);
    });
  // Not the customer's own collector (cline: "Logs are kept in Organisation's OpenTelemetry collector", a sink each
  // customer may point the extension at, said as where our security logs are kept).
  const candidates = model.map.components.filter(
    (component) =>
      !runByCustomer(component, model.map.subprocessors) &&
      ((component.kind === 'log-sink' && !analyticsOnly(component)) ||
        sinkIds.has(component.id) ||
        (STORE_KINDS.has(component.kind) && logClassesOf(component).length > 0)),
  );
  // An LLM tracing tool (Phoenix, Opik, Langfuse) records prompts and answers, not security events: "Logs are kept in
  // Arize Phoenix tracing" answered PrivateGPT's questions about security and audit logs, where tracing is off by
  // default. It is said as what it is, with the conditions its flows carry.
  // So is any sink the map gives prompts or answers and no telemetry (vercel/ai-chatbot's OpenTelemetry export of the
  // AI SDK's spans: "Logs are kept in OpenTelemetry traces" answered questions about login and admin-action logs).
  const holdsPromptsOnly = (sink: ComponentData) => {
    const categories = sink.dataClasses.map((id) => model.index.dataClasses.get(id)?.category);
    return (
      categories.some((category) => category !== undefined && PROMPT_CATEGORIES.has(category)) &&
      !categories.includes('telemetry')
    );
  };
  const tracing = candidates.filter(
    (sink) => !sinkIds.has(sink.id) && (tracesModelCalls(sink.provider) || holdsPromptsOnly(sink)),
  );
  const sinks = candidates.filter((sink) => !tracing.includes(sink));
  // A log of ours that keeps only prompts and answers traces them, and is a log all the same: "no logging" is not said
  // beside it, and how long logs are kept includes it where the map says (gpt-researcher's log file, kept
  // indefinitely). An LLM observability service is not (Phoenix).
  const logFiles = tracing.filter((sink) => sink.kind === 'log-sink' && !tracesModelCalls(sink.provider));
  const retained = [...sinks, ...logFiles.filter((sink) => sink.retention !== undefined)];
  // A vendor our flows send errors or logs to (Sentry, error reports, for logging) watches what fails: "No monitoring
  // or alerting is on record" beside it denied what the map declares (maybe: Sentry and Skylight).
  // Not a tracing service, which records prompts and answers, not errors (onlook: "Errors and logs are sent to
  // Langfuse", whose flow carried AI-call traces only).
  const errorFlows = model.map.flows.filter(
    (flow) =>
      flow.purpose === 'logging' &&
      model.index.subprocessors.has(flow.to) &&
      !tracesModelCalls(model.index.subprocessors.get(flow.to)?.provider) &&
      flow.dataClasses.some((id) => {
        const dataClass = model.index.dataClasses.get(id);
        return dataClass !== undefined && !PROMPT_CATEGORIES.has(dataClass.category);
      }),
  );
  const errorVendors = model.map.subprocessors.filter((vendor) =>
    errorFlows.some((flow) => flow.to === vendor.id),
  );
  // An error tracker is sent errors, a log service logs (formbricks: "Errors and logs are sent to Sentry", where only
  // errors go; its logs stay on the machine).
  const tracksErrors = errorVendors.map((vendor) => findProvider(vendor.provider ?? '')?.serves === 'errors');
  const sentWhat = tracksErrors.every(Boolean)
    ? 'Errors are'
    : tracksErrors.some(Boolean)
      ? 'Errors and logs are'
      : 'Logs are';
  // Under the conditions its flows carry, where every one carries one (postiz's Sentry, "when its keys are set").
  const errorsWhen = underConditions(errorFlows);
  if (logged.length === 0 && monitored.length === 0 && candidates.length === 0 && errorVendors.length === 0)
    return undefined;
  // What each keeps, from its classes: a log of the answers alone does not log prompts (karakeep's server log of the
  // tags a model chose read "Prompts and model answers are traced in Server logs"). An LLM tracing service records
  // both, whichever its entry lists.
  const holds = (sink: ComponentData) => {
    if (tracesModelCalls(sink.provider)) return 'Prompts and model answers';
    const categories = new Set(sink.dataClasses.map((id) => model.index.dataClasses.get(id)?.category));
    const prompts = categories.has('prompts');
    const answers = categories.has('model-outputs');
    return prompts === answers ? 'Prompts and model answers' : prompts ? 'Prompts' : 'Model answers';
  };
  const traced = () => {
    const groups = new Map<string, ComponentData[]>();
    for (const sink of tracing) {
      const what = holds(sink);
      groups.set(what, [...(groups.get(what) ?? []), sink]);
    }
    return [...groups]
      .map(([what, group]) => {
        const incoming = group.map((sink) => model.index.incoming.get(sink.id) ?? []);
        // Said under conditions only where every flow into every trace store carries one.
        const conditions = incoming.every((flows) => flows.length > 0)
          ? underConditions(incoming.flat())
          : undefined;
        const when = conditions ? `, ${conditions}` : '';
        const verb = group.every((sink) => logFiles.includes(sink)) ? 'logged' : 'traced';
        return `${what} are ${verb} in ${joinList(group.map(componentLabel))}${when}.`;
      })
      .join(' ');
  };
  // Monitoring is not alerting: Casibase's Prometheus metrics were "Monitoring and alerting", beside its own words
  // "no alerting in the code". Alerting is said where a monitoring mechanism says it, and asked for otherwise.
  const alerting = monitored.filter((component) => ALERTS.test(component.monitoring?.mechanism ?? ''));
  const logClasses = (sink: ComponentData) =>
    sink.kind === 'log-sink'
      ? sink.dataClasses
      : sinkIds.has(sink.id)
        ? sink.dataClasses.filter((id) => {
            const dataClass = model.index.dataClasses.get(id);
            return dataClass !== undefined && (dataClass.category === 'telemetry' || isLogClass(dataClass));
          })
        : logClassesOf(sink);
  const kept = (sink: ComponentData) => {
    const classes = logClasses(sink);
    const retention = sink.kind === 'log-sink' || classes.length > 0 ? longestKept(sink, classes) : undefined;
    // Where the store says nothing, what it keeps is kept as its classes' policy says (Plane: its API request log,
    // 30 days by the class and by the code's cleanup, read "not yet on record" in 7 answers).
    // Only a log class's policy is the log's: a log that also holds a class kept nowhere by policy (plandex's provider
    // keys, `retention: zero`, printed by its relay) does not keep logs for no time.
    const logged = classes.map((id) => model.index.dataClasses.get(id));
    const policies = logged.map((dataClass) =>
      dataClass &&
      (dataClass.category === 'telemetry' || isLogClass(dataClass)) &&
      dataClass.retention !== 'zero'
        ? dataClass.retention
        : undefined,
    );
    const policy =
      !retention && policies.length > 0 && policies.every((kept) => kept !== undefined)
        ? longestRetention(policies as string[])
        : undefined;
    // A store that is not a log sink is said with the log it keeps: "PostgreSQL (Operation log)".
    const name =
      sink.kind === 'log-sink' || classes.length === 0
        ? componentLabel(sink)
        : withAside(componentLabel(sink), joinList(classes.map((id) => named(model, id))));
    return `${name}: ${retention ? durationWords(retention) : policy ? `${durationWords(policy)} (our retention policy)` : 'not yet on record'}`;
  };
  const describe = (component: ComponentData, side: 'logging' | 'monitoring') => {
    const mechanism = component[side]?.mechanism;
    const sinkId = side === 'logging' ? component.logging?.sink : undefined;
    const sink = sinkId ? model.index.components.get(sinkId) : undefined;
    // The sink in a clause of its own: glued on with a comma it read as the end of the mechanism's own sentence
    // (mem0: "… include memory text when a memory is updated, to Application database").
    const detail = [
      mechanism?.replace(/[.;,\s]+$/, ''),
      sinkId ? `sent to ${sink ? componentLabel(sink) : named(model, sinkId)}` : undefined,
    ]
      .filter(Boolean)
      .join('; ');
    return `${componentLabel(component)}${detail ? ` (${detail})` : ''}`;
  };
  return {
    // A side with nothing on record is said as such, never as an empty list.
    text: [
      logged.length > 0
        ? // "Enabled", not "collected": where the logs go is the sink's to say, and may be only the console.
          `Logging is enabled on ${joinList(logged.map((component) => describe(component, 'logging')))}.`
        : sinks.length > 0
          ? `Logs are kept in ${joinList(sinks.map(componentLabel))}.`
          : // A log that keeps only prompts and answers is said as tracing (gpt-researcher: "No logging is on record
            // yet. Prompts and model answers are traced in Application log file.").
            logFiles.length > 0 || errorVendors.length > 0
            ? ''
            : 'No logging is on record yet.',
      tracing.length > 0 ? traced() : '',
      monitored.length > 0
        ? `${alerting.length === monitored.length ? 'Monitoring and alerting cover' : 'Monitoring covers'} ${joinList(monitored.map((component) => describe(component, 'monitoring')))}.`
        : errorVendors.length > 0
          ? ''
          : 'No monitoring or alerting is on record yet.',
      errorVendors.length > 0
        ? `${sentWhat} sent to ${joinList([...new Set(errorVendors.map((vendor) => vendor.vendor))])}${errorsWhen ? `, ${errorsWhen}` : ''}${monitored.length > 0 ? '' : '; no other monitoring or alerting is on record yet'}.`
        : '',
      retained.length > 0 ? `Log retention: ${retained.map(kept).join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    ...(logged.length === 0 || monitored.length === 0 || alerting.length < monitored.length
      ? {
          review: [
            logged.length === 0 || monitored.length === 0
              ? `no component has ${logged.length === 0 ? 'logging' : 'monitoring'} enabled in the map`
              : '',
            monitored.length > 0 && alerting.length < monitored.length
              ? `the map's monitoring of ${joinList(monitored.filter((component) => !alerting.includes(component)).map(reviewLabel))} does not say it raises alerts: say who is alerted and how, or that no alert is raised`
              : '',
          ]
            .filter(Boolean)
            .join('; '),
        }
      : {}),
    sources: [
      ...logged.map((component) => mapRef(model, `components/${component.id}/logging`)),
      ...monitored.map((component) => mapRef(model, `components/${component.id}/monitoring`)),
      ...errorVendors.map((vendor) => mapRef(model, `subprocessors/${vendor.id}`)),
      ...retained.map((sink) => mapRef(model, retentionPointer(sink, logClasses(sink)[0]))),
      // The classes' policy, where the store said nothing and the answer says the policy.
      ...retained.flatMap((sink) =>
        longestKept(sink, logClasses(sink))
          ? []
          : logClasses(sink)
              .filter((id) => model.index.dataClasses.get(id)?.retention !== undefined)
              .map((id) => mapRef(model, `dataClasses/${id}/retention`)),
      ),
      ...tracing.map((sink) => mapRef(model, `components/${sink.id}`)),
    ],
  };
};

/** Change control processes per component. */
export const changeManagement: AnswerBuilder = ({ model }) => {
  const controlled = model.map.components.filter((component) => component.changeControl);
  if (controlled.length === 0) return undefined;
  const processes = new Map<string, string[]>();
  for (const component of controlled) {
    const list = processes.get(component.changeControl!.process) ?? [];
    list.push(componentLabel(component));
    processes.set(component.changeControl!.process, list);
  }
  return {
    text: `Production changes go through change control: ${[...processes].map(([process, names]) => `${process} (${joinList(names)})`).join('; ')}.`,
    sources: controlled.map((component) => mapRef(model, `components/${component.id}/changeControl`)),
  };
};

/** Availability commitment, recovery objectives, backups and any continuity plan on file. */
export const businessContinuity: AnswerBuilder = ({ model }) => {
  const commitments = model.map.organization.commitments;
  const sla = commitments?.availabilitySla;
  const plans = evidenceOfKind(model, ['business-continuity-plan', 'disaster-recovery-plan']);
  const tests = evidenceOfKind(model, ['continuity-test']);
  const backed = model.map.components.filter((component) => component.backups?.enabled);
  const objectives = recoveryObjectives(model);
  if (sla === undefined && plans.length === 0 && !objectives) return undefined;
  const sources: AnswerSource[] = [...plans, ...tests].map((entry) => evidenceRef(model, entry.id));
  if (sla !== undefined) sources.push(mapRef(model, 'organization/commitments/availabilitySla'));
  if (objectives) sources.push(...objectives.sources);
  sources.push(...backed.map((component) => mapRef(model, `components/${component.id}/backups`)));
  const parts = [
    sla !== undefined ? (promiseOf(model, 'availabilitySla')?.text ?? '') : '',
    objectives?.text ?? '',
    plans.length > 0 ? `${joinList(plans.map((entry) => entry.title))} on file.` : '',
    tests.length > 0
      ? `Last tested: ${joinList(tests.map((entry) => `${entry.title}${entry.collected ? ` (${entry.collected})` : ''}`))}.`
      : '',
    backed.length > 0 ? `Backups are enabled for ${joinList(backed.map(componentLabel))}.` : '',
  ];
  return {
    text: parts.filter(Boolean).join(' '),
    sources,
    review:
      plans.length === 0
        ? 'no continuity or disaster recovery plan (evidence `kind: business-continuity-plan` or `disaster-recovery-plan`) is in the map'
        : undefined,
  };
};
