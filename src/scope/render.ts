import { cite as citeSource } from '../core/cite.js';
import { PLAIN } from '../core/paint.js';
import { escapeMarkdown } from '../describe/index.js';
import type { ScopeAdvice, ScopeSource } from './types.js';

/** A short label of any scope source: file:line, `check <id>`, `answer: ...`, or a questionnaire file. */
export function scopeSourceLabel(source: ScopeSource): string {
  switch (source.kind) {
    case 'answer':
      return `answer: ${source.question} = ${source.value}`;
    case 'questionnaire':
      return `${source.file}: ${source.topic} ×${source.count}`;
    default:
      return citeSource(source);
  }
}

const PLAN = { 'type1-then-type2': 'Type I first, then Type II', type2: 'straight to Type II' } as const;

const plain = PLAIN;

/** When the audit may start: a date, or, with no system in scope yet, once there is one. */
function readyWords(report: ScopeAdvice['reportType']): string {
  const fixes = report.remediationDays > 0 ? ` (about ${report.remediationDays} days of fixes)` : '';
  return report.noSystemYet ? `once there is a system in scope${fixes}` : `${report.readyDate}${fixes}`;
}

/** Whole days from one ISO date to another. */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * The Type I and Type II dates, or, where the map shows no system to audit yet, the same plan counted from the day
 * there is one: dates from today read as a plan that can start now (chatgpt-web, lollms-webui, aws-genai-llm-chatbot,
 * Perplexica, chat-with-your-data: "Type I as of 2026-12-07, report by 2027-01-18" beside "no system in scope").
 */
function planLines(report: ScopeAdvice['reportType']): string[] {
  const w = report.type2;
  if (report.noSystemYet)
    return [
      ...(report.type1
        ? [
            `Type I: as of the day there is a system in scope, report about ${daysBetween(report.type1.asOf, report.type1.earliestReport)} days later`,
          ]
        : []),
      `Type II window: ${w.windowMonths} months from then, report about ${daysBetween(w.windowEnd, w.earliestReport)} days after it ends`,
    ];
  return [
    ...(report.type1 ? [`Type I as of ${report.type1.asOf}, report by ${report.type1.earliestReport}`] : []),
    `Type II window: ${w.windowMonths} months, ${w.windowStart} to ${w.windowEnd}, report by ${w.earliestReport}`,
  ];
}

/**
 * Renders scope advice for a terminal. Pass picocolors' colours for a TTY; sources are in the JSON and Markdown.
 * @example process.stdout.write(renderScopeText(adviseScope(model, results, answers)));
 */
export function renderScopeText(advice: ScopeAdvice, colors = plain): string {
  const lines: string[] = [];
  const { reportType: report } = advice;
  lines.push(
    colors.bold(`First-audit advice for ${advice.organization} (${advice.stage}, as of ${advice.asOf})`),
    '',
  );
  lines.push(colors.bold('Trust services categories'));
  for (const c of advice.categories)
    lines.push(
      `  ${c.include ? colors.green('✓ include') : colors.dim('✗ leave out')}  ${c.title}: ${c.reason}`,
    );
  lines.push('', colors.bold(`Report: ${PLAN[report.plan]}`), `  ${report.reason}`);
  lines.push(`  ready to start: ${readyWords(report)}`);
  for (const line of planLines(report)) lines.push(`  ${line}`);
  if (report.target)
    lines.push(
      `  target ${report.target.date}: ${report.target.met ? colors.green('met') : colors.red('missed')}. ${report.target.note}`,
    );
  lines.push('', colors.bold('In-scope system'));
  if (advice.system.note) lines.push(`  ${advice.system.note}`);
  for (const c of advice.system.components)
    lines.push(
      `  ${c.include ? colors.green('in ') : colors.dim('out')}  ${c.name} (${c.kind})${c.roles.length ? `: ${c.roles.join(', ')}` : c.outside ? `: ${c.outside}` : ''}`,
    );
  for (const s of advice.system.subprocessors)
    lines.push(`  ${s.treatment.padEnd(9)}  ${s.vendor}: ${s.reason}`);
  for (const s of advice.system.customerAccounts)
    lines.push(`  ${colors.dim('not ours ')}  ${s.vendor}: ${s.reason}`);
  if (advice.keepOut.length > 0) {
    lines.push('', colors.bold('Keep out of the SOC 2 report'));
    for (const k of advice.keepOut) lines.push(`  - ${k.topic} → ${k.answerIn.join(' and ')}. ${k.reason}`);
  }
  lines.push('', colors.bold(`ISO/IEC 42001: ${advice.iso42001.start}`), `  ${advice.iso42001.reason}`);
  const blocking = advice.gaps.filter((gap) => gap.blocking).length;
  lines.push('', colors.bold(`Readiness gaps: ${advice.gaps.length} open, ${blocking} blocking the audit`));
  for (const gap of advice.gaps) {
    const tag = gap.blocking ? colors.red('blocks') : colors.yellow('open  ');
    lines.push(
      `  ${gap.rank}. ${tag} ${gap.severity} ${gap.status} ${gap.checkId} (${gap.subject}): ${gap.message}`,
    );
    if (gap.remediation) lines.push(`     fix: ${gap.remediation}`);
  }
  return `${lines.join('\n')}\n`;
}

