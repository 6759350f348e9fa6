import type { JobHandlers } from '../types.js';
import { collectProbeHandler } from './collectProbe.js';
import { collectRepositoryHandler } from './collectRepository.js';
import { deliverNotificationHandler } from './deliverNotification.js';
import type { HandlerDeps } from './deps.js';
import { evidenceExpiryHandler } from './evidenceExpiry.js';

export { type Enqueue, enqueueOn, type HandlerDeps } from './deps.js';

/** The handler of every job kind, over one set of dependencies. */
export function buildHandlers(deps: HandlerDeps): JobHandlers {
  return {
    'collect-repository': collectRepositoryHandler(deps),
    'collect-probe': collectProbeHandler(deps),
    'evidence-expiry': evidenceExpiryHandler(deps),
    'notify-deliver': deliverNotificationHandler(deps),
  };
}
