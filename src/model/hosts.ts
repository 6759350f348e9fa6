import { deploysApps, findProvider } from '../discover/catalog/index.js';
import type { SubprocessorData } from '../map/index.js';
import type { Model } from './model.js';

/**
 * Whether a sub-processor hosts our system: one of our components runs on it (`cloud` names its provider, or
 * `subprocessor` names it), or the catalog knows it as a platform apps run on (Vercel, Fly.io, a cloud: everything our
 * users send passes through it). What a host is asked differs from what a service we send data
 * to is asked: it protects the facilities, and a training question is not for it (typebot: "whether OpenAI and Vercel
 * train on it is not yet documented").
 * @example hostsOurSystem(model, { id: 'vercel', provider: 'vercel', … }) // true
 */
export function hostsOurSystem(model: Model, vendor: Pick<SubprocessorData, 'id' | 'provider'>): boolean {
  if (
    model.map.components.some(
      (component) =>
        (vendor.provider !== undefined && component.cloud === vendor.provider) ||
        component.subprocessor === vendor.id,
    )
  )
    return true;
  // A platform found by its deployment file, or a cloud whose credentials its services share (AWS, Google Cloud,
  // Azure): not every service that is no AI one (a job queue such as Trigger.dev runs our tasks, not our system).
  const entry = vendor.provider ? findProvider(vendor.provider) : undefined;
  return (
    entry !== undefined &&
    !entry.ai &&
    (deploysApps(entry) || (entry.sharedCredentials === true && entry.category === 'ml-platform'))
  );
}
