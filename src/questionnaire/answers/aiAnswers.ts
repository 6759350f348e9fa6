import { notOnFile, storeVerification } from '../../controls/index.js';
import {
  AI_PIPELINE_PURPOSES,
  bringsOwnKey,
  holdsPlaceholder,
  MODEL_KINDS,
  MODEL_PURPOSES,
  PRIMARY_STORE_KINDS,
  PROMPT_CATEGORIES,
  RETRIEVAL_KINDS,
  reachedAnonymously,
  runByCustomer,
  SERVICE_KINDS,
  STORE_CHECKED_TENANCY,
  STORE_KINDS,
  underCustomersAccount,
} from '../../core/vocabulary.js';
import { joinSome, MANY_NAMES, manyNames, plural, tenancyInWords, withAside } from '../../core/words.js';
import { findProvider } from '../../discover/catalog/index.js';
import { onlyHostsOurs, recognisable } from '../../discover/drift.js';
import {
  type ComponentData,
  type FlowData,
  keepsClass,
  keptAt,
  parseDuration,
  type SubprocessorData,
  withinDuration,
} from '../../map/index.js';
import {
  codeScanned,
  customerDataClasses,
  customerPartsKeeping,
  customerPartsUnsaid,
  customerRunPointer,
  customersOwn,
  customersOwnPlace,
  dataAtCustomers,
  forwardsToVendor,
  heldByUsUnsaid,
  heldWithoutRetention,
  hostingUnsaid,
  keptLonger,
  keptWithin,
  type Model,
  modelProviderTest,
  modelsCustomersRun,
  modelsWeRun,
  nameMidSentence,
  noAgreementSays,
  opensToAnyone,
  ownKeySentence,
  productName,
  promptClasses,
  promptsKeptAsOther,
  REACHED_ANONYMOUSLY,
  regionWords,
  retentionPlaces,
  runsAtCustomers,
  sentWithPrompts,
  servingOurs,
  signInComponents,
  unsaidPartsClauses,
  upstreamUnsaid,
  upstreamWords,
  vendorModels,
} from '../../model/index.js';
import {
  bypassedStores,
  componentLabel,
  customerRunSources,
  deletionPathOf,
  durationWords,
  evidenceRef,
  expired,
  findControls,
  joinList,
  keptFor,
  mapRef,
  midSentence,
  named,
  notFoundInCode,
  onlyUnder,
  onlyWhen,
  openedBeyondOwner,
  retentionOf,
  reviewLabel,
  reviewsOfBinding,
  reviewsOfBypass,
  sayOnce,
  undeletable,
  underConditions,
  unlessSaid,
  vendorLabel,
  vendorService,
} from './refs.js';
import { describesNoTraining, noTrainingSources, unlessPromised } from './trainingAnswers.js';
import type { AnswerBuilder, AnswerSource } from './types.js';

const aiVendors = (model: Model) => model.map.subprocessors.filter((subprocessor) => subprocessor.ai);

