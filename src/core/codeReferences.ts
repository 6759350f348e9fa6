/**
 * The code references (`file:line`) a team writes into its map for itself, found so that text for buyers can leave them
 * out: the answers, the trust center's sub-processor list. Pure.
 */

// Markup and schema files too: Reactive-Resume's `index.html:45` and `schema.prisma:62,76` reached buyer text; and
// documents (ai-sdk-preview-rag: `README.md:3` in every sub-processor answer and on the trust center).
const CODE_FILE = String.raw`[\w.@-]+\.(?:py|ts|tsx|js|jsx|mjs|cjs|go|java|kt|rb|rs|php|cs|sql|ya?ml|toml|json|ini|conf|cfg|env|sh|html?|prisma|graphql|proto|vue|svelte|swift|dart|scala|ex|exs|md|mdx|rst)`;
const CODE_LINES = String.raw`:\d+(?:-\d+)?(?:,\s*\d+(?:-\d+)?)*`;
// A file with its lines, or a path of the repository without them (acme-ai: "(services/api/src/jobs/exportOptIn.ts)").
const CODE_REFERENCE = String.raw`(?:(?:[\w.@-]+/)+${CODE_FILE}(?:${CODE_LINES})?|${CODE_FILE}${CODE_LINES})`;
/** A parenthesis holding only code references (`file:line`), with the space before it. */
export const CODE_REFERENCES = new RegExp(
  String.raw`\s*\((?:${CODE_REFERENCE})(?:(?:,|;|\s+and)\s*(?:${CODE_REFERENCE}))*\)`,
  'g',
);
/**
 * A code reference that is one item of a parenthesis with words ("(offboardTenant.ts:12; within 30 days)"), with its
 * separator: an aside joined to the map's text (`withAside`) keeps the rest.
 */
const CODE_REFERENCE_ITEMS = new RegExp(
  String.raw`(?<=\()(?:${CODE_REFERENCE})[;,]\s+|[;,]\s+(?:${CODE_REFERENCE})(?=[;,)])`,
  'g',
);

/**
 * Text for a buyer without the code references the team wrote into the map: parentheses of references only, and
 * references listed beside words, one at a time (a pass removes every other one of a run).
 * @example withoutCodeReferences('deletes rows (jobs/offboard.ts:4; within 30 days)') // 'deletes rows (within 30 days)'
 */
export function withoutCodeReferences(text: string): string {
  let said = text.replace(CODE_REFERENCES, '');
  for (let before = ''; before !== said; ) {
    before = said;
    said = said.replace(CODE_REFERENCE_ITEMS, '');
  }
  return said;
}
