/**
 * Names joined for a sentence, shared by every output written in prose.
 * @example joinList(['OpenAI', 'Anthropic', 'Cohere']) // 'OpenAI, Anthropic and Cohere'
 */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
