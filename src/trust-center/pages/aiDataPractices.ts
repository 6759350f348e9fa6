import { html, type SafeHtml } from '../../core/html.js';
import { isConfirmed, reachedAnonymously, underCustomersAccount } from '../../core/vocabulary.js';
import { joinList, TENANCY_WORDS, withAside } from '../../core/words.js';
import { type ComponentData, longestKept, publishesDetails } from '../../map/index.js';
import {
  byDefault,
  componentLabel,
  customersClasses,
  modelsWeRun,
  onlyWhen,
  sameName,
  upstreamUnsaid,
} from '../../model/index.js';
import type { Claim } from '../claims.js';
import { modelProviders } from '../collectClaims.js';
import type { DeletionPlace, IsolationPractice } from '../practices.js';
import { badge, claimItem, hero, humanDuration, layout, table } from './layout.js';
import type { SiteData } from './site.js';
import { dpaCell } from './subprocessors.js';

const TRAINING_LABELS: Record<string, string> = {
  never: 'Never trains on it',
  'opt-in': 'Trains only if we opt in',
  'default-on': 'May train on it',
};

function claims(site: SiteData, id: string, detail?: SafeHtml | string): SafeHtml | undefined {
  const claim: Claim | undefined = site.claims.get(id);
  return claim ? html`<ul class="claims">${claimItem(claim, site.chrome.checkedOn, detail)}</ul>` : undefined;
}

function trainingSection(site: SiteData): SafeHtml {
  const { training } = site.practices;
  const datasets = training.optInDatasets;
  const optIn =
    datasets.length > 0
      ? html`Customers can choose to opt in to model improvement. Only then is their data used, in: ${datasets.map(
          (entry, i) =>
            html`${i > 0 ? '; ' : ''}<strong>${entry.name}</strong>${entry.description ? html` (${entry.description.replace(/[.\s]+$/, '')})` : ''}`,
        )}.`
      : undefined;
  const stated =
    claims(site, 'no-training', optIn) ??
    (training.trainingDefault === 'opt-out'
      ? html`<p>Customer data may be used to improve our models unless the customer opts out.</p>`
      : html`<p>No statement about training on customer data has been made.</p>`);
  const figure = site.lineage
    ? html`<figure class="diagram"><div class="diagram-scroll" role="region" aria-label="Diagram: where training data comes from" tabindex="0"><img src="${site.lineage}" alt="Diagram of where training data comes from: only data of customers who opted in flows into model training."></div><p class="scroll-cue small muted">Scroll the diagram sideways to see all of it →</p><figcaption>Where training data comes from, drawn from our system map. Dashed lines carry data only for customers who opted in; a double border marks a store that separates customers below the application. <a href="${site.lineage}">Open the diagram full size</a>.</figcaption></figure>`
    : '';
  return html`<section aria-labelledby="training"><h2 id="training">Training on customer data</h2>${stated}${figure}</section>`;
}

function retentionSection(site: SiteData): SafeHtml | undefined {
  const { retention } = site.practices;
  if (retention.length === 0) return undefined;
  const sections = retention.map((entry, index) => {
    const kept = entry.places.filter((place) => place.retention !== 'zero');
    const transient = entry.places.filter((place) => place.retention === 'zero').map((place) => place.name);
    const rows = kept.map((place) => [
      named(place.name, place.condition),
      place.hosting
        ? 'as long as our own stores keep it (hosting)'
        : place.overPolicy
          ? html`${humanDuration(place.retention)} ${badge('over-policy')}`
          : humanDuration(place.retention),
    ]);
    return html`${table(
      `retention-table-${index + 1}`,
      // Every place they reach, each with what it keeps, "not stated" where nothing is on record: not "where they are
      // kept", which a web search API sent the query is not known to do (refly: Serper, Google Translate).
      `Where ${entry.dataClass.name.toLowerCase()} go, and how long each place keeps them (policy: ${byDefault(entry.dataClass, humanDuration(entry.retention))})`,
      ['Place', 'Kept for'],
      rows,
    )}${transient.length > 0 ? html`<p class="small muted">Processed without being kept: ${joinList(transient)}.</p>` : ''}${
      // Kept on as part of a class made from it (SWE-agent: "Processed without being kept: Agent runner" of prompts
      // every run saves in its run records).
      entry.keptWithin.length > 0
        ? html`<p class="small muted">Kept within ${joinList(entry.keptWithin.map((copy) => `${copy.name.toLowerCase()} (${humanDuration(copy.retention)})`))}.</p>`
        : ''
    }${
      entry.customerParts.length > 0
        ? html`<p class="small muted">${kept.length > 0 ? 'Also kept' : 'Kept'} in ${joinList(entry.customerParts)}, which each customer runs, for as long as the customer keeps them.</p>`
        : ''
    }`;
  });
  return html`<section aria-labelledby="retention"><h2 id="retention">Prompt and output retention</h2>
${claims(site, 'prompt-retention') ?? ''}
${sections}</section>`;
}

