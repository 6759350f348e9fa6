/**
 * What buyers may be told about a map entry: on the trust center, and, for a component's name, in answers and checks'
 * sentences too (`componentLabel`). The map stores `public`, `request-access` (written `on-request`) or `private`
 * (written `internal`); absent means the entry's standard facts are shown and its free text (mechanisms, technology,
 * notes) is kept internal.
 */
export type Visibility = 'public' | 'request-access' | 'private' | undefined;

/** Read an entry's visibility in one spelling, whichever the map used. */
export function visibilityOf(entry: { visibility?: string } | undefined): Visibility {
  const value = entry?.visibility;
  if (value === 'on-request') return 'request-access';
  if (value === 'internal') return 'private';
  return value as Visibility;
}

/** True when the entry's free-text details (mechanisms, notes, technology) may be published. */
export function publishesDetails(entry: { visibility?: string } | undefined): boolean {
  return visibilityOf(entry) === 'public';
}

/** True when the entry must not be named at all. */
export function isInternal(entry: { visibility?: string } | undefined): boolean {
  return visibilityOf(entry) === 'private';
}
