import { STORE_KINDS } from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import type { SystemMap } from '../map/index.js';
import { BROWSER_STORE, UPLOAD_FOLDER } from './signals/localStores.js';
import type { ConfigFact, DataSent, DiscoveryEvidence, Finding } from './types.js';

/** A store the code keeps on a device or a disk rather than in a service: what its proposal says. */
export interface LocalStore {
  /** The finding it is seen as, for the proposal's data classes (`sends`) and its place in drift. */
  finding: Finding;
  /** The component proposed, `status: proposed`. */
  entry: Record<string, unknown> & { id: string };
  /** What the proposal's comment says of it. */
  message: string;
}

/** Ids, names and technologies of the local mechanisms. */
const MECHANISMS: Record<string, { id: string; name: string; technology: string; where: string }> = {
  indexeddb: {
    id: 'browser-indexeddb',
    name: "IndexedDB in each user's browser",
    technology: 'IndexedDB',
    where: "each user's browser",
  },
  localstorage: {
    id: 'browser-localstorage',
    name: "localStorage in each user's browser",
    technology: 'localStorage',
    where: "each user's browser",
  },
  'vscode-state': {
    id: 'extension-state',
    name: "the extension's stored state on each user's machine",
    technology: 'VS Code extension state',
    where: "each user's editor, on their own machine",
  },
  'local-disk': {
    id: 'upload-folder',
    name: 'Uploaded files on local disk',
    technology: 'local disk',
    where: '',
  },
};

/** Whether a finding is one of these stores (`localStores`): kept on users' devices or on a server's own disk. */
export function isLocalStore(finding: Pick<Finding, 'provider'> | undefined): boolean {
  return (
    finding !== undefined && Object.values(MECHANISMS).some((mechanism) => mechanism.id === finding.provider)
  );
}

/** The libraries a store's proofs name (`Dexie`, `zustand persist`), and the content they say it keeps. */
function readProofs(evidence: readonly DiscoveryEvidence[]): { libraries: string[]; contents: string[] } {
  const libraries = new Set<string>();
  const contents = new Set<string>();
  for (const proof of evidence) {
    const [library, kept] = (proof.detail ?? '').split(': ');
    if (library) libraries.add(library);
    for (const item of kept?.split(', ') ?? []) if (item) contents.add(item);
  }
  return { libraries: [...libraries], contents: [...contents] };
}

const places = (evidence: readonly DiscoveryEvidence[]) =>
  joinList(evidence.map((proof) => `${proof.file}:${proof.line}`));

/** Whether the map already has a component for a mechanism: its id, or a store whose words name it. */
function declared(map: SystemMap, mechanism: string, id: string): boolean {
  const named =
    mechanism === 'local-disk'
      ? /local disk|\bdisk\b|file ?system|\bvolume\b/i
      : mechanism === 'vscode-state'
        ? /globalState|extension state|vs ?code/i
        : mechanism === 'indexeddb'
          ? /indexeddb|dexie|localforage|idb/i
          : /localstorage|local storage|web storage/i;
  return map.components.some(
    (component) =>
      component.id === id ||
      (STORE_KINDS.has(component.kind) &&
        named.test(`${component.technology ?? ''} ${component.name ?? ''}`)),
  );
}

/**
 * The stores the facts show the code keeping users' content in outside any service: its browser storage (IndexedDB,
 * localStorage) or an extension's state, on each user's own device (`hosting: customer-hosted`), and the folder its
 * server writes uploads to, whose host only the person confirming knows. One per mechanism, none the map declares.
 * Pure.
 * @example localStores(map, report.facts)[0]?.entry.technology // 'IndexedDB (Dexie)'
 */
export function localStores(map: SystemMap, facts: readonly ConfigFact[]): LocalStore[] {
  const stores: LocalStore[] = [];
  for (const fact of facts) {
    if (fact.kind !== BROWSER_STORE && fact.kind !== UPLOAD_FOLDER) continue;
    const mechanism = MECHANISMS[fact.provider ?? ''];
    if (!mechanism || fact.evidence.length === 0) continue;
    if (declared(map, fact.provider!, mechanism.id)) continue;
    const { libraries, contents } = readProofs(fact.evidence);
    const sends: DataSent[] = [
      ...(contents.includes('conversations') ? (['prompts', 'outputs'] as const) : []),
      ...(contents.includes('documents') || fact.kind === UPLOAD_FOLDER ? (['files'] as const) : []),
    ];
    const finding: Finding = {
      id: mechanism.id,
      provider: mechanism.id,
      name: mechanism.name,
      category: 'datastore',
      hosting: 'self-hosted',
      confidence: 'medium',
      status: 'used',
      evidence: fact.evidence.map((proof) => ({ ...proof, proofClass: 'code' as const })),
      ...(sends.length ? { sends } : {}),
    };
    if (fact.kind === UPLOAD_FOLDER) {
      // The folders the code writes, each said once; in the technology only where every place names one (gpt_academic's
      // Gradio uploads go to a folder its settings name, its FastAPI route's to `uploads/`).
      const folders = [...new Set(contents.map((item) => item.replace(/\/?$/, '/')))];
      const everyPlace = fact.evidence.every((proof) => proof.detail?.includes(': '));
      const folder = folders.length ? joinList(folders) : undefined;
      const technology = folder && everyPlace ? `local disk (${folders.join(', ')})` : 'local disk';
      stores.push({
        finding,
        entry: {
          id: mechanism.id,
          status: 'proposed',
          name: mechanism.name,
          kind: 'object-store',
          technology,
        },
        message: `the server writes the files users upload to ${folder ? (everyPlace ? `a folder on its own disk, ${folder}` : `folders on its own disk, ${folder} among them`) : 'a folder on its own disk'} (${libraries.join(', ')}: ${places(fact.evidence)}), and no map component declares it; say where that disk is (\`hosting: self-hosted\` on a machine or volume of ours, \`customer-hosted\` where each customer runs the app), how long uploads are kept there (\`retention\`) and how they are deleted`,
      });
      continue;
    }
    const technology = `${mechanism.technology}${libraries.some((library) => library !== mechanism.technology) ? ` (${libraries.filter((library) => library !== mechanism.technology).join(', ')})` : ''}`;
    const kept = joinList(contents.map((item) => (item === 'conversations' ? "users' conversations" : item)));
    stores.push({
      finding,
      entry: {
        id: mechanism.id,
        status: 'proposed',
        name: mechanism.name,
        kind: 'datastore',
        technology,
        hosting: 'customer-hosted',
      },
      message: `${fact.provider === 'vscode-state' ? 'the extension' : 'the front end'} keeps ${kept || "users' content"} in ${technology} (${places(fact.evidence)}), in ${mechanism.where}: kept on each user's own device, not on a server of ours (\`hosting: customer-hosted\`); check what it keeps, and say how long it stays there (\`retention\`, often until the user clears it) and how a user deletes it`,
    });
  }
  return stores;
}
