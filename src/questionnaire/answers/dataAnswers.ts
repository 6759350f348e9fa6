import { storeVerification } from '../../controls/index.js';
import {
  bringsOwnKey,
  isConfirmed,
  keepingUnsaid,
  reachedAnonymously,
  runByCustomer,
} from '../../core/vocabulary.js';
import { joinSome, tenancyInWords, withAside } from '../../core/words.js';
import {
  type ComponentData,
  DATASTORE_ENFORCED_TENANCY,
  type DataClassData,
  deletesNothing,
  deletesOnlyPart,
  durationDays,
  encryptsOnlyPart,
  keepsData,
  keptAt,
  longestKept,
  PRIMARY_STORE_KINDS,
  retentionPointer,
  STORE_KINDS,
  type SubprocessorData,
} from '../../map/index.js';
import {
  customerDataClasses,
  customerRunPointer,
  customersClasses,
  customersOwnPlace,
  customersVendorOf,
  dataAtCustomers,
  deletedWithin,
  deletesAtEnd,
  deletionStart,
  heldWithoutRetention,
  holders,
  isProposed,
  keptLonger,
  type Model,
  nameMidSentence,
  onlyCustomersHold,
  ownKeySentence,
  placement,
  placeWords,
  productName,
  regionInside,
  regionWords,
  retentionPlaces,
  tenantScopedClasses,
  usageReachingUs,
  vendorLabel,
} from '../../model/index.js';
import {
  bypassedStores,
  componentLabel,
  customerRunSources,
  customerRunWords,
  durationWords,
  joinList,
  liveTested,
  mapRef,
  midSentence,
  openedBeyondOwner,
  promiseOf,
  recoveryObjectives,
  retentionOf,
  reviewLabel,
  reviewsOfBinding,
  reviewsOfBypass,
  undeletable,
} from './refs.js';
import type { Answer, AnswerBuilder, AnswerSource, YesNo } from './types.js';

/** The parts that keep data at rest: stores, and any other part the map says keeps what it holds (`keepsData`). */
const stores = (model: Model) => model.map.components.filter(keepsData);

/**
 * The parts each customer has, said as where they are: run in the customer's own environment, or kept by a vendor
 * under each customer's own account, whose terms with that customer say how (ai-pr-reviewer: GitHub's Actions logs and
 * pull request comments). With `what`, what the map does not say of them there ("how they are encrypted": not on record,
 * and never said as the customer's to set, which a shipped server with no TLS option is not: codel, Devon); without,
 * where they run alone.
 */
function theirsSaid(model: Model, parts: readonly ComponentData[], what?: string): string {
  const vendorOf = (component: ComponentData) => customersVendorOf(model, component);
  const run = parts.filter((component) => !vendorOf(component));
  const byVendor = new Map<string, ComponentData[]>();
  for (const component of parts) {
    const vendor = vendorOf(component);
    if (vendor) byVendor.set(vendor.id, [...(byVendor.get(vendor.id) ?? []), component]);
  }
  const ran =
    run.length === 0
      ? ''
      : what
        ? ` ${joinList(run.map(componentLabel))} ${run.length === 1 ? 'runs' : 'run'} in each customer's own environment, which we do not operate; ${what} there is not on record.`
        : ` ${joinList(run.map(componentLabel))} ${run.length === 1 ? 'is' : 'are'} run by each customer, in its own environment.`;
  const kept = [...byVendor].map(([id, components]) => {
    const vendor = vendorLabel(model, model.index.subprocessors.get(id)!);
    // A model is run there, not kept (realtime-agents: five OpenAI model ids "are kept by OpenAI").
    const verb = components.every((component) => STORE_KINDS.has(component.kind)) ? 'kept' : 'run';
    return ` ${joinList(components.map(componentLabel))} ${components.length === 1 ? 'is' : 'are'} ${verb} by ${vendor} under each customer's own account, as ${vendor}'s terms with that customer say.`;
  });
  return `${ran}${kept.join('')}`;
}

/**
 * Whether every flow from a part goes to a place that is not the customer's own (a part of ours, a vendor under our
 * account), and there is at least one: the part (a client app of ours on each user's device) connects only to us.
 */
function reachesOnlyUs(model: Model, id: string): boolean {
  const out = model.map.flows.filter((flow) => flow.from === id);
  return out.length > 0 && out.every((flow) => !customersOwnPlace(model, flow.to));
}

/**
 * Components by what the map records of one encryption switch: on, on only in part (`encryptsOnlyPart`: words that
 * leave part plain or to whoever runs it), off. The encryption answers, for every hop and for users' traffic, read
 * the switch one way.
 */
function switchStates(components: readonly ComponentData[], side: 'atRest' | 'inTransit') {
  const declared = components.filter((component) => component.encryption?.[side]);
  const partly = declared.filter(
    (component) =>
      component.encryption![side]!.enabled && encryptsOnlyPart(component.encryption![side]!.mechanism),
  );
  return {
    declared,
    partly,
    on: declared.filter((component) => component.encryption![side]!.enabled && !partly.includes(component)),
    off: declared.filter((component) => !component.encryption![side]!.enabled),
  };
}

/**
 * Encryption on each component in scope. A component the map says is not encrypted makes the answer "Partially",
 * naming it; one the map is silent about is not a fact either way, so the answer loses its verdict and goes to
 * review, and the buyer's text counts only what the map declares.
 */
