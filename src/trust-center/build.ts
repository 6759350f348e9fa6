import path from 'node:path';
import type { CheckResult } from '../controls/types.js';
import { safeUrl } from '../core/html.js';
import { isInternal, publishesDetails } from '../map/index.js';
import type { Model } from '../model/index.js';
import { renderAtomFeed } from './atom.js';
import type { Claim } from './claims.js';
import { collectClaims } from './collectClaims.js';
import { AA_TEXT, readableOn } from './contrast.js';
import { type ControlInfo, controlGroups, countControls } from './controlSummary.js';
import { UnsupportedClaimsError } from './errors.js';
import { aiDataPracticesPage } from './pages/aiDataPractices.js';
import { contactPage } from './pages/contact.js';
import { controlsPage } from './pages/controls.js';
import { documentPage, documentsPage } from './pages/documents.js';
import { overviewPage } from './pages/overview.js';
import type { ListedDocument, SiteData } from './pages/site.js';
import { subprocessorsPage } from './pages/subprocessors.js';
import { dataPractices } from './practices.js';
import { DARK_PAGE, renderStyles } from './styles.js';
import { nextSubprocessorList, type SubprocessorChange, type SubprocessorList } from './subprocessors.js';

/** A file read at the edge and handed to the pure build. */
export interface InputFile {
  /** Original file name; its extension is kept. */
  name: string;
  bytes: Uint8Array;
}

export interface TrustCenterOptions {
  /** Publish claims that no passing check backs, marked "not yet verified", instead of failing. */
  allowUnverified?: boolean;
  /** The `subprocessors.json` published last time; changes are computed against it. */
  previous?: SubprocessorList;
  /** The logo named by `organization.branding.logo`, read by the caller. */
  logo?: InputFile;
  /** Public evidence files, keyed by evidence id, read by the caller. */
  documents?: Record<string, InputFile>;
  /** The control catalog, to group the controls summary by category. */
  controls?: readonly ControlInfo[];
  /** Absolute address of the published site, for the Atom feed's links (relative links otherwise). */
  baseUrl?: string;
  /**
   * The change history from a ledger (the live server), replacing the one computed against `previous`: the
   * list's history then does not depend on an earlier output folder still being there.
   */
  history?: SubprocessorChange[];
  /** The lineage drawing of where training data comes from (SVG from `src/lineage/`), rendered by the caller. */
  lineageSvg?: string;
  /** Set by the live server: request forms for on-request documents, and a subscription form. */
  live?: {
    requestHref: (documentId: string) => string;
    subscribeHref?: string;
    footerLinks?: { href: string; label: string }[];
  };
}

/** The built site, not yet written. */
export interface TrustCenterSite {
  /** Site-relative path to content. */
  files: Record<string, string | Uint8Array>;
  /** Every claim the site makes, with its status and sources. */
  claims: Claim[];
  /** The claims published as "not yet verified" (only with `allowUnverified`). */
  unverified: Claim[];
  /** Things left out, such as a public document whose file is missing. */
  warnings: string[];
  /** What the site chose not to publish (internal documents, failing controls, internal details), for the build log. */
  omitted: string[];
}

const IMAGE_TYPES = new Set(['.svg', '.png', '.jpg', '.jpeg', '.webp', '.gif']);
const MAX_INLINE_SVG_BYTES = 256 * 1024;

/** Document types a browser shows or downloads without running anything from them on the site's origin. */
const PASSIVE_DOCUMENTS = new Set(
  ['.pdf', '.txt', '.md', '.csv', '.json', '.docx', '.xlsx', '.pptx', '.odt', '.ods', '.zip'].concat([
    '.png',
    '.jpg',
    '.jpeg',
    '.gif',
    '.webp',
  ]),
);

/**
 * The published extension of a public document. HTML, SVG, XML and anything else a browser might render as a
 * page keeps its name but gains `.txt`, so static hosts serve it as plain text (a download, never a live page).
 */
function passiveExtension(name: string): string {
  const ext = path
    .extname(name)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '');
  return PASSIVE_DOCUMENTS.has(ext) ? ext : `${ext}.txt`;
}

