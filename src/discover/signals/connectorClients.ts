import type { ProviderHit } from '../scan/hits.js';

/** How a proof says its file builds the vendor's client from one connector instance's own configuration. */
export const CONNECTOR_INSTANCE_DETAIL = "in a client built from one connector instance's configuration";

/**
 * A file that reads the settings of one connector instance (`connector_instance_id`, `connectorInstanceId`): the
 * credentials each organisation entered when it connected its own account (pipeshub-ai's
 * `app/sources/client/zendesk/zendesk.py` reads `/services/connectors/{connector_instance_id}/config` for the subdomain
 * and token of each customer's Zendesk).
 */
const CONNECTOR_INSTANCE = /\bconnector_?instance_?id\b/i;

/**
 * Marks the proofs of a production file that builds its clients from a connector instance's configuration
 * (`CONNECTOR_INSTANCE_DETAIL`), so each customer's own source is read from what the code does, not a folder's name
 * (pipeshub-ai's connector clients sit under `app/sources/client/` and `app/sources/external/`, and `sources/` is too
 * common a name to mean the customer's own). Only proofs with no detail of their own are marked: a detail others read
 * by its whole text (an unused import, a listed key) is kept as it is, and the file is known by any one marked proof.
 */
export function markConnectorClients(hits: readonly ProviderHit[], codeText: string): void {
  if (hits.length === 0 || !CONNECTOR_INSTANCE.test(codeText)) return;
  for (const { evidence } of hits) if (!evidence.detail) evidence.detail = CONNECTOR_INSTANCE_DETAIL;
}

/** A Python script named as a usage sample: `example.py`, `examples.py`, `example_usage.py`, `zendesk_example.py`. */
const EXAMPLE_SCRIPT = /^(?:examples?|example_\w+|\w+_example)\.py$/i;
const MAIN_GUARD = /^if\s+__name__\s*==\s*["']__main__["']\s*:/m;

/**
 * Whether a Python file is a usage sample run by hand: named as an example and run as a script (a `__main__` guard).
 * pipeshub-ai keeps one beside each connector client (`app/sources/external/zendesk/example.py`), reading a developer's
 * keys from the environment; a module named `example.py` that the app imports (TaskWeaver's `misc/example.py`, which
 * loads its prompt examples) has no such guard and stays code.
 * @example exampleScript('example.py', 'import os\nif __name__ == "__main__":\n    main()\n') // true
 */
export function exampleScript(name: string, text: () => string): boolean {
  return EXAMPLE_SCRIPT.test(name) && MAIN_GUARD.test(text());
}

/** Python's `from a.b.c import X` and `import a.b.c`, at a line's start: the module. */
const PY_IMPORT_LINE = /^[ \t]*(?:from\s+([\w.]+)\s+import\b|import\s+([\w.]+))/gm;

/**
 * The production Python files wrapping a connector instance's client: files proving a vendor whose other proofs sit in
 * such a client, which import one of those clients' modules by its package path (pipeshub-ai's
 * `app/sources/external/s3/s3.py`, `from app.sources.client.s3.s3 import S3Client`: the customer's bucket, reached with
 * the client built from their connector's settings). One level only; reads only those files.
 * @example connectorWrappers(hits, files, read) // Set { 'app/sources/external/s3/s3.py' }
 */
export function connectorWrappers<File extends { relative: string }>(
  hits: readonly ProviderHit[],
  files: readonly File[],
  read: (file: File) => string | undefined,
): Set<string> {
  const clients = new Map<string, Set<string>>();
  for (const { provider, evidence } of hits)
    if (evidence.detail?.includes(CONNECTOR_INSTANCE_DETAIL)) {
      const set = clients.get(provider) ?? new Set<string>();
      set.add(evidence.file);
      clients.set(provider, set);
    }
  if (clients.size === 0) return new Set();
  const modules = [...new Set([...clients.values()].flatMap((set) => [...set]))]
    .filter((file) => file.endsWith('.py'))
    .map((file) => `.${file.slice(0, -3).replace(/\//g, '.')}`);
  const candidates = new Set(
    hits
      .filter(
        ({ provider, evidence }) =>
          clients.has(provider) &&
          evidence.proofClass === 'code' &&
          evidence.file.endsWith('.py') &&
          !clients.get(provider)!.has(evidence.file),
      )
      .map(({ evidence }) => evidence.file),
  );
  const wrappers = new Set<string>();
  for (const file of files) {
    if (!candidates.has(file.relative)) continue;
    const text = read(file);
    if (!text) continue;
    for (const match of text.matchAll(PY_IMPORT_LINE)) {
      const module = match[1] ?? match[2]!;
      // Two parts at least (`client.s3`): a bare module name may be anyone's.
      if (module.includes('.') && modules.some((path) => path.endsWith(`.${module}`))) {
        wrappers.add(file.relative);
        break;
      }
    }
  }
  return wrappers;
}
