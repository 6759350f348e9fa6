import { type Paint, PLAIN } from '../core/index.js';
import { escapeMarkdown } from '../describe/index.js';
import { citeFact } from './facts.js';
import type { FirmMatch, MatchResult } from './match.js';
import { type CompanyProfile, frameworkLabel } from './profile.js';

/** One line on what the company needs, as the matcher read it. */
export function profileSummary(profile: CompanyProfile): string[] {
  const detail = (framework: CompanyProfile['frameworks'][number]) => {
    const label = frameworkLabel(framework, profile);
    if (framework !== 'soc2') return label;
    const window = profile.reportType === 'type2' ? `${profile.windowMonths}-month window; ` : '';
    return `${label} (${window}${profile.categories.join(', ')})`;
  };
  const lines = [
    `${profile.organization}: ${profile.stage}${profile.headcount ? `, ${profile.headcount} people` : ''}`,
    `needs ${profile.frameworks.map(detail).join(' and ')}`,
  ];
  if (profile.targetDate)
    lines.push(
      `report needed by ${profile.targetDate}; scope estimates controls ready ${profile.readyDate}${profile.targetNote ? `. ${profile.targetNote}` : ''}`,
    );
  if (profile.regions.length) lines.push(`regions: ${profile.regions.join(', ')}`);
  const ai = [
    profile.ai.training ? 'trains models' : 'no model training',
    profile.ai.customerDataInRetrieval ? 'customer data in retrieval' : 'no customer data in retrieval',
    profile.ai.iso42001Interest ? 'ISO/IEC 42001 wanted' : 'ISO/IEC 42001 not yet',
  ];
  lines.push(`AI: ${ai.join(', ')}`);
  if (profile.readinessProviders.length) lines.push(`prepared by: ${profile.readinessProviders.join(', ')}`);
  return lines;
}

function directoryLine(result: MatchResult): string {
  const { directory } = result;
  return `Directory: ${directory.name} (${directory.bundled ? 'bundled with Trustmap' : directory.file}), ${directory.firms} firms, last checked ${directory.checked}. Source: ${directory.source}`;
}

/** Plain text for a terminal. */
export function renderMatchText(result: MatchResult, paint: Paint = PLAIN): string {
  const out: string[] = [];
  out.push(paint.bold('Three audit firms that fit'));
  for (const line of profileSummary(result.profile)) out.push(`  ${line}`);
  out.push('');
  result.matches.forEach((match, i) => {
    out.push(paint.bold(`${i + 1}. ${match.name}`) + (match.size ? paint.dim(` (${match.size})`) : ''));
    if (match.website) out.push(`   ${match.website.value}`);
    for (const why of match.missingWhy) out.push(`   ${paint.yellow('cannot take on')} ${why}`);
    for (const reason of match.reasons) {
      out.push(
        `   - ${reason.text}${reason.points ? paint.dim(` [${reason.points > 0 ? '+' : ''}${reason.points}]`) : ''}`,
      );
      for (const fact of reason.facts) out.push(paint.dim(`       ${factLine(fact)}`));
    }
    if (match.unknown.length) out.push(`   unknown: ${match.unknown.join(', ')}`);
    out.push('');
  });
  if (result.matches.length < 3)
    out.push(
      paint.yellow(`Only ${result.matches.length} firm(s) meet the hard requirements in this directory.`),
    );
  if (result.uncovered.length)
    out.push(
      paint.yellow(
        `No firm in the directory meets the hard requirements for ${result.uncovered.map((f) => frameworkLabel(f, result.profile)).join(', ')}.`,
      ),
    );
  const independence = result.excluded.filter((entry) => entry.code === 'independence');
  for (const entry of independence)
    out.push(`${paint.yellow('Not independent')}: ${entry.name} ${entry.reason}.`);
  out.push(
    `${result.excluded.length} firm(s) left out by hard requirements (see --format json for each reason).`,
  );
  out.push(directoryLine(result));
  out.push(paint.dim(result.method));
  return `${out.join('\n')}\n`;
}

function factLine(fact: MatchResult['matches'][number]['reasons'][number]['facts'][number]): string {
  const value =
    typeof fact.value === 'object'
      ? describeValue(fact.value)
      : typeof fact.value === 'boolean'
        ? fact.value
          ? 'yes'
          : 'no'
        : String(fact.value);
  return `${value}${fact.note ? ` — ${fact.note}` : ''} (${citeFact(fact)})`;
}

function describeValue(value: unknown): string {
  const record = value as Record<string, unknown>;
  if ('accreditationBody' in record)
    return `${record.accredited ? 'accredited' : 'not accredited'} for ${record.standard} by ${record.accreditationBody}${record.scope ? ` (${record.scope})` : ''}`;
  if ('currency' in record)
    return `${record.currency} ${record.min}${record.max !== undefined ? `–${record.max}` : '+'}`;
  return JSON.stringify(value);
}

/** Markdown, every user- or directory-supplied string escaped. */
export function renderMatchMarkdown(result: MatchResult): string {
  const md = escapeMarkdown;
  const out: string[] = ['# Three audit firms that fit', ''];
  for (const line of profileSummary(result.profile)) out.push(`- ${md(line)}`);
  out.push('');
  for (const [i, match] of result.matches.entries()) out.push(...firmMarkdown(match, i));
  if (result.uncovered.length)
    out.push(
      `> No firm in the directory meets the hard requirements for ${md(result.uncovered.map((f) => frameworkLabel(f, result.profile)).join(', '))}.`,
      '',
    );
  const independence = result.excluded.filter((entry) => entry.code === 'independence');
  for (const entry of independence)
    out.push(`> **Not independent:** ${md(entry.name)} ${md(entry.reason)}.`, '');
  out.push('## Left out', '');
  if (result.excluded.length === 0) out.push('None.');
  for (const entry of result.excluded) out.push(`- ${md(entry.name)}: ${md(entry.reason)}`);
  out.push('', '## About this list', '', md(directoryLine(result)), '', md(result.method), '');
  return out.join('\n');
}

function firmMarkdown(match: FirmMatch, i: number): string[] {
  const md = escapeMarkdown;
  const out = [`## ${i + 1}. ${md(match.name)}${match.size ? ` (${md(match.size)})` : ''}`, ''];
  if (match.website) out.push(`Website: <${encodeURI(match.website.value)}>`, '');
  for (const why of match.missingWhy) out.push(`Cannot take on ${md(why)}`, '');
  for (const reason of match.reasons) {
    out.push(
      `- ${md(reason.text)}${reason.points ? ` (${reason.points > 0 ? '+' : ''}${reason.points})` : ''}`,
    );
    for (const fact of reason.facts) out.push(`  - ${md(factLine(fact))}`);
  }
  out.push('', `Unknown: ${match.unknown.length ? md(match.unknown.join(', ')) : 'nothing listed'}`, '');
  return out;
}