/** Policy retention of prompts and outputs, what each holder really keeps, and the model providers' retention. */
export const promptRetention: AnswerBuilder = ({ model }) => {
  // Prompts and chats kept under another class, by its name (`promptClasses`, the reading the trust center and the
  // retention check share): said with the prompt classes, or a 7-day class of questions or outputs read as how long
  // chat transcripts are kept (ai-b7, lead-h7 in both reviews).
  const classes = promptClasses(model);
  const elsewhere = classes.filter((dataClass) => !PROMPT_CATEGORIES.has(dataClass.category));
  const withPolicy = classes.filter((dataClass) => dataClass.retention);
  // A class with no policy of its own, where every part of ours that holds it says what it keeps: said from those
  // parts, as the trust center's table says them (farfalle's PostgreSQL "indefinitely" and Redis "2 hours", portkey's
  // gateway keeping nothing: printed on the site, blank in the answers).
  // Every place of ours each class lands, read once for the policy-less classes and for "we keep none" below.
  const placesOf = new Map(
    classes.map((dataClass) => [dataClass.id, retentionPlaces(model, dataClass.id, undefined)]),
  );
  const derived = classes.flatMap((dataClass) => {
    if (dataClass.retention) return [];
    const places = placesOf.get(dataClass.id)!.filter((place) => model.index.components.has(place.id));
    return places.length > 0 && places.every((place) => place.retention !== undefined)
      ? [{ dataClass, places }]
      : [];
  });
  if (withPolicy.length === 0 && derived.length === 0) return undefined;
  // One of them with no retention on record: the longest is unknown, so there is no answer yet.
  const unsaid = elsewhere.filter(
    (dataClass) => !dataClass.retention && !derived.some((entry) => entry.dataClass === dataClass),
  );
  if (unsaid.length > 0)
    return {
      missing: `set \`retention\` on ${joinList(unsaid.map((dataClass) => dataClass.id))}, which ${unsaid.length === 1 ? 'describes' : 'describe'} prompts or conversations: how long they are kept is part of this answer`,
    };
  // The classes resting only in the parts each customer runs (said after the providers, below).
  const theirs = customersOwn(model, withPolicy);
  // Some of them only there: said apart, not among what we keep.
  const keptByUs = withPolicy.filter((dataClass) => !theirs.some((entry) => entry.dataClass === dataClass));
  // A part of ours they pass through, saying nothing of what it keeps, is said beside them, not taken for keeping
  // nothing (DocsGPT: its hosted model, sent every question).
  const passing = [...new Set(theirs.flatMap(({ dataClass }) => heldByUsUnsaid(model, dataClass.id)))];
  // A period the product keeps them for there is said, not "for as long as the customer keeps them" (LangBot: chats
  // its installations delete after 30 days unless the operator sets another period, in six answers).
  const isPeriod = (retention?: string) =>
    retention !== undefined && parseDuration(retention).kind === 'finite';
  const timed = theirs.some(({ dataClass }) => isPeriod(dataClass.retention));
  // Each under the condition data reaches it, where it has one (canopy: "Kept only in Server log file … : Chat
  // messages", of a log written only at DEBUG level, beside the class's own "not kept", in nine answers).
  const theirParts = joinList([
    ...new Set(theirs.flatMap(({ parts }) => parts.map((part) => labelWhen(model, part)))),
  ]);
  const theirsLine = `${
    theirs.length === 0
      ? ''
      : timed
        ? ` Kept only in ${theirParts}, which each customer runs: ${theirs
            .map(({ dataClass }) =>
              isPeriod(dataClass.retention)
                ? retentionOf(dataClass)
                : `${dataClass.name}: for as long as the customer keeps them`,
            )
            .join('; ')}.`
        : ` Kept only in ${theirParts}, which each customer runs, for as long as the customer keeps them: ${joinList(theirs.map(({ dataClass }) => midSentence(model, dataClass.name)))}.`
  }${
    passing.length > 0
      ? ` ${joinList(passing.map(componentLabel))}, of ours, ${passing.length === 1 ? 'receives' : 'receive'} them too; whether ${passing.length === 1 ? 'it keeps' : 'they keep'} them is not yet documented.`
      : ''
  }`;
  const sources: AnswerSource[] = keptByUs.map((dataClass) =>
    mapRef(model, `dataClasses/${dataClass.id}/retention`),
  );
  // Cited, so a check naming the same gap does not say it again ("However, … receives …": LangBot's gateway).
  for (const component of passing) sources.push(mapRef(model, `components/${component.id}`));
  const stuck = undeletable(model, keptByUs);
  // Each copy is listed with its own time in this answer (`promptClasses` takes it in): named here, not timed again.
  const withinWords = (id: string) =>
    joinList(keptWithin(model, id).map((keeper) => nameMidSentence(model, keeper.name)));
  // The copies named are cited, so an unconfirmed one holds the answer back.
  sources.push(
    ...classes
      .flatMap((dataClass) => keptWithin(model, dataClass.id))
      .map((copy) => mapRef(model, `dataClasses/${copy.id}/retention`)),
  );
  const policy = [
    ...keptByUs.map(
      (dataClass) =>
        `${retentionOf(dataClass, !stuck.includes(dataClass))}${
          dataClass.retention === 'zero' && keptWithin(model, dataClass.id).length > 0
            ? `, except within ${withinWords(dataClass.id)}`
            : ''
        }`,
    ),
    ...derived.map(({ dataClass, places }) => {
      const kept = places.filter((place) => place.retention !== 'zero');
      // Kept on in a class made from it (SWE-agent: each run's prompts and outputs saved in its run records until
      // deleted, while "Model prompts: not kept after the request" went out in nine answers).
      const within = keptWithin(model, dataClass.id);
      return `${dataClass.name}: ${
        kept.length === 0
          ? within.length > 0
            ? `kept only within ${withinWords(dataClass.id)}`
            : 'not kept after the request'
          : // Places keeping it as long said together: "until deleted in A and B", not twice.
            [...new Set(kept.map((place) => place.retention!))]
              .map(
                (time) =>
                  `${keptFor(time)} in ${joinList(kept.filter((place) => place.retention === time).map((place) => place.name))}`,
              )
              .join(', ')
      }`;
    }),
  ];
  sources.push(
    ...derived.flatMap(({ places }) =>
      places.map((place) => mapRef(model, `components/${place.id}/retention`)),
    ),
  );
  const ids = new Set(classes.map((dataClass) => dataClass.id));
  const context = contextKept(model, ids);
  const exceptions = keptLonger(model, keptByUs).map(({ component, words }) => {
    sources.push(mapRef(model, `components/${component.id}/retention`));
    return words;
  });
  // Every model provider that receives them is said: "Chat messages: not kept" beside a provider whose retention
  // nobody recorded would read as zero retention.
  const sent = aiVendors(model).filter((vendor) => vendor.dataClasses.some((id) => ids.has(id)));
  // Reached only with a customer's own key, a vendor keeps what it gets as that customer's terms say, not ours.
  const receiving = sent.filter((vendor) => !underCustomersAccount(vendor));
  const zero = receiving.filter((vendor) => vendor.terms?.retention === 'zero');
  const keeping = receiving.filter((vendor) => vendor.terms?.retention && vendor.terms.retention !== 'zero');
  const unknown = receiving.filter((vendor) => !vendor.terms?.retention);
  // Sent them by a logging flow: a tracing service logs them, said so ("Does your audit trail record the full prompts?"
  // was left blank beside Braintrust, llamacoder).
  const logsThem = (vendor: SubprocessorData) =>
    model.map.flows.some(
      (flow) =>
        flow.to === vendor.id && flow.purpose === 'logging' && flow.dataClasses.some((id) => ids.has(id)),
    );
  const loggers = receiving.filter(logsThem);
  // Not only model providers: a vendor of another kind sent them keeps them as its terms say (postiz: Sentry, told to
  // record every OpenAI call's inputs and outputs, was left out of "are model inputs and outputs persisted anywhere?").
  // Not a host of our own parts, whose copy is our stores'.
  const sentOthers = model.map.subprocessors.filter(
    (vendor) =>
      !vendor.ai &&
      !model.map.components.some((component) => component.subprocessor === vendor.id) &&
      (vendor.dataClasses.some((id) => ids.has(id)) ||
        model.map.flows.some((flow) => flow.to === vendor.id && flow.dataClasses.some((id) => ids.has(id)))),
  );
  const others = sentOthers.filter((vendor) => !underCustomersAccount(vendor));
  // One reached under the customer's account or none is said with the providers reached so (BetterChatGPT: ShareGPT,
  // publishing a shared conversation at a public link, left out of "are model inputs and outputs persisted anywhere?").
  const othersTheirs = sentOthers.filter(underCustomersAccount);
  sources.push(...othersTheirs.map((vendor) => mapRef(model, `subprocessors/${vendor.id}/account`)));
  const unrecorded = [...unknown, ...others.filter((vendor) => !vendor.terms?.retention)];
  sources.push(
    ...others.map((vendor) =>
      mapRef(
        model,
        vendor.terms?.retention ? `subprocessors/${vendor.id}/terms/retention` : `subprocessors/${vendor.id}`,
      ),
    ),
  );
  sources.push(
    ...receiving.map((vendor) =>
      mapRef(
        model,
        vendor.terms?.retention ? `subprocessors/${vendor.id}/terms/retention` : `subprocessors/${vendor.id}`,
      ),
    ),
  );
  // A vendor reached only under a condition keeps what it is sent only then (cognita's OpenAI, off by default).
  const withWhen = (id: string) => {
    const when = onlyWhen(model, id);
    return when ? ` (${when})` : '';
  };
  // Each vendor with its condition, where every flow to it has one (morphic: Jina and Langfuse, each optional, read as
  // always receiving them beside Brave's condition).
  const namesWhen = (list: typeof receiving) =>
    joinSome([
      ...new Map(
        list.map((vendor) => [
          vendorLabel(model, vendor),
          `${vendorLabel(model, vendor)}${withWhen(vendor.id)}`,
        ]),
      ).values(),
    ]);
  // What a vendor of another kind receives of them, named where it is not the prompts or outputs themselves (morphic:
  // "Brave Search API also receives them" of the search queries the model writes).
  const receivedBy = (vendor: (typeof others)[number]) => {
    const got = [
      ...new Set([
        ...vendor.dataClasses,
        ...model.map.flows.filter((flow) => flow.to === vendor.id).flatMap((flow) => flow.dataClasses),
      ]),
    ].filter((id) => ids.has(id));
    // The prompts and outputs themselves, not a class made from them (morphic's search queries, `derivedFrom` prompts).
    const core = (id: string) => {
      const dataClass = model.index.dataClasses.get(id);
      return (
        (dataClass?.category === 'prompts' || dataClass?.category === 'model-outputs') &&
        !dataClass.derivedFrom?.length
      );
    };
    return got.length === 0 || got.every(core)
      ? 'them'
      : joinList(got.map((id) => midSentence(model, named(model, id))));
  };
  const vendorLine = [
    zero.length > 0
      ? // "Zero data retention" is an agreement's name: said only where the map records one (localGPT, anthropic-quickstarts:
        // said of `retention: zero` read from public terms). Each with its condition, as those that keep it.
        ` ${zero.length === receiving.length ? 'Our model providers' : 'These model providers'} keep nothing we send${zero.every((vendor) => vendor.terms?.zeroDataRetention) ? ' (zero data retention)' : ', under their terms'}: ${namesWhen(zero)}.`
      : '',
    keeping.length > 0
      ? ` ${keeping.map((vendor) => `${vendorLabel(model, vendor)} keeps what we send ${keptFor(vendor.terms!.retention!)}${withWhen(vendor.id)}`).join('; ')}.`
      : '',
    unknown.length > 0
      ? ` How long ${namesWhen(unknown)} ${unknown.length === 1 ? 'keeps' : 'keep'} what we send is not yet documented.`
      : '',
    // Its condition is said where it is named before, among those whose retention is or is not documented.
    loggers.length > 0
      ? ` ${joinList(loggers.map((vendor) => vendorLabel(model, vendor)))} ${loggers.length === 1 ? 'logs' : 'log'} them.`
      : '',
    ownKeySentence(
      model,
      [...sent, ...othersTheirs],
      (one) => `how long ${one ? 'it keeps' : 'they keep'} it`,
    ),
    others.length > 0
      ? ` ${others
          .map(
            (vendor) =>
              `${vendorService(vendor.vendor, vendor.service)} also ${logsThem(vendor) ? 'logs' : 'receives'} ${receivedBy(vendor)}${withWhen(vendor.id)}${vendor.terms?.retention ? ` and keeps them ${keptFor(vendor.terms.retention)}` : ', and how long it keeps them is not yet documented'}`,
          )
          .join('; ')}.`
      : '',
  ].join('');
  // Kept only in the customer's own parts, they are not kept by us: WrenAI's question and SQL pairs, in a store on each
  // user's machine, read "How long we keep them: … until deleted" to "how long are prompts stored on your side?".
  // Each with the period the map records (openlit's 730 hours, asked "for how many days?"), and what the model
  // providers keep (asked of the providers, the answer said only where we keep nothing).
  // "We keep none" only where no class of them, with a policy or without, lands in a part or a vendor of ours
  // (resume-matcher: prompts and outputs with no policy, left out, and the sentence named only the customer's database
  // that kept another class). Every part of the customer's that keeps any of them is named; each class with a policy
  // says it.
  const landsWithUs = classes.some((dataClass) => placesOf.get(dataClass.id)!.length > 0);
  // A part of ours holding one with no retention said may keep it: "we keep none" waits for it (Kiln's hosted
  // assistant, holding its chats).
  const unsaidOurs = classes.filter(
    (dataClass) => !dataClass.retention && heldByUsUnsaid(model, dataClass.id).length > 0,
  );
  if (theirs.length === withPolicy.length && derived.length === 0 && !landsWithUs && unsaidOurs.length > 0)
    return {
      missing: `set \`retention\` on ${joinList(unsaidOurs.map((dataClass) => `\`${dataClass.id}\``))}, which ${joinList([...new Set(unsaidOurs.flatMap((dataClass) => heldByUsUnsaid(model, dataClass.id).map((component) => `\`${component.id}\``)))])} of ours ${unsaidOurs.length === 1 ? 'holds' : 'hold'} with no retention on record: whether we keep ${unsaidOurs.length === 1 ? 'it' : 'them'} is part of this answer`,
    };
  // Nor where prompts land with us made into something else (GPT4All's shared chats, kept by the company).
  const asOther = promptsKeptAsOther(model);
  if (theirs.length === withPolicy.length && derived.length === 0 && !landsWithUs && asOther.length > 0)
    return {
      missing: `say how long we keep ${joinList(asOther.map((dataClass) => `\`${dataClass.id}\``))}, made from prompts or model outputs and kept by a part or vendor of ours: "we keep none of them" would not be true beside ${asOther.length === 1 ? 'it' : 'them'}`,
    };
  if (theirs.length === withPolicy.length && derived.length === 0 && !landsWithUs && passing.length === 0) {
    // Parts keeping one of them, not parts it passes through (pandas-ai's in-memory DuckDB, `retention: zero`).
    const parts = model.map.components.filter(
      (component) =>
        runByCustomer(component, model.map.subprocessors) &&
        component.dataClasses.some((id) => ids.has(id) && keepsClass(component, id)),
    );
    // And those that list one and say nothing of how long: named apart, and no "only" beside them (Nextcloud's server).
    const unsaidParts = customerPartsUnsaid(model, [...ids]);
    const unsaidLine = unsaidParts.length > 0 ? ` ${unsaidPartsClauses(unsaidParts).join('; ')}.` : '';
    const policies = theirs.map(({ dataClass }) => retentionOf(dataClass));
    // A part of the customer's that keeps one longer than its policy says so after it (DB-GPT: a trace log writing
    // every prompt, kept indefinitely, under "User prompts: until deleted" in four answers, two of them high).
    const longer = parts.flatMap((part) => {
      const over = classes.filter((dataClass) => {
        const kept = keptAt(part, dataClass.id);
        return (
          part.dataClasses.includes(dataClass.id) &&
          kept !== undefined &&
          dataClass.retention !== undefined &&
          !withinDuration(kept, dataClass.retention)
        );
      });
      // Said per time it keeps them: a part may keep each class for its own (`retention` by class).
      const byTime = new Map<string, string[]>();
      for (const dataClass of over) {
        const time = keptAt(part, dataClass.id)!;
        byTime.set(time, [...(byTime.get(time) ?? []), midSentence(model, dataClass.name)]);
      }
      return over.length > 0
        ? [
            `${labelWhen(model, part)} keeps ${joinList([...byTime].map(([time, names]) => `${joinList(names)} ${keptFor(time)}`))}`,
          ]
        : [];
    });
    const longerLine = longer.length > 0 ? ` Longer than that: ${joinList(longer)}.` : '';
    return {
      // "Do you store prompts?": no, where no vendor of ours keeps them either (the question's form decides whether
      // the verdict answers it: `VERDICT_READINGS`).
      // Not where parts each customer runs keep them: "persisted anywhere?" is then theirs to answer.
      ...(receiving.every((vendor) => vendor.terms?.retention === 'zero') &&
      others.length === 0 &&
      parts.length === 0 &&
      unsaidParts.length === 0
        ? { yesNo: 'No' as const }
        : {}),
      text: `We keep none of them.${parts.length > 0 ? ` ${unsaidParts.length > 0 ? 'Parts' : 'Only parts'} each customer runs keep them: ${joinList(parts.map((part) => labelWhen(model, part)))}.` : ''}${unsaidLine}${policies.length > 0 ? ` ${policies.join('; ')}.` : ''}${longerLine}${context.line}${vendorLine}`,
      sources: [
        ...theirs.map(({ dataClass }) => mapRef(model, `dataClasses/${dataClass.id}/retention`)),
        ...parts.map((part) => mapRef(model, customerRunPointer(part))),
        ...context.sources,
        ...sources,
      ],
      ...(unrecorded.length > 0
        ? { review: `record \`terms.retention\` for ${unrecorded.map((vendor) => vendor.id).join(', ')}` }
        : {}),
    };
  }
  const exceptionLine = exceptions.length > 0 ? ` Exception: ${joinList(exceptions)}.` : '';
  // A prompt class with no policy whose places of ours do not all say what they keep is said as not yet documented,
  // never dropped: "How long we keep them: Shared bots: for 30 days" read as the whole answer while chats and model
  // responses went to a vendor index nobody had recorded (chat-llamaindex).
  const undocumented = classes.filter(
    (dataClass) =>
      !dataClass.retention &&
      !derived.some((entry) => entry.dataClass === dataClass) &&
      placesOf
        .get(dataClass.id)!
        .some((place) => place.retention === undefined && model.index.components.has(place.id)),
  );
  const unknownPlaces = [
    ...new Set(
      undocumented.flatMap((dataClass) =>
        placesOf
          .get(dataClass.id)!
          // Vendors are said with the providers below.
          .filter((place) => place.retention === undefined && model.index.components.has(place.id))
          .map((place) => place.name),
      ),
    ),
  ];
  const undocumentedLine =
    undocumented.length > 0
      ? ` How long we keep ${joinList(undocumented.map((dataClass) => midSentence(model, dataClass.name)))} in ${joinList(unknownPlaces)} is not yet documented.`
      : '';
  // The customer's own parts keeping them beside ours (chat-llamaindex: chats in each user's browser storage).
  const alsoKept = classes
    .filter((dataClass) => !theirs.some((entry) => entry.dataClass === dataClass))
    .map((dataClass) => ({ dataClass, parts: customerPartsKeeping(model, dataClass.id) }))
    .filter(({ parts }) => parts.length > 0);
  const alsoTheirs = alsoKept.map(({ dataClass }) => dataClass);
  const alsoParts = [...new Set(alsoKept.flatMap(({ parts }) => parts))];
  for (const part of alsoParts) sources.push(mapRef(model, customerRunPointer(part)));
  const alsoLine =
    alsoParts.length > 0
      ? ` Also kept in ${joinList(alsoParts.map(componentLabel))}, which each customer runs, for as long as the customer keeps them: ${joinList(alsoTheirs.map((dataClass) => midSentence(model, dataClass.name)))}.`
      : '';
  const logged = contextLogged(model, ids);
  // The log, and the flows that bring it what is sent with the prompts: a proposed one holds the answer back.
  for (const { component, into } of logged)
    sources.push(
      mapRef(model, `components/${component.id}`),
      ...into.map((flow) => mapRef(model, `flows/${flow.id}`)),
    );
  const loggedLine =
    logged.length > 0
      ? ` Content we send a model alongside them is logged: ${joinList(logged.map(({ words }) => words))}.`
      : '';
  // "Until deleted" says who ends it but not how: the class's own way of deleting follows, once for the classes that
  // share it (Onyx: a user's delete only hides a chat unless hard deletion is on, and "until deleted" read as gone).
  const byMechanism = new Map<string, string[]>();
  for (const dataClass of keptByUs) {
    const mechanism = dataClass.deletion?.mechanism;
    if (dataClass.retention !== 'until-deleted' || !mechanism || holdsPlaceholder(dataClass.deletion!))
      continue;
    byMechanism.set(mechanism, [...(byMechanism.get(mechanism) ?? []), dataClass.name]);
    sources.push(mapRef(model, `dataClasses/${dataClass.id}/deletion`));
  }
  const deletionLine = [...byMechanism]
    .map(
      ([mechanism, names]) =>
        // "Deletion of …", with no verb to agree with names like "Answers" or "User questions and chat history"
        // (quivr, Perplexica: "How answers is deleted").
        ` Deletion of ${joinList(names.map((name) => midSentence(model, name)))}: ${midSentence(model, mechanism)}.`,
    )
    .join('');
  return {
    // "Do you store prompts?", "Are inputs and outputs persisted anywhere?": yes, where a class of ours is kept for any
    // time (AFFiNE, babyagi: no Yes or No; the question's form decides whether it answers: `VERDICT_READINGS`).
    ...(keptByUs.some((dataClass) => dataClass.retention !== undefined && dataClass.retention !== 'zero') ||
    exceptions.length > 0
      ? { yesNo: 'Yes' as const }
      : {}),
    // Nothing of ours with a time said opens with what is not documented, not "How long we keep them: ." (Kiln).
    text: `${policy.length > 0 ? `How long we keep them: ${policy.join('; ')}.` : ''}${undocumentedLine}${theirsLine}${alsoLine}${deletionLine}${exceptionLine}${loggedLine}${context.line}${vendorLine}`.trimStart(),
    sources: [...sources, ...context.sources],
    review:
      [
        ...(undocumented.length > 0
          ? [
              `set \`retention\` on ${undocumented.map((dataClass) => dataClass.id).join(', ')}, or on the parts that keep ${undocumented.length === 1 ? 'it' : 'them'}`,
            ]
          : []),
        ...(passing.length > 0
          ? [
              `set \`retention\` on ${joinList(passing.map(reviewLabel))}, of ours, which ${passing.length === 1 ? 'receives' : 'receive'} them with no time on record`,
            ]
          : []),
        ...(exceptions.length > 0 ? ['a component keeps prompts longer than the policy'] : []),
        ...(logged.length > 0
          ? [
              `${joinList(logged.map(({ component }) => reviewLabel(component)))} ${logged.length === 1 ? 'keeps' : 'keep'} what is sent to a model with the prompts (passages, files): say whether the buyer's "prompts" include it`,
            ]
          : []),
        ...(unrecorded.length > 0
          ? [`record \`terms.retention\` for ${unrecorded.map((vendor) => vendor.id).join(', ')}`]
          : []),
        ...(elsewhere.length > 0
          ? [
              `${joinList(elsewhere.map((dataClass) => dataClass.id))} ${elsewhere.length === 1 ? 'is' : 'are'} said here by ${elsewhere.length === 1 ? 'its' : 'their'} name or description (prompts or conversations) under another category: check ${elsewhere.length === 1 ? 'it belongs' : 'they belong'} in the answer`,
            ]
          : []),
        ...(stuck.length > 0
          ? [
              `${stuck.map((dataClass) => dataClass.id).join(', ')}: kept until deleted, with no way to delete on record`,
            ]
          : []),
        ...(derived.length > 0
          ? [
              `${joinList(derived.map(({ dataClass }) => dataClass.id))} ${derived.length === 1 ? 'has' : 'have'} no \`retention\` policy of ${derived.length === 1 ? 'its' : 'their'} own: said from what each part holding ${derived.length === 1 ? 'it' : 'them'} keeps`,
            ]
          : []),
      ].join('; ') || undefined,
  };
};

