import type { CheckResult } from '../controls/types.js';
import { isConfirmed, reachedAnonymously, underCustomersAccount } from '../core/vocabulary.js';
import { joinList, oneThing } from '../core/words.js';
import { type ComponentData, durationDays, keptAt, longestRetention } from '../map/index.js';
import {
  componentLabel,
  customerPartsUnsaid,
  customerRunPointer,
  customersClasses,
  customersOwn,
  customersVendorOf,
  deletionStart,
  heldByUsUnsaid,
  holders,
  type Model,
  nameMidSentence,
  noAgreementSays,
  onlyWhen,
  promptClasses,
  promptsKeptAsOther,
  sentWithPrompts,
  trainingTerms,
  underConditions,
  unsaidPartsClauses,
  vendorLabel,
} from '../model/index.js';
import { assessClaim, type Claim, downgrade } from './claims.js';
import { humanDuration } from './pages/layout.js';
import { type DataPractices, mapSource } from './practices.js';
import { dpaOf, underReviewSubprocessors } from './subprocessors.js';

const PRACTICES_PAGE = 'ai-data-practices.html';

/** The AI sub-processors that receive customer data. */
export function modelProviders(model: Model) {
  const customer = customersClasses(model);
  return model.map.subprocessors.filter(
    (entry) => entry.ai === true && entry.dataClasses.some((id) => customer.has(id)),
  );
}

/** Map entries a claim is written from; a proposed one among them keeps the claim from "verified". */
type Entry = { id: string; status?: string };

function confirmed(claim: Claim, entries: readonly Entry[]): Claim {
  const proposed = entries.filter((entry) => !isConfirmed(entry));
  if (proposed.length === 0) return claim;
  return downgrade(
    claim,
    `rests on map entries marked proposed: ${joinList(proposed.map((entry) => entry.id))}`,
    'Part of what this statement rests on is proposed and not yet confirmed by our team.',
  );
}

/** How long something is kept, after "kept": "for 30 days", "until deleted", "with no fixed limit". */
function keptWords(time: string): string {
  if (time === 'zero') return 'only until the request completes';
  if (time === 'indefinite') return 'with no fixed limit';
  const words = humanDuration(time);
  return /^until\b/.test(words) ? words : `for ${words}`;
}

/** One sentence per place and time, naming every kind of data it concerns ("user questions and answers"). */
function byPlace(
  model: Model,
  items: readonly { place: string; time: string; what: string }[],
  sentence: (place: string, what: string, time: string) => string,
): string[] {
  const groups = new Map<string, { place: string; time: string; what: string[] }>();
  for (const item of items) {
    const key = `${item.place}\u0000${item.time}`;
    const group = groups.get(key) ?? { place: item.place, time: item.time, what: [] };
    // Lower-cased as a word mid-sentence is, never a name (podcastfy: "web pages, pdfs, youtube transcripts").
    group.what.push(nameMidSentence(model, item.what));
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => sentence(group.place, joinList(group.what), group.time));
}

/** Public sentences on vendors the code uses that the map does not declare yet. */
function underReviewNotes(model: Model, only: 'prompts' | 'ai'): string[] {
  const found = underReviewSubprocessors(model).filter((entry) =>
    only === 'prompts' ? entry.dataCategories.length > 0 : entry.ai,
  );
  if (found.length === 0) return [];
  const names = joinList(found.map((entry) => entry.name));
  return [
    `${names}, found in our code${only === 'prompts' ? ' and receiving prompts' : ''}, ${found.length === 1 ? 'is' : 'are'} under review as ${found.length === 1 ? 'a sub-processor' : 'sub-processors'}; ${found.length === 1 ? 'its' : 'their'} terms are not yet on file.`,
  ];
}

/**
 * The stores every customer shares, said as holding their data together, each under the conditions of the flows that
 * bring it data where every one has one (portkey-gateway's cache, off unless a request turns it on): stores under one
 * condition, or none, are said together.
 */
