import {
  bringsOwnKey,
  reachedAnonymously,
  runByCustomer,
  TRAINING_PURPOSES,
  underCustomersAccount,
} from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import { deletesNothing, type SubprocessorData } from '../map/index.js';
import {
  accountWords,
  chosenTreatment,
  consentWithdrawal,
  customerRunPointer,
  customersOwn,
  hostedBy,
  keepsOwnCopy,
  type Model,
  nameOf,
  onlyCustomersHold,
  onlyWhen,
  productName,
  runsAtCustomers,
  vendorLabel,
} from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionBlock, DescriptionSection, Statement } from './types.js';
import { durationWords } from './words.js';

/**
 * Controls the company relies on each subservice organisation to run, derived from what it does. What the map does
 * not record of the vendor is said as what we expect of it, not as what it does (karakeep: "Cloudflare restricts
 * logical access …" and "notifies us of incidents" with no terms on record); what its recorded terms say is said as
 * theirs.
 */
function expectedOf(model: Model, vendor: SubprocessorData, label = vendor.vendor): Statement[] {
  const at = (key: string) => [mapSource(model, `subprocessors/${vendor.id}${key ? `/${key}` : ''}`)];
  // Hosting only where it hosts our system (karakeep: Cloudflare's sign-up bot check, with no provider and no
  // component on it, was said to protect the facilities that host the system).
  const hosts = hostedBy(model, vendor);
  const expected: Statement[] = [
    {
      text: `${vendor.vendor} is expected to restrict logical access to the data it receives to authorised personnel.`,
      sources: at('dataClasses'),
    },
    {
      text: `${vendor.vendor} is expected to notify us of security incidents that affect our data.`,
      sources: at(''),
    },
  ];
  if (hosts)
    expected.push({
      text: `${label} is expected to protect the physical facilities, hardware and network that host ${hosts === 'system' ? 'the system' : joinList(hosts.map((component) => nameOf(model, component.id) ?? component.id))}, and to keep them available.`,
      sources: at('service'),
    });
  if (vendor.terms?.training === 'never')
    expected.push({
      text: `${label} does not train models on the data it receives.`,
      sources: at('terms/training'),
    });
  if (vendor.terms?.retention === 'zero' || vendor.terms?.zeroDataRetention)
    expected.push({
      text: `${label} does not keep the data it receives after answering a request.`,
      sources: at(vendor.terms.zeroDataRetention ? 'terms/zeroDataRetention' : 'terms/retention'),
    });
  else if (vendor.terms?.retention)
    expected.push({
      // Kept until deleted there, or with no limit, is not "as long as we instruct it to" (chatgpt_telegram_bot,
      // executive-ai-assistant: Telegram's chats and mail sent through Gmail, "deleted on request").
      text: keepsOwnCopy(model, vendor)
        ? `${label} keeps the data it receives until it is deleted there; how we delete it there is not yet documented.`
        : vendor.terms.retention === 'until-deleted'
          ? `${label} keeps the data it receives only as long as we instruct it to, and deletes it on request.`
          : vendor.terms.retention === 'indefinite'
            ? `${label} keeps the data it receives with no time limit.`
            : // "Agreed" only where an agreement is referred to; otherwise its published terms (chat-langchain,
              // opengpts: "within the agreed retention" in a document that also says no DPA is on file).
              `${label} deletes the data it receives within ${vendor.terms.dpa ? 'the agreed retention' : 'the retention its terms state'} (${durationWords(vendor.terms.retention)}).`,
      sources: at('terms/retention'),
    });
  return expected;
}

/** A deletion a user or customer starts: "the user deletes…", "in settings", "a delete button", "via the API". */
// Also "removes", "clears", "erases", and "deleted when the user …" (Khoj: "deleted when the user removes the file" left
// its documents out of what customers delete themselves).
const SELF_SERVICE =
  /(?<!\b(?:no|not|never|without)\s)\b(?:users?|customers?|members?|admins?|owners?)\b[^.;]{0,40}\b(?:delet|remov|clear|eras)|(?<!\b(?:no|not|never)\s)\bdelet\w*\s+(?:when|once|as soon as|by)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:users?|customers?|members?|admins?|owners?)\b|\bself[- ]service\b|\bin (?:the )?settings\b|\bdelete button\b|\b(?:via|through) (?:the|our) API\b/i;

