import { lineAt, lineStarts, lineText, type ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { DiscoveryEvidence, TableFact } from '../types.js';

// Identifiers, including templated ones in code (`{table_name}`, `${table}`, `%s`).
const IDENT = String.raw`(?:"[^"]+"|[\w$]+|\$?\{[\w.]+\}|%s)(?:\s*\.\s*(?:"[^"]+"|[\w$]+|\$?\{[\w.]+\}))?`;
/** A vector dimension: a number, or a template (`vector({dim})`, `vector(%s)`, `vector(${dims})`, `vector(dim)`). */
const DIMENSION = String.raw`(?:\d+|\$?\{[^}]{1,40}\}|%s|%\(\w+\)s|[A-Za-z_]\w*)`;
const CREATE_EXTENSION = /\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?"?vector"?/gi;
const CREATE_TABLE = new RegExp(
  String.raw`\bcreate\s+(?:unlogged\s+|temporary\s+|temp\s+)?table\s+(?:if\s+not\s+exists\s+)?(${IDENT})\s*\(`,
  'gi',
);
const VECTOR_COLUMN = new RegExp(
  String.raw`(?:^|[,(])\s*("?[\w$]+"?)\s+(?:[\w$]+\.)?(?:vector|halfvec|sparsevec)\s*\(\s*${DIMENSION}\s*\)`,
  'gi',
);
const ADD_VECTOR_COLUMN = new RegExp(
  String.raw`\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?(${IDENT})\s+add\s+(?:column\s+)?(?:if\s+not\s+exists\s+)?("?[\w$]+"?)\s+(?:[\w$]+\.)?(?:vector|halfvec|sparsevec)\s*\(`,
  'gi',
);
const VECTOR_INDEX = new RegExp(
  String.raw`\bcreate\s+(?:unique\s+)?index\s+(?:concurrently\s+)?(?:if\s+not\s+exists\s+)?(${IDENT})?\s*on\s+(?:only\s+)?(${IDENT})\s+using\s+(hnsw|ivfflat)\s*\(\s*("?[\w$]+"?)`,
  'gi',
);
const RLS = new RegExp(
  String.raw`\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?(${IDENT})\s+(enable|force)\s+row\s+level\s+security`,
  'gi',
);
const POLICY = new RegExp(String.raw`\bcreate\s+policy\s+("[^"]+"|[\w$]+)\s+on\s+(${IDENT})`, 'gi');
/** A column that keys each row to a user or a tenant, by its name (`user_id`, `userId`, `created_by`, `org_id`). */
const OWNER_COLUMN =
  /^(?:(?:user|owner|author|creator|account|member|profile|customer|tenant|org|organi[sz]ation|team|workspace|company)_?(?:id|uuid)|owner|created_by)$/i;
/** A table of users, organisations or workspaces: a column referencing it keys each row to one. */
const OWNER_TABLE =
  /^(?:users?|accounts?|profiles?|members?|customers?|tenants?|orgs?|organi[sz]ations?|teams?|workspaces?|compan(?:y|ies))$/i;
const REFERENCES = new RegExp(String.raw`\breferences\s+(${IDENT})`, 'i');

/** Unqualified, unquoted, lowercase: `public."Documents"` -> `documents`. */
function tableName(raw: string): string {
  const last = raw.split('.').pop()!.trim();
  return last.startsWith('"') ? last.slice(1, -1) : last.toLowerCase();
}

const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1) : name);

/** The text inside the parenthesis that opens at `open`, or to the end. */
function parenthesised(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** The statement that starts at `start`: up to the next `;` outside parentheses. */
function statementFrom(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ';' && depth <= 0) return text.slice(start, i);
  }
  return text.slice(start);
}

/** The parts of a list split at its top-level commas: a table's column and constraint definitions. */
function topLevelItems(body: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      items.push(body.slice(start, i));
      start = i + 1;
    }
  }
  items.push(body.slice(start));
  return items.map((item) => item.trim()).filter(Boolean);
}

const referencesOwners = (definition: string) => {
  const target = REFERENCES.exec(definition)?.[1];
  return target !== undefined && OWNER_TABLE.test(tableName(target));
};

/**
 * The columns of a `CREATE TABLE` body that key each row to a user or a tenant: named so, or referencing a table of
 * users, organisations or workspaces, in a column's definition or a table constraint (`FOREIGN KEY (owner) REFERENCES
 * auth.users`).
 */