function contactHref(contact: string | undefined): string | undefined {
  if (!contact) return undefined;
  if (/^[^\s@<>"]+@[^\s@<>"]+$/.test(contact)) return `mailto:${contact}`;
  const url = safeUrl(contact);
  return url && /^https?:/i.test(url) ? url : undefined;
}

const MARKDOWN = new Set(['.md', '.markdown']);

function listDocuments(
  model: Model,
  options: TrustCenterOptions,
  chrome: SiteData['chrome'],
  files: TrustCenterSite['files'],
  warnings: string[],
) {
  const listed: ListedDocument[] = [];
  for (const evidence of model.map.evidence) {
    if (evidence.visibility === 'private') continue;
    const base = { id: evidence.id, title: evidence.title, updated: evidence.collected };
    if (evidence.visibility === 'request-access') {
      listed.push({ ...base, access: 'request-access' });
      continue;
    }
    const file = options.documents?.[evidence.id];
    const ext = file
      ? path
          .extname(file.name)
          .toLowerCase()
          .replace(/[^.a-z0-9]/g, '')
      : '';
    if (evidence.path && file && MARKDOWN.has(ext)) {
      // Markdown is rendered to a page of the site; the raw `.md` is never published.
      const name = `documents/${evidence.id}.html`;
      const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
      files[name] = documentPage(
        { chrome, model },
        { title: evidence.title, updated: evidence.collected, expires: evidence.expires },
        text,
      );
      listed.push({ ...base, access: 'public', href: name, kind: 'page' });
    } else if (evidence.path && file) {
      const name = `documents/${evidence.id}${passiveExtension(file.name)}`;
      files[name] = file.bytes;
      listed.push({ ...base, access: 'public', href: name, kind: 'file' });
    } else if (safeUrl(evidence.url)?.match(/^https?:/i)) {
      listed.push({ ...base, access: 'public', href: safeUrl(evidence.url), kind: 'link' });
    } else {
      warnings.push(
        `public document ${evidence.id} (${evidence.title}) left out: its file could not be read`,
      );
    }
  }
  return listed;
}

/** What the build chose not to publish, in words for the build log. */
function omissions(model: Model, controls: SiteData['controls']): string[] {
  const omitted: string[] = [];
  const internalDocs = model.map.evidence.filter((entry) => entry.visibility === 'private');
  if (internalDocs.length > 0)
    omitted.push(
      `${internalDocs.length} internal document(s) not listed: ${internalDocs.map((entry) => entry.id).join(', ')} (set visibility: public or on-request to list one)`,
    );
  const lines = controls.flatMap((group) => group.controls);
  const failing = lines.filter((line) => !line.published && line.status === 'fail');
  if (failing.length > 0)
    omitted.push(
      `${failing.length} failing control(s) not shown: ${failing.map((line) => line.id).join(', ')} (add visibility: public to the control under controls: to show it)`,
    );
  const hidden = lines.filter((line) => !line.published && line.status !== 'fail');
  if (hidden.length > 0)
    omitted.push(
      `${hidden.length} internal control(s) not shown: ${hidden.map((line) => line.id).join(', ')}`,
    );
  const notes = model.map.controls.filter((entry) => entry.notes && !publishesDetails(entry));
  if (notes.length > 0)
    omitted.push(
      `notes of ${notes.length} control(s) kept internal: ${notes.map((entry) => entry.id).join(', ')}`,
    );
  const details = model.map.components.filter(
    (entry) => entry.tenancy?.mechanism && !publishesDetails(entry),
  );
  if (details.length > 0)
    omitted.push(
      `tenancy mechanisms of ${details.length} component(s) kept internal: ${details.map((entry) => entry.id).join(', ')} (set visibility: public on a component to publish its details)`,
    );
  const unnamed = model.map.components.filter((entry) => isInternal(entry));
  if (unnamed.length > 0)
    omitted.push(
      `${unnamed.length} internal component(s) counted but not named: ${unnamed.map((entry) => entry.id).join(', ')}`,
    );
  return omitted;
}