function encryption(side: 'atRest' | 'inTransit', scope: (model: Model) => ComponentData[]): AnswerBuilder {
  return ({ model }) => {
    const components = scope(model);
    // On, in words that leave part of it plain or to whoever runs it, is said apart (AppFlowy Cloud, realtime-agents).
    const { declared, partly, on, off } = switchStates(components, side);
    if (components.length === 0 || declared.length === 0) return undefined;
    // A part each customer runs, the map silent on it, is set up by that customer, who chooses how it is encrypted: not
    // "not yet documented" of ours (page-assist, paperless-gpt, podcastfy, meeting-minutes: "Whether Browser database
    // (IndexedDB), Local SQLite database … encrypt data in transit is not yet documented" in five answers each).
    // Not one of ours that each customer runs but that connects only to us and our vendors: how those connections are
    // encrypted is ours to say (AFFiNE: "AFFiNE web, desktop and mobile apps runs in each customer's own environment,
    // where the customer sets how it is encrypted", of its own clients syncing to its server, in four answers).
    const theirs = components.filter(
      (component) =>
        !component.encryption?.[side] &&
        runByCustomer(component, model.map.subprocessors) &&
        (side === 'atRest' || STORE_KINDS.has(component.kind) || !reachesOnlyUs(model, component.id)),
    );
    const silent = components.filter(
      (component) => !component.encryption?.[side] && !theirs.includes(component),
    );
    const declaredTheirs = declared.filter((component) => runByCustomer(component, model.map.subprocessors));
    // Only parts each customer runs left unencrypted: said as what the product does there, with no "No" of ours
    // (opencommit, smart-connections, enchanted, bionic-gpt: "No. Data is not encrypted at rest in Local config file
    // …", then "… is run by each customer", to "are the databases holding our data encrypted?"), and not named again.
    const onlyTheirsOff = off.length > 0 && off.every((component) => component.hosting === 'customer-hosted');
    const theirsOn = onlyTheirsOff
      ? declaredTheirs.filter((component) => !off.includes(component))
      : declaredTheirs;
    // Those said apart as each customer's are not counted among ours, nor their mechanisms said as ours
    // (anthropic-quickstarts: "on all 4 components", then "Agents library is run by each customer").
    // Where every part is the customer's, what the product sets up there is all there is to say, and is said (cwyd,
    // aws-genai-llm-chatbot: "TLS 1.2 minimum" of the template each customer deploys).
    const onOurs = on.some((component) => !theirsOn.includes(component))
      ? on.filter((component) => !theirsOn.includes(component))
      : on;
    // Each mechanism once, though two parts' words share a clause ("HTTPS from AWS Amplify hosting" twice).
    const mechanisms = [
      ...new Set(
        onOurs.flatMap((component) =>
          (component.encryption![side]!.mechanism ?? '')
            .split(/;\s+(?![^(]*\))/)
            .map((clause) => clause.trim())
            .filter(Boolean),
        ),
      ),
    ];
    // The parts the text names as undocumented are cited too: an unconfirmed one holds the answer back.
    const sources = [
      ...declared.map((component) => mapRef(model, `components/${component.id}/encryption/${side}`)),
      ...silent.map((component) => mapRef(model, `components/${component.id}`)),
      ...theirs.map((component) => mapRef(model, customerRunPointer(component))),
    ];
    // What the map says of a component that is off is said with it (Verba: "plain HTTP to the host"; "calls to
    // external AI providers use HTTPS" had been dropped).
    const offSaid = off.map((component) => {
      const mechanism = component.encryption![side]!.mechanism;
      return mechanism ? withAside(componentLabel(component), mechanism) : componentLabel(component);
    });
    const what = side === 'atRest' ? 'at rest' : 'in transit';
    // "in transit on REST API", not "in transit in".
    const where = side === 'atRest' ? 'in' : 'on';
    const apart = on.length - onOurs.length;
    const counted = declared.length - apart;
    const all = counted === 1 ? 'the one' : counted === 2 ? 'both' : `all ${counted}`;
    // Counted among every part in scope, silent ones too: "in 1 data store" beside three the map says nothing of read as
    // the whole (skyvern: one encrypted store named, the others only in the reviewer's note).
    const among = components.length - theirs.length - apart;
    const short = off.length > 0 || silent.length > 0 || partly.length > 0;
    const count = short ? `${onOurs.length} of ${among}` : all;
    const nouns = `${side === 'atRest' ? 'data store' : 'component'}${(short ? among : counted) === 1 ? '' : 's'}`;
    const base =
      onOurs.length > 0 || short
        ? `Data is encrypted ${what} ${where} ${count} ${nouns}${mechanisms.length > 0 ? ` (${mechanisms.join('; ')})` : ''}.`
        : '';
    // What the map does not say is said as not yet documented, not left out.
    const unsaid = `${
      silent.length > 0
        ? ` Whether ${joinList(silent.map(componentLabel))} ${silent.length === 1 ? 'encrypts' : 'encrypt'} data ${what} is not yet documented.`
        : ''
    }${theirsSaid(model, theirs, `how ${theirs.length === 1 ? 'it is' : 'they are'} encrypted`)}${
      // One the map says how it is encrypted, but each customer runs, is said as theirs too (elysia: "encrypted at rest
      // in the one data store" of the customer's own Weaviate cluster, said as if we ran it).
      theirsSaid(model, theirsOn)
    }`;
    const partlySaid =
      partly.length > 0
        ? ` Encrypted ${what} only in part: ${joinList(partly.map((component) => withAside(componentLabel(component), component.encryption![side]!.mechanism!)))}.`
        : '';
    const reviews = [
      ...(off.length > 0
        ? [`${joinList(off.map(reviewLabel))} ${off.length === 1 ? 'is' : 'are'} not encrypted ${what}`]
        : []),
      ...(partly.length > 0
        ? [`the map's words on ${joinList(partly.map(reviewLabel))} say part of it is not encrypted ${what}`]
        : []),
      ...(silent.length > 0
        ? [
            `the map does not say whether ${joinList(silent.map(reviewLabel))} ${silent.length === 1 ? 'encrypts' : 'encrypt'} data ${what}`,
          ]
        : []),
    ];
    // Not a Yes for every hop while the customer's own parts say nothing (OpenManus: "Yes" to "is every hop encrypted?"
    // beside a local model server each user runs over plain HTTP).
    if (reviews.length === 0)
      return {
        ...(theirs.length === 0 ? { yesNo: 'Yes' as const } : {}),
        text: `${base}${unsaid}`.trim(),
        sources,
      };
    if (on.length === 0 && onlyTheirsOff) {
      return {
        text: `The product does not encrypt data ${what} ${where} ${joinList(offSaid)}, which ${off.length === 1 ? 'runs' : 'run'} in each customer's own environment, where the customer decides how ${off.length === 1 ? 'it is' : 'they are'} protected.${unsaid}`,
        sources,
        review: reviews.join('; '),
      };
    }
    if (on.length === 0 && off.length === 0)
      return {
        ...(silent.length === 0 ? { yesNo: 'Partially' as const } : {}),
        text: `${partlySaid.trim()}${unsaid}`,
        sources,
        review: reviews.join('; '),
      };
    // Nothing encrypted is "No" where the map speaks for every component, and no verdict where it is silent on some.
    if (on.length === 0 && partly.length === 0)
      return {
        yesNo: silent.length === 0 ? 'No' : undefined,
        text: `Data is not encrypted ${what} ${where} ${joinList(offSaid)}.${unsaid}`,
        sources,
        review: reviews.join('; '),
      };
    // Where only parts each customer runs are off, "Partially" is not ours to say either (web-llm-chat: "Partially" to
    // "is traffic between our users and your service encrypted?", from the user's own model server over plain HTTP).
    return {
      yesNo: (off.length > 0 && !onlyTheirsOff) || partly.length > 0 ? 'Partially' : undefined,
      text: `${on.length > 0 ? base : ''}${partlySaid}${off.length > 0 ? (onlyTheirsOff ? ` The product does not encrypt data ${what} ${where} ${joinList(offSaid)}, which ${off.length === 1 ? 'runs' : 'run'} in each customer's own environment.` : ` Not encrypted ${what}: ${joinList(offSaid)}.`) : ''}${unsaid}`.trim(),
      sources,
      review: reviews.join('; '),
    };
  };
}

/** Encryption at rest in every component that stores data. */
export const encryptionAtRest = encryption('atRest', stores);
/** Encryption in transit on every component. */
const everyHop = encryption('inTransit', (model) => model.map.components);

/**
 * The parts the product's users reach: those the map says users sign in to, or else its services and APIs. Not the
 * stores behind them.
 */
function userFacing(model: Model): ComponentData[] {
  const signIn = model.map.components.filter((component) => component.userAuthentication);
  if (signIn.length > 0) return signIn;
  return model.map.components.filter((component) => component.kind === 'api' || component.kind === 'service');
}

/** Encryption words about the traffic a part receives: from browsers, visitors, what it serves or listens on. */
const SPEAKS_OF_INBOUND =
  /\b(?:browsers?|visitors?|inbound|incoming|ingress|served|serves|listens?|from (?:users|clients))\b/i;

/**
 * Encryption of the traffic between users and the parts they reach, for a question that asks about that alone
 * ("Is all traffic between our users and your service protected with TLS 1.2 or higher?"): not "No" from the
 * service's plain connection to its own database (bionic-gpt). A part each customer runs is said as theirs; one the
 * map is silent on is not yet documented, and the answer has no verdict.
 */
