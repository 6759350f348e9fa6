import type { CompiledCatalog, TerraformRule } from '../catalog/compile.js';
import { lineAt, lineStarts, lineText, type ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { ConfigFact, DiscoveryEvidence } from '../types.js';
import { readHclBlocks } from './hclBlocks.js';

/** A resource as both HCL and plan JSON describe it. */
export interface TerraformResource {
  type: string;
  name: string;
  values: Record<string, unknown>;
}

type HclParse = (file: string, text: string) => Promise<Record<string, unknown>>;
let parser: Promise<HclParse> | undefined;

// The WebAssembly HCL parser, only for files the small reader rejects (~0.7 s to start, far more when the
// machine is busy), so a tree with ordinary .tf files never loads it.
function hclParser(): Promise<HclParse> {
  parser ??= import('@cdktf/hcl2json').then((module) => module.parse as HclParse);
  return parser;
}

async function parseHcl(file: string, text: string): Promise<Record<string, unknown>> {
  try {
    return readHclBlocks(text) as Record<string, unknown>;
  } catch {
    return (await hclParser())(file, text);
  }
}

const PROVIDER_BLOCKS: Record<string, string> = { aws: 'aws', google: 'gcp', azurerm: 'azure' };

function first(value: unknown): Record<string, unknown> {
  const item = Array.isArray(value) ? value[0] : value;
  return item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
}

function ruleMatches(rule: TerraformRule, resource: TerraformResource): boolean {
  const typeOk = rule.type.endsWith('*')
    ? resource.type.startsWith(rule.type.slice(0, -1))
    : rule.type === resource.type;
  if (!typeOk) return false;
  if (!rule.attribute || !rule.matches) return true;
  const value = resource.values[rule.attribute];
  return typeof value === 'string' && new RegExp(rule.matches, 'i').test(value);
}

/** The catalog providers each resource proves, most specific rule first (attribute rules before bare ones). */
export function providersOfResource(catalog: CompiledCatalog, resource: TerraformResource): string[] {
  const conditional = catalog.terraform.filter((rule) => rule.attribute && ruleMatches(rule, resource));
  if (conditional.length) return [...new Set(conditional.map((rule) => rule.provider))];
  const plain = catalog.terraform.filter((rule) => !rule.attribute && ruleMatches(rule, resource));
  return [...new Set(plain.map((rule) => rule.provider))];
}

/** Bedrock invocation logging delivers prompt text unless `text_data_delivery_enabled = false`. */
function bedrockLoggingFact(
  resource: TerraformResource,
  evidence: DiscoveryEvidence,
): ConfigFact | undefined {
  if (resource.type !== 'aws_bedrock_model_invocation_logging_configuration') return undefined;
  const config = first(resource.values.logging_config);
  if (config.text_data_delivery_enabled === false) return undefined;
  return {
    kind: 'bedrock-invocation-logging-text',
    provider: 'aws-bedrock',
    message: 'Bedrock model invocation logging delivers prompt and completion text to the log destination',
    evidence: [evidence],
  };
}

function resourcesFromHcl(parsed: Record<string, unknown>): TerraformResource[] {
  const resources: TerraformResource[] = [];
  const blocks = (parsed.resource ?? {}) as Record<string, Record<string, unknown>>;
  for (const [type, byName] of Object.entries(blocks)) {
    for (const [name, body] of Object.entries(byName ?? {}))
      resources.push({ type, name, values: first(body) });
  }
  return resources;
}

function resourcesFromPlan(plan: Record<string, unknown>): TerraformResource[] {
  const resources: TerraformResource[] = [];
  const visit = (module: unknown) => {
    const node = first(module);
    for (const resource of (node.resources as Record<string, unknown>[] | undefined) ?? []) {
      if (typeof resource.type === 'string')
        resources.push({
          type: resource.type,
          name: String(resource.name ?? ''),
          values: first(resource.values),
        });
    }
    for (const child of (node.child_modules as unknown[] | undefined) ?? []) visit(child);
  };
  visit(first(plan.planned_values).root_module);
  if (resources.length === 0) {
    for (const change of (plan.resource_changes as Record<string, unknown>[] | undefined) ?? []) {
      if (typeof change.type === 'string')
        resources.push({
          type: change.type,
          name: String(change.name ?? ''),
          values: first(first(change.change).after),
        });
    }
  }
  return resources;
}

/** Finds where a resource is written, for evidence: HCL `resource "type" "name"` or plan JSON `"type": "..."`. */
function locate(text: string, starts: number[], resource: TerraformResource, plan: boolean): number {
  // Names come from the file: escaped, so a crafted type such as `(a+)+$` is text, not a pattern.
  const type = escapeRegExp(resource.type);
  const pattern = plan
    ? new RegExp(`"type"\\s*:\\s*"${type}"`)
    : new RegExp(`resource\\s+"${type}"\\s+"${resource.name.replace(/[^\w-]/g, '')}"`);
  const match = pattern.exec(text);
  return match ? match.index : (starts[0] ?? 0);
}

/**
 * Resources in a Terraform file (read by `readHclBlocks`) or a `terraform show -json` plan, as
 * provider hits and configuration facts. Text the parser rejects falls back to `resource "type"` lines.
 */
export async function extractTerraform(
  text: string,
  file: string,
  catalog: CompiledCatalog,
  plan: boolean,
): Promise<{ hits: ProviderHit[]; facts: ConfigFact[] }> {
  const starts = lineStarts(text);
  let resources: TerraformResource[];
  let providerBlocks: string[] = [];
  try {
    if (plan) resources = resourcesFromPlan(JSON.parse(text) as Record<string, unknown>);
    else {
      const parsed = await parseHcl(file, text);
      resources = resourcesFromHcl(parsed);
      providerBlocks = Object.keys((parsed.provider ?? {}) as object);
    }
  } catch {
    resources = [...text.matchAll(/^\s*resource\s+"([\w-]+)"\s+"([\w-]+)"/gm)].map((m) => ({
      type: m[1]!,
      name: m[2]!,
      values: {},
    }));
  }
  const hits: ProviderHit[] = [];
  const facts: ConfigFact[] = [];
  const evidenceAt = (index: number): DiscoveryEvidence => {
    const { line, col } = lineAt(starts, index);
    return {
      file,
      line,
      col,
      signal: 'terraform',
      snippet: cleanSnippet(lineText(text, starts, line), col - 1),
    };
  };
  for (const resource of resources) {
    const evidence = evidenceAt(locate(text, starts, resource, plan));
    for (const provider of providersOfResource(catalog, resource)) hits.push({ provider, evidence });
    const fact = bedrockLoggingFact(resource, evidence);
    if (fact) facts.push(fact);
  }
  for (const block of providerBlocks) {
    const provider = PROVIDER_BLOCKS[block];
    const index = new RegExp(`provider\\s+"${escapeRegExp(block)}"`).exec(text)?.index;
    if (provider && index !== undefined) hits.push({ provider, evidence: evidenceAt(index) });
  }
  return { hits, facts };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
