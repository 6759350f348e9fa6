import type { CheckResult } from '../../controls/types.js';
import type { Model } from '../../model/index.js';
import type { Claim } from '../claims.js';
import type { DataPractices } from '../practices.js';
import type { SubprocessorList } from '../subprocessors.js';
import type { Chrome } from './layout.js';

/** A document as listed on the documents page. */
export interface ListedDocument {
  id: string;
  title: string;
  access: 'public' | 'request-access';
  /** Link for public documents: a copied file (site-relative) or the evidence URL. */
  href?: string;
  /** Where to ask for request-access documents. */
  requestHref?: string;
  updated?: string;
}

/** A control's line in the controls summary. */
export interface ControlLine {
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'needs-evidence' | 'not-applicable' | 'evidence' | 'planned' | 'not-checked';
  checks: string[];
}

export interface ControlGroup {
  category: string;
  controls: ControlLine[];
}

/** Everything the page renderers read; built once by `buildTrustCenter`. */
export interface SiteData {
  model: Model;
  results: readonly CheckResult[];
  claims: Map<string, Claim>;
  practices: DataPractices;
  subprocessors: SubprocessorList;
  documents: ListedDocument[];
  controls: ControlGroup[];
  chrome: Chrome;
  /** `mailto:` or URL of the security contact, when the map gives a usable one. */
  contactHref?: string;
}