function userTraffic(model: Model): ReturnType<AnswerBuilder> {
  const parts = userFacing(model);
  if (parts.length === 0) return undefined;
  const declared = (component: ComponentData) => component.encryption?.inTransit;
  // A part each customer runs, the map silent on it, is reached as that customer sets it up; one whose words leave it
  // to whoever hosts it is encrypted only in part (realtime-agents: "HTTPS for browsers is left to whoever hosts it"),
  // and one the map says encrypts is said so (lencx/ChatGPT: a desktop app that always uses HTTPS was "the customer sets
  // how it is encrypted").
  const theirs = parts.filter(
    (component) => !declared(component) && runByCustomer(component, model.map.subprocessors),
  );
  // One each customer runs whose words leave part of its own connections plain speaks of those connections, not of
  // users' traffic to us (dyad: "Traffic between users and Dyad desktop app … is encrypted only in part", of a desktop
  // app reaching a model server on the same computer over plain HTTP).
  // Words about what users reach ("HTTPS for browsers is left to whoever hosts it": realtime-agents' server each
  // operator runs) still speak of users' traffic.
  const theirsPartly = switchStates(parts, 'inTransit').partly.filter(
    (component) =>
      runByCustomer(component, model.map.subprocessors) &&
      !SPEAKS_OF_INBOUND.test(declared(component)!.mechanism ?? ''),
  );
  const ours = parts.filter((component) => !theirs.includes(component) && !theirsPartly.includes(component));
  // On, in words that leave part of it plain (AppFlowy Cloud: port 80 served beside 443 with no redirect).
  const { on, partly, off: offAll } = switchStates(ours, 'inTransit');
  // Off in a part each customer runs: what the product does there, with no verdict of ours (web-llm-chat's rule, as
  // for every hop).
  const offTheirs = offAll.filter((component) => runByCustomer(component, model.map.subprocessors));
  const off = offAll.filter((component) => !offTheirs.includes(component));
  const silent = ours.filter((component) => !declared(component));
  // Silent on every part users reach: nothing to say but that, which is no answer to send (codel, coai,
  // assistants-quickstart: "Whether traffic between users and … is encrypted is not yet documented." as the whole answer).
  if (silent.length === ours.length && theirs.length === 0 && theirsPartly.length === 0)
    return {
      missing: `say whether traffic between users and ${joinList(silent.map(reviewLabel))} is encrypted (\`encryption.inTransit\`)`,
    };
  const labels = (components: readonly ComponentData[]) => joinList(components.map(componentLabel));
  const offSaid = (components: readonly ComponentData[]) =>
    joinList(
      components.map((component) => {
        const mechanism = declared(component)!.mechanism;
        return mechanism ? withAside(componentLabel(component), mechanism) : componentLabel(component);
      }),
    );
  const mechanisms = [...new Set(on.flatMap((component) => declared(component)!.mechanism ?? []))];
  const text = [
    on.length > 0
      ? `Traffic between users and ${labels(on)} is encrypted in transit${mechanisms.length > 0 ? ` (${mechanisms.join('; ')})` : ''}.`
      : '',
    partly.length > 0
      ? `Traffic between users and ${joinList(partly.map((component) => withAside(componentLabel(component), declared(component)!.mechanism!)))} is encrypted only in part.`
      : '',
    off.length > 0 ? `Traffic between users and ${offSaid(off)} is not encrypted.` : '',
    offTheirs.length > 0
      ? `The product does not encrypt traffic between users and ${offSaid(offTheirs)}, which ${offTheirs.length === 1 ? 'runs' : 'run'} in each customer's own environment, where the customer decides how ${offTheirs.length === 1 ? 'it is' : 'they are'} protected.`
      : '',
    silent.length > 0
      ? `Whether traffic between users and ${labels(silent)} is encrypted is not yet documented.`
      : '',
    ...theirsPartly.map(
      (component) =>
        `${componentLabel(component)} runs in each customer's own environment, and encrypts its own connections only in part (${midSentence(model, declared(component)!.mechanism!)}).`,
    ),
  ]
    .filter(Boolean)
    .join(' ');
  const reviews = [
    ...(offAll.length > 0
      ? [
          `${joinList(offAll.map(reviewLabel))} ${offAll.length === 1 ? 'is' : 'are'} not encrypted in transit`,
        ]
      : []),
    ...(silent.length > 0
      ? [`the map does not say whether traffic to ${joinList(silent.map(reviewLabel))} is encrypted`]
      : []),
    ...(partly.length > 0
      ? [`the map's words on ${joinList(partly.map(reviewLabel))} say part of the traffic is not encrypted`]
      : []),
  ];
  // Left in part to each customer who runs it: no verdict of ours either way.
  const settled =
    silent.length === 0 &&
    theirs.length === 0 &&
    theirsPartly.length === 0 &&
    offTheirs.length === 0 &&
    !partly.some((component) => runByCustomer(component, model.map.subprocessors));
  const yesNo = !settled
    ? undefined
    : off.length === 0 && partly.length === 0
      ? ('Yes' as const)
      : on.length > 0 || partly.length > 0
        ? ('Partially' as const)
        : ('No' as const);
  return {
    ...(yesNo ? { yesNo } : {}),
    text: `${text}${theirsSaid(model, theirs, `how ${theirs.length === 1 ? 'it is' : 'they are'} encrypted`)}`.trim(),
    sources: parts.map((component) =>
      theirs.includes(component) || theirsPartly.includes(component)
        ? mapRef(model, customerRunPointer(component))
        : declared(component)
          ? mapRef(model, `components/${component.id}/encryption/inTransit`)
          : mapRef(model, `components/${component.id}`),
    ),
    ...(reviews.length > 0 ? { review: reviews.join('; ') } : {}),
  };
}

/**
 * Encryption in transit: on every component, or, where the question asks about the traffic between users and the
 * service alone, on the parts users reach.
 */
export const encryptionInTransit: AnswerBuilder = (facts) =>
  (facts.about === 'user-traffic' ? userTraffic(facts.model) : undefined) ??
  (facts.about === 'internal-traffic' ? internalHops(facts) : everyHop(facts));

/** Words that say a part's own calls out are encrypted: "its call to OpenAI uses HTTPS". */
const CALLS_OUT_ENCRYPTED =
  /\b(?:calls?|requests?|connections?|reaches|talks|sends?|outbound)\b[^.;]{0,60}\b(?:https|tls|ssl)\b/i;

/**
 * Encryption of the hops behind the service, for a question that asks about those alone: a part whose words say only
 * its listener for users is plain, and its own calls out encrypted, is no plain internal hop (realtime-console:
 * "Partially" to "Are internal service-to-service connections encrypted?", from a server that listens on plain HTTP and
 * calls OpenAI over HTTPS).
 */
const internalHops = encryption('inTransit', (model) =>
  model.map.components.filter((component) => {
    const transit = component.encryption?.inTransit;
    const words = transit?.mechanism ?? '';
    return !(
      transit &&
      (!transit.enabled || encryptsOnlyPart(words)) &&
      SPEAKS_OF_INBOUND.test(words) &&
      CALLS_OUT_ENCRYPTED.test(words)
    );
  }),
);

