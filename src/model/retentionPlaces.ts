import {
  PRIMARY_STORE_KINDS,
  runByCustomer,
  STORE_KINDS,
  underCustomersAccount,
} from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import { type ComponentData, type DataClassData, keptAt, withinDuration } from '../map/index.js';
import { onlyWhen } from './conditions.js';
import { keepsOwnCopy } from './hosts.js';
import type { Model } from './model.js';
import { componentLabel, keptFor, vendorLabel } from './names.js';

/** One place a data class lands, with what it keeps there: the trust center's table and the answers read the same. */
export interface RetentionPlace {
  id: string;
  name: string;
  /**
   * What the place keeps, as written in the map (`retention` of a component, `terms.retention` of a vendor); undefined
   * where it says nothing, which is not said as keeping it for ever.
   */
  retention?: string;
  /** Keeps the class longer than its policy allows: both on record. */
  overPolicy: boolean;
  /** A hosting provider whose copy lives and dies with our own stores (`retention: until-deleted`). */
  hosting: boolean;
  /**
   * Where every flow reaching a vendor carries a condition, that condition (`onlyWhen`): a table of places without it
   * read as every prompt going to each (ai-town: OpenAI and Together AI, used only if configured instead of Ollama).
   */
  condition?: string;
}

/**
 * A flow that only searches a store of ours: its classes are the query, not what the store keeps
 * (pinecone-vercel-starter: the question's embedding, never stored, "gone within: until deleted" as the index keeps
 * its pages; QAnything: "prompts are kept only in … Vector index, Keyword search index" under "✓ Verified", and the
 * retention check saying the same). The one reading of where a class rests that every output shares.
 */
export function searchesOnly(model: Model, flow: { purpose: string; to: string }): boolean {
  return flow.purpose === 'retrieval' && STORE_KINDS.has(model.index.components.get(flow.to)?.kind ?? '');
}

/** The components and vendors a data class reaches: those that list it, and those a flow brings it to. */
export function holders(model: Model, dataClass: string) {
  const receivers = new Set(
    model.map.flows
      .filter((flow) => flow.dataClasses.includes(dataClass) && !searchesOnly(model, flow))
      .map((flow) => flow.to),
  );
  const reaches = (entry: { id: string; dataClasses: readonly string[] }) =>
    entry.dataClasses.includes(dataClass) || receivers.has(entry.id);
  return {
    components: model.map.components.filter(reaches),
    vendors: model.map.subprocessors.filter(reaches),
  };
}

/**
 * Every place of ours a data class lands, with what each keeps in practice (`retention` of a component, `terms.retention`
 * of a vendor), and whether that is longer than the class's `policy`. Not the customer's own parts or accounts, nor a
 * part that is no store and says nothing. The one reading the trust center's retention table and the questionnaire's
 * prompt-retention answer share (farfalle, screenshot-to-code, portkey-gateway: what components keep was printed on the
 * site and left blank in the answers).
 * @example retentionPlaces(model, 'prompts', '30d') // [{ id: 'db', name: 'Database', retention: 'indefinite', overPolicy: true, … }]
 */
export function retentionPlaces(
  model: Model,
  dataClass: string,
  policy: string | undefined,
): RetentionPlace[] {
  const places: RetentionPlace[] = [];
  const add = (id: string, name: string, retention: string | undefined, hosting = false, vendor = false) => {
    const condition = vendor ? onlyWhen(model, id, dataClass) : undefined;
    places.push({
      id,
      name,
      retention,
      hosting,
      overPolicy:
        !hosting && retention !== undefined && policy !== undefined && !withinDuration(retention, policy),
      ...(condition ? { condition } : {}),
    });
  };
  const { components, vendors } = holders(model, dataClass);
  for (const component of components) {
    const kept = keptAt(component, dataClass);
    if (runByCustomer(component, model.map.subprocessors)) continue;
    // A part that only passes it on says nothing we know of; one that lists it as held and says no time is a place
    // whose time is not stated (Zero: its summary service, holding AI responses, left off the site's table).
    if (kept === undefined && !STORE_KINDS.has(component.kind) && !component.dataClasses.includes(dataClass))
      continue;
    add(component.id, componentLabel(component), kept);
  }
  for (const vendor of vendors) {
    if (underCustomersAccount(vendor)) continue;
    add(
      vendor.id,
      vendorLabel(model, vendor),
      vendor.terms?.retention,
      // Kept until deleted as our stores are, not a copy of its own (`keepsOwnCopy`).
      vendor.terms?.retention === 'until-deleted' && !keepsOwnCopy(model, vendor),
      true,
    );
  }
  return places;
}