function ownerColumns(body: string): string[] {
  const columns: string[] = [];
  for (const item of topLevelItems(body)) {
    const foreign = /^(?:constraint\s+(?:"[^"]+"|[\w$]+)\s+)?foreign\s+key\s*\(([^)]*)\)/i.exec(item);
    if (foreign) {
      if (referencesOwners(item))
        columns.push(...foreign[1]!.split(',').map((column) => unquote(column.trim())));
      continue;
    }
    if (/^(?:constraint|primary|unique|check|exclude|like|index|key)\b/i.test(item)) continue;
    const name = /^("[^"]+"|[\w$]+)/.exec(item)?.[1];
    if (name && (OWNER_COLUMN.test(unquote(name)) || referencesOwners(item))) columns.push(unquote(name));
  }
  return [...new Set(columns)];
}

/** The roles of a policy's `TO` clause, lowercase; undefined where it names none (every role). */
function policyRoles(statement: string): string[] | undefined {
  const head = statement.split(/\busing\s*\(|\bwith\s+check\s*\(/i)[0]!;
  const roles = /\bto\s+((?:"?[\w$]+"?\s*,\s*)*"?[\w$]+"?)\s*$/i.exec(head)?.[1];
  return roles?.split(',').map((role) => unquote(role.trim()).toLowerCase());
}

function clause(statement: string, keyword: RegExp): string | undefined {
  const match = keyword.exec(statement);
  if (!match) return undefined;
  const open = statement.indexOf('(', match.index + match[0].length - 1);
  return open < 0 ? undefined : parenthesised(statement, open).replace(/\s+/g, ' ').trim();
}

/**
 * What SQL says about vector data and tenant isolation: `CREATE EXTENSION vector`, `vector(n)` columns,
 * HNSW/IVFFlat indexes, `ENABLE`/`FORCE ROW LEVEL SECURITY` and policies, per table.
 * @example extractSql('CREATE EXTENSION vector;', 'm.sql').hits[0].provider // 'pgvector'
 */
export function extractSql(text: string, file: string): { hits: ProviderHit[]; tables: TableFact[] } {
  const starts = lineStarts(text);
  const hits: ProviderHit[] = [];
  const tables = new Map<string, TableFact>();
  const evidenceAt = (index: number): DiscoveryEvidence => {
    const { line, col } = lineAt(starts, index);
    return { file, line, col, signal: 'sql', snippet: cleanSnippet(lineText(text, starts, line), col - 1) };
  };
  const table = (raw: string): TableFact => {
    const name = tableName(raw);
    let fact = tables.get(name);
    if (!fact) {
      fact = {
        table: name,
        vectorColumns: [],
        vectorIndexes: [],
        rlsEnabled: false,
        rlsForced: false,
        policies: [],
        evidence: [],
      };
      tables.set(name, fact);
    }
    return fact;
  };
  const pgvector = (index: number) => {
    if (hits.length < 20) hits.push({ provider: 'pgvector', evidence: evidenceAt(index) });
  };

  for (const match of text.matchAll(CREATE_EXTENSION)) pgvector(match.index);
  for (const match of text.matchAll(CREATE_TABLE)) {
    const body = parenthesised(text, match.index + match[0].length - 1);
    const owners = ownerColumns(body);
    if (owners.length > 0) {
      const fact = table(match[1]!);
      fact.ownerColumns = [...new Set([...(fact.ownerColumns ?? []), ...owners])];
      fact.createdAt = [...(fact.createdAt ?? []), evidenceAt(match.index)];
    }
    for (const column of body.matchAll(VECTOR_COLUMN)) {
      const fact = table(match[1]!);
      fact.vectorColumns.push(unquote(column[1]!));
      const at = match.index + match[0].length + column.index + column[0].lastIndexOf(column[1]!);
      fact.evidence.push(evidenceAt(at));
      pgvector(at);
    }
  }
  for (const match of text.matchAll(ADD_VECTOR_COLUMN)) {
    const fact = table(match[1]!);
    fact.vectorColumns.push(unquote(match[2]!));
    fact.evidence.push(evidenceAt(match.index));
    pgvector(match.index);
  }
  for (const match of text.matchAll(VECTOR_INDEX)) {
    const fact = table(match[2]!);
    const name = match[1]
      ? unquote(match[1].split('.').pop()!.trim())
      : `${match[3]!.toLowerCase()}(${unquote(match[4]!)})`;
    fact.vectorIndexes.push(`${name} (${match[3]!.toLowerCase()})`);
    fact.evidence.push(evidenceAt(match.index));
    pgvector(match.index);
  }
  for (const match of text.matchAll(RLS)) {
    const fact = table(match[1]!);
    if (match[2]!.toLowerCase() === 'enable') fact.rlsEnabled = true;
    else fact.rlsForced = true;
    const at = evidenceAt(match.index);
    fact.evidence.push(at);
    fact.rlsAt = [...(fact.rlsAt ?? []), at];
  }
  for (const match of text.matchAll(POLICY)) {
    const statement = statementFrom(text, match.index);
    const command = /\bfor\s+(all|select|insert|update|delete)\b/i.exec(statement)?.[1]?.toUpperCase();
    const roles = policyRoles(statement);
    const at = evidenceAt(match.index);
    table(match[2]!).policies.push({
      name: unquote(match[1]!),
      ...(command ? { command } : {}),
      ...(clause(statement, /\busing\s*\(/i) ? { using: clause(statement, /\busing\s*\(/i) } : {}),
      ...(clause(statement, /\bwith\s+check\s*\(/i)
        ? { withCheck: clause(statement, /\bwith\s+check\s*\(/i) }
        : {}),
      ...(roles ? { roles } : {}),
      evidence: at,
    });
    table(match[2]!).evidence.push(at);
  }
  return { hits, tables: [...tables.values()] };
}

/** Cheap test for whether a file's text is worth handing to `extractSql`. */
export const SQL_HINT =
  /create\s+extension|row\s+level\s+security|create\s+policy|using\s+(?:hnsw|ivfflat)|\bvector\s*\(\s*(?:\d|\$?\{|%|[A-Za-z_]\w*\s*\))/i;
