import { notOnFile } from '../../controls/index.js';
import { reachedAnonymously, runByCustomer, underCustomersAccount } from '../../core/vocabulary.js';
import { manyNames, plural } from '../../core/words.js';
import { FRAMEWORK_NAMES, FRAMEWORKS } from '../../map/index.js';
import {
  accountWords,
  auditDetails,
  auditName,
  auditStatus,
  customerRunPointer,
  noAgreementSays,
  regionWords,
  runsAtCustomers,
  upstreamUnsaid,
  upstreamWords,
  vendorLabel,
} from '../../model/index.js';
import {
  evidenceRef,
  expired,
  findControls,
  joinList,
  mapRef,
  midSentence,
  named,
  onlyWhen,
  reachedThrough,
  STATES_CONDITION,
  sayOnce,
  unlessSaid,
  vendorService,
} from './refs.js';
import type { AnswerBuilder, AnswerSource } from './types.js';

/** The sub-processor list with purpose and regions. */
export const subprocessors: AnswerBuilder = ({ model }) => {
  // A vendor reached only with each customer's own key is the customer's, not one of ours: named apart, not counted
  // (agenta: "We use 22 sub-processors" counted the fourteen model providers its customers connect with their keys).
  const all = model.map.subprocessors;
  const list = all.filter((vendor) => !underCustomersAccount(vendor));
  const theirs = all.filter(underCustomersAccount);
  if (all.length === 0) return undefined;
  const keyed = theirs.filter((vendor) => !reachedAnonymously(vendor));
  const anonymous = theirs.filter(reachedAnonymously);
  const connected = [
    keyed.length > 0
      ? // The customer's account, not always the customer's key: postiz publishes to each customer's own X and LinkedIn
        // accounts through its own registered app ("under each customer's own API key and terms, not ours" was false).
        // In full: the list is the answer (chainlit, mods: "Slack and 2 more", "Groq and 3 more" to "list every third
        // party that handles our data").
        // Past a screenful, a count and the first names (portkey-gateway: 77 names in one sentence, to every list question).
        `Customers may also connect their own accounts with ${manyNames([...new Set(keyed.map((vendor) => vendorLabel(model, vendor)))])}: what is sent there goes to each customer’s own account, under the customer’s own terms with that vendor.`
      : '',
    // No account of anyone's (SillyTavern: AI Horde, under a shared anonymous key): no terms of the customer's either.
    anonymous.length > 0
      ? `Each customer’s installation may also reach ${joinList([...new Set(anonymous.map((vendor) => vendorLabel(model, vendor)))])} anonymously, with no account or agreement: ${noAgreementSays(`what ${anonymous.length === 1 ? 'it does' : 'they do'} with what is sent there`)}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ')
    .replace(/^(?=.)/, list.length > 0 ? ' ' : '');
  // None of ours: said first, so the customers' own connections are not read as our list (pr-agent: "Customers may
  // also connect …" alone, to "send the list of third parties that handle our data"). Only where nothing of the map
  // runs as ours: parts of ours run somewhere the map does not name, and "none" read from an empty list was false
  // (vanna: its hosted API and cloud memory, with no host on record).
  if (list.length === 0) {
    const ours = model.map.components.filter((component) => !runByCustomer(component, all));
    if (!runsAtCustomers(model))
      return {
        missing:
          ours.length > 0
            ? `the map names no sub-processor of ours, though ${joinList(ours.map((component) => component.id))} ${ours.length === 1 ? 'runs' : 'run'} as ours: add the vendors that host ${ours.length === 1 ? 'it' : 'them'} (\`cloud\` or a sub-processor), or say so in an approved answer if we run ${ours.length === 1 ? 'it' : 'them'} on our own hardware`
            : 'the map names no component and no sub-processor of ours: add the parts of the system and the vendors that host them',
      };
    return {
      // "may", not a plain "connect": connecting is each customer's choice (Nextcloud Assistant: OpenAI, reached only
      // where an administrator configures it, read as every customer's).
      text: `We use no sub-processors of our own. ${connected.trim().replace(' may also connect', ' may connect')}`,
      sources: [
        ...model.map.components.map((component) => mapRef(model, customerRunPointer(component))),
        ...theirs.map((vendor) => mapRef(model, `subprocessors/${vendor.id}/account`)),
      ],
    };
  }
  // What each receives and where, as buyers ask; a location not on record is said, not left out.
  // Each vendor's condition, asked once.
  const conditions = new Map(list.map((vendor) => [vendor.id, onlyWhen(model, vendor.id)]));
  // In the map's order of classes, so vendors receiving the same classes are said together (`sayOnce`) whatever order
  // each lists them in (MaxKB: one group said three times, its classes in three orders).
  const order = new Map(model.map.dataClasses.map((dataClass, i) => [dataClass.id, i]));
  const rank = (id: string) => order.get(id) ?? order.size;
  const entry = (vendor: (typeof list)[number]) => {
    const data = [...vendor.dataClasses].sort((a, b) => rank(a) - rank(b)).map((id) => named(model, id));
    const details = [
      ...(data.length > 0 ? [`data: ${joinList(data)}`] : []),
      ...(vendor.regions?.length
        ? [`location: ${vendor.regions.map((region) => regionWords(region, true)).join(', ')}`]
        : []),
    ];
    const when = unlessSaid(conditions.get(vendor.id), vendor.purpose);
    const account = accountWords(vendor);
    return {
      name: vendorService(vendor.vendor, vendor.service),
      words: `${midSentence(model, vendor.purpose)}${when ? `, ${when}` : ''}${account ? `, ${account}` : ''}${details.length > 0 ? ` (${details.join('; ')})` : ''}`,
    };
  };
  const unplaced = list.filter((vendor) => !vendor.regions?.length);
  // Eleven optional providers are not eleven that receive data (Verba): how many only under a condition is said.
  // A vendor no flow reaches whose purpose says its own condition ("when the operator enables web search") is one of
  // them too (LibreChat: "25 of them only under the condition given" read as Firecrawl always receiving data).
  // Not one on by default "unless" someone turns it off (Phoenix: Google Fonts, "unless the operator disallows
  // external resources", counted among those "only under the condition given").
  const ends = new Set(model.map.flows.flatMap((flow) => [flow.to, flow.from]));
  const reached = (id: string) => [...reachedThrough(model, id)].some((end) => ends.has(end));
  // Read in the purpose's first clause, what the vendor is for: a second clause's option is a part of its use
  // (onlook: "Sign-in with GitHub; optional GitHub App installation" counted GitHub among those only under a condition).
  const conditional = list.filter(
    (vendor) =>
      conditions.get(vendor.id) ||
      (!reached(vendor.id) &&
        STATES_CONDITION.test(
          (vendor.purpose.split(/[;.](?:\s|$)/)[0] ?? '').replace(/\bunless\b.*$/is, ''),
        )),
  ).length;
  // The providers behind a serving part that may be ours are not counted, and not left unsaid either (browser-use: "We
  // use 1 sub-processor" beside the default model gateway every prompt goes to, its providers not on record).
  const unsure = upstreamUnsaid(model);
  const unsureLine =
    unsure.length > 0 ? ` ${upstreamWords(unsure).said.replace(/^./, (first) => first.toUpperCase())}.` : '';
  const count =
    conditional === 0
      ? plural(list.length, 'sub-processor')
      : conditional === list.length
        ? // One is one, under its condition (hoppscotch: "up to 1 sub-processor, each only under the condition given").
          list.length === 1
          ? '1 sub-processor, only under the condition given'
          : `up to ${plural(list.length, 'sub-processor')}, each only under the condition given`
        : `${plural(list.length, 'sub-processor')}, ${conditional} of them only under the condition given`;
  return {
    // Counted as on record beside a serving part whose providers are not (dyad: "We use up to 1 sub-processor" beside
    // its Pro engine, read as the whole list).
    text: `${unsure.length > 0 ? 'On record, we use' : 'We use'} ${count}: ${sayOnce(list.map(entry)).join('; ')}.${unplaced.length > 0 ? ` Where ${joinList([...new Set(unplaced.map((vendor) => vendor.vendor))])} ${unplaced.length === 1 ? 'processes' : 'process'} data is not yet on record.` : ''}${unsureLine}${connected}`,
    sources: [
      ...list.map((subprocessor) => mapRef(model, `subprocessors/${subprocessor.id}`)),
      ...unsure.map((component) => mapRef(model, `components/${component.id}`)),
      ...theirs.map((vendor) => mapRef(model, `subprocessors/${vendor.id}/account`)),
    ],
    ...(unplaced.length > 0 || unsure.length > 0
      ? {
          review: [
            ...(unplaced.length > 0
              ? [
                  `no \`regions\` on ${unplaced.map((vendor) => vendor.id).join(', ')}: add where each processes data`,
                ]
              : []),
            ...(unsure.length > 0 ? [upstreamWords(unsure).review] : []),
          ].join('; '),
        }
      : {}),
  };
};