/**
 * The stores of ours that hold a class with a retention policy and say nothing of how long they keep it: the policy is
 * not what they do (plandex: "Model provider API keys: not kept" by policy, printed by its relay into a log that states
 * no retention). Logs, caches and queues only: a database or a bucket where the class lives keeps it as its policy says. Said beside the policy wherever the policy is said: the answers (as `keptLonger` says a store keeping it longer) and the
 * system description's data table.
 */
export function heldWithoutRetention(
  model: Model,
  classes: readonly Pick<DataClassData, 'id' | 'name' | 'retention'>[],
): { component: ComponentData; words: string }[] {
  return model.map.components.flatMap((component) => {
    // Copies in logs, caches and queues: where a class lives (a database, a bucket) its policy is what it keeps.
    if (
      !STORE_KINDS.has(component.kind) ||
      PRIMARY_STORE_KINDS.has(component.kind) ||
      runByCustomer(component, model.map.subprocessors)
    )
      return [];
    const held = classes.filter(
      (dataClass) =>
        dataClass.retention !== undefined &&
        component.dataClasses.includes(dataClass.id) &&
        keptAt(component, dataClass.id) === undefined,
    );
    if (held.length === 0) return [];
    return [
      {
        component,
        words: `${componentLabel(component)} holds ${joinList(held.map((dataClass) => dataClass.name))}, and how long it keeps ${held.length === 1 ? 'it' : 'them'} is not yet on record`,
      },
    ];
  });
}

/**
 * Our components that keep a data class longer than its policy says (`withinDuration`: data kept indefinitely
 * outlives "until deleted"), with the classes each keeps too long. What the policy answer must not leave out.
 * @example keptLonger(model, classes) // [{ component: logs, classes: [prompts] }]
 */
export function keptLonger(
  model: Model,
  classes: readonly Pick<DataClassData, 'id' | 'name' | 'retention'>[],
): { component: ComponentData; words: string }[] {
  return model.map.components.flatMap((component) => {
    // Named by class: "keeps them" read as every class, including those kept within their own policy. Classes kept
    // for the same time are said together.
    const byDuration = new Map<string, string[]>();
    for (const dataClass of classes) {
      const kept = keptAt(component, dataClass.id);
      if (
        kept === undefined ||
        dataClass.retention === undefined ||
        !component.dataClasses.includes(dataClass.id) ||
        withinDuration(kept, dataClass.retention)
      )
        continue;
      byDuration.set(kept, [...(byDuration.get(kept) ?? []), dataClass.name]);
    }
    if (byDuration.size === 0) return [];
    const parts = [...byDuration].map(([kept, names]) => `${joinList(names)} ${keptFor(kept)}`);
    // Reached only under a condition, it keeps them only then (cognita: a log written only with internet search on
    // read as keeping every question).
    const when = onlyWhen(model, component.id);
    // The condition says when it is written there, not how long it stays (frigate: "GenAI debug files keeps … until
    // deleted, only while an administrator turns on saving", of files nothing deletes once saving is off).
    const words = `${componentLabel(component)} keeps ${joinList(parts)}${when ? ` (written there ${when})` : ''}`;
    return [{ component, words }];
  });
}