function separationCell(entry: IsolationPractice): SafeHtml {
  const { component } = entry;
  if (!component) return html`${badge('under-review', 'Not in our system map yet')}`;
  if (!component.tenancy) return badge('not-stated');
  // The mechanism names policies, functions and who reads what: internal unless the component is public.
  const mechanism = publishesDetails(component) ? component.tenancy.mechanism : undefined;
  return html`${TENANCY_WORDS[component.tenancy.model]}${mechanism ? html`<br><span class="small muted">${mechanism}</span>` : ''}`;
}

function liveTestCell(entry: IsolationPractice): SafeHtml {
  const date = entry.probe?.result.finishedAt.slice(0, 10);
  switch (entry.verification) {
    case 'live':
      return html`${badge('tested-live')} <span class="small">on ${date}</span>`;
    case 'failed':
      // The column speaks of live tests: a store whose map check fails with no probe run was never tested live
      // (farfalle: "Failed its check" beside a store no probe had touched).
      return date
        ? html`${badge('live-test-failed', 'Failed its check')} <span class="small">probe of ${date}</span>`
        : badge('not-tested-live');
    case 'undeclared':
      return badge('under-review');
    case 'not-stated':
      return badge('not-tested-live');
    default:
      return html`${badge('not-tested-live')}${date ? html` <span class="small">last test ${date}, too old</span>` : ''}`;
  }
}

function isolationSection(site: SiteData): SafeHtml | undefined {
  const { isolation } = site.practices;
  if (isolation.length === 0) return undefined;
  const rows = isolation.map((entry) => [entry.name, separationCell(entry), liveTestCell(entry)]);
  const live = isolation.filter((entry) => entry.verification === 'live').length;
  return html`<section aria-labelledby="isolation"><h2 id="isolation">Tenant isolation</h2>
${claims(site, 'tenant-isolation') ?? ''}
<p>Where a store can be tested, Trustmap runs a live probe that tries to read one customer’s data as another. ${live} of ${isolation.length} ${isolation.length === 1 ? 'store' : 'stores'} holding customer data ${live === 1 ? 'has' : 'have'} passed one recently.</p>
${table('isolation-table', 'How each store holding customer data separates customers', ['Store', 'Separation', 'Live test'], rows)}</section>`;
}

/**
 * How long deleting takes, in the deletion table's words: "until deleted" is how long data is kept, not how long
 * deleting it takes (pdftochat, zep: "Gone within: until deleted"), so no time is stated; kept with no limit, it is
 * never gone.
 */
function goneWithin(within: string | undefined, deleted = false, unsaid = false): string {
  if (within === 'until-deleted') return 'not stated';
  // A deletion taking no time is immediate, not "not retained" of data kept until then (anse: prompts each user keeps in
  // the browser until deleting them, "not retained", under a retention section saying they are kept).
  if (within === 'zero') return 'immediately when deleted';
  // Kept with no limit where the class's own deletion removes it is kept until then, not never deleted (h2ogpt: users
  // remove their saved chats, and the table said "not deleted" of their prompts). With no deletion on record, whether
  // anything deletes it is not known either (letta: "not deleted" of passages and keys its API deletes, whose map
  // left their deletion out).
  if (within === 'indefinite')
    return deleted
      ? 'kept with no time limit, until deleted'
      : unsaid
        ? 'kept with no time limit; how it is deleted is not yet on record'
        : 'not deleted (kept with no limit)';
  return humanDuration(within);
}

