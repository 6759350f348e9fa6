import { runByCustomer, STORE_KINDS, underCustomersAccount } from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import { chosenTreatment, customerRunPointer, type Model, ourComponents } from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionBlock, DescriptionSection } from './types.js';
import { humanize } from './words.js';

/** What the system includes (the map's components) and which sub-processors sit outside it. */
export function boundarySection(model: Model): DescriptionSection {
  const { subprocessors, organization } = model.map;
  // A part each customer runs and points the system at is theirs, outside the system described (unstract: each
  // organisation's own Milvus, PostgreSQL and Ollama were among "the 12 components listed below").
  // So is one a vendor runs under each customer's own account (vector-admin's customers' own Pinecone indexes).
  const components = ourComponents(model);
  const theirs = model.map.components.filter((component) => !components.includes(component));
  const hostedByThem = theirs.filter((component) => runByCustomer(component, []));
  const onTheirAccounts = theirs.filter((component) => !hostedByThem.includes(component));
  // Ours to build where the map says how it is released, or names its code in our codebase (`paths`).
  // Software, not a store it writes to: the code that writes a user's browser storage is ours, the storage is not
  // something we build and release (chatgpt-clone: "builds and releases Conversation history … from its own code").
  const builtByUs = hostedByThem.filter(
    (component) => component.changeControl || (component.paths?.length && !STORE_KINDS.has(component.kind)),
  );
  const releases = [
    ...new Set(
      builtByUs.flatMap((component) => (component.changeControl ? [component.changeControl.process] : [])),
    ),
  ];
  const label = (component: (typeof theirs)[number]) => component.name ?? component.id;
  const blocks: DescriptionBlock[] = [
    {
      kind: 'paragraph',
      statement: {
        // None of ours: said so, not "the 0 components listed below" (pr-agent: a product each customer runs).
        text:
          components.length === 0 && theirs.length > 0
            ? `No component of the system is run by ${organization.name}: every one runs in each customer's own environment or accounts (below). The description covers the people, procedures and data that support them.`
            : `The system covered by this description consists of ${components.length === 1 ? 'the one component' : `the ${components.length} components`} listed below and the people, procedures and data that support them.`,
        sources: components.map((component) => mapSource(model, `components/${component.id}`)),
      },
    },
    {
      kind: 'list',
      items: components.map((component) => ({
        text: `${component.name ?? component.id} (${humanize(component.kind)}${component.region ? `, ${component.region}` : ''})`,
        sources: [mapSource(model, `components/${component.id}`)],
      })),
    },
  ];
  if (theirs.length > 0)
    blocks.push({
      kind: 'paragraph',
      statement: {
        // Who runs each: the customer itself, or a vendor under the customer's own account (LLMStack: its customers'
        // Pinecone and Weaviate Cloud indexes, vendor-hosted, were said "run by each customer").
        text: `Outside the boundary, ${[
          ...(hostedByThem.length > 0 ? [`run by each customer: ${joinList(hostedByThem.map(label))}`] : []),
          ...(onTheirAccounts.length > 0
            ? [`run by vendors under each customer's own account: ${joinList(onTheirAccounts.map(label))}`]
            : []),
        ].join(
          '; and ',
          // Not "the system connects to them where a customer points it at them": the customer-run part may be the
          // product itself (aider's CLI) or a store it writes to unasked (chat-llamaindex's browser storage).
        )}. Each customer runs and secures them${onTheirAccounts.length > 0 ? ', and holds those accounts' : ''}.${
          // Software we build and ship, each customer runs: how we build and release it is ours (cline: its own extension
          // and CLI "outside the boundary … Each customer runs and secures them", with its release process on record).
          builtByUs.length > 0
            ? ` ${organization.name} builds and releases ${joinList(builtByUs.map(label))}${releases.length > 0 ? `, and how it does so (${joinList(releases)}) is part of the system described` : ' from its own code'}.`
            : ''
        }`,
        // Where the map says so: its hosting, or the sub-processor under the customer's account.
        sources: [
          ...theirs.map((component) => mapSource(model, customerRunPointer(component))),
          ...builtByUs.map((component) =>
            mapSource(
              model,
              `components/${component.id}/${component.changeControl ? 'changeControl' : 'paths'}`,
            ),
          ),
        ],
      },
    });
  // A vendor reached only under each customer's own account is the customer's subservice organisation, not ours
  // (lunary: Amazon Bedrock, Azure OpenAI and xAI, called only with keys its customers save, were "monitored as
  // subservice organisations"); each vendor is named once, however many of its services we use.
  const ours = subprocessors.filter((s) => !underCustomersAccount(s));
  // The method is said only where the map chooses it; the schema's default is no choice (pdftochat).
  const carvedOut = ours.filter((s) => chosenTreatment(model, s) === 'carve-out');
  const included = ours.filter((s) => chosenTreatment(model, s) === 'inclusive');
  const unchosen = ours.filter((s) => chosenTreatment(model, s) === undefined);
  const vendors = (list: typeof ours) => [...new Set(list.map((s) => s.vendor))].join(', ');
  // That we monitor them is said only where the map records each one's review (RAGFlow, lunary, supermemory: "monitors
  // them" beside "no review date recorded" for every vendor).
  const monitored = carvedOut.length > 0 && carvedOut.every((s) => s.terms?.lastReviewed !== undefined);
  if (carvedOut.length > 0)
    blocks.push({
      kind: 'paragraph',
      statement: {
        text: `Outside the boundary (carve-out method): ${vendors(carvedOut)}. They are subservice organisations: their controls are not described or tested here${monitored ? `, and ${organization.name} reviews each (last reviews on record)` : ''}.`,
        sources: carvedOut.flatMap((s) => [
          mapSource(model, `subprocessors/${s.id}/auditTreatment`),
          ...(monitored ? [mapSource(model, `subprocessors/${s.id}/terms/lastReviewed`)] : []),
        ]),
      },
    });
  if (included.length > 0)
    blocks.push({
      kind: 'paragraph',
      statement: {
        text: `Included in the boundary (inclusive method): ${vendors(included)}. Their relevant controls are described and tested as part of this system.`,
        sources: included.map((s) => mapSource(model, `subprocessors/${s.id}/auditTreatment`)),
      },
    });
  if (unchosen.length > 0)
    blocks.push({
      kind: 'placeholder',
      text: `Choose how this report treats ${vendors(unchosen)}: the carve-out method (outside the boundary, their controls not described or tested here) or the inclusive method (their relevant controls described and tested as part of this system); record it as \`auditTreatment\` on each in the map.`,
    });
  return { id: 'boundary', title: 'System boundary', blocks };
}
