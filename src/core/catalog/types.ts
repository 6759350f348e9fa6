/** Frameworks whose criteria Trustmap's controls map to. */
export type FrameworkId = 'soc2' | 'iso42001';

export type Soc2Category =
  | 'security'
  | 'availability'
  | 'confidentiality'
  | 'processing-integrity'
  | 'privacy';

/** One SOC 2 Trust Services Criterion: its id and our own short title (never the AICPA wording). */
export interface Soc2Criterion {
  id: string;
  category: Soc2Category;
  title: string;
}

/** One ISO/IEC 42001 requirement: a management-system clause or an Annex A control, with our own title. */
export interface Iso42001Item {
  id: string;
  kind: 'clause' | 'annex-a';
  /** Clause number (4 to 10) or Annex A topic (A.2 to A.10). */
  group: string;
  title: string;
}

/** A control a team implements. Automated controls are evidenced by checks; manual ones by the map. */
export interface Control {
  id: string;
  title: string;
  description: string;
  automated: boolean;
  /** SOC 2 criteria ids this control supports. */
  soc2: string[];
  /** ISO/IEC 42001 clause or Annex A ids this control supports. */
  iso42001: string[];
  /** For manual controls: what to put in the map's `controls:` section as evidence. */
  provide?: string;
}