/**
 * A part named with the condition data reaches it under, where it has one (canopy: "Kept only in Server log file", of
 * a log written only at DEBUG level, beside the class's own "not kept", in nine answers).
 */
function labelWhen(model: Model, part: ComponentData): string {
  const condition = onlyWhen(model, part.id);
  return condition ? withAside(componentLabel(part), condition) : componentLabel(part);
}

/**
 * What is sent to a model with the prompts, kept as that content is kept anyway: said where inputs are asked about
 * (pdfGPT: "User questions: not kept; Generated answers: not kept" to "are model inputs persisted anywhere after the
 * response?", of prompts carrying passages of PDFs kept with no time limit).
 */
function contextKept(model: Model, prompts: ReadonlySet<string>): { line: string; sources: AnswerSource[] } {
  const kept = [...sentWithPrompts(model, prompts)]
    .map((id) => model.index.dataClasses.get(id)!)
    .filter((dataClass) => dataClass.retention !== undefined && dataClass.retention !== 'zero');
  if (kept.length === 0) return { line: '', sources: [] };
  // The parts that keep it longer than its policy, as the retention answer says them (Lumos: page text and attachments
  // "1 hour" by policy, beside "Exception: Browser extension storage keeps … until deleted" in the retention answer).
  const longer = [...keptLonger(model, kept), ...heldWithoutRetention(model, kept)];
  const exceptions =
    longer.length > 0
      ? ` ${longer.length === 1 ? 'Exception' : 'Exceptions'}: ${longer.map(({ words }) => words).join('; ')}.`
      : '';
  return {
    line: ` What we send a model alongside them is kept as that content is: ${kept.map((dataClass) => retentionOf(dataClass, deletionPathOf(model, dataClass))).join('; ')}.${exceptions}`,
    sources: [
      ...kept.map((dataClass) => mapRef(model, `dataClasses/${dataClass.id}/retention`)),
      ...longer.map(({ component }) => mapRef(model, `components/${component.id}`)),
    ],
  };
}

/**
 * Log sinks that keep what our code sends a model beside the prompt classes `prompts` (retrieved passages, files): the
 * prompt a model receives holds them, so "User questions: not kept" alone misleads where a log keeps the passages
 * sent with the question. Each with its words: "Request log keeps Document passages for 30 days".
 */
function contextLogged(
  model: Model,
  prompts: ReadonlySet<string>,
): { component: ComponentData; into: FlowData[]; words: string }[] {
  const sentWith = sentWithPrompts(model, prompts);
  return model.map.components.flatMap((component) => {
    if (component.kind !== 'log-sink') return [];
    const kept = component.dataClasses.filter((id) => sentWith.has(id) && keptAt(component, id) !== 'zero');
    if (kept.length === 0) return [];
    const times = new Set(kept.map((id) => keptAt(component, id)));
    const [only] = times;
    const names = joinList(kept.map((id) => midSentence(model, named(model, id))));
    const into = (model.index.incoming.get(component.id) ?? []).filter((flow) =>
      flow.dataClasses.some((id) => kept.includes(id)),
    );
    // Under the conditions of the flows that bring them, where every one has one (a debug log level).
    const conditions = underConditions(into);
    const when = conditions ? `, ${conditions}` : '';
    const time = times.size === 1 && only !== undefined ? ` ${keptFor(only)}` : '';
    return [{ component, into, words: `${componentLabel(component)} keeps ${names}${time}${when}` }];
  });
}

/** The AI vendors and the models we host ourselves. */
export const modelProviders: AnswerBuilder = ({ model }) => {
  const vendors = aiVendors(model);
  const hosted = modelsWeRun(model);
  if (vendors.length === 0 && hosted.length === 0) return undefined;
  const sources = [
    ...vendors.map((vendor) => mapRef(model, `subprocessors/${vendor.id}`)),
    ...hosted.map((component) => mapRef(model, `components/${component.id}`)),
  ];
  const describe = (list: typeof vendors) =>
    sayOnce(
      list.map((vendor) => ({
        name: vendorService(vendor.vendor, vendor.service),
        words: [midSentence(model, vendor.purpose), unlessSaid(onlyWhen(model, vendor.id), vendor.purpose)]
          .filter(Boolean)
          .join(', ')
          .concat(
            vendor.regions?.length
              ? ` (location: ${vendor.regions.map((region) => regionWords(region, true)).join(', ')})`
              : '',
          ),
      })),
    ).join('; ');
  const isProvider = modelProviderTest(model);
  // Those reached only with each customer's own key are said apart, as theirs (pr-agent: eighteen providers every
  // operator connects with its own keys, listed as "Model providers" of ours to "name every vendor whose API receives
  // our content").
  const ours = vendors.filter((vendor) => !underCustomersAccount(vendor));
  const theirKeys = vendors.filter(underCustomersAccount);
  const providers = ours.filter(isProvider);
  const others = ours.filter((vendor) => !isProvider(vendor));
  // A serving part nobody said who runs, passing its calls on to no provider on record, may be ours and may call one:
  // no "none" of ours beside it (obsidian-copilot: "We use no third-party AI service under our own account" beside
  // its company's own model service, whose providers the code does not show, in nine answers).
  const unsure = upstreamUnsaid(model);
  // Where nothing else is of ours, what is not yet on record about a serving part comes after what is (portkey-gateway:
  // "Which providers, if any, stand behind Portkey hosted guardrails API … is not yet on record" opened 27 answers).
  const unsureLast = ours.length === 0 && unsure.length > 0 && theirKeys.length > 0;
  const vendorLine =
    ours.length === 0
      ? unsure.length > 0
        ? unsureLast
          ? ''
          : `${upstreamWords(unsure).said.replace(/^./, (first) => first.toUpperCase())}.`
        : theirKeys.length > 0
          ? 'We use no third-party AI service under our own account.'
          : 'We use no third-party AI services.'
      : providers.length > 0 && others.length > 0
        ? `Model providers: ${describe(providers)}. Other AI services: ${describe(others)}.`
        : `Third-party AI services: ${describe(ours)}.`;
  const keyed = theirKeys.filter((vendor) => !reachedAnonymously(vendor));
  const anonymous = theirKeys.filter(reachedAnonymously);
  const theirKeysLine = `${
    keyed.length > 0
      ? ` Reached ${unsure.length > 0 ? "under each customer's own account where the customer connects it" : "only under each customer's own account"}, on that customer's own terms with ${keyed.length === 1 ? 'the provider' : 'each'}: ${keyed.length > MANY_NAMES ? manyNames([...new Set(keyed.map((vendor) => vendorService(vendor.vendor, vendor.service)))]) : describe(keyed)}.`
      : ''
  }${
    // SillyTavern: AI Horde, its default, reached under a shared anonymous key, was "reached only with each customer's
    // own API key".
    anonymous.length > 0
      ? ` ${REACHED_ANONYMOUSLY.replace(/^./, (first) => first.toUpperCase())}, so ${noAgreementSays('what each does with the data')}: ${describe(anonymous)}.`
      : ''
  }`;
  // None of our own, and nothing else that may be one, is said: "self-hosted or external APIs?" was answered with the
  // providers alone (AFFiNE, deepwiki-open).
  const hostedLine =
    hosted.length > 0
      ? ` Models we run ourselves: ${modelNames(model, hosted)}.`
      : providers.length > 0 && unsure.length === 0 && hostingUnsaid(model).length === 0
        ? ' We host no models ourselves.'
        : '';
  // The vendors' models the map names, as a model inventory asks (realtime-agents: five OpenAI model ids on record,
  // and every inventory answer named only the vendor).
  const atVendors = vendorModels(model);
  sources.push(
    ...atVendors.flatMap(({ models }) =>
      models.map((component) => mapRef(model, `components/${component.id}`)),
    ),
  );
  const vendorModelsLine =
    atVendors.length > 0
      ? ` Models on record: ${atVendors
          .map(
            ({ vendor, models }) =>
              `${joinList(models.map(componentLabel))} (${vendorLabel(model, model.index.subprocessors.get(vendor)!)})`,
          )
          .join('; ')}.`
      : '';
  const through = gateways(model);
  sources.push(...through.map((component) => mapRef(model, `components/${component.id}`)));
  const gatewayLine = gatewayWords(model, through);
  const theirs = modelsCustomersRun(model);
  sources.push(...theirs.map((component) => mapRef(model, `components/${component.id}`)));
  const theirsLine =
    theirs.length > 0
      ? // Not "customers may also connect": a model bundled with a product each customer runs is not one they connect
        // (aider: its fixed local embedding model for /help, sent as ready).
        ` Models that run in each customer's own environment, not ours: ${modelNames(model, theirs)}.`
      : '';
  // A serving component nobody said who runs is not said to be ours (AnythingLLM's endpoint "chosen by the
  // administrator", Onyx's customer's Ollama were "models we run ourselves"): the reviewer is asked.
  const unsaid = hostingUnsaid(model);
  return {
    text: `${vendorLine}${vendorLine ? theirKeysLine : theirKeysLine.replace(' Reached', 'AI services are reached')}${hostedLine}${vendorModelsLine}${gatewayLine}${theirsLine}${
      unsureLast ? ` ${upstreamWords(unsure).said.replace(/^./, (first) => first.toUpperCase())}.` : ''
    }`.trim(),
    sources,
    ...(unsaid.length > 0
      ? {
          review: `the map does not say who runs ${joinList(unsaid.map(reviewLabel))}: set \`hosting\` (self-hosted, cloud-managed, customer-hosted)`,
        }
      : {}),
  };
};