/** A place's name, with the condition it is reached under beneath it. */
function named(name: string, condition: string | undefined): SafeHtml | string {
  return condition ? html`${name}<br><span class="small muted">${condition}</span>` : name;
}

/** A place that keeps a class longer: its time, and the condition it is reached under. */
function longerIn(place: DeletionPlace): string {
  const time = place.within ? humanDuration(place.within) : 'not stated';
  return `${place.name} (${place.condition ? `${time}; ${place.condition}` : time})`;
}

/** A place that states no time, with the condition it is reached under. */
function placeName(place: DeletionPlace): string {
  return place.condition ? withAside(place.name, place.condition) : place.name;
}

function deletionSection(site: SiteData): SafeHtml | undefined {
  const { deletion, deletionWithin } = site.practices;
  if (deletion.length === 0 && !deletionWithin) return undefined;
  const rows = deletion.map((entry) => {
    const deleted = entry.deletable;
    return [
      entry.dataClass.name,
      entry.customersOnly
        ? 'kept only in what each customer runs, who deletes it there'
        : entry.dataClass.retention === 'zero' &&
            (!entry.within || entry.within === 'zero') &&
            entry.unstated.length === 0
          ? 'not kept'
          : entry.late.length > 0
            ? html`${goneWithin(entry.within, deleted, !entry.dataClass.deletion)} ${badge('over-promise')}`
            : // Kept with no limit somewhere is never gone by a time, whatever other places leave unsaid (postiz: content
              // kept for ever read "not stated" beside one vendor that stated nothing).
              (entry.within && entry.unstated.length === 0) || entry.within === 'indefinite'
              ? goneWithin(entry.within, deleted, !entry.dataClass.deletion)
              : 'not stated',
      // Places that take longer, said as such; places that state no time are not said to take longer (langwatch: "Takes
      // longer in … (not stated)"; chat-ui: a class never deleted "takes longer" somewhere).
      [
        entry.late.length > 0 ? `longer in ${joinList(entry.late.map(longerIn))}` : '',
        entry.unstated.length > 0
          ? `${entry.within === 'indefinite' && !deleted ? 'also held in' : 'no time stated for'} ${joinList(entry.unstated.map(placeName))}`
          : '',
      ]
        .filter(Boolean)
        .join('; ') || '—',
    ];
  });
  return html`<section aria-labelledby="deletion"><h2 id="deletion">Deletion</h2>
${claims(site, 'deletion') ?? ''}
${rows.length > 0 ? table('deletion-table', 'When each kind of customer data is gone from every place that holds it', ['Data', 'Gone within', 'Exceptions'], rows) : ''}</section>`;
}

