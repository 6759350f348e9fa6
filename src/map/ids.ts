/**
 * A valid map id for any name (a provider id, a host name): lowercase letters, digits and dashes, at most 63
 * characters. The same name always gives the same id.
 * @example mapIdFor('api.aimlapi.com') // 'api-aimlapi-com'
 */
export function mapIdFor(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return slug || 'entry';
}