function sharedTogether(model: Model, shared: DataPractices['isolation']): string[] {
  const byCondition = new Map<string, string[]>();
  for (const store of shared) {
    const component = store.component;
    const into = component
      ? (model.index.incoming.get(component.id) ?? []).filter((flow) =>
          flow.dataClasses.some((id) => component.dataClasses.includes(id)),
        )
      : [];
    const when = underConditions(into) ?? '';
    byCondition.set(when, [...(byCondition.get(when) ?? []), store.name]);
  }
  return [...byCondition].map(
    ([when, names]) =>
      // What it does not do, not what it holds: "every customer's data" of an index of one operator's own documents, or
      // of a town with no accounts at all, said more than the map does (storm, ai-town).
      `${joinList(names)} ${oneThing(names) ? 'does' : 'do'} not separate one customer’s data from another’s${when ? ` (${oneThing(names) ? 'it holds' : 'they hold'} it ${when})` : ''}`,
  );
}

function isolationClaim(model: Model, claim: Claim, practices: DataPractices): Claim {
  const { isolation } = practices;
  // A store the map says all customers share contradicts "separate in every store": the statement says where data is
  // kept apart and where it is not (cognee's Neo4j and Neptune, `tenancy: shared`, under the headline). So does a
  // store whose separation the map does not state: it is said as not stated, never among the separated
  // (screenshot-to-code: "kept separate … in Web front end and Prompt reports", two parts with no `tenancy`).
  const shared = isolation.filter((store) => store.component?.tenancy?.model === 'shared');
  const unstated = isolation.filter((store) => !store.component?.tenancy);
  const live = isolation.filter((store) => store.verification === 'live');
  const rest = isolation.filter((store) => store.verification !== 'live');
  const reasons = [
    ...(shared.length > 0
      ? [`shared by every tenant: ${joinList(shared.map((store) => store.component?.id ?? store.name))}`]
      : []),
    ...(unstated.length > 0
      ? [`separation not stated: ${joinList(unstated.map((store) => store.component?.id ?? store.name))}`]
      : []),
  ];
  const statement =
    shared.length === 0 && unstated.length === 0
      ? claim.statement
      : [
          ...(isolation.length > shared.length + unstated.length
            ? [
                `Each customer’s data is kept separate from other customers’ data in ${joinList(
                  isolation
                    .filter((store) => !shared.includes(store) && !unstated.includes(store))
                    .map((s) => s.name),
                )}`,
              ]
            : []),
          ...sharedTogether(model, shared),
          ...(unstated.length > 0
            ? [
                `how ${joinList(unstated.map((store) => store.name))} ${unstated.length === 1 ? 'separates' : 'separate'} customers’ data is not yet stated`,
              ]
            : []),
        ]
          .join('; ')
          .replace(/^./, (first) => first.toUpperCase())
          .concat('.');
  const withStatement = {
    ...claim,
    statement,
    ...(reasons.length > 0 ? { reason: `${claim.reason}; ${reasons.join('; ')}` } : {}),
  };
  // A statement of what is shared or unstated needs no live test to be true; the separation it claims does.
  if (shared.length > 0 || rest.length === 0) return withStatement;
  const group = (kind: string) => rest.filter((store) => store.verification === kind).map((s) => s.name);
  const notes = [
    live.length > 0
      ? `Tested live: ${joinList(live.map((store) => store.name))}.`
      : 'No store has been tested live yet.',
    ...(group('declared').length > 0
      ? [`Declared but not yet tested live: ${joinList(group('declared'))}.`]
      : []),
    // Why, where the check says it for buyers: "Failed its last check" read as a failed live test beside a per-user
    // filter the strict default policy does not accept (notesGPT's Convex database).
    ...rest
      .filter((store) => store.verification === 'failed' && store.failure)
      .map(
        (store) => `${store.failure!.charAt(0).toUpperCase()}${store.failure!.slice(1).replace(/\.?$/, '.')}`,
      ),
    ...(rest.some((store) => store.verification === 'failed' && !store.failure)
      ? [
          `Failed its last check: ${joinList(rest.filter((store) => store.verification === 'failed' && !store.failure).map((s) => s.name))}.`,
        ]
      : []),
    ...(group('not-stated').length > 0
      ? [`Separation not yet stated: ${joinList(group('not-stated'))}.`]
      : []),
    ...(group('undeclared').length > 0
      ? [`Found in our code, under review: ${joinList(group('undeclared'))}.`]
      : []),
  ];
  const held = downgrade(
    withStatement,
    `${rest.length} of ${isolation.length} stores are not verified by a live probe: ${joinList(rest.map((s) => s.component?.id ?? s.name))}`,
  );
  return { ...held, notes: [...notes, ...(claim.notes ?? [])] };
}