function providersSection(site: SiteData): SafeHtml | undefined {
  const providers = modelProviders(site.model);
  const review = site.subprocessors.subprocessors.filter(
    (entry) => entry.status === 'under-review' && entry.ai,
  );
  const published = new Map(site.subprocessors.subprocessors.map((entry) => [entry.id, entry]));
  const className = (id: string) => site.model.index.dataClasses.get(id)?.name ?? id;
  // The models we run and the serving parts nobody said who runs see customer data too: listed as the model-provider
  // answer lists them (acme: the answer's "Models we run ourselves: Fine-tuned model endpoint" was absent here).
  // Confirmed parts only: a proposed one is not published as a model we run (as the sub-processor list keeps a proposed
  // vendor under review).
  const customer = customersClasses(site.model);
  const received = (id: string) => [
    ...new Set(
      (site.model.index.incoming.get(id) ?? [])
        .flatMap((flow) => flow.dataClasses)
        .filter((dataClass) => customer.has(dataClass)),
    ),
  ];
  const sentTo = (id: string, listed: readonly string[]) => {
    const carried = [
      ...new Set((site.model.index.incoming.get(id) ?? []).flatMap((flow) => flow.dataClasses)),
    ];
    return carried.length > 0 ? carried : [...listed];
  };
  const shown = (component: ComponentData) => isConfirmed(component) && received(component.id).length > 0;
  const ours = modelsWeRun(site.model).filter(shown);
  const unsaid = upstreamUnsaid(site.model).filter(shown);
  if (providers.length === 0 && review.length === 0 && ours.length === 0 && unsaid.length === 0)
    return undefined;
  const rows = [
    ...providers.map((entry) => {
      // Reached under each customer's own account, or none: its terms with the customer are the customer's, not ours to
      // state (AIHawk: "Never trains on it | 30 days" of OpenAI under each user's own key, which the answers and the
      // checks leave to the customer's terms).
      const theirs = underCustomersAccount(entry)
        ? reachedAnonymously(entry)
          ? 'no agreement: not known'
          : 'the customer’s own terms'
        : undefined;
      return [
        // Reached only under a condition: said, as the sub-processor list says it (ai-town: OpenAI, only if configured).
        html`${entry.vendor}<br><span class="small muted">${[entry.service, onlyWhen(site.model, entry.id)].filter(Boolean).join('; ')}</span>`,
        // What flows carry to it where the map has flows to it: a vendor's `dataClasses` also lists what it sends back
        // (opencommit, next13-ai-saas: "Generated commit messages" as data each model provider receives).
        joinList(sentTo(entry.id, entry.dataClasses).map(className)),
        theirs ??
          (entry.terms ? (TRAINING_LABELS[entry.terms.training] ?? entry.terms.training) : 'not stated'),
        theirs ??
          (entry.terms
            ? `${humanDuration(entry.terms.retention)}${entry.terms.zeroDataRetention ? ' (zero data retention agreement)' : ''}`
            : 'not stated'),
        (entry.regions ?? []).join(', ') || 'not stated',
        // No agreement of anyone's with a service reached with no account: none, as the sub-processor list says, not
        // "its public terms" (whatsapp-chatgpt: a community speech service, "DPA: its public terms" here, "None: no
        // account" on the sub-processor page).
        reachedAnonymously(entry)
          ? 'none: reached with no account'
          : (theirs ?? (published.get(entry.id) ? dpaCell(published.get(entry.id)!) : 'not stated')),
      ];
    }),
    ...ours.map((component) => [
      html`${componentLabel(component)}<br><span class="small muted">${[
        component.hosting === 'self-hosted'
          ? 'a model we run on our own hosts'
          : 'a model we run in our cloud account',
        component.technology,
        onlyWhen(site.model, component.id),
      ]
        .filter(Boolean)
        .join('; ')}</span>`,
      joinList(received(component.id).map(className)),
      'run by us: see Training above',
      humanDuration(longestKept(component, received(component.id))),
      component.region ?? component.cloud ?? 'not stated',
      component.hosting === 'self-hosted'
        ? 'none needed: runs on our own hosts'
        : "our cloud provider's, listed with our sub-processors",
    ]),
    // Who runs it, and which providers stand behind it, is not on record: nothing about their terms is said.
    ...unsaid.map((component) => [
      html`${componentLabel(component)}<br><span class="small muted">who runs it, and which providers stand behind it, is not yet on record</span>`,
      joinList(received(component.id).map(className)),
      'not yet known',
      'not yet known',
      'not yet known',
      'not yet known',
    ]),
    ...review.map((entry) => [
      html`${entry.name}${sameName(entry.name, entry.service) ? '' : html`<br><span class="small muted">${entry.service}</span>`}`,
      joinList(entry.dataCategories) || 'not yet known',
      badge('under-review'),
      badge('under-review'),
      'not yet known',
      dpaCell(entry),
    ]),
  ];
  return html`<section aria-labelledby="providers"><h2 id="providers">Model providers</h2>
${claims(site, 'model-providers') ?? ''}
${table('providers-table', 'AI services that see customer data, and their terms', ['Provider', 'Data they receive', 'Training', 'Retention', 'Location', 'DPA'], rows)}</section>`;
}

/** The AI data practices page: training, retention, isolation, deletion and model providers. */
export function aiDataPracticesPage(site: SiteData): string {
  const content = html`${trainingSection(site)}${retentionSection(site)}${isolationSection(site)}${deletionSection(site)}${providersSection(site)}`;
  return layout(site.chrome, 'ai-data-practices.html', {
    title: 'AI data practices',
    description: `How ${site.model.map.organization.name} handles customer data in its AI features.`,
    hero: hero(
      'AI data practices',
      `How ${site.model.map.organization.name} uses, keeps, separates and deletes customer data in its AI features.`,
    ),
    content,
  });
}