/** Our gateways to model vendors: serving components of ours whose model calls go on to a vendor. */
function gateways(model: Model) {
  return servingOurs(model).filter((component) => forwardsToVendor(model, component.id));
}

/**
 * What our gateways carry: every model call, where no other part reaches a vendor's model itself, or else the vendors
 * each passes calls on to (refact: "Model calls pass through our own gateway: Refact Cloud" in nine answers, while
 * calls under each developer's own key go from the plugin to the vendor directly).
 */
function gatewayWords(model: Model, through: readonly ComponentData[]): string {
  if (through.length === 0) return '';
  const ids = new Set(through.map((component) => component.id));
  const modelCall = (flow: FlowData) =>
    MODEL_PURPOSES.has(flow.purpose) && model.index.subprocessors.has(flow.to);
  const direct = model.map.flows.some(
    (flow) => modelCall(flow) && !ids.has(flow.from) && !model.index.subprocessors.has(flow.from),
  );
  if (!direct)
    return ` Model calls pass through our own gateway${through.length === 1 ? '' : 's'}: ${joinList(through.map(componentLabel))}.`;
  return through
    .map((component) => {
      const vendors = [
        ...new Set(
          model.map.flows
            .filter((flow) => flow.from === component.id && modelCall(flow))
            .map((flow) => model.index.subprocessors.get(flow.to)!)
            .map((vendor) => vendorService(vendor.vendor, vendor.service)),
        ),
      ];
      return ` Our own gateway ${componentLabel(component)} passes calls on to ${joinList(vendors)}.`;
    })
    .join('')
    .concat(
      ` Other model calls go to their providers directly, not through ${through.length === 1 ? 'it' : 'them'}.`,
    );
}

/**
 * Model servers by name, with what they run and, where every flow to them has one, the condition they are used under
 * (LibreChat's Ollama, reached only through an endpoint the operator adds, was "Models we run ourselves: Ollama").
 */
const modelNames = (model: Model, hosted: ReturnType<typeof modelsWeRun>) =>
  joinList(
    hosted.map((component) => {
      const aside = [component.technology, onlyWhen(model, component.id)].filter(Boolean).join('; ');
      return aside ? withAside(componentLabel(component), aside) : componentLabel(component);
    }),
  );

/** Training, retention, ZDR and DPA terms with each AI vendor, flagging expired DPAs. */
export const providerTerms: AnswerBuilder = ({ model }) => {
  const all = aiVendors(model);
  // Our terms are with the vendors reached under our account; the others are on each customer's own terms. The model
  // providers lead, then the other AI services (chainlit: Literal AI's tracing terms came first in every answer on
  // model providers' terms; enchanted: Apple's speech service).
  const isProvider = modelProviderTest(model);
  const ours = all.filter((vendor) => !underCustomersAccount(vendor));
  const vendors = [...ours.filter(isProvider), ...ours.filter((vendor) => !isProvider(vendor))];
  const theirs = ownKeySentence(
    model,
    all,
    (one) => `what ${one ? 'that provider' : 'each provider'} may do with the data`,
  );
  const sources: AnswerSource[] = [];
  const missing = vendors.filter((vendor) => !vendor.terms);
  // A serving part that may be ours and may call a provider: its terms are not on record either (browser-use: every
  // provider "reached only under a customer's own account" beside the default model gateway every prompt went to).
  const unsure = upstreamUnsaid(model);
  const unsureLine =
    unsure.length > 0
      ? ` ${upstreamWords(unsure, { terms: true }).said.replace(/^./, (first) => first.toUpperCase())}.`
      : '';
  if (missing.length === vendors.length && !theirs) return undefined;
  // With no terms on record for any provider of ours, a list of "terms not recorded" answers nothing (trieve: five of
  // them, in eleven answers); what to add is said instead.
  if (vendors.length > 0 && missing.length === vendors.length)
    return {
      missing: `no terms are recorded for ${vendors.length === 1 ? 'our AI provider' : `any of our ${vendors.length} AI providers`} (${joinList([...new Set(missing.map((vendor) => vendor.vendor))])}): add each one's \`terms\` (training, retention, the DPA as evidence)${theirs ? `. The part on customers' own keys would read: "${theirs.trim()}"` : ''}`,
    };
  for (const vendor of all)
    if (bringsOwnKey(vendor)) sources.push(mapRef(model, `subprocessors/${vendor.id}/account`));
  const lines: string[] = [];
  const expiredDpas: string[] = [];
  const contracted: string[] = [];
  for (const vendor of vendors) {
    const terms = vendor.terms;
    if (!terms) {
      // Cited, so the check's "terms not yet documented" for it is not said a second time (cognita); said once for
      // all of them, after the terms on record.
      sources.push(mapRef(model, `subprocessors/${vendor.id}`));
      continue;
    }
    sources.push(mapRef(model, `subprocessors/${vendor.id}/terms`));
    const parts = [
      terms.training === 'never' ? 'no training on our data' : `training: ${terms.training}`,
      terms.retention === 'zero' ? 'zero retention' : `retention ${durationWords(terms.retention)}`,
    ];
    if (terms.zeroDataRetention) parts.push('zero-data-retention agreement');
    if (terms.dpa) {
      sources.push(evidenceRef(model, terms.dpa));
      if (expired(model, terms.dpa)) {
        const expires = model.index.evidence.get(terms.dpa)?.expires;
        parts.push(`DPA expired on ${expires}`);
        expiredDpas.push(vendor.vendor);
      } else if (notOnFile(model, terms.dpa)) parts.push('DPA referred to but not on file');
      else {
        parts.push('signed DPA');
        contracted.push(vendor.id);
      }
    } else parts.push('no signed DPA on file');
    lines.push(`${vendorService(vendor.vendor, vendor.service)}: ${parts.join(', ')}`);
  }
  // "Our contracts restrict…" only where a current DPA with each provider says no training (kotaemon's map had
  // OpenAI's standard terms and no DPA, and the answer said its contracts restricted use, "Partially"). Partially
  // only where some providers are bound and others not; with none bound, the terms are said without a verdict.
  const bound = vendors.filter(
    (vendor) => vendor.terms?.training === 'never' && contracted.includes(vendor.id),
  ).length;
  const said = [...new Set(lines)].join('; ');
  const allBound = bound > 0 && bound === vendors.length;
  const unrecorded =
    missing.length > 0
      ? ` We have no terms on record yet with ${joinList([...new Set(missing.map((vendor) => vendorService(vendor.vendor, vendor.service)))])}.`
      : '';
  return {
    ...(allBound ? { yesNo: 'Yes' as const } : bound > 0 ? { yesNo: 'Partially' as const } : {}),
    text: `${
      lines.length === 0
        ? ''
        : allBound
          ? `Our contracts with AI providers restrict their use of our data. ${said}.`
          : `The terms we have on record with each AI provider: ${said}.`
    }${unrecorded}${lines.length > 0 ? unsureLine : ''}${
      // Said first where every provider is on the customers' own accounts: the buyer's question is whether we hold
      // terms, and we hold none (realtime-agents: "OpenAI is reached only under a customer's own account, on that
      // customer's own terms, which say what it may do with it" to "which terms do you have with your providers?").
      vendors.length === 0 && unsure.length === 0 && theirs
        ? 'We hold no terms of our own with any AI provider.'
        : ''
    }${theirs}${lines.length > 0 ? '' : unsureLine}`.trim(),
    sources: [...sources, ...unsure.map((component) => mapRef(model, `components/${component.id}`))],
    review:
      expiredDpas.length > 0
        ? `the DPA with ${joinList(expiredDpas)} has expired`
        : missing.length > 0
          ? `terms are not recorded for ${joinList(missing.map((vendor) => vendor.vendor))}`
          : unsure.length > 0
            ? upstreamWords(unsure).review
            : undefined,
  };
};

/** Flows that keep the data they carry where it goes: the AI path's data rests there too. */
const KEEPS_PURPOSES: ReadonlySet<string> = new Set(['storage', 'logging', 'backup']);

/**
 * Flows ordered by how many steps lie before each (a flow into where another leaves from comes first), stably; in a
 * loop no flow counts more steps than there are flows.
 */
function upstreamFirst<T extends { from: string; to: string }>(flows: readonly T[]): T[] {
  const before = new Map(
    flows.map((flow) => [flow, flows.filter((other) => other !== flow && other.to === flow.from)]),
  );
  const depth = new Map<T, number>(flows.map((flow) => [flow, 0]));
  for (let round = 0, moved = true; moved && round < flows.length; round++) {
    moved = false;
    for (const flow of flows) {
      const next = Math.max(0, ...before.get(flow)!.map((other) => depth.get(other)! + 1));
      if (next > depth.get(flow)! && next <= flows.length) {
        depth.set(flow, next);
        moved = true;
      }
    }
  }
  return flows
    .map((flow, index) => ({ flow, index }))
    .sort((a, b) => depth.get(a.flow)! - depth.get(b.flow)! || a.index - b.index)
    .map(({ flow }) => flow);
}

/** What a question names that a map with no embeddings and no retrieval store has none of. */
const NAMES_A_SEARCH_INDEX =
  /\b(?:embeddings?|vectors?|vector (?:stores?|index(?:es)?|databases?|db)|(?:search |semantic )?index(?:es)?|retrieval (?:pipeline|layer|system|stores?)|rag (?:pipeline|index))\b/i;

