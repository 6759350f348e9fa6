import type { SourceRef } from '../controls/types.js';

/** One sentence of the description and where it comes from. Nothing is stated without a source. */
export interface Statement {
  text: string;
  sources: SourceRef[];
}

export interface DescriptionTable {
  columns: string[];
  rows: { cells: string[]; sources: SourceRef[] }[];
}

/** The building blocks renderers turn into Markdown or Word. */
export type DescriptionBlock =
  /** Level 3 sits under the section title; level 4 under a level-3 heading. */
  | { kind: 'heading'; text: string; level: 3 | 4 }
  | { kind: 'paragraph'; statement: Statement }
  | { kind: 'list'; items: Statement[] }
  | { kind: 'table'; table: DescriptionTable }
  /** A part the company must write: no fact in the map or the ledger covers it. Rendered as a marked box. */
  | { kind: 'placeholder'; text: string };

export type DescriptionSectionId =
  | 'services'
  | 'commitments'
  | 'components'
  | 'boundary'
  | 'subservice'
  | 'ai-paths'
  | 'incidents'
  | 'changes'
  | 'internal-control'
  | 'criteria'
  | 'criteria-not-relevant'
  | 'review-notes';

export interface DescriptionSection {
  id: DescriptionSectionId;
  title: string;
  blocks: DescriptionBlock[];
}

/** A draft SOC 2 system description, section by section, every statement with its source. */
export interface SystemDescription {
  organization: string;
  /** The model's clock, as YYYY-MM-DD: the date the draft describes. */
  asOf: string;
  /** The period described, when the description comes from an audit over a window. */
  period?: { start: string; end: string };
  sections: DescriptionSection[];
}

/**
 * What happened during the period, gathered from the evidence ledger by the caller (the audit): incidents and
 * significant changes, each a statement with its ledger sources. Without it the description marks those sections
 * for the company to write.
 */
export interface DescriptionHistory {
  window: { start: string; end: string };
  incidents: Statement[];
  changes: Statement[];
  /** Every ledger entry the statements rest on. */
  sources: SourceRef[];
  /** The first and last ledger entries of the period: what "nothing was recorded" statements cite. */
  basis: SourceRef[];
}

/** SOC 2 categories an engagement can cover. */
export type TrustCategory =
  | 'security'
  | 'availability'
  | 'confidentiality'
  | 'processing-integrity'
  | 'privacy';

export interface DescribeOptions {
  /** Categories in scope; defaults to security plus those the map's commitments imply. */
  categories?: readonly TrustCategory[];
}