/**
 * Every statement the site publishes as fact, each assessed against the check results, held back from
 * "verified" when it rests on a proposed map entry or, for isolation, on a store no live probe has tested.
 * Each claim not verified carries public notes naming what is missing.
 * @example const claims = collectClaims(model, dataPractices(model, run.results), run.results);
 */
export function collectClaims(
  model: Model,
  practices: DataPractices,
  results: readonly CheckResult[],
): Claim[] {
  const claims: Claim[] = [];
  const { map } = model;
  const add = (
    id: string,
    statement: string,
    sources: Claim['sources'],
    entries: readonly Entry[],
    notes: string[] = [],
    absence?: boolean,
    disclosed?: ReadonlySet<string>,
  ) => {
    const assessed = assessClaim(
      { id, statement, page: PRACTICES_PAGE, sources },
      results,
      absence,
      disclosed,
    );
    // The page never shows "Verified" next to its own list of exceptions, even if a check passed regardless.
    const withNotes =
      notes.length === 0
        ? assessed
        : assessed.status === 'verified'
          ? { ...downgrade(assessed, `the published facts show exceptions: ${notes.join(' ')}`), notes }
          : { ...assessed, notes };
    claims.push(confirmed(withNotes, entries));
  };

  const { training } = practices;
  if (training.promisedNoTraining || training.trainingDefault === 'opt-in') {
    // Our promise speaks for us; a provider of ours with no "never" in its terms may still train on what we send it
    // (storm: "not used to train… Verified" above four providers whose training terms were "not stated"). The providers
    // are those the training answers name (`trainingTerms`).
    const terms = trainingTerms(model);
    const providerNotes = [
      ...(terms.unknown.length > 0
        ? [
            `No terms are on record yet saying whether ${joinList(terms.unknown)} ${terms.unknown.length === 1 ? 'trains' : 'train'} on the data we send.`,
          ]
        : []),
      ...(terms.mayTrain.length > 0
        ? [
            `${joinList(terms.mayTrain)} may train on the data we send, under ${terms.mayTrain.length === 1 ? 'its' : 'their'} terms.`,
          ]
        : []),
      ...(terms.optIn.length > 0
        ? [
            `${joinList(terms.optIn)} ${terms.optIn.length === 1 ? 'trains' : 'train'} on the data we send only if we opt in.`,
          ]
        : []),
    ];
    add(
      'no-training',
      training.optInDatasets.length > 0
        ? 'Customer data is not used to train or fine-tune models unless the customer opts in.'
        : 'Customer data is not used to train or fine-tune models.',
      training.sources,
      [
        { id: 'commitments', status: map.organization.commitments?.status },
        ...(map.tenancy ? [{ id: 'tenancy', status: map.tenancy.status }] : []),
        ...training.optInDatasets,
        // The providers' terms are what the notes say: a proposed provider among them is not yet ours to state.
        ...terms.ours,
      ],
      providerNotes,
    );
  }

  // Classes kept only in the parts each customer runs are not kept by us (openlit: "prompts and model outputs are kept
  // until deleted" of a product whose every store is the customer's own): said apart, as the answers say them.
  const theirs = customersOwn(
    model,
    practices.retention.map((entry) => entry.dataClass),
  );
  const ours = practices.retention.filter(
    (entry) => !theirs.some(({ dataClass }) => dataClass === entry.dataClass),
  );
  // Each with when data reaches it, where only under a condition (mattermost-ai: "kept only in … Mattermost server log"
  // of a log that gets prompts only while an administrator has turned tracing on).
  const when = (label: string, id: string) => {
    const condition = onlyWhen(model, id);
    return condition ? `${label} (${condition})` : label;
  };
  const theirPartCount = new Set(theirs.flatMap(({ parts }) => parts.map((part) => part.id))).size;
  // A part a vendor keeps under each customer's own account is the vendor's to run, for the time the map gives it
  // (ai-pr-reviewer: GitHub's Actions logs, deleted after 90 days, were "kept … which each customer runs, for as long
  // as the customer keeps them").
  const vendorOf = (part: ComponentData) => customersVendorOf(model, part);
  // A part of the customer's that keeps them for a set time says it (Open-LLM-VTuber: debug logs deleted after 30 days,
  // "for as long as the customer keeps them").
  const partWords = (part: ComponentData) => {
    const vendor = vendorOf(part);
    const times = [
      ...new Set(
        theirs.filter(({ parts }) => parts.includes(part)).map(({ dataClass }) => keptAt(part, dataClass.id)),
      ),
    ];
    const [only] = times;
    const time =
      times.length === 1 && only !== undefined && only !== 'until-deleted' && only !== 'indefinite'
        ? keptWords(only)
        : undefined;
    if (!vendor) return when(time ? `${componentLabel(part)} (${time})` : componentLabel(part), part.id);
    return when(
      `${componentLabel(part)} (at ${vendorLabel(model, vendor)}, under each customer’s own account${time ? `, ${time}` : ''})`,
      part.id,
    );
  };
  const allRun = theirs.every(({ parts }) => parts.every((part) => !vendorOf(part)));
  const theirParts = joinList([...new Set(theirs.flatMap(({ parts }) => parts.map(partWords)))]);
  const theirsRun = allRun ? 'which each customer runs' : 'which are each customer’s own';
  const theirsKeep = allRun
    ? 'for as long as the customer keeps them'
    : 'for as long as the customer, or its own terms with those vendors, keep them';
  // The customer's parts that list them with no time said: named, and no "only" beside them (Nextcloud's server).
  const unsaidTheirs = customerPartsUnsaid(
    model,
    theirs.map(({ dataClass }) => dataClass.id),
  );
  const theirSources = theirs.flatMap(({ parts }) =>
    parts.map((part) => mapSource(model, customerRunPointer(part))),
  );
  const theirEntries = theirs.flatMap(({ dataClass, parts }) => [dataClass, ...parts]);
  // None of ours where no class lands in a part or vendor of ours (`retentionPlaces`, the answers' reading too).
  // Nor where a part of ours holds one and says nothing of how long (Kiln's hosted assistant): that is not "none".
  // Nor where prompts land with us made into something else (GPT4All: shared chats kept and published, beside "We keep
  // no prompts … ✓ Verified").
  const noneOfOurs =
    theirs.length > 0 &&
    promptsKeptAsOther(model).length === 0 &&
    practices.retention.every(
      (entry) => entry.places.length === 0 && heldByUsUnsaid(model, entry.dataClass.id).length === 0,
    );
  // And by the providers each customer reaches with its own account, on that customer's terms (pandas-ai: "kept only in
  // Local log file" of prompts its users' own OpenAI and Azure accounts also receive).
  // The shared reading of where a class reaches (`holders`), not a second one; each named vendor is an entry the claim
  // rests on, so a proposed one keeps it from "verified".
  const theirProviders = [
    ...new Set(
      practices.retention.flatMap((entry) =>
        holders(model, entry.dataClass.id).vendors.filter(underCustomersAccount),
      ),
    ),
  ];
  const named = (list: typeof theirProviders) =>
    joinList([...new Set(list.map((vendor) => when(vendorLabel(model, vendor), vendor.id)))]);
  const keyed = theirProviders.filter((vendor) => !reachedAnonymously(vendor));
  const anonymous = theirProviders.filter(reachedAnonymously);
  const providersToo = `${
    // What the providers keep is their terms' to say, not said as kept (langtrace: "kept … by OpenAI …" of providers
    // whose retention the same page says is not stated).
    keyed.length > 0
      ? `; what each customer sends ${named(keyed)} with its own account is kept as that customer’s own terms with ${keyed.length === 1 ? 'it' : 'them'} say`
      : ''
  }${
    // SillyTavern: AI Horde, under a shared anonymous key, was "reached with its own account" under "✓ Verified".
    anonymous.length > 0
      ? `; what each customer’s installation sends ${named(anonymous)}, anonymously and with no account or agreement: ${noAgreementSays(`how long ${anonymous.length === 1 ? 'it keeps' : 'they keep'} it`)}`
      : ''
  }`;
  if (noneOfOurs)
    add(
      'prompt-retention',
      `We keep no prompts or model outputs: they are kept ${unsaidTheirs.length > 0 ? '' : 'only '}in ${theirParts}, ${theirsRun}, ${theirsKeep}${unsaidTheirs.length > 0 ? `; ${unsaidPartsClauses(unsaidTheirs).join(', and ')}` : ''}${providersToo}.`,
      [
        ...theirSources,
        ...theirProviders.map((vendor) => mapSource(model, `subprocessors/${vendor.id}/account`)),
      ],
      [...theirEntries, ...theirProviders],
      underReviewNotes(model, 'prompts'),
      // An absence: the retention check finding no prompt kept in a part or vendor of ours is what proves it, unless
      // the code uses a store the map does not describe, which may keep them.
      practices.isolation.every((store) => store.verification !== 'undeclared'),
    );
  // A policy for every class of prompts and outputs, or none said: one unstated is not kept "no fixed limit".
  const policies = ours.flatMap((entry) => entry.retention ?? []);
  const longest =
    !noneOfOurs && ours.length > 0 && policies.length === ours.length
      ? longestRetention(policies)
      : undefined;
  if (longest) {
    const days = durationDays(longest);
    const over = byPlace(
      model,
      practices.retention.flatMap((entry) =>
        entry.places.flatMap((place) =>
          place.overPolicy && place.retention
            ? [{ place: place.name, time: place.retention, what: entry.dataClass.name }]
            : [],
        ),
      ),
      (place, what, time) => `${place} keeps ${what} ${keptWords(time)}.`,
    );
    // What is sent to a model with them is kept as that content is: "not retained after a request completes" alone read
    // as everything sent gone (napkins: the screenshot each prompt sends, kept with no time limit). Said there only: a
    // period of theirs names no absence to qualify.
    const promptIds = new Set(promptClasses(model).map((dataClass) => dataClass.id));
    const context = [...sentWithPrompts(model, promptIds)]
      .map((id) => model.index.dataClasses.get(id)!)
      .filter((dataClass) => dataClass.retention !== undefined && dataClass.retention !== 'zero');
    const contextWords =
      context.length > 0
        ? ` What we send a model alongside them is kept as that content is: ${joinList(context.map((dataClass) => `${nameMidSentence(model, dataClass.name)} ${keptWords(dataClass.retention!)}`))}.`
        : '';
    // A period each customer can set is a default, not a limit of ours.
    const settable = ours.filter((entry) => entry.dataClass.retentionConfigurable);
    const settableWords =
      settable.length > 0
        ? ` Each customer can set its own period for ${joinList(settable.map((entry) => nameMidSentence(model, entry.dataClass.name)))}.`
        : '';
    // Classes kept for different times, one of them with no end, are each said with theirs: the longest alone read as
    // every prompt's (langwatch:
    // "By default, prompts and model outputs are kept until deleted" of traces kept 49 days, for one assistant's chats).
    const times = new Map<string, string[]>();
    for (const entry of ours) {
      const kept = `${keptWords(entry.retention!)}${entry.dataClass.retentionConfigurable ? ' by default' : ''}`;
      times.set(kept, [...(times.get(kept) ?? []), nameMidSentence(model, entry.dataClass.name)]);
    }
    add(
      'prompt-retention',
      // Beside classes kept only at the customers', ours are named: "prompts and model outputs are kept until deleted.
      // Others are kept only in …" read as every prompt kept by us (page-assist: the chats users publish, kept until
      // deleted, beside prompts and outputs that stay in each user's browser).
      (times.size > 1 && !Number.isFinite(days)) || theirs.length > 0
        ? `We keep ${[...times].map(([kept, names]) => `${joinList(names)} ${kept}`).join('; ')}.${settableWords}${theirs.length > 0 ? ` Only ${theirParts}, ${theirsRun}, ${theirPartCount === 1 ? 'keeps' : 'keep'} ${joinList(theirs.map(({ dataClass }) => nameMidSentence(model, dataClass.name)))}, ${theirsKeep}.` : ''}`
        : `${settable.length > 0 ? 'By default, ' : ''}${
            days === 0
              ? 'prompts and model outputs are not retained after a request completes.'
              : Number.isFinite(days)
                ? `our policy keeps prompts and model outputs for at most ${humanDuration(longest)}.`
                : // "kept with no fixed limit", not "kept no fixed limit" (Dataherald).
                  `prompts and model outputs are kept ${longest === 'indefinite' ? 'with no fixed limit' : humanDuration(longest)}.`
          }${settableWords}${days === 0 ? contextWords : ''}`.replace(/^./, (first) => first.toUpperCase()),
      [
        ...ours.map((entry) => mapSource(model, `dataClasses/${entry.dataClass.id}/retention`)),
        ...(days === 0 ? context : []).map((dataClass) =>
          mapSource(model, `dataClasses/${dataClass.id}/retention`),
        ),
        ...theirSources,
      ],
      [
        ...theirEntries,
        // What the sentence on context names must be confirmed too.
        ...(days === 0 ? context : []),
        ...ours.flatMap((entry) => [
          entry.dataClass,
          ...entry.places.flatMap(
            (place) => model.index.components.get(place.id) ?? model.index.subprocessors.get(place.id) ?? [],
          ),
        ]),
      ],
      [...over, ...underReviewNotes(model, 'prompts')],
    );
  }

  if (practices.isolation.length > 0) {
    const before = claims.length;
    // A store every customer shares is said as such in the statement (`isolationClaim`): the check failing it confirms
    // what is published, and does not hold the site back (ai-town, storm: "not yet verified" over their own disclosure).
    const shared = new Set(
      practices.isolation.flatMap((entry) =>
        entry.component?.tenancy?.model === 'shared' ? [entry.component.id] : [],
      ),
    );
    add(
      'tenant-isolation',
      'Each customer’s data is kept separate from other customers’ data in every store that holds it.',
      practices.isolation.flatMap((entry) =>
        entry.component ? [mapSource(model, `components/${entry.component.id}/tenancy`)] : [],
      ),
      practices.isolation.flatMap((entry) => entry.component ?? []),
      [],
      undefined,
      shared,
    );
    claims[before] = isolationClaim(model, claims[before]!, practices);
  }

  if (practices.deletionWithin) {
    const late = byPlace(
      model,
      practices.deletion.flatMap((entry) =>
        entry.late.map((place) => ({ place: place.name, time: place.within, what: entry.dataClass.name })),
      ),
      // Kept with no limit is no time to delete in (open-notebook, vanna: "takes up to no fixed limit to delete").
      (place, what, time) =>
        time === 'indefinite'
          ? `${place} keeps ${what} with no fixed limit.`
          : `${place} takes up to ${humanDuration(time)} to delete ${what}.`,
    );
    add(
      'deletion',
      `Customer data is deleted within ${humanDuration(practices.deletionWithin)} of ${deletionStart(map.organization.commitments!)}.`,
      [
        mapSource(model, 'organization/commitments/deletionWithin'),
        ...(map.organization.commitments?.deletionAfter
          ? [mapSource(model, 'organization/commitments/deletionAfter')]
          : []),
      ],
      [
        { id: 'commitments', status: map.organization.commitments?.status },
        ...practices.deletion.map((entry) => entry.dataClass),
      ],
      late,
    );
  }

  // Ours only: one reached under each customer's account trains as that customer's terms say, which is not ours to
  // claim (AIHawk: "Model providers that receive customer data do not train on it" of OpenAI under each user's key).
  const providers = modelProviders(model).filter((entry) => !underCustomersAccount(entry));
  if (providers.length > 0 && providers.every((entry) => entry.terms?.training === 'never')) {
    const zero = providers.every((entry) => entry.terms?.retention === 'zero');
    const dpa = providers.every((entry) => entry.terms?.dpa);
    const dpaNotes = providers.flatMap((entry) => {
      const state = dpaOf(model, entry.terms?.dpa);
      if (state.status === 'expired')
        return [`${entry.vendor}’s data processing agreement expired on ${state.expires}.`];
      if (state.status === 'none' && dpa)
        return [`No data processing agreement with ${entry.vendor} is on file.`];
      // With none referred to, the statement rests on the vendor's published terms: said, as why it is not verified.
      if (!entry.terms?.dpa)
        return [
          `No data processing agreement with ${entry.vendor} is on file yet: this rests on its published terms.`,
        ];
      return [];
    });
    add(
      'model-providers',
      `Model providers that receive customer data do not train on it${zero ? ' and retain none of it' : ''}${dpa ? ', under a signed data processing agreement' : ''}.`,
      providers.map((entry) => mapSource(model, `subprocessors/${entry.id}/terms`)),
      providers,
      [...dpaNotes, ...underReviewNotes(model, 'ai')],
    );
  }
  return claims;
}