/**
 * Builds the trust center from the model and a check run. Pure: files come in through `options` and go out
 * as `files`. Throws `UnsupportedClaimsError` (exit 1) when a claim's checks fail or are missing, unless
 * `allowUnverified`, which publishes such claims marked "not yet verified".
 * @example
 * const site = buildTrustCenter(model, run.results, { previous });
 * await writeTrustCenter('site', site);
 */
export function buildTrustCenter(
  model: Model,
  results: readonly CheckResult[],
  options: TrustCenterOptions = {},
): TrustCenterSite {
  const practices = dataPractices(model, results);
  const claims = collectClaims(model, practices, results);
  const unsupported = claims.filter((claim) => claim.status !== 'verified');
  if (unsupported.length > 0 && !options.allowUnverified) throw new UnsupportedClaimsError(unsupported);

  const files: TrustCenterSite['files'] = {};
  const warnings: string[] = [];
  const checkedOn = model.now.toISOString().slice(0, 10);
  const branding = model.map.organization.branding;
  const ink = readableOn(branding?.primaryColor ?? '#1f4e79', '#ffffff', AA_TEXT);
  const inkDark = readableOn(branding?.primaryColor ?? '#1f4e79', DARK_PAGE, AA_TEXT);
  files['styles.css'] = renderStyles({ ink, accent: branding?.accentColor ?? ink, inkDark });

  let logo: string | undefined;
  const logoExt = options.logo ? path.extname(options.logo.name).toLowerCase() : '';
  if (options.logo && logoExt === '.svg') {
    // An SVG can carry scripts that run when the file is opened on the site's origin; as a data: URL in an <img>
    // it is only ever drawn as an image, and no file of it is published.
    if (options.logo.bytes.byteLength <= MAX_INLINE_SVG_BYTES)
      logo = `data:image/svg+xml;base64,${Buffer.from(options.logo.bytes).toString('base64')}`;
    else warnings.push(`logo ${options.logo.name} left out: an SVG logo must be under 256 KB`);
  } else if (options.logo && IMAGE_TYPES.has(logoExt)) {
    logo = `assets/logo${logoExt}`;
    files[logo] = options.logo.bytes;
  } else if (options.logo) {
    warnings.push(`logo ${options.logo.name} left out: use an .svg, .png, .jpg, .webp or .gif file`);
  } else if (branding?.logo && /^https:/i.test(branding.logo)) {
    logo = safeUrl(branding.logo);
  }

  const computed = nextSubprocessorList(model, options.previous, checkedOn);
  const subprocessors = options.history
    ? { ...computed, changes: options.history, updated: options.history[0]?.date ?? computed.updated }
    : computed;
  const chrome = {
    organization: model.map.organization.name,
    logo,
    checkedOn,
    footerLinks: options.live?.footerLinks,
  };
  const documents = listDocuments(model, options, chrome, files, warnings);
  const controls = controlGroups(results, options.controls ?? [], model.map.controls);
  if (options.lineageSvg) files['assets/lineage.svg'] = options.lineageSvg;
  const site: SiteData = {
    model,
    results,
    claims: new Map(claims.map((claim) => [claim.id, claim])),
    practices,
    subprocessors,
    documents,
    controls,
    counts: countControls(controls),
    chrome,
    contactHref: contactHref(model.map.organization.contact),
    lineage: options.lineageSvg ? 'assets/lineage.svg' : undefined,
    requestHref: options.live?.requestHref,
    subscribeHref: options.live?.subscribeHref,
  };
  files['index.html'] = overviewPage(site);
  files['ai-data-practices.html'] = aiDataPracticesPage(site);
  files['subprocessors.html'] = subprocessorsPage(site);
  files['controls.html'] = controlsPage(site);
  files['documents.html'] = documentsPage(site);
  files['contact.html'] = contactPage(site);
  // JSON.stringify leaves `<` as is; escaping it keeps the file inert even if a host serves it as HTML.
  files['subprocessors.json'] =
    `${JSON.stringify(subprocessors, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}\n`;
  files['feed.xml'] = renderAtomFeed(subprocessors, { baseUrl: options.baseUrl });
  return { files, claims, unverified: unsupported, warnings, omitted: omissions(model, controls) };
}
