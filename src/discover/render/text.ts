import type { DriftItem } from '../drift.js';
import { saysMoreThanOwners } from '../rowSecurity.js';
import { RLS_BYPASS } from '../signals/factRules.js';
import type { DiscoveryReport, Finding } from '../types.js';
import { factsInForce, isDismissed } from './dismissed.js';
import { CATEGORY_TITLES, PLAIN, type Style, safeText } from './style.js';

export interface RenderOptions {
  drift?: readonly DriftItem[];
  style?: Style;
  /** Also list findings only mentioned (tests, docs, examples, comments, optional dependencies). */
  showMentioned?: boolean;
  /** Providers a person dismissed in the map compared: marked in the table, their facts left out of the list. */
  dismissed?: ReadonlySet<string>;
}

/** `text` padded to `width`, and never run into the next column ("1260 proofsapi/server/…", LibreChat). */
function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}

function groups(findings: readonly Finding[]): [string, Finding[]][] {
  const order = Object.keys(CATEGORY_TITLES);
  const byCategory = new Map<string, Finding[]>();
  for (const finding of findings)
    byCategory.set(finding.category, [...(byCategory.get(finding.category) ?? []), finding]);
  return [...byCategory].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}

const where = (e: { file: string; line: number }) => `${safeText(e.file)}:${e.line}`;

/**
 * The terminal report: findings grouped by category as a table, then facts, vector tables, model files,
 * drift and what was skipped.
 * @example process.stdout.write(renderDiscoveryText(report, { drift }))
 */
export function renderDiscoveryText(report: DiscoveryReport, options: RenderOptions = {}): string {
  const s = options.style ?? PLAIN;
  const out: string[] = [];
  const { files, bytes, durationMs } = report.stats;
  const shown = options.showMentioned
    ? report.findings
    : report.findings.filter((finding) => finding.status !== 'mentioned');
  const hidden = report.findings.filter((finding) => !shown.includes(finding));
  out.push(
    s.bold(
      `Discovery: ${shown.length} providers in ${files} files (${(bytes / 1e6).toFixed(1)} MB, ${durationMs} ms)`,
    ),
  );
  const width = Math.max(...shown.map((f) => f.id.length), 8) + 2;
  for (const [category, findings] of groups(shown)) {
    out.push('', s.bold(CATEGORY_TITLES[category] ?? category));
    for (const finding of findings) {
      const count = finding.evidenceCount ?? finding.evidence.length;
      const first = finding.evidence[0];
      const label =
        finding.status === 'mentioned'
          ? `${finding.id}?`
          : isDismissed(finding, options.dismissed)
            ? `${finding.id} (dismissed)`
            : finding.id;
      out.push(
        `  ${pad(safeText(label, 80), width)}${pad(finding.hosting, 15)}${pad(finding.confidence, 8)}${pad(`${count} proof${count === 1 ? '' : 's'}`, 11)}${first ? s.dim(`${where(first)} (${first.signal})`) : ''}`,
      );
    }
  }
  if (hidden.length)
    out.push(
      '',
      s.dim(
        `Only mentioned (tests, examples, docs, comments, optional or transitive dependencies; see --format json): ${hidden.map((f) => safeText(f.id, 60)).join(', ')}`,
      ),
    );
  const { facts, setAside } = factsInForce(report, options.dismissed);
  if (facts.length) {
    out.push('', s.bold('Configuration facts'));
    for (const fact of facts) {
      const first = fact.evidence[0];
      out.push(
        `  ${s.yellow(fact.kind)} ${safeText(fact.message)}${first ? s.dim(`  ${where(first)}`) : ''}`,
      );
    }
  }
  if (setAside.length)
    out.push(
      '',
      s.dim(`Facts about dismissed providers left out: ${setAside.map((id) => safeText(id, 60)).join(', ')}`),
    );
  const tables = report.tables.filter(saysMoreThanOwners);
  if (tables.length) {
    out.push('', s.bold('Tables (SQL migrations)'));
    for (const table of tables) {
      const rls = table.rlsForced ? 'RLS forced' : table.rlsEnabled ? 'RLS enabled' : s.red('no RLS');
      const vectors = table.vectorColumns.length
        ? `vector: ${table.vectorColumns.join(', ')}`
        : 'no vector column';
      const policies = table.policies.length
        ? `policies: ${table.policies.map((p) => p.name).join(', ')}`
        : 'no policy';
      out.push(`  ${pad(safeText(table.table, 60), 24)}${vectors}; ${rls}; ${policies}`);
    }
    // "RLS enabled" read as isolation by Chatbot UI's reviewer, whose retrieval route queries with the service key.
    if (tables.some((table) => table.rlsEnabled) && facts.some((fact) => fact.kind === RLS_BYPASS))
      out.push(
        s.yellow(
          '  row-level security does not apply to the service-role key the code also connects with (rls-bypass-key above)',
        ),
      );
  }
  if (report.models?.length) {
    out.push('', s.bold('Model files'));
    for (const model of report.models)
      out.push(`  ${safeText(model.file)}  ${model.format}, ${model.bytes} bytes`);
  }
  if (options.drift) {
    out.push(
      '',
      s.bold(`Drift against the map: ${options.drift.length} item${options.drift.length === 1 ? '' : 's'}`),
    );
    for (const item of options.drift) {
      const label =
        item.severity === 'critical'
          ? s.red('critical')
          : item.severity === 'high'
            ? s.yellow('high')
            : s.dim('info');
      const proof = item.evidence[0]
        ? s.dim(`  ${where(item.evidence[0])}`)
        : item.location
          ? s.dim(`  ${item.location.file}:${item.location.line}`)
          : '';
      out.push(`  ${pad(label, 8)} ${safeText(item.message)}${proof}`);
    }
  }
  if (report.skipped.length) {
    out.push('', s.bold(`Skipped ${report.skipped.length} file${report.skipped.length === 1 ? '' : 's'}`));
    for (const skip of report.skipped.slice(0, 20))
      out.push(`  ${safeText(skip.file)}  ${s.dim(skip.reason)}`);
    if (report.skipped.length > 20)
      out.push(s.dim(`  … and ${report.skipped.length - 20} more (see --format json)`));
  }
  return `${out.join('\n')}\n`;
}
