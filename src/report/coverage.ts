import type { CriterionStatus, FrameworkCoverage } from '../controls/coverage.js';
import { type Paint, PLAIN as plain } from '../core/paint.js';

const MARK: Record<CriterionStatus, string> = {
  'met-by-checks': '✓ checks',
  'met-by-evidence': '✓ evidence',
  failing: '✗ failing',
  'not-covered': '· not covered',
};

/**
 * Per framework: counts, then each criterion with how it is met and the controls behind it.
 * @example process.stdout.write(renderCoverageText(coverage(model, run)))
 */
export function renderCoverageText(frameworks: readonly FrameworkCoverage[], paint: Paint = plain): string {
  const out: string[] = [];
  for (const framework of frameworks) {
    const { counts } = framework;
    out.push(
      `${paint.bold(framework.title)}${framework.targeted ? '' : paint.dim(' (not a target framework)')}`,
      `  ${counts['met-by-checks']} met by checks · ${counts['met-by-evidence']} met by evidence · ${counts.failing} failing · ${counts['not-covered']} not covered (of ${framework.criteria.length})`,
    );
    for (const criterion of framework.criteria) {
      const colour =
        criterion.status === 'failing'
          ? paint.red
          : criterion.status === 'not-covered'
            ? paint.dim
            : paint.green;
      const controls = criterion.controls.map((control) => control.id).join(', ');
      out.push(
        `  ${colour(MARK[criterion.status].padEnd(14))} ${criterion.id.padEnd(8)} ${criterion.title}${controls ? paint.dim(`  [${controls}]`) : ''}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