/** How each retrieval store separates tenants, and the live probe that proves it. */
export const aiTenantIsolation: AnswerBuilder = ({ model, results }) => {
  // A database that holds the embeddings is a retrieval store too (pgvector in the application's Postgres: LightRAG's
  // and FastGPT's isolation questions were left blank).
  const embeddings = new Set(
    model.map.dataClasses
      .filter((dataClass) => dataClass.category === 'embeddings')
      .map((dataClass) => dataClass.id),
  );
  const retrievalStores = model.map.components.filter(
    (component) =>
      RETRIEVAL_KINDS.has(component.kind) ||
      (STORE_KINDS.has(component.kind) && component.dataClasses.some((id) => embeddings.has(id))),
  );
  // A store of our own content only (our public docs) holds nothing of a customer's to reach (doc-search: "Our
  // retrieval store does not separate customers' data" of an index of the maker's own pages, in nine answers).
  const customers = customerDataClasses(model);
  const holdsCustomers = (component: ComponentData) =>
    component.dataClasses.some(
      (id) => customers.has(id) || model.index.dataClasses.get(id)?.tenantScoped === true,
    );
  const stores = retrievalStores.filter(holdsCustomers);
  const ownOnly = retrievalStores.filter((component) => !holdsCustomers(component));
  if (
    stores.length === 0 &&
    ownOnly.length > 0 &&
    ownOnly.every((component) => component.dataClasses.length > 0)
  )
    return {
      text: `Our retrieval ${ownOnly.length === 1 ? 'store' : 'stores'} (${joinList(ownOnly.map(componentLabel))}) ${ownOnly.length === 1 ? 'holds' : 'hold'} only ${joinList([...new Set(ownOnly.flatMap((component) => component.dataClasses))].map((id) => midSentence(model, named(model, id))))}, none of it customers' data, so a search cannot return another customer's data.`,
      sources: ownOnly.flatMap((component) => [
        mapRef(model, `components/${component.id}`),
        ...component.dataClasses.map((id) => mapRef(model, `dataClasses/${id}`)),
      ]),
    };
  // A product each customer runs, with stores of its own and nothing of the customers' reaching a vendor of ours: one
  // customer's search cannot reach another's deployment (vanna: eleven answers blank, asking for a `tenancy` the
  // customers' own stores already declared).
  const selfRun = runsAtCustomers(model);
  // Or every retrieval store, and every part that reads or writes one, runs in each customer's own installation, beside
  // a part of ours that holds none of it (anything-llm: its Community Hub, ours, turned nine answers into "retrieval is
  // separated in our application" and "a separate namespace per customer" of the workspaces of each installation). "No
  // retrieval store of ours", not "no store": a store of ours may hold other customer data (chatbox: its cloud file
  // storage, in eight answers that then said its separation was not documented).
  const storeIds = new Set(stores.map((store) => store.id));
  const theirsAlone =
    stores.length > 0 &&
    stores.every((store) => runByCustomer(store, model.map.subprocessors)) &&
    model.map.flows.every((flow) => {
      if (!storeIds.has(flow.to) && !storeIds.has(flow.from)) return true;
      const other = model.index.components.get(storeIds.has(flow.to) ? flow.from : flow.to);
      return !other || storeIds.has(other.id) || runByCustomer(other, model.map.subprocessors);
    });
  const ownDeployment =
    selfRun && selfRun.ours.length === 0 && stores.length > 0
      ? {
          text: `${productName(model.map.organization)} runs in each customer's own environment, with that customer's own retrieval stores (${joinList(stores.map(componentLabel))}), so a search never reaches another customer's data, and no store of ours holds it.`,
          sources: stores.map((store) => mapRef(model, customerRunPointer(store))),
        }
      : theirsAlone
        ? {
            text: `Each customer's retrieval stores (${joinList(stores.map(componentLabel))}) run in that customer's own installation of ${productName(model.map.organization)}, and only the parts it runs there search them, so a search never reaches another customer's data, and no retrieval store of ours holds it.`,
            sources: stores.map((store) => mapRef(model, customerRunPointer(store))),
          }
        : undefined;
  // Within one deployment, each store's own separation follows where the map says it; where it does not, the
  // deployment's is all there is to say.
  if (ownDeployment && stores.some((store) => !store.tenancy))
    return {
      ...ownDeployment,
      yesNo: 'Yes',
      review:
        "each customer runs its own deployment: if the buyer asks how users within one customer are kept apart, say so from the stores' `tenancy`",
    };
  // A vendor of ours that keeps or searches customer content for us, with no component saying how it separates
  // customers, is a retrieval store the answer cannot speak for (scira: Supermemory keeps every user's connected
  // documents in one account, filtered by a tag, and eight answers said "each retrieval store serves a single customer").
  const unmapped = model.map.subprocessors.filter(
    (vendor) =>
      !underCustomersAccount(vendor) &&
      !model.map.components.some((component) => component.subprocessor === vendor.id) &&
      model.map.flows.some(
        (flow) =>
          flow.to === vendor.id &&
          // Kept there, or searched in an index it runs: not a reranker sent passages (acme-ai's Cohere), nor files kept
          // in a plain store nothing searches (refly: Amazon S3 held back five retrieval-isolation answers the map's
          // Qdrant and LanceDB answered).
          ((flow.purpose === 'storage' && findProvider(vendor.provider ?? '')?.category !== 'datastore') ||
            (flow.purpose === 'retrieval' &&
              findProvider(vendor.provider ?? '')?.category === 'vector-store')) &&
          flow.dataClasses.some((id) => {
            const category = model.index.dataClasses.get(id)?.category;
            return category === 'customer-content' || category === 'embeddings';
          }),
      ),
  );
  if (unmapped.length > 0)
    return {
      missing: `${joinList(unmapped.map((vendor) => vendor.id))} ${unmapped.length === 1 ? 'keeps or searches' : 'keep or search'} customer content for us (flows for storage or retrieval), and no component says how ${unmapped.length === 1 ? 'it separates' : 'they separate'} customers: add ${unmapped.length === 1 ? 'it' : 'each'} as a component (\`subprocessor: ${unmapped[0]!.id}\`) with its \`tenancy\``,
    };
  // No retrieval store and no embeddings in a map of the system: the answer is that absence, held for review, since a
  // search over chat history or a tool reading records by id is retrieval too (vercel/ai-chatbot: eleven isolation
  // questions left blank, the note asking for tenancy on vector stores the app does not have).
  if (stores.length === 0) {
    // Nothing of the customers' in any part of ours, and no vendor of ours receiving it: no search of ours can reach it,
    // whatever each customer's own parts search (Hollama, AFFiNE's local workspaces aside: nine isolation questions
    // blank beside data kept only in each user's browser).
    const held = dataAtCustomers(model);
    if (held && held.ours.length === 0)
      return {
        yesNo: 'Yes',
        ...(embeddings.size === 0 ? { presumes: NAMES_A_SEARCH_INDEX } : {}),
        text: `No store or service of ours holds customers' data: it stays in what each customer runs (${joinList(held.keeping.map(componentLabel))}), so no search of ours can return one customer's data to another.${held.serving.length > 0 ? ` What we run (${joinList(held.serving.map(componentLabel))}) holds none of it.` : ''}`,
        sources: customerRunSources(model, held),
      };
    if (model.map.components.length === 0 || embeddings.size > 0) return undefined;
    // A store of customer content that our AI features read, shared by every customer, is that retrieval step
    // (gpt-researcher: every user's research read the one folder of uploads; ten answers said no retrieval step could
    // return another customer's documents). Said as the map says it; with its tenancy unsaid, nothing is said.
    // A store of documents, not a log or a cache of the prompts themselves (Cheshire Cat's console log).
    // Where the flows say what reaches a store, one only written to is not read (FastChat: "they read customer content
    // from Uploaded image store, which is shared between customers" in nine answers, of images saved after each answer
    // and never read back): a flow from it, or a search of it, says it is read.
    const readBack = (id: string) => {
      const touching = model.map.flows.filter((flow) => flow.to === id || flow.from === id);
      return (
        touching.length === 0 ||
        touching.some((flow) => flow.from === id || (flow.to === id && flow.purpose === 'retrieval'))
      );
    };
    const read = model.map.components.filter(
      (component) =>
        PRIMARY_STORE_KINDS.has(component.kind) &&
        !runByCustomer(component, model.map.subprocessors) &&
        readBack(component.id) &&
        component.dataClasses.some(
          (id) =>
            model.index.dataClasses.get(id)?.category === 'customer-content' &&
            model.map.flows.some(
              (flow) => AI_PIPELINE_PURPOSES.has(flow.purpose) && flow.dataClasses.includes(id),
            ),
        ),
    );
    if (read.some((component) => !component.tenancy)) return undefined;
    const shared = read.filter((component) => component.tenancy!.model === 'shared');
    if (shared.length > 0)
      return {
        text: `Our AI features keep no vector store or embedding index, but they read customer content from ${joinList(shared.map(componentLabel))}, which ${shared.length === 1 ? 'is' : 'are'} shared between customers${shared.length === 1 && shared[0]!.tenancy!.mechanism ? ` (${midSentence(model, shared[0]!.tenancy!.mechanism)})` : ''}.`,
        sources: shared.map((component) => mapRef(model, `components/${component.id}/tenancy`)),
        review: `the AI features read customer content from ${joinList(shared.map(reviewLabel))}, which the map says ${shared.length === 1 ? 'is' : 'are'} shared between customers: confirm what one customer's use can reach of another's before sending`,
      };
    // An absence in the map is no statement that nothing exists: a scan that does not know a store proposes none, and a
    // hurried lead confirms the rest (open-notebook's SurrealDB index, open-canvas's LangGraph store: "no retrieval
    // step can return another customer's documents" went to fourteen questions each). The draft goes to the note.
    return {
      missing:
        'the map names no vector store, embedding index or store of customer documents the AI features read, and an absence in the map is not proof that none exists; if your AI features search no stored customer content across customers (chat history, uploaded files, tools that read records by id), add an approved answer to answers.yaml, such as "Our AI features keep no index of customer documents to search, so no retrieval step can return another customer’s documents."',
    };
  }
  if (stores.some((store) => !store.tenancy)) return undefined;
  const sources: AnswerSource[] = [];
  const perStore = stores.map((store) => {
    sources.push(mapRef(model, `components/${store.id}/tenancy`));
    const probe = model.probes.find((stored) => stored.result.component === store.id);
    let proof = '';
    if (probe) {
      sources.push({
        kind: 'probe',
        file: probe.file,
        verdict: probe.result.verdict,
        at: probe.result.finishedAt,
      });
      proof = ` A live probe on ${probe.result.finishedAt.slice(0, 10)} ${probe.result.verdict === 'pass' ? 'confirmed that one tenant cannot read another tenant’s rows' : `returned ${probe.result.verdict}`}.`;
    }
    return {
      store,
      how: `${tenancyInWords(store.tenancy!.model)}${store.tenancy!.mechanism ? ` (${midSentence(model, store.tenancy!.mechanism)})` : ''}`,
      proof,
    };
  });
  // Stores kept apart the same way, in the same words, are said together (flowise: "single-tenant (each customer
  // connects its own index with its own credentials)" nineteen times).
  const lines: string[] = [];
  for (const entry of perStore) {
    if (entry.proof) {
      lines.push(`${componentLabel(entry.store)}: ${entry.how}.${entry.proof}`);
      continue;
    }
    const alike = perStore.filter((other) => !other.proof && other.how === entry.how);
    if (alike[0] !== entry) continue;
    lines.push(`${joinList(alike.map((other) => componentLabel(other.store)))}: ${entry.how}.`);
  }
  // "Only the requesting tenant's data" holds where the datastore itself enforces it; an application filter is only
  // as good as the code that sets it, and a shared store not at all.
  const shared = stores.filter((store) => store.tenancy!.model === 'shared');
  const filtered = stores.filter((store) => store.tenancy!.model === 'application-filter');
  const bypassed = bypassedStores(model, stores);
  const opening =
    // "Not every" says some do: where none does, or the only one does not, say that (cognita's one Qdrant store).
    shared.length > 0
      ? `${shared.length === stores.length ? (stores.length === 1 ? 'Our retrieval store does not separate customers’ data' : 'No retrieval store separates customers’ data') : 'Not every retrieval store separates customers’ data'}: ${joinList(shared.map(componentLabel))} ${shared.length === 1 ? 'is' : 'are'} shared.`
      : filtered.length > 0
        ? // The per-store line says what the filter is; the opening says only where it runs.
          `${filtered.length < stores.length ? 'Where the store itself does not separate customers, retrieval' : 'Retrieval'} is separated in our application, not in the store.`
        : stores.every((store) => store.tenancy!.model === 'single-tenant')
          ? // One customer per store says nothing of permissions within a customer: no "requesting" anyone.
            'Each retrieval store serves a single customer, so a search does not reach another customer’s data.'
          : stores.every((store) => STORE_CHECKED_TENANCY.has(store.tenancy!.model))
            ? bypassed.length > 0
              ? // Chatbot UI: the retrieval route reads every customer's chunks with the service-role key.
                'Row-level security in the database separates customers’ data for queries made as the signed-in user; our server also queries the retrieval stores with a service key it does not apply to.'
              : 'Each retrieval store enforces the separation of customers’ data itself, so a search does not reach another customer’s data.'
            : // An index, namespace or database per customer keeps the data apart in the store, but which one a search
              // reads is our application's choice (RAGFlow: one credential for every index). Said as whose choice it is,
              // not that it is made right (chatpdf-yt: "chooses the customer’s own for each search" of a chat route that
              // reads any chat's namespace by the id the caller sends).
              'Each customer’s data is kept apart in the retrieval stores (by store below); which customer’s data a search reads is chosen by our application, not enforced by the store.';
  // The same verdicts as the trust center and the segregation answer: proven only where a live probe tested it.
  const untested = stores.filter(
    (store) => store.tenancy!.model !== 'shared' && storeVerification(store, results) !== 'live',
  );
  const reviews = [
    ...(shared.length > 0
      ? [
          `${joinList(shared.map(reviewLabel))}: tenancy model \`shared\`; say how retrieval keeps customers apart`,
        ]
      : []),
    ...reviewsOfBinding(model, stores),
    ...reviewsOfBypass(model, stores),
    ...(untested.length > 0
      ? [
          `no live probe has tested ${joinList(untested.map((store) => store.id))}: say how the separation was tested, or run \`trustmap probe\``,
        ]
      : []),
  ];
  // A part with no sign-in that searches the stores lets anyone who reaches it search them (azure-search-openai-js: "a
  // search never reaches another customer's data" of a deployment whose chat API anyone on the internet may call).
  const reads = (id: string) =>
    !storeIds.has(id) &&
    model.map.flows.some(
      (flow) => (flow.from === id && storeIds.has(flow.to)) || (flow.to === id && storeIds.has(flow.from)),
    );
  const open = signInComponents(model).filter((component) => reads(component.id) && opensToAnyone(component));
  const openLine =
    open.length > 0
      ? ` ${joinList(open.map(componentLabel))} ${open.length === 1 ? 'has' : 'have'} no sign-in, so anyone who can reach ${open.length === 1 ? 'it' : 'them'} can search what ${open.length === 1 ? 'it reaches' : 'they reach'}.`
      : '';
  if (open.length > 0) {
    reviews.push(
      `${joinList(open.map(reviewLabel))} ${open.length === 1 ? 'searches' : 'search'} the retrieval stores with no sign-in: say who can reach ${open.length === 1 ? 'it' : 'them'}`,
    );
    sources.push(...open.map((component) => mapRef(model, `components/${component.id}/userAuthentication`)));
  }
  // The same verdict as the segregation answer's, for the stores that retrieval searches: kept apart in every store
  // (by the store or by our application) is a Yes, shared in every store a No, shared in some "Partially"; a store
  // our server reads past its own separation, or a search anyone may run without signing in, a person words (azure-
  // search-openai-js, Chatbot UI). Before, no isolation answer had a Yes or No: "Are vector embeddings segregated per
  // customer?" went without one, high confidence and all (acme-ai).
  // Tenancy words that open some data to others (a public assistant's files) leave the verdict to a person, and are said.
  const opened = openedBeyondOwner(model, storeIds);
  if (opened.review) reviews.push(opened.review);
  sources.push(...opened.sources);
  const yesNo =
    open.length > 0 || bypassed.length > 0 || opened.opened.length > 0
      ? undefined
      : ownDeployment || shared.length === 0
        ? ('Yes' as const)
        : shared.length === stores.length
          ? ('No' as const)
          : ('Partially' as const);
  if (ownDeployment)
    return {
      ...(yesNo ? { yesNo } : {}),
      // Within one deployment a tenant is what the product separates there (a workspace, a user), not a customer.
      text: `${ownDeployment.text} Within one deployment: ${lines.map((line) => line.replace(/^(.*?: separate (?:namespace|index|database)) per customer\b/, '$1 per tenant')).join(' ')}${openLine}`,
      sources: [...ownDeployment.sources, ...sources],
      ...(reviews.length > 0 ? { review: reviews.join('; ') } : {}),
    };
  return {
    ...(yesNo ? { yesNo } : {}),
    // A filter in our application keeps customers apart in one shared index: not "partitioned" (opengpts: "Yes. … one
    // shared table; each search filters on the assistant id" to "Are vector embeddings partitioned per customer?").
    ...(filtered.length > 0 ? { presumes: ASKS_PARTITION } : {}),
    text: `${opening} ${lines.join(' ')}${openLine}${opened.line}`,
    sources,
    ...(reviews.length > 0 ? { review: reviews.join('; ') } : {}),
  };
};