/** DPAs, SOC 2 reports and review dates of each sub-processor. */
/** What the count of sub-processors' agreements and reports answers: whether they are on file, reviewed, tracked. */
const TERMS_ASKED =
  /\b(?:dpas?|data processing (?:agreements?|addend(?:a|um))|soc ?2|(?:audit|assurance|security|compliance) reports?|attestations?|certifications?|certified|terms|last review(?:ed)?|reviewed|review (?:them|each|their)|track|inventory|register|list)\b/i;

export const vendorRiskManagement: AnswerBuilder = ({ model }) => {
  // A vendor reached only with each customer's own key is under the customer's agreement, not one we hold.
  const all = model.map.subprocessors.filter((subprocessor) => !underCustomersAccount(subprocessor));
  const list = all.filter((subprocessor) => subprocessor.terms);
  if (list.length === 0) return undefined;
  // Counted over every sub-processor: "0 of 1 have a signed DPA" read as the whole list when five more had no terms
  // on record (kotaemon).
  const unrecorded = all.filter((subprocessor) => !subprocessor.terms);
  const sources: AnswerSource[] = list.map((subprocessor) =>
    mapRef(model, `subprocessors/${subprocessor.id}/terms`),
  );
  // A DPA or report the map refers to whose document is not on file is not said to be on file (open-notebook: "3 of 4
  // have a signed DPA on file" of agreements with no file, beside "is not on file" in the provider-terms answer).
  const referred = list.filter((subprocessor) => subprocessor.terms!.dpa);
  const withDpa = referred.filter((subprocessor) => !notOnFile(model, subprocessor.terms!.dpa!));
  const unfiled = referred.filter((subprocessor) => notOnFile(model, subprocessor.terms!.dpa!));
  const withReport = list.filter(
    (subprocessor) => subprocessor.terms!.soc2Report && !notOnFile(model, subprocessor.terms!.soc2Report),
  );
  const lapsed = withDpa.filter((subprocessor) => expired(model, subprocessor.terms!.dpa!));
  for (const subprocessor of referred) sources.push(evidenceRef(model, subprocessor.terms!.dpa!));
  for (const subprocessor of withReport) sources.push(evidenceRef(model, subprocessor.terms!.soc2Report!));
  const reviewed = list.filter((subprocessor) => subprocessor.terms!.lastReviewed);
  // Named by service where one vendor has several entries (one-api: "not yet for Amazon Web Services" and "Last
  // reviews: … Amazon Web Services 2026-11-01", its hosting and Bedrock).
  const label = (subprocessor: { id: string; vendor: string; service: string }) =>
    vendorLabel(model, subprocessor);
  const lastReviews = reviewed.map((s) => `${label(s)} ${s.terms!.lastReviewed}`);
  const current = withDpa.length - lapsed.length;
  const opening =
    unrecorded.length === 0
      ? "We track each sub-processor's terms"
      : `We record our sub-processors' terms (not yet for ${joinList([...new Set(unrecorded.map(label))])})`;
  return {
    ...(current === all.length
      ? { yesNo: 'Yes' as const }
      : current > 0
        ? { yesNo: 'Partially' as const }
        : {}),
    text: `${opening}: ${withDpa.length} of ${all.length} have a signed DPA on file and ${withReport.length} provided a SOC 2 report.${lastReviews.length > 0 ? ` Last reviews: ${lastReviews.join(', ')}.` : ''}${lapsed.length > 0 ? ` The DPA with ${joinList(lapsed.map(label))} has expired.` : ''}${unfiled.length > 0 ? ` The DPA with ${joinList(unfiled.map(label))} is referred to but not on file.` : ''}`,
    // A count of agreements and reports is not how suppliers are vetted (chat-langchain: "How do you vet your own
    // suppliers' security before onboarding them?" answered "0 of 7 have a signed DPA on file" five times).
    answersOnly: {
      asks: TERMS_ASKED,
      holds: "each sub-processor's DPA and SOC 2 report on file, not how suppliers are assessed",
    },
    sources,
    review:
      lapsed.length > 0 || unfiled.length > 0
        ? [
            lapsed.length > 0 ? `expired DPA: ${joinList(lapsed.map((s) => s.vendor))}` : '',
            unfiled.length > 0 ? `DPA not on file: ${joinList(unfiled.map((s) => s.vendor))}` : '',
          ]
            .filter(Boolean)
            .join('; ')
        : unrecorded.length > 0
          ? `no \`terms\` on ${unrecorded.map((s) => s.id).join(', ')}`
          : undefined,
  };
};

