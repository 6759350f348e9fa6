import type { CheckResult } from '../../controls/types.js';
import type { Model } from '../../model/index.js';
import type { Claim } from '../claims.js';
import type { ControlCounts, CriterionRef } from '../controlSummary.js';
import type { DataPractices } from '../practices.js';
import type { SubprocessorList } from '../subprocessors.js';
import type { Chrome } from './layout.js';

/** A document as listed on the documents page. */
export interface ListedDocument {
  id: string;
  title: string;
  access: 'public' | 'request-access';
  /** Link for public documents: a rendered page or copied file (site-relative), or the evidence URL. */
  href?: string;
  /** `page`: Markdown rendered to a page of the site; `file`: a copied file; `link`: the evidence URL. */
  kind?: 'page' | 'file' | 'link';
  updated?: string;
}

/** A control's line in the controls summary. */
export interface ControlLine {
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'needs-evidence' | 'not-applicable' | 'evidence' | 'planned' | 'not-checked';
  checks: string[];
  /** SOC 2 / ISO/IEC 42001 criteria it supports. */
  criteria: CriterionRef[];
  /** Shown on the site: not internal, and not failing unless the map chose to publish it. */
  published: boolean;
  /** The map's notes, only when the control is `visibility: public`. */
  notes?: string;
  /** What the control does not cover, in plain words (a part each customer runs and secures). */
  caveats?: string[];
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
  /** Control totals by status, the one count every page shows (the unit is the control). */
  counts: ControlCounts;
  chrome: Chrome;
  /** `mailto:` or URL of the security contact, when the map gives a usable one. */
  contactHref?: string;
  /** Site-relative path of the lineage drawing of where training data comes from, when one was rendered. */
  lineage?: string;
  /**
   * The live site's document request form for an on-request document. Absent in the static build, which says
   * "available on request" and names the contact instead of pretending a mail link is an access control.
   */
  requestHref?: (documentId: string) => string;
  /** The live site's subscription form, when there is one. */
  subscribeHref?: string;
}
