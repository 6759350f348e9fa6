/**
 * The one answer to "is this provider declared in the map?", shared by drift, every check and every output.
 * A vendor-hosted service is declared by a sub-processor that names it, its catalog id or its company (the `aws`
 * sub-processor covers `aws-s3`), or by a component that names it and says it is `self-hosted`; a self-hosted one by
 * a component whose `provider` names it, or by a sub-processor naming it (the team uses the vendor's hosted service).
 */

/** What the predicate needs of a map: its sub-processors and components, by id and provider. */
export interface DeclaredEntries {
  subprocessors: readonly { id: string; provider?: string }[];
  components: readonly { id: string; provider?: string; hosting?: string; subprocessor?: string }[];
}

/** What the predicate needs of a discovered provider. */
export interface ProviderRef {
  /** Catalog id (`openai`, `aws-s3`) or the name of an unidentified endpoint. */
  provider: string;
  /** The finding's own id, when it differs from the provider. */
  id?: string;
  /** The company behind the provider (`aws` for `aws-s3`). */
  vendor?: string;
  /** The services it stands for (an SDK of several, a cloud account used as one's credential): naming one declares it. */
  covers?: readonly string[];
  hosting: 'vendor-hosted' | 'self-hosted';
}

function names(found: ProviderRef): Set<string> {
  const all = new Set([found.provider, ...(found.covers ?? [])]);
  if (found.id) all.add(found.id);
  if (found.vendor) all.add(found.vendor);
  return all;
}

/** The sub-processor entry that declares a provider, if any. */
export function declaringSubprocessor<T extends DeclaredEntries['subprocessors'][number]>(
  subprocessors: readonly T[],
  found: Omit<ProviderRef, 'hosting'>,
): T | undefined {
  const wanted = names({ ...found, hosting: 'vendor-hosted' });
  return subprocessors.find((entry) => wanted.has(entry.provider ?? entry.id) || wanted.has(entry.id));
}

/** The components that run a self-hosted provider. */
export function declaringComponents<T extends DeclaredEntries['components'][number]>(
  components: readonly T[],
  found: Omit<ProviderRef, 'hosting'>,
): T[] {
  const wanted = names({ ...found, hosting: 'self-hosted' });
  return components.filter((component) => component.provider !== undefined && wanted.has(component.provider));
}

/**
 * True when the map declares the provider: as a sub-processor when a vendor hosts it, as a component otherwise.
 * @example isDeclared(model.map, finding)
 */
export function isDeclared(map: DeclaredEntries, found: ProviderRef): boolean {
  // A server the code can run itself that the team uses as the vendor's service (Superagent's Langfuse: a dev Compose
  // file runs it, production sends to Langfuse Cloud) is declared by that sub-processor: their word stands, as below.
  if (found.hosting !== 'vendor-hosted')
    return (
      declaringComponents(map.components, found).length > 0 ||
      declaringSubprocessor(map.subprocessors, found) !== undefined
    );
  // A service the catalog knows as hosted that a person declares as run by us (NVIDIA NIM as a container of
  // anything-llm's, not the API catalog): their word on this deployment stands.
  // Or run for us by a sub-processor the map lists (excalidraw: its file store, `provider: firebase-storage` run by the
  // `google-firebase` sub-processor, was "used in code but not a declared sub-processor", and "under review" in six
  // answers). Run by each customer, it is theirs by the same word (bionic-gpt: an Unstructured container each customer
  // runs, "found in our code and under review for our sub-processor list" in twelve answers once it said so).
  return (
    declaringSubprocessor(map.subprocessors, found) !== undefined ||
    declaringComponents(map.components, found).some(
      (component) =>
        component.hosting === 'self-hosted' ||
        component.hosting === 'customer-hosted' ||
        (component.subprocessor !== undefined &&
          map.subprocessors.some((entry) => entry.id === component.subprocessor)),
    )
  );
}