/** Sub-processor change notice, only from the map's `controls:` section. */
export const subprocessorChangeNotice: AnswerBuilder = ({ model }) => {
  const entries = findControls(
    model,
    /sub-?processor.*(notice|notif|change)|(notice|notif).*sub-?processor/i,
  );
  const implemented = entries.filter((entry) => entry.status === 'implemented' && entry.notes);
  if (implemented.length === 0) return undefined;
  return {
    text: implemented.map((entry) => entry.notes!).join(' '),
    sources: implemented.map((entry) => mapRef(model, `controls/${entry.id}`)),
  };
};

/** Our own SOC 2 report, from `organization.audits`: issued, lapsed, under way, planned, or only a target. */
export const soc2Report: AnswerBuilder = ({ model }) => {
  const status = auditStatus(model, 'soc2');
  if (status.state === 'none') return undefined;
  const sources: AnswerSource[] = status.pointer ? [mapRef(model, status.pointer)] : [];
  if (status.report) sources.push(evidenceRef(model, status.report.id));
  const name = auditName('soc2', status.audit?.kind, FRAMEWORK_NAMES);
  const details = auditDetails(status.audit);
  switch (status.state) {
    case 'issued':
      return {
        yesNo: 'Yes',
        text: `Our ${name} report${details} is available ${status.report?.visibility === 'public' ? 'publicly' : 'under NDA on request'}.`,
        sources,
      };
    case 'expired':
      return {
        yesNo: 'No',
        text: `Our last ${name} report${details} has lapsed; a current report is not yet available.`,
        sources,
        review: 'the SOC 2 report on file has expired; confirm the renewal timeline before sending',
      };
    case 'in-progress':
    case 'planned':
      return {
        yesNo: 'No',
        text: `Our ${name} audit${details} is ${status.state === 'in-progress' ? 'under way' : 'planned'}; we do not have a report yet.`,
        sources,
      };
    default:
      // A target with no audits on record is no "No": the map has not said whether a report was issued (inbox-zero,
      // Onyx: "We do not have a SOC 2 report yet" beside a site saying it is SOC 2 compliant). `audits: []` says so.
      if (model.map.organization.audits === undefined) return undefined;
      return {
        yesNo: 'No',
        text: 'We do not have a SOC 2 report yet; SOC 2 is one of our target frameworks.',
        sources: [...sources, mapRef(model, 'organization/audits')],
      };
  }
};