/** A question whether data is partitioned in the store itself: its own index, database or partition per customer. */
const ASKS_PARTITION =
  /\b(?:partition(?:ed|s|ing)?|physically (?:separate|separated|isolated)|dedicated (?:index|indexes|database|store|instance|collection)s?|separate (?:index|indexes|indices|database|databases|instance|instances|collection|collections|namespace|namespaces) (?:per|for each)\b)/i;

/** The flows that make up the AI data path. */
export const dataLineage: AnswerBuilder = ({ model, results }) => {
  if (model.map.flows.length === 0) return undefined;
  const aiEndpoints = new Set([
    ...aiVendors(model).map((vendor) => vendor.id),
    ...model.map.components
      .filter((c) => MODEL_KINDS.has(c.kind) || RETRIEVAL_KINDS.has(c.kind))
      .map((c) => c.id),
  ]);
  // A flow whose purpose is a step of the AI pipeline is on the path wherever it goes: a parser that turns uploads
  // into text (quivr's MegaParse, mapped as a component) is where customer files go first. Only where it carries what
  // a model or a retrieval store is sent, or what that is made from or makes: linkwarden's favicon lookups and its
  // bookmark search, `retrieval` of URLs no model sees, were "the AI path" in an answer sent as ready.
  const direct = model.map.flows.filter((flow) => aiEndpoints.has(flow.to) || aiEndpoints.has(flow.from));
  const lineageOf = (id: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(id)) return seen;
    seen.add(id);
    for (const parent of model.index.dataClasses.get(id)?.derivedFrom ?? []) lineageOf(parent, seen);
    return seen;
  };
  // Each class a model or store is sent, with what it is made from; a class is related when it is among those, or is
  // made from one of the classes sent.
  const sent = [...new Set(direct.flatMap((flow) => flow.dataClasses))];
  const sentLineage = new Set(sent.flatMap((id) => [...lineageOf(id)]));
  const related = (id: string) => sentLineage.has(id) || sent.some((one) => lineageOf(id).has(one));
  // Prompts and outputs are the AI path's wherever they go (openlit's traces to its collector); with no model or
  // retrieval store in the map, every pipeline step is.
  const promptLike = (id: string) => PROMPT_CATEGORIES.has(model.index.dataClasses.get(id)?.category ?? '');
  const touchesAi = model.map.flows.filter(
    (flow) =>
      direct.includes(flow) ||
      (AI_PIPELINE_PURPOSES.has(flow.purpose) &&
        (direct.length === 0 || flow.dataClasses.some((id) => related(id) || promptLike(id)))),
  );
  // What the AI path carries goes wherever the map sends it: to other vendors (the user's question to a web-search
  // API, the code the assistant writes to a sandbox: "every third party it passes through"), and to our own stores
  // and sinks (R2R's uploads kept in PostgreSQL, PrivateGPT's prompts in a tracing server we run were left out of an
  // answer sent without review).
  // Customer data only: R2R's ingestion workflow also carries user accounts, which put its sign-in and email
  // providers on "the AI path".
  const customer = customerDataClasses(model);
  const carried = new Set(touchesAi.flatMap((flow) => flow.dataClasses).filter((id) => customer.has(id)));
  const touching = new Set(touchesAi);
  // Our sub-processors: not the vendors each customer reaches with its own key (Flowise: "more on our sub-processor
  // list" of its customers' own model providers).
  const vendors = new Set(
    model.map.subprocessors.filter((vendor) => !underCustomersAccount(vendor)).map((vendor) => vendor.id),
  );
  const theirs = model.map.subprocessors.length - vendors.size;
  const anyAnonymous = model.map.subprocessors.some(reachedAnonymously);
  // Onward from where the path takes it (a pipeline step's store, a model server's log), and where the path's data
  // comes to rest beside it; not every other use of the same data (formbricks: survey responses, embedded by its
  // Hub, put its analytics, email and integrations on "the AI path" to buyers asking where a question travels).
  const downstream = new Set(touchesAi.map((flow) => flow.to));
  const keeps = (flow: (typeof touchesAi)[number]) => KEEPS_PURPOSES.has(flow.purpose);
  const onward = [...touchesAi];
  for (let grew = true; grew; ) {
    grew = false;
    for (const flow of model.map.flows) {
      if (touching.has(flow) || onward.includes(flow)) continue;
      if (!flow.dataClasses.some((id) => carried.has(id))) continue;
      // Prompts and model outputs sent to a third party are on the path wherever from, for whatever purpose (browser-use,
      // Maxun: PostHog, sent every task's prompt as telemetry, left out of "every third party it passes through").
      const promptsOut =
        model.index.subprocessors.has(flow.to) &&
        flow.dataClasses.some((id) => carried.has(id) && promptLike(id));
      if (!downstream.has(flow.from) && !keeps(flow) && !promptsOut) continue;
      onward.push(flow);
      if (!downstream.has(flow.to)) {
        downstream.add(flow.to);
        grew = true;
      }
    }
  }
  onward.sort((a, b) => model.map.flows.indexOf(a) - model.map.flows.indexOf(b));
  // And where that data comes from: a flow into a component the path leaves from, carrying what the path carries
  // (LibreChat's server → RAG API, before the RAG API → OpenAI; the path had opened at the RAG API). Not any flow in:
  // R2R's sign-in with Google brings user accounts, which no AI step receives.
  const leaving = new Map<string, Set<string>>();
  for (const flow of onward)
    leaving.set(flow.from, new Set([...(leaving.get(flow.from) ?? []), ...flow.dataClasses]));
  const onwardSet = new Set(onward);
  const feeding = model.map.flows.filter(
    (flow) =>
      !onwardSet.has(flow) &&
      flow.dataClasses.some((id) => carried.has(id) && (leaving.get(flow.to)?.has(id) ?? false)),
  );
  // Said from where the data enters: a flow after the flows that bring data to where it leaves from (the server →
  // RAG API before RAG API → OpenAI), otherwise in the map's order.
  const aiFlows = upstreamFirst([...feeding, ...onward]);
  // A vendor by its service ("Google Cloud Vertex AI", "LibreChat Code Interpreter API"): several services of one
  // company would read as the company over and over, and one named like our product as a loop.
  // A component a vendor runs is said with the vendor ("File chunk index (Supabase)"): the question marks every third
  // party the data passes through, and Chatbot UI's stores all ran at Supabase, unnamed.
  const place = (id: string) => {
    const vendor = model.index.subprocessors.get(id);
    if (vendor) return vendorService(vendor.vendor, vendor.service);
    const runBy = model.index.subprocessors.get(model.index.components.get(id)?.subprocessor ?? '');
    const name = named(model, id);
    return runBy && !name.toLowerCase().includes(runBy.vendor.toLowerCase())
      ? `${name} (${runBy.vendor})`
      : name;
  };
  // Buyers read names, not map ids, and one step per source and purpose: "DocuMind API → OpenAI, Anthropic and
  // Cohere (inference)", not the same source twelve times over.
  // A flow that moves data only under a condition (one provider of several, selected by an administrator; a
  // tenant's opt-in) is said as one: "OpenAI or Anthropic, when selected", never as every document going to all.
  const steps = new Map<string, { from: string; purpose: string; when: string[]; to: string[] }>();
  // One step per kind of condition: vendors moved to under different conditions pooled theirs into one list, as if
  // each depended on all (open-notebook: OpenAI's ingestion read as needing a Firecrawl key). Conditions that differ
  // only by the vendor they name ("when an administrator selects openai", "… anthropic") are one kind.
  const kindOf = (flow: FlowData) => {
    if (!flow.condition) return '';
    const vendor = model.index.subprocessors.get(flow.to);
    const names = [flow.to, vendor?.vendor, vendor?.service, vendor?.provider, named(model, flow.to)]
      .filter((name): name is string => !!name)
      .map((name) => name.toLowerCase());
    let text = flow.condition.description.trim().toLowerCase();
    for (const name of names) text = text.split(name).join(' ');
    return `when ${text.replace(/\s+/g, ' ')}`;
  };
  for (const flow of aiFlows) {
    const key = `${flow.from}\u0000${flow.purpose}\u0000${kindOf(flow)}`;
    const step = steps.get(key) ?? { from: flow.from, purpose: flow.purpose, when: [], to: [] };
    if (!step.to.includes(flow.to)) step.to.push(flow.to);
    if (flow.condition) step.when.push(flow.condition.description);
    steps.set(key, step);
  }
  // The paths every request takes before those one setting or one user's choice opens (rowboat: twelve conditional
  // desktop paths, then "…" where the document path the question asked for would have been).
  const shown = [...steps.values()]
    .map((step, index) => ({ step, index }))
    .sort((a, b) => Number(a.step.when.length > 0) - Number(b.step.when.length > 0) || a.index - b.index)
    .slice(0, 12)
    .sort((a, b) => a.index - b.index)
    .map(({ step }) => step);
  const where = (step: (typeof shown)[number]) => {
    const to = step.to.map(place);
    // A path to 40 providers names eight; the rest are each on the sub-processor list, which a buyer has in full.
    const more = step.to.slice(8).every((id) => vendors.has(id)) ? 'more on our sub-processor list' : 'more';
    // A place named for its purpose says it once (openlit: "OpenTelemetry Collector (ingestion) (ingestion)").
    if (step.when.length === 0)
      return to.length === 1 && to[0]!.endsWith(`(${step.purpose})`)
        ? to[0]!
        : `${joinSome(to, 8, 'and', more)} (${step.purpose})`;
    const when = onlyUnder(step.when);
    return `${joinSome(to, 8, 'or', more)} (${step.purpose}, ${when})`;
  };
  // Nor is a sub-processor checked that discovery cannot recognise, no catalog entry and no finding naming it
  // (Perplexica's IP-geolocation and weather APIs: "checked against our code" was said of them too).
  // Nor a store of ours with no provider discovery knows (chatgpt-your-files' Edge Function logs): drift checks a
  // component by its provider, so one without cannot be said to be checked either.
  const findings = model.discovery?.findings ?? [];
  const unknown = [
    ...new Set([
      ...model.map.subprocessors
        .filter(
          (vendor) =>
            !recognisable(vendor.provider ?? vendor.id, findings) || onlyHostsOurs(model.map, vendor.id),
        )
        // Mid-sentence: "(all but the model vendor of …)", not "(all but The model vendor …)" (WrenAI).
        .map((vendor) => midSentence(model, vendorService(vendor.vendor, vendor.service))),
      // Every part but our own services: a model server discovery has no entry for is no more checked than a store
      // (cognita's Infinity and faster-whisper servers, named in the same answer as checked). Also one each customer
      // runs, which the inventory names all the same (ChatDev: its run folders and SQLite database, named beside "checked
      // against our code (all but Mem0)").
      ...model.map.components
        .filter(
          (component) =>
            !SERVICE_KINDS.has(component.kind) &&
            !(component.provider && recognisable(component.provider, findings)),
        )
        .map((component) => midSentence(model, componentLabel(component))),
    ]),
  ];
  // What the map names that discovery did not find in the code (SurfSense: Vertex AI) is the reviewer's to settle, not
  // the buyer's to read: three of four such names in the reviews were discovery's misses (Casibase's Redis session
  // store, the models behind Vercel's AI Gateway, Autoflow's TiDB), said in an answer sent without review. The claim
  // that the inventory is checked against the code is then not made.
  const unfound = notFoundInCode(model, results);
  const hidden = [...steps.values()].filter((step) => !shown.includes(step));
  // The third parties only those steps reach are named: a buyer asked to mark every third party on the path
  // (morphik-core: "6 more steps … are in our data-flow map" hid Gemini, AssemblyAI, turbopuffer, S3, Sentry, Stripe).
  const inShown = new Set(shown.flatMap((step) => step.to));
  // Our own parts those steps reach are counted beside the vendors named, so the names do not read as every
  // destination (refly: "5 more steps (to Serper and Datalab Marker)").
  // Every third party, also one each customer reaches with its own key or none: it is on the path all the same
  // (QAnything: "2 more steps … are in our data-flow map" hid DuckDuckGo, which receives the question).
  const thirdParty = (id: string) => model.index.subprocessors.has(id);
  // Counted by destination, as the names are: a step sent to several vendors under one condition is one step per
  // vendor (FastChat: "6 more steps (to …)" named eight vendors).
  const hiddenSteps = hidden.reduce((count, step) => count + step.to.length, 0);
  // Our own, and each customer's own, apart: stores each customer runs are not "parts of ours" (llmware: "and 10 parts
  // of ours" of the vector stores each customer runs, beside "no store of ours holds it").
  const hiddenParts = [
    ...new Set(hidden.flatMap((step) => step.to).filter((id) => !thirdParty(id) && !inShown.has(id))),
  ];
  const hiddenTheirs = hiddenParts.filter((id) => customersOwnPlace(model, id)).length;
  const hiddenOwn = hiddenParts.length - hiddenTheirs;
  const hiddenVendors = [
    ...new Set(
      hidden
        .flatMap((step) => step.to)
        .filter((id) => thirdParty(id) && !inShown.has(id))
        .map(place),
    ),
  ];
  // One line per source, its steps joined: Onyx's API server was written out five times over.
  const bySource = new Map<string, string[]>();
  for (const step of shown) bySource.set(step.from, [...(bySource.get(step.from) ?? []), where(step)]);
  const said = [...bySource].map(
    ([from, parts], i) => `${i === 0 ? 'from' : 'From'} ${place(from)} to ${parts.join('; to ')}.`,
  );
  return {
    yesNo: 'Yes',
    // "Checked against our code" only where discovery read the code this run, and only for what discovery checks:
    // which vendors and stores the code uses, not the flows a person wrote (Onyx review), nor our own services, which
    // nothing matches to code (firecrawl's fire-engine, a service outside this code, was said as checked).
    text: `We keep an inventory of ${plural(model.map.components.length, 'component')}, ${plural(vendors.size, 'sub-processor')}${theirs > 0 ? ` (besides ${plural(theirs, 'provider')} customers reach ${anyAnonymous ? 'themselves' : 'under their own accounts'})` : ''} and ${plural(model.map.flows.length, 'data flow')}${codeScanned(model) && unfound.length === 0 ? `; the vendors and stores it names are checked against our code${unknown.length > 0 ? ` (all but ${joinSome(unknown)})` : ''}` : ''}. The AI path: ${said.join(' ')}${hidden.length > 0 ? ` ${plural(hiddenSteps, 'more step')}${hiddenVendors.length > 0 ? ` (to ${hiddenOwn > 0 || hiddenTheirs > 0 ? joinList([...(hiddenVendors.length > 9 ? [...hiddenVendors.slice(0, 8), `${hiddenVendors.length - 8} more`] : hiddenVendors), ...(hiddenOwn > 0 ? [`${plural(hiddenOwn, 'part')} of ours`] : []), ...(hiddenTheirs > 0 ? [`${plural(hiddenTheirs, 'part')} each customer runs`] : [])]) : joinSome(hiddenVendors, 8)})` : ''}${hidden.every((step) => step.when.length > 0) ? `, ${hiddenSteps === 1 ? 'taken only under its condition' : 'each taken only under its condition'},` : ''} ${hiddenSteps === 1 ? 'is' : 'are'} in our data-flow map.` : ''}`,
    sources: model.map.flows.map((flow) => mapRef(model, `flows/${flow.id}`)),
    ...(codeScanned(model) && unfound.length > 0
      ? {
          review: `discovery did not find ${joinList(unfound)} in the code: confirm ${unfound.length === 1 ? 'it is' : 'each is'} still used (or that the scan missed ${unfound.length === 1 ? 'it' : 'them'}) before saying the inventory is checked against our code`,
        }
      : {}),
  };
};

