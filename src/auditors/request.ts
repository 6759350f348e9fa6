import { escapeMarkdown } from '../describe/index.js';
import type { ScopeAdvice } from '../scope/index.js';
import type { MatchResult } from './match.js';
import { frameworkLabel } from './profile.js';

/** A section of the brief: a heading and lines (plain text; each renderer encodes for its format). */
export interface BriefSection {
  heading: string;
  lines: string[];
}

/** The request a company sends once to the three firms. Trustmap writes it; it sends nothing. */
export interface AuditRequestBrief {
  title: string;
  to: string[];
  sections: BriefSection[];
}

const MAX_GAPS = 15;

/**
 * The brief for the three firms: stage, frameworks, report type and window, target date, the in-scope system
 * with its AI components and sub-processors, and the readiness gaps from `check` (through scope's ranking).
 * Pure; the renderers turn it into Markdown or PDF.
 */
export function buildRequestBrief(result: MatchResult, advice: ScopeAdvice): AuditRequestBrief {
  const { profile } = result;
  const frameworks = profile.frameworks.map((framework) => frameworkLabel(framework, profile));
  const sections: BriefSection[] = [];
  sections.push({
    heading: 'Company',
    lines: [
      `${profile.organization}, ${profile.stage}${profile.headcount ? `, ${profile.headcount} people` : ''}`,
      ...(profile.regions.length ? [`Operates in: ${profile.regions.join(', ')}`] : []),
    ],
  });
  const engagement = [`Frameworks: ${frameworks.join(', ')}`];
  if (profile.frameworks.includes('soc2')) {
    engagement.push(`SOC 2 categories: ${profile.categories.join(', ')}`);
    if (profile.reportType === 'type1') {
      engagement.push(
        `Report: Type I first${advice.reportType.type1 ? ` as of ${advice.reportType.type1.asOf}` : ''}, then Type II`,
      );
    } else engagement.push('Report: Type II');
    engagement.push(
      `Type II window: ${profile.windowMonths} months (${advice.reportType.type2.windowStart} to ${advice.reportType.type2.windowEnd})`,
    );
  }
  if (profile.targetDate) engagement.push(`Report needed by: ${profile.targetDate}`);
  engagement.push(`Controls ready (our estimate): ${advice.reportType.readyDate}`);
  if (profile.ai.iso42001Interest) engagement.push(`ISO/IEC 42001: ${advice.iso42001.reason}`);
  sections.push({ heading: 'Engagement we ask you to quote', lines: engagement });

  const included = advice.system.components.filter((component) => component.include);
  sections.push({
    heading: 'System in scope',
    lines: included.map(
      (component) => `${component.name} (${component.kind}): ${component.roles.join(', ') || 'in scope'}`,
    ),
  });
  sections.push({
    heading: 'AI components',
    lines: [
      ...(profile.ai.components.length ? profile.ai.components : ['none recorded']),
      `Model training on our data: ${profile.ai.training ? 'yes' : 'no'}`,
      `Customer data in retrieval: ${profile.ai.customerDataInRetrieval ? 'yes' : 'no'}`,
    ],
  });
  sections.push({
    heading: 'Sub-processors',
    lines: advice.system.subprocessors.map(
      (sub) => `${sub.vendor}: ${sub.treatment}${sub.soc2Report ? ' (SOC 2 report on file)' : ''}`,
    ),
  });
  const gaps = advice.gaps.slice(0, MAX_GAPS);
  sections.push({
    heading: 'Known readiness gaps (from trustmap check)',
    lines: gaps.length
      ? [
          ...gaps.map((gap) => `${gap.blocking ? '[blocking] ' : ''}${gap.checkId}: ${gap.message}`),
          ...(advice.gaps.length > MAX_GAPS ? [`and ${advice.gaps.length - MAX_GAPS} more`] : []),
        ]
      : ['none found by the automated checks'],
  });
  sections.push({
    heading: 'What we ask',
    lines: [
      'A quote with scope, timeline (earliest start and report date) and the team that would do the work.',
      'Confirmation that your firm has not helped prepare us (independence).',
      'Your licence or accreditation for each framework you quote (CPA firm for SOC 2; accreditation body and scope for ISO certification).',
    ],
  });
  return {
    title: `Audit request from ${profile.organization}`,
    to: result.matches.map((match) => match.name),
    sections,
  };
}

/** The brief as Markdown, with every string escaped. */
export function renderBriefMarkdown(brief: AuditRequestBrief): string {
  const md = escapeMarkdown;
  const out = [`# ${md(brief.title)}`, '', `To: ${brief.to.map(md).join('; ') || 'no firm matched'}`, ''];
  for (const section of brief.sections) {
    out.push(`## ${md(section.heading)}`, '');
    for (const line of section.lines) out.push(`- ${md(line)}`);
    out.push('');
  }
  out.push('_Written by Trustmap for the company to send; Trustmap sends nothing itself._', '');
  return out.join('\n');
}