/** Certifications and reports issued, audits under way, and the frameworks we target, from the map. */
export const certifications: AnswerBuilder = ({ model }) => {
  const frameworks = model.map.organization.frameworks ?? [];
  const statuses = FRAMEWORKS.map((framework) => auditStatus(model, framework)).filter(
    (s) => s.state !== 'none',
  );
  if (statuses.length === 0) return undefined;
  const named = (state: string) =>
    statuses
      .filter((s) => s.state === state)
      .map((s) => auditName(s.framework, s.audit?.kind, FRAMEWORK_NAMES));
  const held = named('issued');
  const underway = [...named('in-progress'), ...named('planned')];
  const targets = statuses
    .filter((s) => s.state === 'target')
    .map((s) => FRAMEWORK_NAMES[s.framework as keyof typeof FRAMEWORK_NAMES]);
  const sources: AnswerSource[] = [];
  if (model.map.organization.audits?.length) sources.push(mapRef(model, 'organization/audits'));
  if (frameworks.length > 0) sources.push(mapRef(model, 'organization/frameworks'));
  for (const status of statuses) if (status.report) sources.push(evidenceRef(model, status.report.id));
  const parts = [
    held.length > 0 ? `We hold ${joinList(held)}.` : 'We hold no formal certification or audit report yet.',
    underway.length > 0 ? `In progress or planned: ${joinList(underway)}.` : '',
    targets.length > 0
      ? `We are ${held.length > 0 || underway.length > 0 ? 'also ' : ''}working towards ${joinList(targets)}.`
      : '',
  ];
  // No audit on record is not the same as none held: a map without `audits` (a starter map, say) has not said, and
  // "We hold no formal certification" would be a negative from silence (inbox-zero, Onyx).
  if (held.length === 0 && underway.length === 0 && model.map.organization.audits === undefined)
    return undefined;
  // "Are you ISO 27001 certified?" with nothing issued is a "No", whatever is planned; with something issued, the
  // verdict depends on which certificate is asked about, so a person gives it.
  return {
    ...(held.length === 0 ? { yesNo: 'No' as const } : {}),
    text: parts.filter(Boolean).join(' '),
    sources,
  };
};
