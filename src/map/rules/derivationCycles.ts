import type { MapRule } from './context.js';

/** `derivedFrom` must not loop back (a class derived, through others, from itself), or lineage has no start. */
export const derivationCycles: MapRule = ({ data, source, problems }) => {
  const parents = new Map(data.dataClasses.map((dc) => [dc.id, dc.derivedFrom ?? []]));
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const index = data.dataClasses.findIndex((dc) => dc.id === id);
      if (!reported.has(id) && index >= 0) {
        for (const member of cycle) reported.add(member);
        problems.push({
          code: 'derivation-cycle',
          location: source.locate(['dataClasses', index, 'derivedFrom']),
          message: `data class \`${id}\` is derived from itself: ${cycle.join(' → ')}`,
          hint: 'remove one `derivedFrom` link of the loop',
        });
      }
      return;
    }
    state.set(id, 'visiting');
    for (const parent of parents.get(id) ?? []) if (parents.has(parent)) visit(parent, [...trail, id]);
    state.set(id, 'done');
  };
  for (const dc of data.dataClasses) visit(dc.id, []);
};
