import type { Model } from '../../model/index.js';
import type { ControlMatrixRow } from '../controlMatrix.js';
import { ledgerLabel } from '../records.js';
import { OSCAL_VERSION, oscalControlId, oscalTime, uuidFor } from './ids.js';
import type { OscalContext } from './ssp.js';

/**
 * OSCAL assessment results (JSON): one result over the window, one observation per Trustmap control (how many
 * days it passed, from which ledger entries) and one finding per criterion, satisfied when every control behind
 * it passed on every day with data.
 */
export function oscalAssessmentResults(
  model: Model,
  rows: readonly ControlMatrixRow[],
  context: OscalContext,
): object {
  const org = model.map.organization.name;
  const id = (...parts: string[]) => uuidFor(org, context.framework, context.window.end, ...parts);
  const plan = id('resource', 'assessment-plan');
  const observations = rows.map((row) => {
    const last = [...row.history.days].reverse().find((day) => day.source);
    return {
      uuid: id('observation', row.control),
      title: `${row.control}: ${row.title}`,
      description: `${row.result}.${row.exceptions.length > 0 ? ` Exceptions: ${row.exceptions.join(' ')}` : ''}`,
      methods: ['TEST'],
      collected: oscalTime(last ? last.day : context.window.end, true),
      'relevant-evidence': [
        {
          href: 'check-history.csv',
          description: `Daily status of ${row.control} from the check runs in the ledger${
            last?.source?.kind === 'ledger' ? `, last ${ledgerLabel(last.source)}` : ''
          }.`,
        },
      ],
    };
  });
  const byCriterion = new Map<string, ControlMatrixRow[]>();
  for (const row of rows)
    for (const criterion of row.criteria)
      byCriterion.set(criterion, [...(byCriterion.get(criterion) ?? []), row]);
  const criteria = [...byCriterion.keys()].sort();
  const findings = criteria.map((criterion) => {
    const behind = byCriterion.get(criterion) ?? [];
    const satisfied = behind.every((row) => row.history.summary.failing === 0);
    return {
      uuid: id('finding', criterion),
      title: `${criterion}: ${satisfied ? 'no exceptions' : 'exceptions found'}`,
      description: behind.map((row) => `${row.control}: ${row.result}`).join('. '),
      target: {
        type: 'objective-id',
        'target-id': `${oscalControlId(criterion)}_obj`,
        status: { state: satisfied ? 'satisfied' : 'not-satisfied' },
      },
      'related-observations': behind.map((row) => ({ 'observation-uuid': id('observation', row.control) })),
    };
  });
  return {
    'assessment-results': {
      uuid: id('assessment-results'),
      metadata: {
        title: `${org}: automated control test results, ${context.window.start} to ${context.window.end}`,
        'last-modified': oscalTime(context.createdAt),
        version: context.version,
        'oscal-version': OSCAL_VERSION,
      },
      'import-ap': { href: `#${plan}` },
      results: [
        {
          uuid: id('result'),
          title: `Trustmap automated tests over ${context.window.start} to ${context.window.end}`,
          description:
            'Results of the checks Trustmap ran on every push, read from the signed evidence ledger. They support the auditor’s tests; they are not the auditor’s opinion.',
          start: oscalTime(context.window.start),
          end: oscalTime(context.window.end, true),
          'reviewed-controls': {
            'control-selections': [
              {
                'include-controls': criteria.map((criterion) => ({
                  'control-id': oscalControlId(criterion),
                })),
              },
            ],
          },
          observations,
          findings,
        },
      ],
      'back-matter': {
        resources: [
          {
            uuid: plan,
            title: 'Assessment plan',
            description: "The audit firm's plan for this engagement, kept by the firm.",
          },
        ],
      },
    },
  };
}
