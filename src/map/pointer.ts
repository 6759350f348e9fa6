/**
 * The value an id-based map pointer names (`subprocessors/openai/terms/retention`, `components/api/retention/prompts`,
 * `dataClasses`): a list is entered by its entries' `id`. Undefined where the map holds nothing there. Pure.
 * @example mapValueAt(map, 'organization/commitments/deletionWithin') // '30d'
 */
export function mapValueAt(map: object, pointer: string): unknown {
  let node: unknown = map;
  for (const key of pointer.split('/')) {
    if (Array.isArray(node)) node = node.find((entry) => (entry as { id?: unknown } | null)?.id === key);
    else if (node !== null && typeof node === 'object' && Object.hasOwn(node, key))
      node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}