/**
 * An HTTP endpoint that deletes (`DELETE /documents/{id}`): an API a customer calls, so a deletion they start
 * (SurfSense: "DELETE /documents/{id} purges rows and blobs", lunary: "DELETE /v1/external-users/:id"). Upper case only:
 * "delete /tmp files" is no endpoint.
 */
const DELETE_ENDPOINT = /\bDELETE\s+\/[\w:{]/;

const selfService = (mechanism: string) => SELF_SERVICE.test(mechanism) || DELETE_ENDPOINT.test(mechanism);

/** A deletion that happens on its own: an expiry, a TTL, a scheduled job past the retention period. */
const EXPIRES =
  /\bautomatic(?:ally)?\b|\bexpir(?:es|y|ed|ation)\b|\bTTL\b|\bolder than\b|\bretention period\b/i;

/** Said of nothing expiring ("Nothing expires on its own", "never deleted automatically"): no expiry. */
const NO_EXPIRY =
  /\b(?:nothing|never|no|not|none)\b[^.;]{0,30}?\b(?:automatic(?:ally)?|expir(?:es|y|ed|ation)|TTL)\b|n't\s+(?:\w+\s+){0,2}(?:automatically|expire)/gi;

/** Whether a deletion's words say the data expires on its own, negated sentences aside (resume-matcher). */
const expires = (mechanism: string) => EXPIRES.test(mechanism.replace(NO_EXPIRY, ''));

/**
 * A deletion done when someone asks us: a request made to us, a ticket, an email to support. Not a user's own request in
 * the product (latitude-llm: "Account deletion request queues a worker job …" read as customers asking the company).
 */
const ON_REQUEST =
  /\b(?:on|upon|by|at the customer['’]s|at their|customer['’]s|written|erasure) requests?\b|\brequests? (?:to|from|sent to|emailed to) (?:us|our|support|the company)\b|\bask(?:s|ing)? us\b|\b(?:customers?|tenants?) (?:asks?|requests?)\b|\bsupport\b|\bticket\b|\bcontact\b|\bemail(?:s|ing)? us\b/i;

/** Controls customers are expected to run themselves, derived from the map. */
function expectedOfCustomers(model: Model): Statement[] {
  const { dataClasses, flows, tenancy, organization } = model.map;
  const expected: Statement[] = [
    {
      // A product each customer runs is sent nothing of theirs (aider: "submit to Aider-AI" of a tool on each user's
      // machine).
      text: runsAtCustomers(model)
        ? `Customers decide which of their data they process with ${organization.product ?? `${organization.name}'s product`} and classify it.`
        : `Customers decide which of their data they submit to ${organization.name} and classify it.`,
      sources: dataClasses.filter((d) => d.tenantScoped).map((d) => mapSource(model, `dataClasses/${d.id}`)),
    },
  ];
  const accounts = dataClasses.filter((d) => d.category === 'personal-data' && d.tenantScoped);
  // A part that takes no sign-in at all leaves who may use it to who can reach it (letta: "Customers decide who in
  // their organisation may use" a server whose API has no per-user sign-in).
  const open = model.map.components.filter((component) => {
    const methods = component.userAuthentication?.methods ?? [];
    return methods.length > 0 && methods.every((method) => method === 'none');
  });
  // Only a part the map says the customer runs, which it can put behind its own network: one we run open to the
  // internet (farfalle.dev's search, anonymous by design) is no one's to limit but ours, and the description says so
  // where it says sign-in; nor is one whose hosting the map leaves unsaid (llm-answer-engine's public answer engine).
  for (const component of open.filter((entry) => runByCustomer(entry, model.map.subprocessors)))
    expected.push({
      text: `Customers limit who can reach ${component.name}, which takes no sign-in of its own, and review that access regularly.`,
      sources: [mapSource(model, `components/${component.id}/userAuthentication`)],
    });
  const signsIn = model.map.components.some((component) =>
    (component.userAuthentication?.methods ?? []).some((method) => method !== 'none'),
  );
  // Users a service in front identifies hold no credentials of ours: who may use it is decided there (chatgpt-discord-bot:
  // "keep their sign-in credentials to themselves" of a bot whose users Discord identifies, with no account of its own).
  const delegatedOnly =
    signsIn &&
    model.map.components.every((component) =>
      (component.userAuthentication?.methods ?? []).every(
        (method) => method === 'delegated' || method === 'none',
      ),
    );
  if (accounts.length > 0 && (open.length === 0 || signsIn))
    expected.push({
      // What they decide, not a tool the product may lack (unstract: its members cannot be removed in the app, and
      // "Customers administer their own users" read as a feature).
      // Not "who in their organisation": many products sign up people one by one, with no organisation to manage
      // (notesGPT, chatgpt-your-files).
      // Nor "who may use it on their behalf": a person signing up alone has no one to decide for (next13-ai-saas,
      // chatpdf-yt, self.so: one account per person, no organisation, team or invitation).
      text: delegatedOnly
        ? `Customers decide who may use ${productName(organization)} in the service that identifies its users (its membership and roles there), and remove access that is no longer needed.`
        : `Customers control who uses their ${productName(organization)} accounts: they keep their sign-in credentials to themselves, and remove or report access that is no longer needed.`,
      sources: accounts.map((d) => mapSource(model, `dataClasses/${d.id}`)),
    });
  // Opting in to training, where the flow trains: a tenant's opt-in to a feature that sends data for answers is no
  // consent to model improvement (maybe: each user switching on its AI assistant, said as opting in to training).
  const optIns = flows.filter((flow) => flow.condition?.kind === 'tenant-opt-in');
  const optIn = optIns.filter((flow) => TRAINING_PURPOSES.has(flow.purpose));
  const features = optIns.filter((flow) => !TRAINING_PURPOSES.has(flow.purpose));
  if (features.length > 0) {
    // A place other flows fill whatever the customer chooses is named with what only the opt-in sends it (docmost: its
    // PostgreSQL, holding every page, among the places data goes "only once they opt in", for the AI search embeddings).
    const places = [...new Set(features.map((flow) => flow.to))];
    const always = (to: string) =>
      (model.index.incoming.get(to) ?? []).some((flow) => flow.condition?.kind !== 'tenant-opt-in');
    const name = (to: string) => nameOf(model, to) ?? to;
    const whole = places.filter((to) => !always(to)).map(name);
    const part = places
      .filter(always)
      .map(
        (to) =>
          `${joinList([...new Set(features.filter((flow) => flow.to === to).flatMap((flow) => flow.dataClasses.map((id) => nameOf(model, id) ?? id)))])} to ${name(to)}`,
      );
    expected.push({
      text: `Customers decide whether to switch on the features that send ${joinList([...(whole.length > 0 ? [`their data to ${joinList(whole)}`] : []), ...part])}, which are off until they opt in.`,
      sources: features.map((flow) => mapSource(model, `flows/${flow.id}/condition`)),
    });
  }
  // Withdrawing consent only where the map says how (`consentWithdrawal`, as the opt-in answer): OpenPipe's customers
  // start a fine-tune, and "withdraw consent when they no longer agree" named a way the product does not have.
  const withdrawal = optIn.length > 0 ? consentWithdrawal(model) : undefined;
  if (optIn.length > 0)
    expected.push({
      text: `Customers decide whether to opt in to model improvement${withdrawal ? ', and withdraw consent when they no longer agree' : ''}.`,
      sources: [
        ...optIn.map((flow) => mapSource(model, `flows/${flow.id}/condition`)),
        ...(tenancy?.trainingDefault ? [mapSource(model, 'tenancy/trainingDefault')] : []),
        ...(withdrawal ? [mapSource(model, `dataClasses/${withdrawal.id}/deletion`)] : []),
      ],
    });
  // A customer's own API key puts what is sent under the customer's own terms with that vendor.
  const ownKeys = model.map.subprocessors.filter(bringsOwnKey);
  if (ownKeys.length > 0)
    expected.push({
      // An account, not a key, with a service that is no AI API (chat-ollama: "their own API key with … Vercel or Google
      // sign-in").
      // Nor a key where the customer's own account is its sign-in to the vendor's service (ChatGPTBox's Gemini and Bing).
      text: `Customers who use their own API key or account with ${joinList([...new Set(ownKeys.map((vendor) => vendorLabel(model, vendor)))], 'or')} hold their own agreement with that vendor, whose terms govern how it uses and keeps the data sent under it.`,
      sources: ownKeys.map((vendor) => mapSource(model, `subprocessors/${vendor.id}/account`)),
    });
  // With no account of anyone's, no agreement governs what they receive: the customer's choice to use them at all.
  // A choice only where the installation uses them under a condition: one used always is no choice but to run the
  // product (QAnything: "Customers decide whether their installation uses Jina AI", which reads every web link added).
  const anonymous = model.map.subprocessors.filter(reachedAnonymously);
  const names = (list: typeof anonymous, or: 'and' | 'or') =>
    joinList([...new Set(list.map((vendor) => vendorLabel(model, vendor)))], or);
  const chosen = anonymous.filter((vendor) => onlyWhen(model, vendor.id) !== undefined);
  const always = anonymous.filter((vendor) => !chosen.includes(vendor));
  const terms = (count: number) =>
    `${count === 1 ? 'receives' : 'receive'} data anonymously, with no account or agreement covering what ${count === 1 ? 'it does' : 'they do'} with it`;
  if (chosen.length > 0)
    expected.push({
      text: `Customers decide whether their installation uses ${names(chosen, 'or')}, which ${terms(chosen.length)}.`,
      sources: chosen.map((vendor) => mapSource(model, `subprocessors/${vendor.id}/account`)),
    });
  if (always.length > 0)
    expected.push({
      text: `Customers accept, by running the product, that their installation sends data to ${names(always, 'and')}, which ${terms(always.length)}.`,
      sources: always.map((vendor) => mapSource(model, `subprocessors/${vendor.id}/account`)),
    });
  const deletable = dataClasses.filter(
    (d) => d.tenantScoped && d.deletion && !deletesNothing(d.deletion.mechanism),
  );
  // Asking us only where the map records a way to ask (a deletion promise, or a deletion done on request), deleting
  // themselves only where a deletion says a user or customer does it (firecrawl: its API has no way for a customer to
  // delete; Teable, refly, lunary: "Customers ask us to delete their data" with no request path on record).
  const promise = organization.commitments?.deletionWithin;
  const onRequest = deletable.filter((d) => ON_REQUEST.test(d.deletion!.mechanism));
  // Not data that expires on its own (openlit: "The customer's ClickHouse deletes trace data automatically once it is
  // older than the retention period" read as customers deleting their traces themselves).
  // Data kept only in what each customer runs is the customer's to delete there, whatever its mechanism's words
  // (mattermost-ai: "Customers can delete some of their data themselves …; how the rest is deleted … is not on record"
  // of a plugin whose every store is in the customer's own Mattermost).
  // Not a class kept nowhere (`retention: zero`, langtrace's playground prompts): there is nothing of it to delete.
  const tenantScoped = dataClasses.filter((d) => d.tenantScoped && d.retention !== 'zero');
  // And a class only parts of the customer's hold, where none says how long it keeps it (text-generation-webui's LoRA
  // datasets, smart-connections' vault notes: "keep some of their data in what they run themselves (…), and can delete
  // other data themselves (…)", of data that is in what they run too).
  const kept = customersOwn(model, tenantScoped);
  const inTheirs = [
    ...kept,
    ...tenantScoped
      .filter((d) => !kept.some(({ dataClass }) => dataClass === d) && onlyCustomersHold(model, d.id))
      .map((dataClass) => ({
        dataClass,
        parts: model.map.components.filter(
          (component) =>
            component.dataClasses.includes(dataClass.id) && runByCustomer(component, model.map.subprocessors),
        ),
      }))
      .filter(({ parts }) => parts.length > 0),
  ];
  const theirs = new Set(inTheirs.map(({ dataClass }) => dataClass.id));
  const themselves = deletable.filter(
    (d) => !theirs.has(d.id) && selfService(d.deletion!.mechanism) && !expires(d.deletion!.mechanism),
  );
  // A promise kept at the end of the contract alone is ours to keep, not theirs to ask for.
  const ask =
    (promise !== undefined && organization.commitments?.deletionAfter !== 'termination') ||
    onRequest.length > 0;
  // The rest said by name, and only where no deletion of it is on record: a class the map says how we delete
  // (SurfSense: "deleted with the chat thread", "purges rows and blobs") is not "not on record" (SurfSense, lunary: "how
  // the rest is deleted when they leave is not on record" beside a deletion recorded for every other class).
  const told = new Set([...themselves, ...onRequest].map((d) => d.id));
  const rest = tenantScoped.filter(
    (d) => !theirs.has(d.id) && !told.has(d.id) && (!d.deletion || deletesNothing(d.deletion.mechanism)),
  );
  if (ask || themselves.length > 0 || theirs.size > 0)
    expected.push({
      text: ask
        ? `Customers ask ${organization.name} to delete their data when they leave${themselves.length > 0 ? ', or delete it themselves' : ''}.`
        : // Said of the whole only where every class of theirs is one they delete (open-saas, trieve: "Customers
          // delete their data themselves when they leave" where they could delete some of it, and accounts not at all).
          theirs.size === tenantScoped.length
          ? 'Customers keep their data in what they run themselves, and delete it there.'
          : themselves.length === tenantScoped.length
            ? 'Customers delete their data themselves when they leave.'
            : `Customers ${[
                theirs.size > 0
                  ? `keep some of their data in what they run themselves (${joinList(inTheirs.map(({ dataClass }) => dataClass.name))}), and delete it there`
                  : '',
                themselves.length > 0
                  ? `can delete ${theirs.size > 0 ? 'other data' : 'some of their data'} themselves (${joinList(themselves.map((d) => d.name))})`
                  : '',
              ]
                .filter(Boolean)
                .join(
                  ', and ',
                )}${rest.length > 0 ? `; no way to delete ${joinList(rest.map((d) => d.name))} when they leave is on record` : ''}.`,
      sources: [
        ...(promise !== undefined ? [mapSource(model, 'organization/commitments/deletionWithin')] : []),
        ...[...new Set([...onRequest, ...themselves])]
          .filter((d) => d.deletion)
          .map((d) => mapSource(model, `dataClasses/${d.id}/deletion`)),
        ...[...new Set(inTheirs.flatMap(({ parts }) => parts))].map((part) =>
          mapSource(model, customerRunPointer(part)),
        ),
      ],
    });
  // Accounts only where something takes a sign-in (farfalle: "misuse of their accounts" of a site with none), and not a
  // shared key alone (retrieval-plugin: one bearer token for every caller).
  // Accounts with us: a product each customer runs keeps its users' accounts in the customer's own installation
  // (chat-ollama: "report … misuse of their accounts to ChatOllama", a project with no accounts of its own).
  const hasAccounts = model.map.components.some(
    (component) =>
      !runByCustomer(component, model.map.subprocessors) &&
      (component.userAuthentication?.methods ?? []).some(
        (method) => method !== 'none' && method !== 'api-key',
      ),
  );
  // A product each customer runs and nothing of theirs reaches: the incidents in it are the customer's own, and what
  // the customer tells us of is a weakness of the software (mealie, Nextcloud Assistant: "Customers report suspected
  // security incidents to Mealie without delay", of installations the project never sees).
  const selfRun = runsAtCustomers(model);
  // Where no security contact is on record, the channel is not implied (Chatbot UI, ChatDev: "report … to ChatDev",
  // with no contact anywhere, beside a trust center saying none is published).
  const to = organization.contact ?? `${organization.name}, whose security contact is not yet on record`;
  expected.push({
    text:
      selfRun && selfRun.ours.length === 0
        ? `Customers handle security incidents in their own installation, and report suspected vulnerabilities in the software to ${to}.`
        : `Customers report suspected security incidents${hasAccounts || (open.length === 0 && !signsIn) ? ' or misuse of their accounts' : ''} to ${organization.contact ? `${organization.contact} without delay` : `${organization.name} without delay; its security contact is not yet on record`}.`,
    sources: [mapSource(model, organization.contact ? 'organization/contact' : 'organization/name')],
  });
  return expected;
}

/**
 * Subservice organisations with the complementary controls expected of them (CSOCs), and the complementary
 * controls expected of customers (CUECs).
 */
export function subserviceSection(model: Model): DescriptionSection {
  // A vendor reached only with each customer's own key serves the customer, not us: not a subservice organisation
  // (agenta: fourteen model providers its customers connect were carved out, "no data processing agreement recorded"),
  // but a control the customers run (`expectedOfCustomers`).
  const subprocessors = model.map.subprocessors.filter((vendor) => !underCustomersAccount(vendor));
  const blocks: DescriptionBlock[] = [];
  if (subprocessors.length > 0) {
    blocks.push({
      kind: 'table',
      table: {
        columns: ['Organisation', 'Service', 'Purpose', 'Data', 'Treatment', 'Assurance'],
        rows: subprocessors.map((vendor) => {
          const report = vendor.terms?.soc2Report
            ? model.index.evidence.get(vendor.terms.soc2Report)
            : undefined;
          return {
            cells: [
              vendor.vendor,
              vendor.service,
              [vendor.purpose, accountWords(vendor)].filter(Boolean).join('; '),
              vendor.dataClasses.map((id) => model.index.dataClasses.get(id)?.name ?? id).join(', '),
              chosenTreatment(model, vendor) ?? 'to be chosen',
              report?.title ?? 'none recorded',
            ],
            sources: [mapSource(model, `subprocessors/${vendor.id}`)],
          };
        }),
      },
    });
    blocks.push({ kind: 'heading', text: 'Complementary subservice organisation controls', level: 3 });
    // One heading a company, its services' controls under it (farfalle: "#### Microsoft" three times, for Azure OpenAI,
    // Bing and Azure Container Apps, each with the same two sentences): what all its services share said once, with
    // every entry it rests on; what one service's terms say, named with the service.
    const companies = new Map<string, SubprocessorData[]>();
    for (const vendor of subprocessors) {
      const key = vendor.vendor.trim().toLowerCase();
      companies.set(key, [...(companies.get(key) ?? []), vendor]);
    }
    for (const services of companies.values()) {
      const items = new Map<string, Statement>();
      for (const vendor of services)
        for (const item of expectedOf(
          model,
          vendor,
          services.length > 1 ? `${vendor.vendor} (${vendor.service})` : vendor.vendor,
        )) {
          const seen = items.get(item.text);
          items.set(item.text, seen ? { ...seen, sources: [...seen.sources, ...item.sources] } : item);
        }
      blocks.push(
        { kind: 'heading', text: services[0]!.vendor, level: 4 },
        { kind: 'list', items: [...items.values()] },
      );
    }
  } else {
    blocks.push({
      kind: 'paragraph',
      statement: {
        text: 'The map lists no subservice organisations.',
        sources: [mapSource(model, 'organization')],
      },
    });
  }
  blocks.push(
    { kind: 'heading', text: 'Complementary user entity controls', level: 3 },
    { kind: 'list', items: expectedOfCustomers(model) },
  );
  return { id: 'subservice', title: 'Subservice organisations and complementary controls', blocks };
}
