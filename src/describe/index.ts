export { type AiPath, type AiPathKind, endpointsOf, findAiPaths } from './aiPaths.js';
export { describeSystem } from './describeSystem.js';
export { renderDescriptionDocx } from './renderDocx.js';
export { escapeMarkdown, renderDescriptionMarkdown } from './renderMarkdown.js';
export { mapSource, sourceLabel } from './sources.js';
export type {
  DescriptionBlock,
  DescriptionSection,
  DescriptionSectionId,
  DescriptionTable,
  Statement,
  SystemDescription,
} from './types.js';