/** Who trains the models our AI vendors run: for us, under our account; for each customer, under its own key. */
function providersTrain(vendors: ReturnType<typeof aiVendors>): string {
  const ours = vendors.some((vendor) => !underCustomersAccount(vendor));
  const theirs = vendors.some(underCustomersAccount);
  return [
    // By their makers, not the providers: a host of open models trained none of them (Khoj: Groq, DeepInfra and a
    // Hugging Face endpoint serving gte-small, "trained by those providers" in six answers).
    ours ? ' The models our providers run for us are trained by their makers, not by us.' : '',
    theirs
      ? ` The models customers reach ${vendors.some(reachedAnonymously) ? 'themselves' : 'under their own accounts'} are trained by their makers${ours ? ' too' : ', not by us'}.`
      : '',
  ].join('');
}

/** Words saying a model was fine-tuned or trained: "our own fine-tuned classifiers", "trained on support tickets". */
const TUNED =
  /\bfine[- ]?tun(?:ed|ing)\b|\b(?:re)?trained (?:on|by us|in-house)\b|\bour own (?:fine-tuned|trained)\b/i;

/** Where training data comes from and whether a hashed manifest pins it. */
export const trainingDataProvenance: AnswerBuilder = ({ model }) => {
  const classes = model.map.dataClasses.filter((dataClass) => dataClass.category === 'training-data');
  const pinned = classes.filter((dataClass) => dataClass.provenance);
  // Nothing trains and no training data is held: the question of our datasets' provenance has that answer.
  if (classes.length === 0 && describesNoTraining(model)) {
    const vendors = aiVendors(model);
    const hosted = modelsWeRun(model);
    const theirs = modelsCustomersRun(model);
    // A model of ours the map calls fine-tuned or trained was trained somewhere, on data the map does not name: not
    // "we hold no training datasets" (superagent: its own fine-tuned guard models, whose dataset it publishes, were
    // "models we run ourselves, and do not train" in seven answers).
    const tuned = hosted.filter((component) =>
      TUNED.test(`${component.name} ${component.technology ?? ''} ${component.description ?? ''}`),
    );
    if (tuned.length > 0)
      return {
        missing: `the map says ${joinList(tuned.map((component) => `\`${component.id}\``))} ${tuned.length === 1 ? 'is' : 'are'} fine-tuned or trained, and names no training data: add a \`training-data\` class with its \`provenance\`, or say where its weights come from`,
      };
    return unlessPromised(model, {
      // The models we serve ourselves are not said to "run as their publishers released them": no map field records
      // whose weights they are (LibreChat's Ollama serves whatever the operator pulls, fine-tuned or not). The
      // reviewer is asked to add it.
      // They are named, though, and said untrained by us, which the absence of training shows: left out, the answer
      // hid them from "Do you self-host open-weight models?" (MaxKB's default embedding model, SurfSense's).
      // A provider reached only with each customer's own key runs its models for that customer, not for us (Phoenix:
      // every model provider under the customer's key, "the models our providers run for us").
      // The models each customer runs are named as theirs: their weights are whatever the customer loads (podcastfy,
      // paperless-gpt, page-assist, agent-zero: "Do you self-host any open-weight models?" answered with the providers
      // alone, beside the llamafile, Ollama or Whisper model each customer runs).
      text: `Nothing in our system trains or fine-tunes models, so we hold no training datasets of our own.${providersTrain(vendors)}${hosted.length > 0 ? ` We also run models ourselves, and nothing in our system trains them: ${modelNames(model, hosted)}.` : ''}${theirs.length > 0 ? ` Customers may run models themselves, with the weights they choose to load, and nothing in our system trains them: ${modelNames(model, theirs)}.` : ''}`,
      // Unless a promise says nothing trains on customer data, the absence is read, not stated (`unlessPromised`).
      ...(hosted.length > 0
        ? {
            review: `whose weights the models we run ourselves (${joinList(hosted.map(reviewLabel))}) are is not said: add where they come from, if the buyer asks about them`,
          }
        : {}),
      // An absence rests on the whole map: an entry nobody confirmed yet may be the training job, so it is cited
      // and the answer waits for it.
      sources: [
        ...noTrainingSources(model),
        // "The models we use are trained by their providers" rests on the providers listed.
        ...vendors.map((vendor) => mapRef(model, `subprocessors/${vendor.id}`)),
        ...[...hosted, ...theirs].map((component) => mapRef(model, `components/${component.id}`)),
      ],
    });
  }
  if (pinned.length === 0) return undefined;
  const sources = pinned.map((dataClass) => mapRef(model, `dataClasses/${dataClass.id}/provenance`));
  const lines = pinned.map((dataClass) => {
    const onFile = model.manifests[dataClass.id]?.text !== undefined;
    const from = dataClass.provenance!.sources?.length
      ? ` from ${joinList(dataClass.provenance!.sources)}`
      : '';
    return `${dataClass.name}${dataClass.description ? ` (${dataClass.description.replace(/\.$/, '')})` : ''}${from}, pinned by ${onFile ? 'a content-hash manifest' : 'a manifest'} (${dataClass.provenance!.manifest})`;
  });
  const hasVendors = aiVendors(model).length > 0;
  return {
    text: `We train only on documented datasets: ${lines.join('; ')}.${hasVendors ? ' Foundation models from our providers are trained by their makers; we do not train foundation models.' : ''}`,
    sources,
  };
};

