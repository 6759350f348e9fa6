import { redactLine, redactText } from '../../core/redact.js';
import type { CompiledCatalog } from '../catalog/compile.js';
import { configFacts, importedProviders } from '../signals/configFacts.js';
import { lineSignals } from '../signals/lineSignals.js';
import { manifestSignals } from '../signals/manifests.js';
import { extractSql, SQL_HINT } from '../signals/sql.js';
import { extractTerraform } from '../signals/terraform.js';
import type { ConfigFact, SignalKind, TableFact } from '../types.js';
import { fileKindOf, manifestKindOf } from './fileKind.js';
import type { ProviderHit } from './hits.js';
import type { KeywordScanner } from './keywordScanner.js';

/** What one file contributes to the report. */
export interface FileResult {
  hits: ProviderHit[];
  facts: ConfigFact[];
  tables: TableFact[];
}

const CODE_KINDS = new Set(['js', 'python', 'go', 'ruby', 'jvm', 'rust']);
const COMPOSE_FILE = /(?:^|[-.])compose[\w.-]*\.ya?ml$/i;
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Keywords beyond the catalog's: SQL that describes vector data and tenant isolation. */
export const EXTRA_KEYWORDS = [
  { text: 'create extension', prefix: false },
  { text: 'row level security', prefix: false },
  { text: 'create policy', prefix: false },
  { text: 'hnsw', prefix: false },
  { text: 'ivfflat', prefix: false },
  { text: '<=>', prefix: true },
  { text: 'provider "', prefix: true },
];

/**
 * Scans one file's bytes. A single keyword pass selects candidate lines; only those lines (and, for
 * manifests, SQL and Terraform, the whole text) reach the detailed matchers.
 */
export async function scanFile(
  bytes: Uint8Array,
  file: string,
  name: string,
  catalog: CompiledCatalog,
  scanner: KeywordScanner,
): Promise<FileResult> {
  const result: FileResult = { hits: [], facts: [], tables: [] };
  const kind = fileKindOf(name);
  const manifest = manifestKindOf(name);
  const candidates = scanner.scan(bytes);
  if (candidates.lines.length === 0) return result;
  let fullText: string | undefined;
  const text = () => {
    // Secrets are masked before any signal sees the text, so no finding or snippet can carry one.
    fullText ??= redactText(decoder.decode(bytes));
    return fullText;
  };

  if (manifest) {
    manifestSignals({ file, kind: manifest, text: text(), lines: candidates.lines }, catalog, result.hits);
    return result;
  }
  if (!kind) return result;
  const imageSignal: SignalKind =
    kind === 'dockerfile' || COMPOSE_FILE.test(name) ? 'compose-image' : 'kubernetes';
  let sqlHint = kind === 'sql';
  for (let i = 0; i < candidates.lines.length; i++) {
    const line = redactLine(
      decoder.decode(bytes.subarray(candidates.starts[i], candidates.ends[i])).replace(/\r$/, ''),
    );
    if (!sqlHint && SQL_HINT.test(line)) sqlHint = true;
    lineSignals({ file, kind, line: candidates.lines[i]!, text: line, imageSignal }, catalog, result.hits);
  }
  if (sqlHint) {
    const sql = extractSql(text(), file);
    result.hits.push(...sql.hits);
    result.tables.push(...sql.tables);
  }
  const plan = kind === 'json' && /"(?:planned_values|resource_changes)"\s*:/.test(text());
  if (kind === 'terraform' || plan) {
    // text() runs before the await: the caller reuses `bytes` for the next file once this yields.
    const terraform = await extractTerraform(text(), file, catalog, plan);
    result.hits.push(...terraform.hits);
    result.facts.push(...terraform.facts);
  }
  if (CODE_KINDS.has(kind)) result.facts.push(...configFacts(text(), file, importedProviders(result.hits)));
  return result;
}