/** Words of a data class's name that say nothing of which class it is. */
const GENERIC_CLASS_WORDS = new Set(
  'user users data customer customers client clients record records information content their with from each'.split(
    ' ',
  ),
);
/** Deletion words that speak of everything a store holds: the account, tenant or workspace goes, or all of it. */
const DELETES_WHOLE =
  /\b(?:all|every(?:thing)?|whole|entire|cascad\w*|(?:account|tenant|workspace|organi[sz]ation|customer|user)(?:'s)? (?:deletion|is deleted|are deleted|removal)|(?:delet\w*|remov\w*) (?:the |an? |their |its )?(?:accounts?|tenants?|workspaces?|organi[sz]ations?))\b/i;

/**
 * Whether a store's deletion words speak of this class: they name it (a word of its name or id), or speak of all the
 * store holds (an account deleted, a cascade). Not words about other records of the same store (opengpts: "thread and
 * assistant records are deleted when the user deletes them" said of user identifiers nothing deletes; AgentGPT: "deleting
 * an agent marks it deleted" said of account profiles and sign-in tokens, in seven answers each).
 */
function speaksOf(mechanism: string, dataClass: { id: string; name: string }): boolean {
  if (DELETES_WHOLE.test(mechanism) || deletesNothing(mechanism)) return true;
  const said = mechanism.toLowerCase();
  const words = `${dataClass.name} ${dataClass.id}`
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4 && !GENERIC_CLASS_WORDS.has(word))
    .map((word) => word.replace(/(?:ies|es|s)$/, ''));
  return words.some((word) => new RegExp(`\\b${word.slice(0, Math.max(4, word.length - 1))}`).test(said));
}

/** Deletion promise and mechanisms per data class. */
export const dataDeletion: AnswerBuilder = ({ model, results }) => {
  const promise = model.map.organization.commitments?.deletionWithin;
  // Customer data, whether or not the map scopes it to tenants: a single-tenant install (anything-llm: every class
  // `tenantScoped: false`) still deletes its users' chats and documents.
  // Users' accounts too (SurfSense, Verba: account deletion was left out of "is our data deleted?").
  const customers = customersClasses(model);
  const theirs = model.map.dataClasses.filter((dataClass) => customers.has(dataClass.id));
  const classes = theirs.filter((dataClass) => dataClass.deletion);
  // Customer data with no way to delete it on record is said, and takes the Yes away (cognita: "Yes" to "deleted
  // from all systems?" while the users' questions, kept in a log, had no deletion).
  // Not a class kept for no time (`retention: zero`): there is nothing of it to delete (chatgpt-your-files: "Not yet
  // on record: how we delete chat questions" read as the questions being stored). A store keeping it anyway is the
  // retention check's to say.
  const noDeletion = theirs.filter((dataClass) => !dataClass.deletion && dataClass.retention !== 'zero');
  // A class with no deletion of its own, kept only in stores of ours that each say how they delete, is deleted there
  // (inbox-zero: "Not yet on record: how we delete transcripts, OAuth tokens, user accounts", kept only in a PostgreSQL
  // whose deletion said "account deletion cascades").
  const keepingOf = (dataClass: { id: string }) =>
    model.map.components.filter(
      (component) =>
        component.dataClasses.includes(dataClass.id) &&
        STORE_KINDS.has(component.kind) &&
        keptAt(component, dataClass.id) !== 'zero' &&
        !runByCustomer(component, model.map.subprocessors),
    );
  const byStore = noDeletion.flatMap((dataClass) => {
    const keeping = keepingOf(dataClass);
    // Not a deletion whose words leave some of what the store holds, read as every class's there (self.so: "User accounts
    // and usernames: DELETE /api/resume removes resume:<userId>; username mappings are not removed", and the same of
    // rate-limit counters, in eight answers): where the store holds more than this class, which part it deletes is not
    // ours to guess, so the class's deletion is not yet on record.
    const covers = (component: ComponentData) =>
      component.deletion !== undefined &&
      speaksOf(component.deletion.mechanism, dataClass) &&
      !deletesNothing(component.deletion.mechanism) &&
      !(
        deletesOnlyPart(component.deletion.mechanism) &&
        component.dataClasses.some((id) => id !== dataClass.id && keptAt(component, id) !== 'zero')
      );
    return keeping.length > 0 && keeping.every(covers) ? [{ dataClass, keeping }] : [];
  });
  const notByStore = noDeletion.filter(
    (dataClass) => !byStore.some((entry) => entry.dataClass === dataClass),
  );
  // A class kept only in stores whose own deletion says it leaves part of what they hold, or nothing, is said with those
  // words, as what the store does with it, not as "not yet on record" (papermark: "Not yet on record: how we delete
  // document search index", of an OpenAI vector store the map says keeps copies after a document or team is deleted).
  const leaves = (component: ComponentData) =>
    component.deletion !== undefined &&
    (deletesNothing(component.deletion.mechanism) || deletesOnlyPart(component.deletion.mechanism));
  const inPartialStores = notByStore.filter((dataClass) => {
    const keeping = keepingOf(dataClass);
    return (
      keeping.length > 0 &&
      keeping.some((component) => leaves(component) && speaksOf(component.deletion!.mechanism, dataClass)) &&
      keeping.every((component) => component.deletion)
    );
  });
  const partialStores = model.map.components.filter(
    (component) =>
      leaves(component) &&
      inPartialStores.some(
        (dataClass) =>
          keepingOf(dataClass).includes(component) && speaksOf(component.deletion!.mechanism, dataClass),
      ),
  );
  const partialLine = partialStores
    .map((component) => {
      const held = joinList(
        inPartialStores
          .filter(
            (dataClass) =>
              keepingOf(dataClass).includes(component) && speaksOf(component.deletion!.mechanism, dataClass),
          )
          .map((dataClass) => midSentence(model, dataClass.name)),
      );
      const how = deletesNothing(component.deletion!.mechanism)
        ? 'is not deleted'
        : 'is deleted only in part';
      return ` What ${componentLabel(component)} holds (${held}) ${how}: ${component.deletion!.mechanism}.`;
    })
    .join('');
  const undeleted = notByStore.filter((dataClass) => !inPartialStores.includes(dataClass));
  if (!promise && classes.length === 0 && byStore.length === 0) return undefined;
  // Where something of the customers' reaches us, the classes that never do are not ours to say how we delete (Leon).
  // Parts of ours holding none of it (Hollama's web app) leave nothing of ours to delete either: "Not yet on record: how
  // we delete all of a customer's data when the contract ends" beside data kept only in each user's browser.
  const selfRun = dataAtCustomers(model);
  const nothingOfOurs = selfRun !== undefined && selfRun.ours.length === 0;
  const undeletedSaid = nothingOfOurs
    ? undeleted
    : undeleted.filter((dataClass) => !onlyCustomersHold(model, dataClass.id));
  // A starter promise nobody confirmed is left out where the confirmed mechanisms answer (RAGFlow, LibreChat: every
  // deletion question blank behind the template's "30 days"); where it is all there is, the answer waits for it.
  const commitments = model.map.organization.commitments;
  const said = promise && (classes.length === 0 || !isProposed(model, 'organization', 'commitments'));
  // Said as done only where the deletion check finds no place that cannot keep it; otherwise said as the promise it is,
  // in the words every output gives it (vanna: "Customer data is deleted within 30 days of the end of the contract" as
  // fact, beside a shared memory store no customer's data could be deleted from alone, and the check failing on it).
  const unmet = results.some((result) => result.checkId === 'deletion-coverage' && result.status === 'fail');
  const promised =
    said && unmet
      ? (promiseOf(model, 'deletionWithin')?.text ??
        `Customer data is deleted within ${durationWords(promise)} of ${deletionStart(commitments!)}.`)
      : said
        ? `Customer data is deleted within ${durationWords(promise)} of ${deletionStart(commitments!)}.`
        : '';
  const sources: AnswerSource[] = [];
  if (said) sources.push(mapRef(model, 'organization/commitments/deletionWithin'));
  if (said && commitments?.deletionAfter)
    sources.push(mapRef(model, 'organization/commitments/deletionAfter'));
  sources.push(...classes.map((dataClass) => mapRef(model, `dataClasses/${dataClass.id}/deletion`)));
  // Classes deleted the same way are said together, the mechanism once (cs-agents: "Held only in the server's memory
  // and discarded when the server restarts" three times in one answer).
  const sameWay = new Map<string, typeof classes>();
  for (const dataClass of classes) {
    const key = `${dataClass.deletion!.mechanism.trim()}\u0000${dataClass.deletion!.sla ?? ''}`;
    sameWay.set(key, [...(sameWay.get(key) ?? []), dataClass]);
  }
  const lines = [
    ...[...sameWay.values()].map((group) => {
      const [first] = group;
      const names = joinList(
        group.map((dataClass, i) => (i === 0 ? dataClass.name : nameMidSentence(model, dataClass.name))),
      );
      const line = `${names}: ${first!.deletion!.mechanism}`;
      return first!.deletion!.sla ? withAside(line, deletedWithin(first!.deletion!.sla)) : line;
    }),
    ...byStore.map(
      ({ dataClass, keeping }) =>
        `${dataClass.name}: ${joinList(keeping.map((component) => withAside(component.deletion!.mechanism, `in ${componentLabel(component)}`)))}`,
    ),
  ];
  sources.push(
    ...byStore.flatMap(({ keeping }) =>
      keeping.map((component) => mapRef(model, `components/${component.id}/deletion`)),
    ),
    ...partialStores.map((component) => mapRef(model, `components/${component.id}/deletion`)),
  );
  const backups = stores(model).filter(
    (component) => component.backups?.enabled && component.backups.retention,
  );
  sources.push(...backups.map((component) => mapRef(model, `components/${component.id}/backups`)));
  const backupLine =
    backups.length > 0
      ? ` Backups age out on their own schedule (${joinList(backups.map((component) => `${componentLabel(component)}: ${durationWords(component.backups!.retention!)}`))}).`
      : '';
  // Copies in logs, caches and queues are not deleted with the class (SurfSense, Verba: "Yes" to "deleted from all
  // systems?" while a log kept users' questions): each is said with its own deletion or expiry, and one with neither
  // on record takes the Yes away.
  const copies = copiesOf(
    model,
    classes.map((dataClass) => dataClass.id),
  );
  sources.push(...copies.flatMap(({ source }) => (source ? [mapRef(model, source)] : [])));
  const known = copies.filter(({ words, kept }) => words && !kept);
  // A copy in a part each customer runs is the customer's to delete, not ours to say how (pandas-ai: "Not yet on record:
  // how we delete the copies in Local log file" of the log each customer's own process writes).
  const unknown = copies
    .filter(({ words, component }) => !words && !runByCustomer(component, model.map.subprocessors))
    .map(({ component }) => component);
  const keptCopies = copies.filter(({ kept }) => kept);
  const copiesLine = `${
    known.length > 0
      ? ` Copies in logs, caches and queues follow their own schedule: ${joinList(known.map(({ component, words }) => withAside(componentLabel(component), words!)))}.`
      : ''
  }${
    keptCopies.length > 0
      ? ` Copies that are not deleted: ${joinList(keptCopies.map(({ component, words }) => withAside(componentLabel(component), words!)))}.`
      : ''
  }`;
  // With no promise on record, nothing says what happens to the rest at the end of the contract (FastGPT, LightRAG:
  // "retention after termination" answered with each class's own delete button).
  const missing = [
    ...(classes.length > 0 ? undeletedSaid.map((dataClass) => midSentence(model, dataClass.name)) : []),
    ...(unknown.length > 0 ? [`the copies in ${joinList(unknown.map(componentLabel))}`] : []),
    // A promise made for requests alone says nothing of the end of the contract either (scira).
    ...(!nothingOfOurs && (!said || !deletesAtEnd(commitments!))
      ? ["all of a customer's data when the contract ends"]
      : []),
  ];
  // What vendors reached with customers' own keys receive is deleted on those customers' terms with them, not by us
  // (mattermost-ai: "Yes" to "deleted from all systems, including sub-processors?" beside four providers reached only
  // with each customer's own key).
  const keyed = model.map.subprocessors.filter(
    (subprocessor) =>
      (bringsOwnKey(subprocessor) || reachedAnonymously(subprocessor)) &&
      classes.some(({ id }) => holders(model, id).vendors.includes(subprocessor)),
  );
  const keyedLine = ownKeySentence(model, keyed, (one) => `when ${one ? 'it deletes' : 'they delete'} it`);
  const usage = nothingOfOurs ? usageReachingUs(model, selfRun.usage) : '';
  // Cited, so a vendor nobody confirmed holds the answer back.
  if (usage) sources.push(...selfRun!.usage.map((vendor) => mapRef(model, `subprocessors/${vendor.id}`)));
  // "We hold none of it" rests on where each part runs and on the parts of ours holding none of it.
  if (nothingOfOurs) sources.push(...customerRunSources(model, selfRun));
  const noneOfOursLine = nothingOfOurs
    ? ` We hold none of it: ${selfRun.serving.length > 0 ? `it is kept only in what each customer runs, and what we run (${joinList(selfRun.serving.map(componentLabel))}) holds none of it` : "every part runs in each customer's own environment"}, so nothing of a customer's stays with us when the contract ends${usage ? `, beyond ${usage}` : ''}.`
    : '';
  const undeletedLine =
    missing.length > 0
      ? ` Not yet on record: how ${nothingOfOurs ? 'customers delete' : 'we delete'} ${joinList(missing)}.`
      : '';
  // A class whose deletion says nothing deletes it (dialoqbase's uploads, mem0's accounts) is said in its own words,
  // and takes the Yes away.
  const notDeleted = classes.filter((dataClass) => deletesNothing(dataClass.deletion!.mechanism));
  const reviews = [
    ...(keptCopies.length > 0
      ? [
          `${keptCopies.map(({ component }) => component.id).join(', ')} ${keptCopies.length === 1 ? 'keeps' : 'keep'} copies of customer data that nothing deletes`,
        ]
      : []),
    ...(notDeleted.length > 0
      ? [
          `the \`deletion\` of ${notDeleted.map((dataClass) => dataClass.id).join(', ')} says nothing deletes it`,
        ]
      : []),
    ...(classes.length > 0 && undeleted.length > 0
      ? [`no \`deletion\` on ${undeleted.map((dataClass) => dataClass.id).join(', ')}`]
      : []),
    ...(partialStores.length > 0
      ? [
          `${partialStores.map((component) => component.id).join(', ')} ${partialStores.length === 1 ? 'deletes' : 'delete'} only part of what ${partialStores.length === 1 ? 'it holds' : 'they hold'}, or nothing`,
        ]
      : []),
    ...(unknown.length > 0
      ? [
          `${unknown.map((component) => component.id).join(', ')} ${unknown.length === 1 ? 'holds' : 'hold'} copies of customer data with no \`deletion\` or \`retention\` on record`,
        ]
      : []),
  ];
  return {
    // Nothing of ours to delete is no "Yes" of ours: each customer deletes what it runs (mattermost-ai).
    ...(missing.length === 0 &&
    notDeleted.length === 0 &&
    keptCopies.length === 0 &&
    partialStores.length === 0 &&
    !nothingOfOurs
      ? { yesNo: 'Yes' as const }
      : {}),
    text: `${said ? `${promised} ` : ''}${lines.join('; ')}.${partialLine}${copiesLine}${undeletedLine}${noneOfOursLine}${keyedLine}${backupLine}`,
    sources,
    ...(reviews.length > 0 ? { review: reviews.join('; ') } : {}),
  };
};

/**
 * The logs, caches and queues holding copies of `classes`, which their classes' own deletion does not reach
 * (`PRIMARY_STORE_KINDS`): each with its own deletion or its expiry in words, or no words where neither is on record.
 * A component that keeps nothing (`zero`) holds no copy.
 */
function copiesOf(
  model: Model,
  classes: readonly string[],
): { component: ComponentData; words?: string; source?: string; kept?: true }[] {
  return model.map.components.flatMap((component) => {
    if (!STORE_KINDS.has(component.kind) || PRIMARY_STORE_KINDS.has(component.kind)) return [];
    const held = component.dataClasses.filter((id) => classes.includes(id));
    if (held.length === 0) return [];
    const kept = longestKept(component, held);
    if (kept === 'zero') return [];
    if (component.deletion)
      return [
        {
          component,
          words: `${component.deletion.mechanism}${component.deletion.sla ? `, ${deletedWithin(component.deletion.sla)}` : ''}`,
          source: `components/${component.id}/deletion`,
          // Its own words say nothing deletes it: kept, not on "its own schedule" (gpt-researcher's log file).
          ...(deletesNothing(component.deletion.mechanism) ? { kept: true as const } : {}),
        },
      ];
    if (kept && durationDays(kept) < Number.POSITIVE_INFINITY)
      return [
        { component, words: `removed after ${durationWords(kept)}`, source: retentionPointer(component) },
      ];
    return [{ component }];
  });
}

/** Retention per data class. */
export const dataRetention: AnswerBuilder = ({ model, about }) => {
  // Asked of the files customers give the product alone: those classes, not every kind of data (assistants-quickstart,
  // coai, codel, gpt_academic, social-media-agent: "how long will uploaded files stay?" answered with prompts, outputs
  // and logs first).
  const asked =
    about === 'files'
      ? model.map.dataClasses.filter((dataClass) => dataClass.category === 'customer-content')
      : model.map.dataClasses;
  if (asked.length === 0)
    return {
      missing:
        'no data class of `category: customer-content` (files customers give the product) is in the map',
    };
  const classes = asked.filter((dataClass) => dataClass.retention);
  if (classes.length === 0) return keptInPractice(model, asked);
  // Customer data with no period set is said, not left out: "defined per kind of data" would claim it.
  // Customer data shared by every user (jina reader's page cache, logs) is customer data too, tenant-scoped or not:
  // "Cached page snapshots: 7 days" went as ready beside logs and captions with no period.
  const customer = customerDataClasses(model);
  // Not a class only the customer's own parts and accounts hold: how long they keep it is theirs to set (Leon).
  const unset = asked.filter(
    (dataClass) =>
      !dataClass.retention &&
      (dataClass.tenantScoped || customer.has(dataClass.id)) &&
      !onlyCustomersHold(model, dataClass.id),
  );
  // Customer data only the customer's own parts and accounts hold, with no period set: said as theirs, not left out
  // (vocode-core: "Retention is defined per kind of data: Call configuration: 1 day", of a map whose audio and
  // transcripts stay in what each developer runs, read as customer content kept for a day).
  const theirsOnly = asked.filter(
    (dataClass) =>
      !dataClass.retention &&
      (dataClass.tenantScoped || customer.has(dataClass.id)) &&
      onlyCustomersHold(model, dataClass.id),
  );
  const theirsLine =
    theirsOnly.length > 0
      ? ` ${joinList(theirsOnly.map((dataClass) => dataClass.name))} ${theirsOnly.length === 1 ? 'is' : 'are'} kept only in what each customer runs or holds an account for, for as long as the customer keeps ${theirsOnly.length === 1 ? 'it' : 'them'}.`
      : '';
  // Kept until deleted, with no way to delete it on record: said as no limit, and held for review.
  const stuck = undeletable(model, classes);
  // A store that keeps a class longer than its policy is said with the policy, never left for the buyer to find.
  const longer = [...keptLonger(model, classes), ...heldWithoutRetention(model, classes)];
  const exceptionLine =
    longer.length > 0
      ? ` ${longer.length === 1 ? 'Exception' : 'Exceptions'}: ${longer.map(({ words }) => words).join('; ')}.`
      : '';
  const reviews = [
    ...longer.map(
      ({ component, words }) =>
        `${component.id} keeps data longer than its class's retention policy, or says nothing of how long (${words})`,
    ),
    ...(unset.length > 0
      ? [`set \`retention\` on ${unset.map((dataClass) => dataClass.id).join(', ')}`]
      : []),
    ...(stuck.length > 0
      ? [
          `${stuck.map((dataClass) => dataClass.id).join(', ')} ${stuck.length === 1 ? 'is' : 'are'} kept until deleted, but the map says of no way to delete ${stuck.length === 1 ? 'it' : 'them'}: add \`deletion\` to the class or to the store that holds it`,
        ]
      : []),
  ];
  return {
    text: `${about === 'files' ? '' : 'Retention is defined per kind of data: '}${classes.map((dataClass) => retentionOf(dataClass, !stuck.includes(dataClass))).join('; ')}.${exceptionLine}${unset.length > 0 ? ` No retention period is set yet for ${joinList(unset.map((dataClass) => dataClass.name))}.` : ''}${theirsLine}`,
    sources: [
      ...classes.map((dataClass) => mapRef(model, `dataClasses/${dataClass.id}/retention`)),
      ...theirsOnly.map((dataClass) => mapRef(model, `dataClasses/${dataClass.id}`)),
      ...longer.map(({ component }) => mapRef(model, `components/${component.id}/retention`)),
      ...unset.map((dataClass) => mapRef(model, `dataClasses/${dataClass.id}`)),
    ],
    ...(reviews.length > 0 ? { review: reviews.join('; ') } : {}),
  };
};

/**
 * With no retention policy on any class, what our stores keep of customers' data as the map records it (`retention`
 * of each component, what it keeps in practice), said as that, with the policy not yet on record: postiz's PostgreSQL
 * and upload volume, each `retention: indefinite`, left "how long do you keep our data?" blank with "give each data
 * class a retention". Undefined where no store says what it keeps. Held for review: the policy is the company's.
 */
function keptInPractice(
  model: Model,
  asked: readonly DataClassData[] = model.map.dataClasses,
): Answer | undefined {
  const customer = customerDataClasses(model);
  const sources: AnswerSource[] = [];
  const lines: string[] = [];
  const unsaidStores: ComponentData[] = [];
  for (const dataClass of asked) {
    if (!customer.has(dataClass.id) && !dataClass.tenantScoped) continue;
    const kept = retentionPlaces(model, dataClass.id, undefined).filter(
      (place) =>
        place.retention !== undefined && place.retention !== 'zero' && model.index.components.has(place.id),
    );
    if (kept.length === 0) continue;
    // Stores of ours holding it that say nothing of how long are said too, not left out of a shorter time (firecrawl:
    // "Scraped page content: 1 hour", from its queue alone, beside a jobs database and a bucket keeping it with no
    // deletion).
    const unsaid = model.map.components.filter(
      (component) =>
        STORE_KINDS.has(component.kind) &&
        component.dataClasses.includes(dataClass.id) &&
        keptAt(component, dataClass.id) === undefined &&
        !runByCustomer(component, model.map.subprocessors),
    );
    for (const component of unsaid) if (!unsaidStores.includes(component)) unsaidStores.push(component);
    // One duration per class where its stores agree; otherwise each store with its own.
    const durations = [...new Set(kept.map((place) => place.retention!))];
    lines.push(
      durations.length === 1
        ? `${dataClass.name}: ${durationWords(durations[0]!)} (${joinList(kept.map((place) => place.name))})`
        : `${dataClass.name}: ${joinList(kept.map((place) => `${durationWords(place.retention!)} in ${place.name}`))}`,
    );
    sources.push(
      ...kept.map((place) => mapRef(model, `components/${place.id}/retention`)),
      ...unsaid.map((component) => mapRef(model, `components/${component.id}`)),
    );
  }
  if (lines.length === 0) return undefined;
  return {
    text: `As our systems keep it: ${lines.join('; ')}.${unsaidStores.length > 0 ? ` Also kept in ${joinList(unsaidStores.map(componentLabel))}, for a time not yet on record.` : ''} A retention period ${asked.length === 1 ? 'for it' : 'for each kind of data'} is not yet on record.`,
    sources,
    review: `the map sets no retention policy on ${asked.length === model.map.dataClasses.length ? 'any data class' : joinList(asked.map((dataClass) => dataClass.id))} (\`retention\` on each class): this answer says what the stores keep in practice`,
  };
}

/**
 * Where the data of a product each customer runs is: wherever the customer runs it, every part of the map being the
 * customer's (pr-agent, openlit: residency questions blank for want of a `region` on parts nobody but the customer
 * places). Our own vendors that receive customer data still say where they process it, or that it is not documented;
 * services reached with a customer's own accounts are the customer's.
 */
function runByEachCustomer(model: Model): ReturnType<AnswerBuilder> {
  const selfRun = dataAtCustomers(model);
  if (!selfRun) return undefined;
  const where = customerRunWords(model, selfRun);
  const placed = selfRun.ours.filter((vendor) => vendor.regions?.length);
  const silent = selfRun.ours.filter(
    (vendor) => !vendor.regions?.length && !isProposed(model, 'subprocessors', vendor.id),
  );
  const theirs = selfRun.theirs;
  const keyed = theirs.filter((vendor) => !reachedAnonymously(vendor));
  const anonymous = theirs.filter(reachedAnonymously);
  const names = (list: readonly SubprocessorData[]) =>
    joinSome([...new Set(list.map((vendor) => vendorLabel(model, vendor)))]);
  const usageRegions = [...new Set(selfRun.usage.flatMap((vendor) => vendor.regions ?? []))];
  return {
    text: `${where.runs}: the customer chooses where, and the data it keeps stays there.${where.aside}${
      placed.length > 0
        ? ` Our sub-processors process customer data in: ${placed.map((vendor) => `${vendor.vendor} (${vendor.regions!.join(', ')})`).join('; ')}.`
        : ''
    }${
      silent.length > 0
        ? ` Where ${names(silent)} ${silent.length === 1 ? 'processes' : 'process'} the customer data ${silent.length === 1 ? 'it receives' : 'they receive'} from us is not yet documented.`
        : ''
    }${
      // What of no customer's leaves each installation for us is said with where it goes (meeting-minutes: usage
      // events on by default to PostHog in the US, beside "the data it keeps stays there" to an EU bank).
      selfRun.usage.length > 0
        ? ` What does leave for us is ${usageReachingUs(model, selfRun.usage)}${
            selfRun.usage.every((vendor) => vendor.regions?.length)
              ? ` (${usageRegions.length === 1 ? 'region' : 'regions'}: ${usageRegions.join(', ')})`
              : ''
          }.`
        : ''
    }${
      keyed.length > 0
        ? // Under the customer's terms, which say where: not "where the customer's accounts are set up", which some
          // vendors do not let an account choose (resume-matcher: DeepSeek, Groq, Gemini's developer API).
          ` ${names(keyed)} ${keyed.length === 1 ? 'is' : 'are'} reached only with the customer's own accounts, under the customer's own terms with ${keyed.length === 1 ? 'it' : 'them'}, which say where ${keyed.length === 1 ? 'it processes' : 'they process'} data.`
        : ''
    }${
      // With no account at all, no terms of the customer's say where (SillyTavern: AI Horde's volunteer workers).
      anonymous.length > 0
        ? ` ${names(anonymous)} ${anonymous.length === 1 ? 'is' : 'are'} reached anonymously, with no account or agreement: where ${anonymous.length === 1 ? 'it processes' : 'they process'} data is not governed by any agreement.`
        : ''
    }`,
    sources: [
      ...where.sources,
      ...placed.map((vendor) => mapRef(model, `subprocessors/${vendor.id}/regions`)),
      ...silent.map((vendor) => mapRef(model, `subprocessors/${vendor.id}`)),
      ...selfRun.usage.map((vendor) => mapRef(model, `subprocessors/${vendor.id}`)),
      ...theirs.map((vendor) => mapRef(model, `subprocessors/${vendor.id}/account`)),
    ],
    ...(silent.length > 0
      ? { review: `no region recorded for ${silent.map((vendor) => vendor.id).join(', ')}` }
      : {}),
  };
}

/**
 * Whether customer data stays in `area` (`namedArea`: "Can our data stay in the EU?"), by where each part of ours that
 * holds or serves it is hosted and where each vendor receiving it processes it: Yes where every one is inside, No
 * where none is, Partially where some are. Nothing where any place is not on record or cannot be told, or where the
 * map's own `organization.regions` names the area though no part on record is in it (an option the map may not
 * describe).
 */
function staysIn(
  model: Model,
  area: string,
  ours: readonly ComponentData[],
  vendors: readonly SubprocessorData[],
): YesNo | undefined {
  const places = [
    ...ours.map((component) => (component.region ? regionInside(component.region, area) : undefined)),
    ...vendors.map((vendor) => {
      const each = (vendor.regions ?? []).map((region) => regionInside(region, area));
      if (each.length === 0 || each.includes(undefined)) return undefined;
      return each.every(Boolean) ? true : each.some(Boolean) ? undefined : false;
    }),
  ];
  if (places.length === 0 || places.includes(undefined)) return undefined;
  if (places.every(Boolean)) return 'Yes';
  if (places.some(Boolean)) return 'Partially';
  const named = (model.map.organization.regions ?? []).some((region) => regionInside(region, area) !== false);
  return named ? undefined : 'No';
}

/** Hosting regions of components and processing regions of sub-processors. */
export const dataResidency: AnswerBuilder = ({ model, about }) => {
  const selfRun = runByEachCustomer(model);
  if (selfRun) return selfRun;
  // Each part with its own region unless every service and store of ours has one (`placement`).
  const { placed: hosted, whole, unplaced: silentStores, ours } = placement(model);
  if (hosted.length === 0) return undefined;
  const regionOf = (component: (typeof hosted)[number]) => placeWords(component);
  const regions = [...new Set(hosted.map(regionOf))];
  const vendors = model.map.subprocessors.filter((subprocessor) => subprocessor.regions?.length);
  const sources = [
    ...hosted.map((component) => mapRef(model, `components/${component.id}/region`)),
    ...vendors.map((vendor) => mapRef(model, `subprocessors/${vendor.id}/regions`)),
  ];
  const vendorLine =
    vendors.length > 0
      ? // By the service where a vendor has several (suna: "Amazon Web Services (us-west-2)" twice).
        ` Sub-processors process data in: ${[...new Set(vendors.map((vendor) => `${vendorLabel(model, vendor)} (${vendor.regions!.map((region) => regionWords(region, true)).join(', ')})`))].join('; ')}.`
      : '';
  // Where a store of customer data or a vendor receiving it is silent, the answer says so rather than leave it out.
  // Customer data whether or not it is kept per tenant (napkins: a public app's screenshots and prompts, none
  // tenant-scoped, sent to a model vendor whose location went unsaid beside "hosted in us-east-1").
  const tenantClasses = customersClasses(model);
  const holds = (classes: readonly string[]) => classes.some((id) => tenantClasses.has(id));
  // Not a vendor still proposed: named here, it was stated as one of ours (openui: Amazon S3, unconfirmed, among
  // those whose location "is not yet documented", while the sub-processor answer held it back).
  const silentVendors = model.map.subprocessors.filter(
    (vendor) =>
      !vendor.regions?.length && holds(vendor.dataClasses) && !isProposed(model, 'subprocessors', vendor.id),
  );
  const silent = [
    ...new Set([
      ...silentStores.map(componentLabel),
      ...silentVendors.map((vendor) => vendorLabel(model, vendor)),
    ]),
  ];
  const silentLine =
    silent.length > 0
      ? ` Where ${joinList(silent)} ${silent.length === 1 ? 'keeps or processes' : 'keep or process'} data is not yet documented.`
      : '';
  const area = about?.startsWith('in:') ? about.slice(3) : undefined;
  const verdict = area
    ? staysIn(
        model,
        area,
        ours,
        model.map.subprocessors.filter((vendor) => holds(vendor.dataClasses)),
      )
    : undefined;
  return {
    text: `${whole ? `The service and its data are hosted in ${joinList(regions)}` : joinList(hosted.map((component) => `${componentLabel(component)} is hosted in ${regionOf(component)}`))}.${vendorLine}${silentLine}`,
    ...(verdict ? { yesNo: verdict } : {}),
    sources,
    ...(silent.length > 0
      ? {
          review: `no region recorded for ${[...silentStores.map((component) => component.id), ...silentVendors.map((vendor) => vendor.id)].join(', ')}`,
        }
      : {}),
  };
};

/** How each store holding tenant data separates tenants, and which of them a live probe has tested. */
/**
 * Where every part runs in each customer's own environment and no vendor of ours receives customer data, one customer's
 * data is never beside another's in anything of ours (paperless-ai: "how is our data separated from other customers'?"
 * left blank, asking for `tenancy` on parts each customer installs).
 */
function customersOwnInstallations(model: Model): Answer | undefined {
  const selfRun = dataAtCustomers(model);
  if (!selfRun || selfRun.ours.length > 0) return undefined;
  const usage =
    selfRun.usage.length > 0 ? `; what does reach us is ${usageReachingUs(model, selfRun.usage)}` : '';
  const sources = [
    ...customerRunWords(model, selfRun).sources,
    ...selfRun.usage.map((vendor) => mapRef(model, `subprocessors/${vendor.id}`)),
  ];
  // Parts of ours holding none of it (Hollama's web app on Cloudflare Pages) are said as such: each customer's data is
  // in what that customer runs, not in "its own installation" of a product we also serve.
  if (selfRun.serving.length > 0)
    return {
      text: `Customers' data is kept only in what each customer runs (${joinList(selfRun.keeping.map(componentLabel))}), so each customer's data is apart from every other's: no store or service of ours holds it (what we run, ${joinList(selfRun.serving.map(componentLabel))}, holds none of it), and no vendor of ours receives it${usage}.`,
      sources,
    };
  return {
    text: `Each customer runs ${productName(model.map.organization)} in its own environment, so its data is kept apart from other customers' by being in that customer's own installation: no store of ours holds customers' data, and no vendor of ours receives it${usage}.`,
    sources,
  };
}

export const tenantSegregation: AnswerBuilder = ({ model, results }) => {
  const tenantClasses = tenantScopedClasses(model);
  // The stores, and any other part of ours the isolation check judges as keeping customers' data (zep: its hosted
  // API, keeping every customer's messages, left out of "how each store … separates" and a "Yes" sent).
  const ours = (component: ComponentData) =>
    !STORE_KINDS.has(component.kind) &&
    !runByCustomer(component, model.map.subprocessors) &&
    component.dataClasses.some((id) => tenantClasses.has(id) && keptAt(component, id) !== 'zero');
  // Not the customer's own stores (Briefer: "How Customer's connected databases separates customers' data is not yet
  // documented", of the databases each customer connects).
  const holders = model.map.components.filter(
    (component) =>
      component.dataClasses.some((id) => tenantClasses.has(id)) &&
      !runByCustomer(component, model.map.subprocessors) &&
      (STORE_KINDS.has(component.kind) || (ours(component) && !keepingUnsaid(component))),
  );
  // A service that handles customers' data and does not say whether it keeps it is asked by the check: no "Yes" beside
  // it (quivr's parser).
  const asked = model.map.components.filter(
    (component) => ours(component) && keepingUnsaid(component) && !component.tenancy,
  );
  const declared = holders.filter((component) => component.tenancy);
  if (declared.length === 0) return customersOwnInstallations(model);
  // Stores each customer runs that hold customers' data (each user's own browser) are said too: "No store we have
  // documented separates customers' data" of stores beside the browser store that holds the chat history was false
  // (llmchat).
  const theirStores = model.map.components.filter(
    (component) =>
      STORE_KINDS.has(component.kind) &&
      runByCustomer(component, model.map.subprocessors) &&
      component.dataClasses.some((id) => tenantClasses.has(id)) &&
      // Said where the map says how it keeps each customer's data apart; not the customer's own databases we read
      // (Briefer), which the map gives no tenancy.
      component.tenancy !== undefined,
  );
  const theirLine =
    theirStores.length > 0
      ? ` ${joinList(
          theirStores.map((component) =>
            component.tenancy?.mechanism
              ? withAside(componentLabel(component), midSentence(model, component.tenancy.mechanism))
              : componentLabel(component),
          ),
        )} ${theirStores.length === 1 ? 'is' : 'are'} run by each customer, in its own environment, apart from every other customer's.`
      : '';
  const lines = declared.map(
    (component) =>
      `${componentLabel(component)}: ${tenancyInWords(component.tenancy!.model)}${component.tenancy!.mechanism ? ` (${midSentence(model, component.tenancy!.mechanism)})` : ''}`,
  );
  const undeclared = holders.filter((component) => !component.tenancy);
  const shared = declared.filter((component) => component.tenancy!.model === 'shared');
  // The same verdicts as the trust center: separation is proven only where a live probe tested it.
  const separating = declared.filter((component) => component.tenancy!.model !== 'shared');
  const live = separating.filter((component) => storeVerification(component, results) === 'live');
  const untested = separating.filter((component) => storeVerification(component, results) !== 'live');
  const proof = liveTested(live.map(componentLabel));
  // What the code's own migrations say against a store's declared separation (morphic: a table whose read policy is
  // `true`, beside "Each store that holds customer data separates customers' data" and a Yes).
  const contradicted = results.filter(
    (result) =>
      result.checkId === 'discovery-drift' && result.status === 'fail' && result.lacks?.includes('tenancy'),
  );
  const opening =
    // The stores are named once, in the lines by store (AFFiNE: "Cache keeps no separation by customer", then "Cache:
    // shared, with no separation"); "not every" only where one is said to separate (deepwiki-open: "Not every store
    // separates" of four shared stores and one not on record).
    shared.length > 0
      ? `${shared.length === holders.length ? (holders.length === 1 ? "Our store of customer data does not separate customers' data" : `No store ${theirStores.length > 0 ? 'of ours ' : ''}separates customers' data`) : shared.length === declared.length ? (theirStores.length > 0 ? "No store of ours on record separates customers' data" : "No store we have documented separates customers' data") : "Not every store separates customers' data"}. By store:`
      : undeclared.length === 0 &&
          separating.every((component) => DATASTORE_ENFORCED_TENANCY.has(component.tenancy!.model)) &&
          // Not beside a known gap of the same check on another component holding customer data (quivr: "Each store
          // … separates" and then how three services separate it "is not yet documented").
          // A service not saying whether it keeps the data is no less a gap (RAGFlow's API server, asked now, not
          // failed).
          !results.some(
            (result) =>
              result.checkId === 'tenant-isolation' &&
              (result.status === 'fail' ||
                (result.status === 'needs-evidence' &&
                  !model.index.components.get(result.subject.id)?.tenancy)),
          ) &&
          // Nor where the code reads past row-level security with a service key (Chatbot UI).
          bypassedStores(model, separating).length === 0 &&
          contradicted.length === 0
        ? "Each store that holds customer data separates customers' data. By store:"
        : // A filter in our queries is said as such, not as the store separating (Open WebUI, FastGPT: "Each store …
          // separates customers' data" over stores a query filters).
          undeclared.length === 0
          ? "How each store that holds customer data separates customers' data:"
          : "How the stores we have documented separate customers' data:";
  const reviews = [
    ...(shared.length > 0
      ? [
          `${joinList(shared.map(reviewLabel))} ${shared.length === 1 ? 'has' : 'have'} tenancy model \`shared\``,
        ]
      : []),
    ...(undeclared.length > 0
      ? [
          `the map does not say how ${joinList(undeclared.map(reviewLabel))} ${undeclared.length === 1 ? 'separates' : 'separate'} tenants`,
        ]
      : []),
    ...(asked.length > 0
      ? [
          `the map does not say whether ${joinList(asked.map(reviewLabel))} ${asked.length === 1 ? 'keeps' : 'keep'} customers' data, nor how ${asked.length === 1 ? 'it separates' : 'they separate'} them`,
        ]
      : []),
    // A filter in our queries, like a namespace our application picks, is only as good as the key it is given.
    ...reviewsOfBinding(model, declared),
    ...reviewsOfBypass(model, declared),
    ...contradicted.map((result) => `check discovery-drift: ${result.message}`),
    ...(untested.length > 0
      ? [
          `no live probe has tested ${joinList(untested.map((c) => c.id))}: say how the separation was tested, or run \`trustmap probe\``,
        ]
      : []),
  ];
  // Named to the buyer only where confirmed: a proposed part is not stated as keeping their data (the review names it).
  const unsaid = undeclared.filter(isConfirmed);
  // Tenancy words that open some data beyond its owner (a public assistant, a share link) leave the Yes to a person
  // (opengpts, AgentGPT), and are said where the lines by store do not say them.
  const opened = openedBeyondOwner(model, new Set(declared.map((component) => component.id)));
  if (opened.review) reviews.push(opened.review);
  return {
    // A store the map is silent about is not "partially" separated: it is unknown, and a person says; a shared one
    // is not separated at all.
    yesNo:
      undeclared.length === 0 &&
      shared.length === 0 &&
      asked.length === 0 &&
      contradicted.length === 0 &&
      opened.opened.length === 0
        ? 'Yes'
        : undefined,
    text: `${opening} ${lines.join('; ')}.${theirLine}${opened.line}${proof}${
      unsaid.length > 0
        ? ` How ${joinList(unsaid.map(componentLabel))} ${unsaid.length === 1 ? 'separates' : 'separate'} customers' data is not yet documented.`
        : ''
    }`,
    sources: [
      ...declared.map((component) => mapRef(model, `components/${component.id}/tenancy`)),
      // The stores each customer runs that the text names trace to their entries, so an unconfirmed one holds it back.
      ...theirStores.map((component) => mapRef(model, `components/${component.id}/tenancy`)),
      ...opened.sources,
    ],
    review: reviews.length > 0 ? reviews.join('; ') : undefined,
  };
};

/** Backups of each datastore, their retention, and the recovery objectives when the map has them. */
export const backupRecovery: AnswerBuilder = ({ model }) => {
  const backed = model.map.components.filter((component) => component.backups);
  if (backed.length === 0) return undefined;
  const on = backed.filter((component) => component.backups!.enabled);
  const off = backed.filter((component) => !component.backups!.enabled);
  // Stores of customer data kept until the customer deletes it, with no backups on record either way: a "Yes"
  // would cover them too.
  const durable = new Set(
    model.map.dataClasses
      .filter((dataClass) => dataClass.tenantScoped && dataClass.retention === 'until-deleted')
      .map((dataClass) => dataClass.id),
  );
  const silent = model.map.components.filter(
    (component) =>
      !component.backups &&
      STORE_KINDS.has(component.kind) &&
      component.dataClasses.some((id) => durable.has(id)),
  );
  const objectives = recoveryObjectives(model);
  const onLine =
    on.length > 0
      ? `Backups are enabled for ${joinList(on.map((component) => `${componentLabel(component)}${component.backups!.retention ? ` (kept ${durationWords(component.backups!.retention)})` : ''}`))}.`
      : 'No backups are taken.';
  // "Partially" says what is and is not in place; it is never a hedge.
  const offLine =
    on.length > 0 && off.length > 0 ? ` Not backed up: ${joinList(off.map(componentLabel))}.` : '';
  const silentLine =
    silent.length > 0 ? ` No backups are on record for ${joinList(silent.map(componentLabel))}.` : '';
  const reviews = [
    ...(silent.length > 0
      ? [
          `say whether ${silent.map((component) => component.id).join(', ')} ${silent.length === 1 ? 'is' : 'are'} backed up (\`backups\`)`,
        ]
      : []),
    ...(objectives
      ? []
      : [
          'RPO and RTO are not in the map (organization.commitments.recoveryPointObjective / recoveryTimeObjective); add them if the buyer asks for numbers',
        ]),
  ];
  return {
    // A store the map is silent about is unknown, not "not backed up": no verdict until a person says.
    ...(silent.length > 0
      ? {}
      : {
          yesNo:
            on.length === 0 ? ('No' as const) : off.length === 0 ? ('Yes' as const) : ('Partially' as const),
        }),
    text: `${onLine}${offLine}${silentLine}${objectives ? ` ${objectives.text}` : ''}`,
    sources: [
      ...backed.map((component) => mapRef(model, `components/${component.id}/backups`)),
      ...silent.map((component) => mapRef(model, `components/${component.id}`)),
      ...(objectives?.sources ?? []),
    ],
    review: reviews.length > 0 ? reviews.join('; ') : undefined,
  };
};
