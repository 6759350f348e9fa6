import { joinList } from '../../core/words.js';
import type { TENANCY_MODELS } from '../../map/index.js';
import type { Claim } from '../claims.js';
import { modelProviders } from '../collectClaims.js';
import { html, type SafeHtml } from '../html.js';
import { badge, claimItem, hero, humanDuration, layout, table } from './layout.js';
import type { SiteData } from './site.js';

const TENANCY_LABELS: Record<(typeof TENANCY_MODELS)[number], string> = {
  shared: 'Shared (no separation)',
  'application-filter': 'Filtered by tenant in the application',
  'namespace-per-tenant': 'Separate namespace per customer',
  'row-level-security': 'Row-level security in the database',
  'index-per-tenant': 'Separate index per customer',
  'database-per-tenant': 'Separate database per customer',
  'single-tenant': 'Single-tenant',
};

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
  return html`<section aria-labelledby="training"><h2 id="training">Training on customer data</h2>${stated}</section>`;
}

function retentionSection(site: SiteData): SafeHtml | undefined {
  const { retention } = site.practices;
  if (retention.length === 0) return undefined;
  const sections = retention.map((entry, index) => {
    const kept = entry.places.filter((place) => place.retention !== 'zero');
    const transient = entry.places.filter((place) => place.retention === 'zero').map((place) => place.name);
    const rows = kept.map((place) => [
      place.name,
      place.hosting
        ? 'as long as our own stores keep it (hosting)'
        : place.overPolicy
          ? html`${humanDuration(place.retention)} ${badge('warn', 'Longer than the policy')}`
          : humanDuration(place.retention),
    ]);
    return html`${table(
      `retention-table-${index + 1}`,
      `Where ${entry.dataClass.name.toLowerCase()} are kept (policy: ${humanDuration(entry.retention)})`,
      ['Place', 'Kept for'],
      rows,
    )}${transient.length > 0 ? html`<p class="small muted">Processed without being kept: ${transient.join(', ')}.</p>` : ''}`;
  });
  return html`<section aria-labelledby="retention"><h2 id="retention">Prompt and output retention</h2>
${claims(site, 'prompt-retention') ?? ''}
${sections}</section>`;
}

function isolationSection(site: SiteData): SafeHtml | undefined {
  const { isolation } = site.practices;
  if (isolation.length === 0) return undefined;
  const rows = isolation.map(({ component, probe }) => {
    const separation = component.tenancy
      ? html`${TENANCY_LABELS[component.tenancy.model]}${component.tenancy.mechanism ? html`<br><span class="small muted">${component.tenancy.mechanism}</span>` : ''}`
      : html`${badge('warn', 'Not stated')}`;
    const date = probe?.result.finishedAt.slice(0, 10);
    const tested = !probe
      ? badge('info', 'Not tested live')
      : probe.result.verdict === 'pass'
        ? html`${badge('ok', 'Passed')} <span class="small">on ${date}</span>`
        : html`${badge('bad', probe.result.verdict === 'fail' ? 'Failed' : 'Could not run')} <span class="small">on ${date}</span>`;
    return [component.name ?? component.id, separation, tested];
  });
  return html`<section aria-labelledby="isolation"><h2 id="isolation">Tenant isolation</h2>
${claims(site, 'tenant-isolation') ?? ''}
<p>Where a store can be tested, Trustmap runs a live probe that tries to read one customer’s data as another.</p>
${table('isolation-table', 'How each store separates customers', ['Store', 'Separation', 'Last live test'], rows)}</section>`;
}

function deletionSection(site: SiteData): SafeHtml | undefined {
  const { deletion, deletionWithin } = site.practices;
  if (deletion.length === 0 && !deletionWithin) return undefined;
  const rows = deletion.map((entry) => [
    entry.name,
    entry.deletion?.sla ? humanDuration(entry.deletion.sla) : 'not stated',
    entry.deletion ? (entry.deletion.automated ? 'Automated' : 'Manual') : 'not stated',
  ]);
  return html`<section aria-labelledby="deletion"><h2 id="deletion">Deletion</h2>
${claims(site, 'deletion') ?? ''}
${rows.length > 0 ? table('deletion-table', 'When each kind of customer data is deleted', ['Data', 'Deleted within', 'How'], rows) : ''}</section>`;
}

function providersSection(site: SiteData): SafeHtml | undefined {
  const providers = modelProviders(site.model);
  if (providers.length === 0) return undefined;
  const className = (id: string) => site.model.index.dataClasses.get(id)?.name ?? id;
  const rows = providers.map((entry) => [
    html`${entry.vendor}<br><span class="small muted">${entry.service}</span>`,
    joinList(entry.dataClasses.map(className)),
    entry.terms ? (TRAINING_LABELS[entry.terms.training] ?? entry.terms.training) : 'not stated',
    entry.terms
      ? `${humanDuration(entry.terms.retention)}${entry.terms.zeroDataRetention ? ' (zero data retention agreement)' : ''}`
      : 'not stated',
    (entry.regions ?? []).join(', ') || 'not stated',
  ]);
  return html`<section aria-labelledby="providers"><h2 id="providers">Model providers</h2>
${claims(site, 'model-providers') ?? ''}
${table('providers-table', 'Model providers that see customer data, and their terms', ['Provider', 'Data they receive', 'Training', 'Retention', 'Location'], rows)}</section>`;
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