const cite = (sources: readonly ScopeSource[]) =>
  sources.length > 0
    ? ` <sub>(${[...new Set(sources.map(scopeSourceLabel))].map(escapeMarkdown).join('; ')})</sub>`
    : '';

/**
 * Renders scope advice as Markdown, each recommendation with its reason and sources.
 * @example await writeFile('scope.md', renderScopeMarkdown(advice));
 */
export function renderScopeMarkdown(advice: ScopeAdvice): string {
  const e = escapeMarkdown;
  const { reportType: report } = advice;
  const out: string[] = [
    `# First-audit advice for ${e(advice.organization)}`,
    '',
    `Stage: ${e(advice.stage)}. As of ${advice.asOf}.`,
    '',
    '## Trust services categories',
    '',
    ...advice.categories.map(
      (c) => `- **${c.include ? 'Include' : 'Leave out'}: ${e(c.title)}.** ${e(c.reason)}${cite(c.sources)}`,
    ),
    '',
    `## Report: ${PLAN[report.plan]}`,
    '',
    `${e(report.reason)}${cite(report.sources)}`,
    '',
    `- Ready to start: ${readyWords(report)}`,
    ...planLines(report).map((line) => `- ${line}`),
    ...(report.target
      ? [`- Target ${report.target.date}: ${report.target.met ? 'met' : 'missed'}. ${e(report.target.note)}`]
      : []),
    '',
    '## In-scope system',
    '',
    ...(advice.system.note ? [e(advice.system.note), ''] : []),
    '| Component | Kind | In scope | Why | Source |',
    '| --- | --- | --- | --- | --- |',
    ...advice.system.components.map(
      (c) =>
        `| ${e(c.name)} | ${e(c.kind)} | ${c.include ? 'yes' : 'no'} | ${e(c.reason)} | ${cite(c.sources).trim()} |`,
    ),
    '',
    '| Sub-processor | Treatment | Why | Source |',
    '| --- | --- | --- | --- |',
    ...advice.system.subprocessors.map(
      (s) => `| ${e(s.vendor)} | ${s.treatment} | ${e(s.reason)} | ${cite(s.sources).trim()} |`,
    ),
    ...advice.system.customerAccounts.map(
      (s) =>
        `| ${e(s.vendor)} | none: ${s.anonymous ? 'no account of anyone’s' : "the customer's own account"} | ${e(s.reason)} | ${cite(s.sources).trim()} |`,
    ),
    '',
  ];
  if (advice.keepOut.length > 0)
    out.push(
      '## Keep out of the SOC 2 report',
      '',
      ...advice.keepOut.map(
        (k) => `- **${e(k.topic)}** → ${k.answerIn.join(' and ')}. ${e(k.reason)}${cite(k.sources)}`,
      ),
      '',
    );
  out.push(
    `## ISO/IEC 42001: ${advice.iso42001.start}`,
    '',
    `${e(advice.iso42001.reason)}${cite(advice.iso42001.sources)}`,
    '',
  );
  out.push('## Readiness gaps', '');
  if (advice.gaps.length === 0) out.push('No open findings.', '');
  else
    out.push(
      '| # | Blocks the audit | Severity | Check | About | Finding | Fix |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...advice.gaps.map(
        (g) =>
          `| ${g.rank} | ${g.blocking ? 'yes' : 'no'} | ${g.severity} | ${e(g.checkId)} | ${e(g.subject)} | ${e(g.message)} | ${e(g.remediation ?? '')} |`,
      ),
      '',
    );
  return out.join('\n');
}
