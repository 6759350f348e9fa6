import { joinList, withAside } from '../../core/words.js';
import { keepsClass } from '../../map/index.js';
import { componentLabel, customerDataClasses, customersVendorOf, mapRef, named } from '../../model/index.js';
import { midSentence, onlyWhen, retentionOf } from './refs.js';
import type { Answer, AnswerBuilder, AnswerSource } from './types.js';

/**
 * Whether the vectors and chunks made from the customer's content count as customer data ("Y/N: are vector embeddings
 * and derived chunks treated as Customer Data for encryption, retention, deletion and breach notification?"), from the
 * map's derivations (`derivedFrom`, the shared `customerDataClasses`): asked in every reviewed app's questionnaire and
 * answered with the tenant-isolation paragraph. Where each is kept and for how long follows, from the map. Never sent
 * without review: how the company's own policies treat them is the company's to confirm.
 */
export const embeddingsAsCustomerData: AnswerBuilder = ({ model }) => {
  const derived = model.map.dataClasses.filter(
    (dataClass) =>
      dataClass.category === 'embeddings' ||
      ((dataClass.derivedFrom ?? []).length > 0 &&
        /\b(?:embeddings?|vectors?|chunks?)\b/i.test(dataClass.name)),
  );
  if (derived.length === 0)
    return {
      missing:
        'the map records no embeddings or chunks: add the data class the vectors are (`category: embeddings`, `derivedFrom` the content they are made from), or say there are none',
    };
  const customer = customerDataClasses(model);
  const theirs = derived.filter((dataClass) => customer.has(dataClass.id));
  const ours = derived.filter((dataClass) => !customer.has(dataClass.id));
  const sources: AnswerSource[] = derived.map((dataClass) => mapRef(model, `dataClasses/${dataClass.id}`));
  const from = (dataClass: (typeof derived)[number]) =>
    (dataClass.derivedFrom ?? []).length > 0
      ? ` (made from ${joinList((dataClass.derivedFrom ?? []).map((id) => midSentence(model, named(model, id))))})`
      : '';
  const sentences: string[] = [];
  if (theirs.length > 0)
    sentences.push(
      // Names of vectors are plural ("Document embeddings", "Chunks"): said as such.
      `${joinList(theirs.map((dataClass) => `${dataClass.name}${from(dataClass)}`))} are customer data in our records, like the content they are made from.`,
    );
  if (ours.length > 0)
    sentences.push(
      `${joinList(ours.map((dataClass) => `${dataClass.name}${from(dataClass)}`))} are not customer data: they embed content that is not the customer's.`,
    );
  for (const dataClass of theirs) {
    // Where they rest, not what processes them on the way (chatgpt-your-files: "kept in … gte-small embedding model").
    // Nor a part that keeps them for no time (text-generation-webui: "kept in In-memory ChromaDB" beside "not kept").
    const places = model.map.components.filter(
      (component) => component.dataClasses.includes(dataClass.id) && keepsClass(component, dataClass.id),
    );
    for (const place of places) sources.push(mapRef(model, `components/${place.id}`));
    // Named, each: "Kept in Pinecone index." after two classes read as both kept there (pinecone-vercel-starter: the
    // question's embedding, never stored).
    // Each under its condition, where one has one: stores a setting chooses between are alternatives, not all in use
    // (refly's LanceDB and Qdrant, picked by `VECTOR_STORE_BACKEND`, read "kept in LanceDB and Qdrant").
    const when = places.map((place) => onlyWhen(model, place.id, dataClass.id));
    const alternatives = places.length > 1 && when.every(Boolean);
    const kept =
      places.length > 0
        ? ` ${dataClass.name} are kept in ${joinList(
            places.map((place, i) => {
              // Kept by a vendor under each customer's own account is theirs, said so (langflow: Pinecone, MongoDB
              // Atlas and four more read as stores of ours).
              const own = customersVendorOf(model, place);
              const aside = [own ? "under each customer's own account" : undefined, when[i]]
                .filter(Boolean)
                .join(', ');
              return aside ? withAside(componentLabel(place), aside) : componentLabel(place);
            }),
            alternatives ? 'or' : 'and',
          )}.`
        : '';
    const retention = dataClass.retention ? ` ${retentionOf(dataClass)}.` : '';
    if (dataClass.retention) sources.push(mapRef(model, `dataClasses/${dataClass.id}/retention`));
    sentences.push(`${kept}${retention}`.trim());
  }
  const answer: Answer = {
    ...(ours.length === 0 ? { yesNo: 'Yes' as const } : theirs.length === 0 ? { yesNo: 'No' as const } : {}),
    text: sentences.filter(Boolean).join(' '),
    sources,
    review:
      'how our policies treat embeddings (encryption, retention, deletion, breach notification) is ours to confirm: the map records what they are made from and where they are kept',
  };
  return answer;
};

/** Topics a question on embeddings as customer data is matched to: answered as that, whichever it is. */
export const EMBEDDINGS_NEAR_TOPICS = new Set([
  'ai-tenant-isolation',
  'ai-data-lineage',
  'ai-prompt-retention',
  'data-retention',
  'data-deletion',
  'encryption-at-rest',
  'tenant-segregation',
]);
