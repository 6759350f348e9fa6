export { type AiPath, type AiPathKind, endpointsOf, findAiPaths } from './aiPaths.js';
export { categoriesInScope } from './criteria.js';
export { describeSystem } from './describeSystem.js';
export { columnWidths } from './docxLayout.js';
export { renderDescriptionDocx } from './renderDocx.js';
export { descriptionSubtitle, escapeMarkdown, renderDescriptionMarkdown } from './renderMarkdown.js';
export { mapSource, sourceLabel } from './sources.js';
export type {
  DescribeOptions,
  DescriptionBlock,
  DescriptionHistory,
  DescriptionSection,
  DescriptionSectionId,
  DescriptionTable,
  Statement,
  SystemDescription,
  TrustCategory,
} from './types.js';
export { humanize, prose } from './words.js';
