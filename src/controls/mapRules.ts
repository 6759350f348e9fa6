import { didYouMean, type MapRule } from '../map/index.js';
import { CONTROLS } from './catalog/controls.js';

/**
 * Entries under `controls:` name controls of Trustmap's catalog; an unknown id is a located problem with the
 * closest id as a hint. The map folder cannot know the catalog, so the controls folder contributes this rule.
 */
export const knownControlIds: MapRule = ({ data, source, problems }) => {
  const known = CONTROLS.map((control) => control.id);
  for (const [index, entry] of data.controls.entries()) {
    if (known.includes(entry.id)) continue;
    problems.push({
      location: source.locate(['controls', index, 'id']),
      message: `unknown control \`${entry.id}\``,
      hint: didYouMean(entry.id, known) ?? 'list the controls with `trustmap coverage --format json`',
    });
  }
};

/** The rules the controls capability adds to map loading. */
export const CONTROL_MAP_RULES: readonly MapRule[] = [knownControlIds];
