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
  | { kind: 'table'; table: DescriptionTable };

export type DescriptionSectionId =
  | 'services'
  | 'commitments'
  | 'components'
  | 'boundary'
  | 'subservice'
  | 'ai-paths'
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
  sections: DescriptionSection[];
}
