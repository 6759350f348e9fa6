import type { ComponentData } from '../map/index.js';
import type { Model } from './model.js';

/**
 * Tenancy words that open some of a tenant's data to others: published, public, shared with every user, reached by
 * anyone holding a link or an id (opengpts: "assistants a user marks public are readable by every user, with their
 * files"; AgentGPT: "anyone with the share link can open an agent").
 */
const OPENS_TO_OTHERS =
  /\b(?:public(?:ly)?|published|shared with (?:every|all|any|other)|(?:readable|visible|available|open) (?:to|by) (?:every|all|any|other)(?:one|body)?|any(?:one|body) (?:with|who has|holding) (?:the|a|an)\b[^.;]{0,20}\b(?:link|id|url)|share[ds]? links?|by (?:link|url))\b/i;

/**
 * Parts whose tenancy words say some data is open beyond its owner, whatever the model they name: a separation
 * verdict stops there for a person to word (opengpts: "No. Retrieval is separated in our application" to "could
 * someone at another company surface snippets of our files?", of files any user could reach through a public
 * assistant). Pure.
 * @example opensToOthers(model) // [app]
 */
export function opensToOthers(model: Model): ComponentData[] {
  return model.map.components.filter(
    (component) =>
      component.tenancy?.mechanism !== undefined && OPENS_TO_OTHERS.test(component.tenancy.mechanism),
  );
}
