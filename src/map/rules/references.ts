import { didYouMean } from '../didYouMean.js';
import type { MapRule, RuleContext } from './context.js';

type Path = (string | number)[];

function check(
  context: RuleContext,
  path: Path,
  value: unknown,
  valid: ReadonlySet<string>,
  what: string,
): void {
  if (typeof value !== 'string' || valid.has(value)) return;
  context.problems.push({
    code: 'unknown-reference',
    location: context.source.locate(path),
    message: `unknown ${what} \`${value}\``,
    hint:
      didYouMean(value, valid) ??
      (valid.size ? `known: ${[...valid].slice(0, 12).join(', ')}` : `no ${what}s are defined`),
  });
}

function checkAll(
  context: RuleContext,
  path: Path,
  values: readonly string[] | undefined,
  valid: ReadonlySet<string>,
  what: string,
): void {
  for (const [j, value] of (values ?? []).entries()) check(context, [...path, j], value, valid, what);
}

const EVIDENCE_KEYS = new Set(['evidence', 'dpa', 'soc2Report', 'impactAssessment', 'report']);

/** Every evidence reference at any depth of an entry (`evidence: [...]`, `dpa`, `soc2Report`, `impactAssessment`). */
function walkEvidence(context: RuleContext, node: unknown, path: Path, valid: ReadonlySet<string>): void {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) walkEvidence(context, child, [...path, i], valid);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, child] of Object.entries(node)) {
    if (EVIDENCE_KEYS.has(key)) {
      const refs = Array.isArray(child) ? child : [child];
      for (const [i, ref] of refs.entries()) {
        check(context, Array.isArray(child) ? [...path, key, i] : [...path, key], ref, valid, 'evidence id');
      }
    } else walkEvidence(context, child, [...path, key], valid);
  }
}

/** Every cross-reference in the map points at something that exists; unknown ids get the closest valid one. */
export const references: MapRule = (context) => {
  const { data } = context;
  const ids = <T extends { id: string }>(list: T[]) => new Set(list.map((entry) => entry.id));
  const dataClasses = ids(data.dataClasses);
  const components = ids(data.components);
  const subprocessors = ids(data.subprocessors);
  const endpoints = new Set([...components, ...subprocessors]);
  const evidence = ids(data.evidence);

  data.dataClasses.forEach((dc, i) => {
    checkAll(context, ['dataClasses', i, 'derivedFrom'], dc.derivedFrom, dataClasses, 'data class');
  });
  data.components.forEach((component, i) => {
    checkAll(context, ['components', i, 'dataClasses'], component.dataClasses, dataClasses, 'data class');
    check(context, ['components', i, 'subprocessor'], component.subprocessor, subprocessors, 'sub-processor');
    check(context, ['components', i, 'logging', 'sink'], component.logging?.sink, components, 'component');
    check(
      context,
      ['components', i, 'userAuthentication', 'identityProvider'],
      component.userAuthentication?.identityProvider,
      endpoints,
      'component or sub-processor',
    );
    if (component.retention !== undefined && typeof component.retention !== 'string') {
      const held = new Set(component.dataClasses);
      for (const dataClass of Object.keys(component.retention)) {
        if (held.has(dataClass)) continue;
        const path = ['components', i, 'retention', dataClass];
        if (!dataClasses.has(dataClass)) check(context, path, dataClass, dataClasses, 'data class');
        else
          context.problems.push({
            code: 'unknown-reference',
            location: context.source.locate(path),
            message: `\`${component.id}\` gives a retention for \`${dataClass}\` but does not hold it`,
            hint: `add \`${dataClass}\` to its \`dataClasses\`, or remove it here`,
          });
      }
    }
  });
  data.subprocessors.forEach((sp, i) => {
    checkAll(context, ['subprocessors', i, 'dataClasses'], sp.dataClasses, dataClasses, 'data class');
  });
  data.flows.forEach((flow, i) => {
    check(context, ['flows', i, 'from'], flow.from, endpoints, 'component or sub-processor');
    check(context, ['flows', i, 'to'], flow.to, endpoints, 'component or sub-processor');
    checkAll(context, ['flows', i, 'dataClasses'], flow.dataClasses, dataClasses, 'data class');
    if (flow.from === flow.to) {
      context.problems.push({
        location: context.source.locate(['flows', i, 'to']),
        message: `flow \`${flow.id}\` goes from \`${flow.from}\` to itself`,
        hint: 'a flow connects two different components or sub-processors',
      });
    }
  });
  data.aiSystems.forEach((system, i) => {
    checkAll(context, ['aiSystems', i, 'components'], system.components, components, 'component');
  });
  for (const section of [
    'organization',
    'dataClasses',
    'components',
    'subprocessors',
    'aiSystems',
    'controls',
  ] as const) {
    walkEvidence(context, data[section], [section], evidence);
  }
  data.evidence.forEach((entry, i) => {
    if (!entry.path && !entry.url) {
      context.problems.push({
        location: context.source.locate(['evidence', i]),
        message: `evidence \`${entry.id}\` has neither \`path\` nor \`url\``,
        hint: 'say where the document is: a path relative to the map, or a URL',
      });
    }
  });
};
