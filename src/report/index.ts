export { joinList } from '../core/words.js';
export { renderCoverageText } from './coverage.js';
export { controlTitle, describeSource, groupByControl, inRoot } from './group.js';
export { CHECK_REPORT_FORMAT, renderJson } from './json.js';
export { renderJunit } from './junit.js';
export { escapeMarkdown, renderMarkdown } from './markdown.js';
export { renderSarif, type SarifOptions } from './sarif.js';
export { type Paint, renderText, type TextOptions } from './text.js';
export { escapeXml } from './xml.js';
