import path from 'node:path';
import type { CheckResult } from '../controls/types.js';
import type { Model } from '../model/index.js';
import { renderAtomFeed } from './atom.js';
import type { Claim } from './claims.js';
import { collectClaims } from './collectClaims.js';
import { AA_TEXT, readableOn } from './contrast.js';
import { type ControlInfo, controlGroups } from './controlSummary.js';
import { UnsupportedClaimsError } from './errors.js';
import { safeUrl } from './html.js';
import { aiDataPracticesPage } from './pages/aiDataPractices.js';
import { contactPage } from './pages/contact.js';
import { controlsPage } from './pages/controls.js';
import { documentsPage } from './pages/documents.js';
import { overviewPage } from './pages/overview.js';
import type { ListedDocument, SiteData } from './pages/site.js';
import { subprocessorsPage } from './pages/subprocessors.js';
import { dataPractices } from './practices.js';
import { renderStyles } from './styles.js';
import { nextSubprocessorList, type SubprocessorList } from './subprocessors.js';

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

function listDocuments(
  model: Model,
  options: TrustCenterOptions,
  files: TrustCenterSite['files'],
  warnings: string[],
) {
  const contact = contactHref(model.map.organization.contact);
  const listed: ListedDocument[] = [];
  for (const evidence of model.map.evidence) {
    if (evidence.visibility === 'private') continue;
    const base = { id: evidence.id, title: evidence.title, updated: evidence.collected };
    if (evidence.visibility === 'request-access') {
      const requestHref = contact?.startsWith('mailto:')
        ? `${contact}?subject=${encodeURIComponent(`Request access: ${evidence.title}`)}`
        : contact;
      listed.push({ ...base, access: 'request-access', requestHref });
      continue;
    }
    const file = options.documents?.[evidence.id];
    if (evidence.path && file) {
      const name = `documents/${evidence.id}${passiveExtension(file.name)}`;
      files[name] = file.bytes;
      listed.push({ ...base, access: 'public', href: name });
    } else if (safeUrl(evidence.url)?.match(/^https?:/i)) {
      listed.push({ ...base, access: 'public', href: safeUrl(evidence.url) });
    } else {
      warnings.push(
        `public document ${evidence.id} (${evidence.title}) left out: its file could not be read`,
      );
    }
  }
  return { listed, contact };
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
  const practices = dataPractices(model);
  const claims = collectClaims(model, practices, results);
  const unsupported = claims.filter((claim) => claim.status !== 'verified');
  if (unsupported.length > 0 && !options.allowUnverified) throw new UnsupportedClaimsError(unsupported);

  const files: TrustCenterSite['files'] = {};
  const warnings: string[] = [];
  const checkedOn = model.now.toISOString().slice(0, 10);
  const branding = model.map.organization.branding;
  const ink = readableOn(branding?.primaryColor ?? '#1f4e79', '#ffffff', AA_TEXT);
  files['styles.css'] = renderStyles({ ink, accent: branding?.accentColor ?? ink });

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

  const subprocessors = nextSubprocessorList(model, options.previous, checkedOn);
  const { listed, contact } = listDocuments(model, options, files, warnings);
  const site: SiteData = {
    model,
    results,
    claims: new Map(claims.map((claim) => [claim.id, claim])),
    practices,
    subprocessors,
    documents: listed,
    controls: controlGroups(results, options.controls ?? [], model.map.controls),
    chrome: { organization: model.map.organization.name, logo, checkedOn },
    contactHref: contact,
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
  return { files, claims, unverified: unsupported, warnings };
}
