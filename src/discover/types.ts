/**
 * Contract between discovery and everything that consumes it (drift, checks, reports).
 * Extend with new optional fields; do not rename or remove.
 */

/** What kind of signal proved a fact. */
export type SignalKind =
  | 'manifest'
  | 'import'
  | 'env-var'
  | 'api-host'
  | 'model-id'
  | 'terraform'
  | 'compose-image'
  | 'kubernetes'
  | 'sql'
  | 'model-file'
  | 'config';

/** One line of proof: where, which signal, and the text that matched (trimmed, secrets never included). */
export interface DiscoveryEvidence {
  /** Path relative to the scanned root, with forward slashes. */
  file: string;
  line: number;
  col?: number;
  signal: SignalKind;
  /** The matching text (at most ~200 characters). */
  snippet: string;
  /** A qualifier, e.g. `lockfile: may be a transitive dependency`. */
  detail?: string;
}

export type ProviderCategory =
  | 'llm-api'
  | 'embedding-api'
  | 'vector-store'
  | 'inference-runtime'
  | 'ml-platform'
  | 'llm-observability'
  | 'llm-gateway'
  | 'agent-framework'
  | 'datastore';

/** vendor-hosted: a sub-processor candidate; self-hosted: an internal component. */
export type ProviderHosting = 'vendor-hosted' | 'self-hosted';

export type Confidence = 'high' | 'medium' | 'low';

/** One provider or component found in the code, merged across all its signals. */
export interface Finding {
  /** Stable id of the finding, equal to the provider id for provider findings (e.g. `openai`). */
  id: string;
  /** Catalog provider id. */
  provider: string;
  name: string;
  category: ProviderCategory;
  hosting: ProviderHosting;
  confidence: Confidence;
  evidence: DiscoveryEvidence[];
  /** Catalog vendor key grouping one company's services (`aws` for `aws-s3`). */
  vendor?: string;
  /** An AI service (model API, embeddings, vector store, LLM observability). */
  ai?: boolean;
  /** For observability and gateway vendors: prompts and completions reach the vendor. */
  receivesPrompts?: boolean;
  /** Evidence found in all, when more than `evidence` lists (evidence is capped per finding). */
  evidenceCount?: number;
}

/** A model weights or serialized model file found in the tree (never read). */
export interface ModelFileFact {
  file: string;
  format: string;
  bytes: number;
}

/** A configuration fact that a control needs (e.g. a Responses API call without `store: false`). */
export interface ConfigFact {
  /** Kind of fact, e.g. `openai-store-not-disabled`, `zdr-excluded-feature`, `gemini-developer-api`. */
  kind: string;
  /** Provider the fact concerns, when there is one. */
  provider?: string;
  message: string;
  /** True when the fact comes from a heuristic that can be wrong; the message says so too. */
  heuristic?: boolean;
  evidence: DiscoveryEvidence[];
}

/** What SQL migrations say about one table. */
export interface TableFact {
  table: string;
  vectorColumns: string[];
  vectorIndexes: string[];
  rlsEnabled: boolean;
  rlsForced: boolean;
  policies: { name: string; command?: string; using?: string; withCheck?: string }[];
  evidence: DiscoveryEvidence[];
}

/** A file that was not read, and why (size, binary, unreadable, symlink outside the root, ...). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** The full result of a scan. */
export interface DiscoveryReport {
  /** Absolute root that was scanned (first root when several). */
  root: string;
  findings: Finding[];
  facts: ConfigFact[];
  tables: TableFact[];
  skipped: SkippedFile[];
  stats: { files: number; bytes: number; durationMs: number };
  /** Model files (`.gguf`, `.safetensors`, `.onnx`, `.pt`, `.pkl`, ...). */
  models?: ModelFileFact[];
  /** Every root scanned, absolute. */
  roots?: string[];
}
