import type { CompiledCatalog } from '../catalog/compile.js';
import type { ProviderHit } from '../scan/hits.js';
import { imageRepository } from './lineSignals.js';

/** The `detail` of a store's image that only another vendor's server in the same Compose file uses. */
export const BACKING_STORE_DETAIL = "a store of another vendor's server in the Compose file";

/** The `detail` of a store's setting in the environment of another vendor's server in the Compose file. */
export const SERVER_SETTING_DETAIL = "a setting of another vendor's server in the Compose file";

/** One service of a Compose file, by its lines (1-based, `end` inclusive). */
export interface ComposeService {
  name: string;
  start: number;
  end: number;
  image?: { repository: string; line: number };
  /** The services it names under `depends_on`, as a list or as a map. */
  dependsOn: string[];
}

/** At most this many services are read from one file: a Compose file a person wrote has tens. */
const MAX_SERVICES = 200;

const KEY_LINE = /^([ \t]*)([\w.-]{1,100})[ \t]*:(?:[ \t]|$)/;
const IMAGE_VALUE = /^[ \t]*image[ \t]*:[ \t]*["']?([^\s"'#]{1,300})/;
const LIST_ITEM = /^[ \t]*-[ \t]*["']?([\w.-]{1,100})["']?[ \t]*$/;

/**
 * The services of a Compose file with their image and `depends_on`: one pass over its lines, reading indentation
 * only, so any text costs linear time. Empty where the file has no top-level `services:`.
 * @example composeServices('services:\n  db:\n    image: postgres:16\n')[0].image.repository // 'postgres'
 */
export function composeServices(text: string): ComposeService[] {
  const services: ComposeService[] = [];
  let inServices = false;
  let serviceIndent = -1;
  let current: ComposeService | undefined;
  let dependsIndent = -1;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.replace(/\r$/, '');
    const body = raw.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    const indent = raw.length - body.length;
    const line = index + 1;
    if (indent === 0) {
      if (current) current.end = line - 1;
      current = undefined;
      inServices = /^services[ \t]*:/.test(body);
      serviceIndent = -1;
      continue;
    }
    if (!inServices) continue;
    if (serviceIndent < 0) serviceIndent = indent;
    if (indent <= serviceIndent) {
      if (current) current.end = line - 1;
      current = undefined;
      const key = indent === serviceIndent ? KEY_LINE.exec(raw) : null;
      if (key && services.length < MAX_SERVICES) {
        current = { name: key[2]!, start: line, end: line, dependsOn: [] };
        services.push(current);
      }
      dependsIndent = -1;
      continue;
    }
    if (!current) continue;
    current.end = line;
    if (dependsIndent >= 0 && indent <= dependsIndent) dependsIndent = -1;
    const image = IMAGE_VALUE.exec(raw);
    if (image && !current.image) {
      current.image = { repository: image[1]!, line };
      continue;
    }
    if (dependsIndent >= 0) {
      const name = LIST_ITEM.exec(raw)?.[1] ?? KEY_LINE.exec(raw)?.[2];
      if (name) current.dependsOn.push(name);
      continue;
    }
    const key = KEY_LINE.exec(raw);
    if (key?.[2] === 'depends_on') {
      dependsIndent = indent;
      // `depends_on: [temporal-postgresql, temporal-elasticsearch]` on one line.
      const inline = /\[([^\]]{0,2000})\]/.exec(raw.slice(0, 4000))?.[1];
      if (inline)
        for (const name of inline.split(','))
          if (name.trim()) current.dependsOn.push(name.trim().replace(/^["']|["']$/g, ''));
    }
  }
  if (current) current.end = lines.length;
  return services;
}

/** The catalog provider an image is, if any. */
function imageProvider(catalog: CompiledCatalog, image: string): string | undefined {
  for (const repository of imageRepository(image)) {
    const provider = catalog.images.get(repository);
    if (provider) return provider;
  }
  return undefined;
}

const STORE_CATEGORIES: ReadonlySet<string> = new Set(['datastore', 'vector-store']);

/** The names a service's lines hold, as hosts or services' names (`http://langfuse-clickhouse:8123`): one pass. */
function namesIn(text: string): Set<string> {
  return new Set(text.match(/[\w-]+/g) ?? []);
}

/**
 * Marks the proofs of a store that a Compose file runs only for another vendor's server: the store's image, where
 * every service that depends on it or names it runs a catalogued vendor's server that is no store itself (postiz's
 * `temporal-elasticsearch`, Temporal's visibility store, proposed as the app's Elasticsearch; refly's
 * `langfuse-clickhouse` beside Langfuse), and the store's settings in such a server's environment
 * (`CLICKHOUSE_URL: http://langfuse-clickhouse:8123` in Langfuse's). They prove that server's store, not one the app
 * uses. A store no service names, or one the app's own service uses, is not marked. Pure.
 */
export function markBackingStores(
  hits: readonly ProviderHit[],
  text: string,
  catalog: CompiledCatalog,
): void {
  if (!/^services[ \t]*:/m.test(text)) return;
  const services = composeServices(text);
  if (services.length < 2) return;
  const lines = text.split('\n');
  const named = new Map(
    services.map((service) => [service.name, namesIn(lines.slice(service.start, service.end).join('\n'))]),
  );
  const providerOf = new Map(
    services.map((service) => [
      service.name,
      service.image ? imageProvider(catalog, service.image.repository) : undefined,
    ]),
  );
  const category = (provider: string | undefined) =>
    provider ? catalog.providers.get(provider)?.category : undefined;
  // A service that runs a catalogued vendor's server, not a store and not the app's own image.
  const server = (service: ComposeService) => {
    const kind = category(providerOf.get(service.name));
    return kind !== undefined && !STORE_CATEGORIES.has(kind);
  };
  const backing = new Map<string, string[]>();
  for (const store of services) {
    if (!store.image || !STORE_CATEGORIES.has(category(providerOf.get(store.name)) ?? '')) continue;
    const users = services.filter(
      (other) =>
        other !== store && (other.dependsOn.includes(store.name) || named.get(other.name)!.has(store.name)),
    );
    if (users.length > 0 && users.every(server))
      backing.set(
        store.name,
        users.map((user) => user.name),
      );
  }
  for (const hit of hits) {
    const { evidence } = hit;
    if (!STORE_CATEGORIES.has(category(hit.provider) ?? '')) continue;
    const owner = services.find((service) => evidence.line >= service.start && evidence.line <= service.end);
    if (!owner) continue;
    const users = backing.get(owner.name);
    if (users && owner.image?.line === evidence.line && providerOf.get(owner.name) === hit.provider)
      evidence.detail = `${BACKING_STORE_DETAIL} (${owner.name}, used by ${users.join(', ')})`;
    else if (
      server(owner) &&
      providerOf.get(owner.name) !== hit.provider &&
      evidence.signal !== 'compose-image'
    )
      evidence.detail = `${SERVER_SETTING_DETAIL} (${owner.name})`;
  }
}
