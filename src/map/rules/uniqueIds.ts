import { LIST_SECTIONS } from '../schema/map.js';
import type { MapRule } from './context.js';

/**
 * Ids are unique within each section; components and sub-processors also share one namespace,
 * because flows name either as an endpoint.
 */
export const uniqueIds: MapRule = ({ data, source, problems }) => {
  for (const section of LIST_SECTIONS) {
    const seen = new Map<string, number>();
    const endpoints = section === 'components' || section === 'subprocessors';
    data[section].forEach((entry, i) => {
      // An entry without an id is a shape problem, reported by the schema; it is nobody's duplicate.
      if (entry.id === '') return;
      const first = seen.get(entry.id);
      if (first !== undefined) {
        const there = source.locate([section, first, 'id']);
        problems.push({
          code: 'duplicate-id',
          location: source.locate([section, i, 'id']),
          message: `duplicate id \`${entry.id}\` in ${section}`,
          hint: `first defined at ${there.file}:${there.line}:${there.col}; ids must be unique`,
        });
      } else seen.set(entry.id, i);
    });
    if (section === 'subprocessors' && endpoints) {
      data.subprocessors.forEach((entry, i) => {
        const clash = data.components.findIndex((component) => component.id === entry.id);
        if (clash >= 0) {
          problems.push({
            code: 'duplicate-id',
            location: source.locate(['subprocessors', i, 'id']),
            message: `sub-processor id \`${entry.id}\` is also a component id`,
            hint: 'flows name components and sub-processors by id, so the two must not share one',
          });
        }
      });
    }
  }
};
