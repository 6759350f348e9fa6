import { joinList } from '../core/words.js';
import type { FlowData } from '../map/index.js';

/**
 * The map's conditions on flows, said after what they qualify: "only when the operator sets a key" (the map's own text
 * may open with "only" already, or end with a stop), or, where they differ, that each holds under its own.
 * @example onlyUnder(['Only when an administrator selects it.']) // 'only when an administrator selects it'
 */
export function onlyUnder(descriptions: readonly string[]): string {
  // One condition written twice, once with "when" (lmnr: "only RESEND_API_KEY is set or RESEND_API_KEY is set").
  const byKey = new Map<string, string>();
  for (const text of descriptions) {
    const plain = text.replace(/\.$/, '').replace(/^only\s+/i, '');
    const key = plain.replace(/^(?:when|if)\s+/i, '').toLowerCase();
    if (!byKey.has(key)) byKey.set(key, plain);
  }
  const said = [...byKey.values()];
  // "unless the operator turns it off" takes no "only" (AnythingLLM, quivr: "only unless …"); mixed with "when"s, one
  // "only" cannot serve both (retrieval-plugin: "only unless …, when …, or when …").
  const unless = said.filter((text) => /^unless\b/i.test(text)).length;
  if (unless > 0 && unless < said.length) return 'each only under its own condition';
  const only = unless > 0 ? '' : 'only ';
  if (said.length === 1) return `${only}${said[0]}`;
  // Two or three are said ("only when configured as the model provider or when configured as the embedding
  // provider"): "each only under its own condition" named none (DocsGPT, quivr, AnythingLLM).
  return said.length <= 3 ? `${only}${joinList(said, 'or')}` : 'each only under its own condition';
}

/**
 * The conditions data moves under, where every one of `flows` carries one ("only when a client id is set"); undefined
 * when any moves unconditionally, or there is none.
 * @example underConditions(model.index.incoming.get('logs') ?? []) // 'only when LOG_LEVEL is debug'
 */
export function underConditions(flows: readonly FlowData[]): string | undefined {
  if (flows.length === 0 || flows.some((flow) => !flow.condition)) return undefined;
  return onlyUnder(flows.map((flow) => flow.condition!.description));
}
