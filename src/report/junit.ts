import type { CheckRun } from '../controls/runChecks.js';
import type { CheckResult } from '../controls/types.js';
import { escapeXml as x } from '../core/encode.js';
import { describeSource } from './group.js';

function testcase(result: CheckResult, mapRoot: string | undefined): string {
  const open = `    <testcase classname="trustmap.${x(result.checkId)}" name="${x(`${result.subject.kind}:${result.subject.id}`)}" time="0"`;
  if (result.status === 'pass') return `${open}/>`;
  if (result.status === 'fail') {
    const body = [
      result.message,
      ...(result.path ? [`path: ${result.path.join(' -> ')}`] : []),
      ...(result.reasons ?? []).map((reason) => `also: ${reason}`),
      ...result.sources.map((source) => `at ${describeSource(source, mapRoot)}`),
      ...(result.remediation ? [`fix: ${result.remediation}`] : []),
    ].join('\n');
    return `${open}>\n      <failure message="${x(result.message)}" type="${result.severity}">${x(body)}</failure>\n    </testcase>`;
  }
  const why =
    result.status === 'needs-evidence'
      ? `needs evidence: ${result.message}`
      : `not applicable: ${result.message}`;
  return `${open}>\n      <skipped message="${x(why)}"/>\n    </testcase>`;
}

/**
 * JUnit XML for CI test reporters: one test suite per check, one test case per subject; failures fail,
 * needs-evidence and not-applicable are skipped.
 * @example await writeFileAtomic('trustmap-junit.xml', renderJunit(run))
 */
export function renderJunit(run: CheckRun, options: { mapRoot?: string } = {}): string {
  const suites = run.checks.map((check) => {
    const results = run.results.filter((result) => result.checkId === check.id);
    const failures = results.filter((result) => result.status === 'fail').length;
    const skipped = results.filter(
      (result) => result.status === 'needs-evidence' || result.status === 'not-applicable',
    ).length;
    return [
      `  <testsuite name="${x(`${check.id}: ${check.title}`)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0" timestamp="${x(run.generatedAt.slice(0, 19))}">`,
      ...results.map((result) => testcase(result, options.mapRoot)),
      '  </testsuite>',
    ].join('\n');
  });
  const { summary } = run;
  const skipped = summary.byStatus['needs-evidence'] + summary.byStatus['not-applicable'];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="trustmap" tests="${summary.total}" failures="${summary.byStatus.fail}" errors="0" skipped="${skipped}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
