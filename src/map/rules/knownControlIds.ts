import { CONTROLS } from '../../core/catalog/controls.js';
import { didYouMean } from '../didYouMean.js';
import type { MapRule } from './context.js';

/** Entries under `controls:` name controls of Trustmap's catalog; an unknown id is located, with the closest id. */
export const knownControlIds: MapRule = ({ data, source, problems }) => {
  const known = CONTROLS.map((control) => control.id);
  for (const [index, entry] of data.controls.entries()) {
    if (known.includes(entry.id)) continue;
    problems.push({
      code: 'unknown-control',
      location: source.locate(['controls', index, 'id']),
      message: `unknown control \`${entry.id}\``,
      hint: didYouMean(entry.id, known) ?? 'list the controls with `trustmap coverage --format json`',
    });
  }
};