/**
 * A question about risk itself: a rating, a category, an impact assessment. Not one about a register of risks or a
 * risk-management framework, which a rating does not answer (tolgee, sqlchat: "We rate … as minimal risk; no impact
 * assessment is on file" to "Do you keep an AI risk register?" and "Do you follow the NIST AI RMF?").
 */
const RISK_ASK =
  /^(?![\s\S]*\b(?:regist(?:er|ers|ry)|rmf|nist|frameworks?)\b)[\s\S]*(?:\brisks?\b|\bimpact\b|\bassess(?:ed|es|ing|ments?)?\b|\bcategor(?:y|ies|i[sz]e[ds]?)\b|\bclassif(?:y|ied|ies|ication)\b|\bai act\b)/i;

/** Risk class and impact assessment of each AI system. */
export const modelRisk: AnswerBuilder = ({ model }) => {
  const systems = model.map.aiSystems;
  if (systems.length === 0) return undefined;
  const sources: AnswerSource[] = [];
  const lines = systems.map((system) => {
    sources.push(mapRef(model, `aiSystems/${system.id}/riskClass`));
    const assessment = system.impactAssessment
      ? model.index.evidence.get(system.impactAssessment)
      : undefined;
    if (system.impactAssessment) sources.push(evidenceRef(model, system.impactAssessment));
    // "We rate", not "is classified": the map's risk class is our own rating, not a regulator's determination
    // (SurfSense).
    return `We rate ${system.name} as ${system.riskClass} risk${assessment ? `; its AI impact assessment (${assessment.title}) was completed ${assessment.collected ?? ''}`.trimEnd() : '; no impact assessment is on file'}`;
  });
  const assessed = systems.every((system) => system.impactAssessment);
  // Partially only where some systems are assessed: with none, "Partially" read as half-admitting the question
  // ("designed for decisions with legal effects? Partially", kotaemon).
  const some = systems.some((system) => system.impactAssessment);
  return {
    ...(assessed ? { yesNo: 'Yes' as const } : some ? { yesNo: 'Partially' as const } : {}),
    text: `${lines.join('. ')}.`,
    sources,
    review: assessed ? undefined : 'an AI system has no impact assessment',
    answersOnly: {
      asks: RISK_ASK,
      holds:
        "each AI system's risk rating and impact assessment, not how its models are tested or evaluated (accuracy, bias, model cards)",
    },
  };
};

/**
 * Human oversight of each AI system, as the map words it. No Yes of its own: that the map describes oversight does
 * not say a person approves each output before it is acted on, which is what buyers most often ask (kotaemon's
 * "every answer shows the excerpts it cites" went out as "Yes" to "is there a human in the loop?").
 */
export const humanOversight: AnswerBuilder = ({ model }) => {
  const systems = model.map.aiSystems.filter((system) => system.humanOversight);
  if (systems.length === 0) return undefined;
  // Each system's words as a sentence of their own (anthropic-quickstarts: "…to our support queue Financial data analyst:
  // output is shown…", three systems run together where the map's words had no full stop).
  const text = systems
    .map((system) => `${system.name}: ${system.humanOversight!.trim().replace(/[.;,]*$/, '')}.`)
    .join(' ');
  const unsaid = OVERSIGHT_ASKS.filter(([, said]) => !said.test(text));
  return {
    text,
    sources: systems.map((system) => mapRef(model, `aiSystems/${system.id}/humanOversight`)),
    // A way for users to flag a bad answer is asked of the same topic, and oversight words do not say there is one
    // (sqlchat, obsidian-copilot: how a person reviews generated SQL, or edits, sent to "can users flag an incorrect
    // answer for review?").
    // Nor whether an agent acts without a person's approval, unless the words speak of its actions (fragments: "the
    // user reviews the generated code and decides whether to publish it" to "can agents take actions without explicit
    // user approval?", beside code the model writes running in a sandbox unasked).
    ...(unsaid.length > 0
      ? {
          answersOnly: {
            asks: new RegExp(`^${unsaid.map(([asked]) => `(?![\\s\\S]*(?:${asked.source}))`).join('')}`, 'i'),
            holds: `how people oversee each AI system, not ${unsaid.map(([, , what]) => what).join(' nor ')}`,
          },
        }
      : {}),
  };
};

/** A question whether an AI system acts on its own: takes actions, runs tools or code, without a person's approval. */
const ACTS_ASK =
  /\b(?:takes?|taking) (?:any )?actions?\b|\bact(?:s|ing)? (?:on (?:its|their) own|autonomously|on behalf)\b|\bautonomous(?:ly)?\b|\btool (?:calls?|use)\b|\bexecut(?:e|es|ing) (?:code|commands?|actions?|transactions?)\b/;

/** Words of an AI system's own actions: what it runs, sends or changes, and who approves them. */
const ACTION_WORDS =
  /\b(?:actions?|tools?|execut(?:e|es|ed|ing|ion)|runs? (?:code|commands?)|sends?|approv(?:e|es|ed|al)|confirm(?:s|ation)?|autonom\w*)\b/i;

/** Words of a way to flag, report or rate an answer. */
const FLAG_WORDS =
  /\bflag(?:s|ged|ging)?\b|\bfeedback\b|\bthumbs?\b|\b(?:up|down)-?votes?\b|\breport(?:s|ing)? (?:an? |the )?(?:incorrect|wrong|bad|harmful|inaccurate|problematic)\b|\brat(?:e|ing) (?:an? |the |each )?(?:answers?|responses?|outputs?)\b/i;

/**
 * What a question may ask of oversight that the map's words may not say: each ask, the words that say it, and what it
 * is, for the reviewer. A way to flag a bad answer (sqlchat, obsidian-copilot), and whether an AI system acts without a
 * person's approval (fragments).
 */
const OVERSIGHT_ASKS: readonly [asked: RegExp, said: RegExp, what: string][] = [
  [FLAG_WORDS, FLAG_WORDS, 'a way for users to flag or report a bad answer'],
  [ACTS_ASK, ACTION_WORDS, 'whether it takes actions without a person approving them'],
];

/** A question about which AI systems we run: an inventory, a register, a list of them or of their uses. */
// Not a risk register, nor a use case someone must approve (pinecone-vercel-starter, llamatutor: "is there a committee
// that signs off on new AI use cases?" and "a register of risks" answered with the inventory).
const INVENTORY_ASK =
  /\binventor(?:y|ies)\b|(?<!\brisks? )\bregist(?:er|ry|ers)\b(?!\s+of\s+(?:\w+\s+)?risks?\b)|\bcatalog(?:ue)?s?\b|\blist (?:of )?(?:all )?(?:the )?(?:your )?(?:ai|ml|models?|systems?)\b|\b(?:which|what) (?:ai|ml|generative ai) (?:systems?|features?|use cases?|models?)\b|(?<!\bnew (?:ai )?)\buse cases?\b(?![^.?]{0,40}\b(?:approv|sign(?:s|ed)? off|committee))/i;
/** A question about the frameworks an AI management system follows. */
const FRAMEWORK_ASK = /\b42001\b|\bai act\b|\bframeworks?\b|\baligned?\b/i;

/** Our controls for what governs AI systems: an approved AI policy (TM-GOV-01) and assigned AI roles (TM-GOV-02). */
const GOVERNANCE_CONTROLS: readonly string[] = ['TM-GOV-01', 'TM-GOV-02'];

/** The AI system inventory, roles and the governance frameworks we target. */
export const aiGovernance: AnswerBuilder = ({ model, results }) => {
  const systems = model.map.aiSystems;
  const frameworks = model.map.organization.frameworks ?? [];
  const targeted = frameworks.filter((framework) => framework === 'iso42001' || framework === 'eu-ai-act');
  if (systems.length === 0 && targeted.length === 0) return undefined;
  const sources: AnswerSource[] = systems.map((system) => mapRef(model, `aiSystems/${system.id}`));
  if (targeted.length > 0) sources.push(mapRef(model, 'organization/frameworks'));
  const policies = model.map.controls.filter((entry) => GOVERNANCE_CONTROLS.includes(entry.id));
  for (const entry of policies) sources.push(mapRef(model, `controls/${entry.id}`));
  const names = { iso42001: 'ISO/IEC 42001', 'eu-ai-act': 'the EU AI Act' } as Record<string, string>;
  const frameworkLine =
    targeted.length > 0
      ? ` Our AI management system is being aligned with ${joinList(targeted.map((id) => names[id]!))}.`
      : '';
  const inventory = systems.map(
    (system) => `${system.name} (${system.role.join(' and ')}, ${system.riskClass} risk)`,
  );
  // What governs them (a policy, an accountable owner) is said from the map's governance controls; without one, an
  // inventory alone went out as the answer to "is there a documented AI policy?" (SurfSense), so it waits for review.
  const governing = policies.filter((entry) => entry.status === 'implemented' && entry.notes);
  // Or evidence the governance controls accept (an approved AI policy, a RACI of AI owners), by title.
  // Cited, so a proposed entry among them holds the answer back as any cited entry does.
  const evidenceIds = [
    ...new Set(
      results
        .filter(
          (result) =>
            result.status === 'pass' &&
            result.controls.some((control) => GOVERNANCE_CONTROLS.includes(control)),
        )
        .flatMap((result) => result.sources)
        .flatMap((source) => (source.kind === 'evidence' ? [source.id] : [])),
    ),
  ].filter((id) => model.index.evidence.has(id));
  for (const id of evidenceIds) sources.push(evidenceRef(model, id));
  const evidenced = [...new Set(evidenceIds.map((id) => model.index.evidence.get(id)!.title))];
  const governance = [
    ...governing.map((entry) => ` ${entry.notes!.trim().replace(/([^.])$/, '$1.')}`),
    ...(evidenced.length > 0 ? [` On record: ${joinList(evidenced)}.`] : []),
  ].join('');
  return {
    text: `We keep an inventory of our AI systems: ${joinList(inventory)}.${governance}${frameworkLine}`,
    sources,
    ...(governing.length === 0 && evidenced.length === 0
      ? {
          review:
            'no AI policy or accountable owner is on record (TM-GOV-01 or TM-GOV-02 under `controls:`, with notes or evidence); the inventory alone does not answer a governance question',
          // What it does answer: the inventory, and the frameworks we align with where the map targets one.
          answersOnly: {
            asks:
              targeted.length > 0
                ? new RegExp(`${INVENTORY_ASK.source}|${FRAMEWORK_ASK.source}`, 'i')
                : INVENTORY_ASK,
            holds: `an inventory of our AI systems${targeted.length > 0 ? ' and the frameworks we align with' : ''}, but no AI policy or accountable owner (TM-GOV-01 or TM-GOV-02 under \`controls:\`, with notes or evidence)`,
          },
        }
      : {}),
  };
};

/** Change control of models, inference endpoints and training jobs. */
export const modelChangeManagement: AnswerBuilder = ({ model }) => {
  const components = model.map.components.filter((component) => MODEL_KINDS.has(component.kind));
  const controlled = components.filter((component) => component.changeControl);
  if (controlled.length === 0) return undefined;
  return {
    text: `Model changes go through change control: ${controlled.map((component) => `${componentLabel(component)}: ${component.changeControl!.process}`).join('; ')}.`,
    sources: controlled.map((component) => mapRef(model, `components/${component.id}/changeControl`)),
  };
};

/** Prompt-injection defences, only from what the map's `controls:` section records. */
export const promptInjection: AnswerBuilder = ({ model }) => {
  const entries = findControls(model, /inject|jailbreak|red.?team/i).filter(
    (entry) => entry.status === 'implemented',
  );
  if (entries.length === 0) return undefined;
  return {
    text: entries.map((entry) => entry.notes ?? entry.id).join(' '),
    sources: entries.flatMap((entry) => [
      mapRef(model, `controls/${entry.id}`),
      ...(entry.evidence ?? []).map((id) => evidenceRef(model, id)),
    ]),
  };
};
