/**
 * Names joined for a sentence, shared by every output written in prose.
 * @example joinList(['OpenAI', 'Anthropic', 'Cohere']) // 'OpenAI, Anthropic and Cohere'
 */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/**
 * A count with its noun, singular or plural.
 * @example plural(1, 'store') // '1 store'; plural(3, 'entry', 'entries') // '3 entries'
 */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
