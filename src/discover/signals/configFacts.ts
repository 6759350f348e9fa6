import { lineAt, lineStarts, lineText, type ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { ConfigFact } from '../types.js';
import { FACT_RULES } from './factRules.js';

const ARGUMENT_WINDOW = 4000;

/** A Python or JavaScript import statement's first line. */
const IMPORT_LINE = /^\s*(?:from\s+[\w.]+\s+import\b|import\s+[\w.{*]|export\s+\{[^}]*\}\s+from\b)/;

/**
 * The arguments of the call whose `(` is at `open`: up to the matching `)`, a bounded window.
 * For SQL patterns (no parenthesis) the statement up to the closing quote or `;` stands in.
 */
function argumentsAt(text: string, open: number): string {
  if (text[open] !== '(') {
    const end = text.slice(open, open + ARGUMENT_WINDOW).search(/[;`'"]/);
    const start = Math.max(0, text.lastIndexOf('SELECT', open), text.lastIndexOf('select', open));
    return text.slice(start, end < 0 ? open + ARGUMENT_WINDOW : open + end);
  }
  let depth = 0;
  const limit = Math.min(text.length, open + ARGUMENT_WINDOW);
  for (let i = open; i < limit; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1, limit);
}

/** Configuration facts of one source file, given the providers it imports. */
export function configFacts(text: string, file: string, imported: ReadonlySet<string>): ConfigFact[] {
  const facts: ConfigFact[] = [];
  let starts: number[] | undefined;
  for (const rule of FACT_RULES) {
    if (rule.requiresImport && !imported.has(rule.provider)) continue;
    rule.pattern.lastIndex = 0;
    let lastLine = 0;
    for (const match of text.matchAll(rule.pattern)) {
      if (rule.test === 'missing-argument') {
        const open = match.index + match[0].length - 1;
        const args = argumentsAt(text, text[open] === '(' ? open : match.index);
        if (rule.argument!.test(args)) continue;
      }
      const passedVariable =
        rule.test === 'missing-argument' &&
        /^\s*(?:\*\*|\.\.\.)?[\w.]+\s*\)?\s*$/.test(argumentsAt(text, match.index + match[0].length - 1));
      if (passedVariable && rule.argumentInFile?.test(text)) continue;
      starts ??= lineStarts(text);
      const { line, col } = lineAt(starts, match.index);
      // An import names a module, it calls nothing: `from openai.types.beta.vector_stores import …` or
      // `from llama_index.core.vector_stores.types import …` is no use of a feature (sec-insights).
      if (rule.test === 'present' && IMPORT_LINE.test(lineText(text, starts, line))) continue;
      // One fact per rule and line: `beta.vector_stores.files.create(` is one use, not two.
      if (line === lastLine) continue;
      lastLine = line;
      facts.push({
        kind: rule.kind,
        provider: rule.provider,
        message: passedVariable
          ? `${rule.message} (heuristic: the arguments are passed as a variable)`
          : rule.message,
        ...(rule.heuristic || passedVariable ? { heuristic: true } : {}),
        evidence: [
          { file, line, col, signal: 'config', snippet: cleanSnippet(lineText(text, starts, line), col - 1) },
        ],
      });
    }
  }
  return facts;
}

/**
 * The app's own module a file imports its client from, named for a provider whose SDK a fact needs (`import { openai }
 * from "@/app/openai"`, `from app.clients.openai_client import client`): a local path (`./`, `../`, `@/`, `~/`) or a
 * dotted module whose last part is the provider's name, alone or with `client`.
 */
const LOCAL_CLIENT_MODULE =
  /^\s*import\b[^;\n]{0,300}?\bfrom\s*["'](?:\.{1,2}|[@~])\/(?:[\w.-]+\/)*([\w-]+?)(?:[_-]?clients?)?(?:\.[jt]sx?)?["']|^\s*from\s+\.*(?:\w+\.)*(\w+?)(?:_?clients?)?\s+import\b/gm;

/**
 * Providers a file imports, from its hits, and those whose client it takes from the app's own module named for them:
 * assistants-quickstart builds `openai` once in `app/openai.ts`, and its routes' vector stores, files and threads
 * (`app/api/assistants/files/route.tsx:17`, `openai.beta.vectorStores.create(`) went unread.
 */
export function importedProviders(hits: readonly ProviderHit[], text = ''): Set<string> {
  const imported = new Set(hits.filter((hit) => hit.evidence.signal === 'import').map((hit) => hit.provider));
  // Only a file naming such a provider can import its client from a module named for it: one literal pass first.
  if (text.includes('import') && NAMES_IMPORT_PROVIDER.test(text))
    for (const match of text.matchAll(LOCAL_CLIENT_MODULE)) {
      const name = (match[1] ?? match[2] ?? '').toLowerCase();
      if (IMPORT_PROVIDERS.has(name)) imported.add(name);
    }
  return imported;
}

/** The providers whose facts need their SDK imported, and a pass that finds any of their names. */
const IMPORT_PROVIDERS: ReadonlySet<string> = new Set(
  FACT_RULES.filter((rule) => rule.requiresImport).map((rule) => rule.provider),
);
const NAMES_IMPORT_PROVIDER = new RegExp(
  [...IMPORT_PROVIDERS].map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|') || '(?!)',
  'i',
);
