import { PROMPT_CATEGORIES } from '../../core/vocabulary.js';
import { joinList } from '../../core/words.js';
import type { DataClassData } from '../../map/index.js';
import { durationDays, withinDuration } from '../../map/index.js';
import { durationWords, keptFor, type Model, named, usedFindings } from '../../model/index.js';
import { type CheckModule, notApplicable } from '../check.js';
import { classesAt } from '../dataClasses.js';
import { isDeclared, receivesPrompts } from '../providers.js';
import { codeRef, mapRef } from '../sources.js';
import type { CheckResult, SourceRef, Subject } from '../types.js';

const id = 'prompt-output-retention';
const controls = ['TM-DATA-03'];

/** The class with the shortest retention policy among `classes`, if any has one. */
function tightest(classes: DataClassData[]): DataClassData | undefined {
  let best: DataClassData | undefined;
  for (const entry of classes) {
    if (!entry.retention) continue;
    if (!best?.retention || durationDays(entry.retention) < durationDays(best.retention)) best = entry;
  }
  return best;
}

interface Holder {
  subject: Subject;
  pointer: string;
  /** How long it keeps data; undefined when not declared. */
  retention: string | undefined;
  /** `until-deleted` at a hosting provider means our own components decide. */
  hostsOurComponents: boolean;
  classes: DataClassData[];
}

function judge(model: Model, holder: Holder): CheckResult {
  const base = { checkId: id, controls, subject: holder.subject };
  const policy = tightest(holder.classes);
  const sources: SourceRef[] = [mapRef(model, holder.pointer)];
  if (policy) sources.push(mapRef(model, `dataClasses/${policy.id}/retention`));
  const names = holder.classes.map((entry) => entry.id).join(', ');
  const who = named(model, holder.subject.id);
  const what = joinList(holder.classes.map((entry) => entry.name));
  if (!policy?.retention)
    return {
      ...base,
      status: 'not-applicable',
      severity: 'high',
      message: `no retention policy for ${names}`,
      sources,
    };
  if (holder.retention === undefined) {
    return {
      ...base,
      status: 'fail',
      severity: 'medium',
      cause: `retention:${holder.subject.id}`,
      message: `\`${holder.subject.id}\` receives ${names} but does not say how long it keeps them (policy: ${policy.retention})`,
      plain: `${who} receives ${what}, and how long it keeps them is not yet documented`,
      sources,
      remediation: `declare \`retention\` on \`${holder.subject.id}\``,
    };
  }
  if (holder.retention === 'until-deleted' && holder.hostsOurComponents) {
    return {
      ...base,
      status: 'pass',
      severity: 'high',
      message: `\`${holder.subject.id}\` keeps ${names} only as long as our components do`,
      sources,
    };
  }
  if (withinDuration(holder.retention, policy.retention)) {
    return {
      ...base,
      status: 'pass',
      severity: 'high',
      message: `\`${holder.subject.id}\` keeps ${names} ${holder.retention}, within the ${policy.retention} policy`,
      sources,
    };
  }
  return {
    ...base,
    status: 'fail',
    severity: 'high',
    cause: `retention:${holder.subject.id}`,
    message: `\`${holder.subject.id}\` keeps ${names} ${holder.retention}, longer than \`${policy.id}\`'s policy of ${policy.retention}`,
    plain: `${who} keeps ${what} ${keptFor(holder.retention)}, longer than our policy of ${durationWords(policy.retention)} for ${policy.name}`,
    sources,
    remediation: `shorten \`${holder.subject.id}\`'s retention to ${policy.retention} or less`,
  };
}

/** Wherever prompts and outputs land, they are kept no longer than their policy. */
export const promptRetention: CheckModule = {
  id,
  title: 'Prompt and output retention',
  controls,
  severity: 'high',
  run(model) {
    const promptClasses = model.map.dataClasses.filter((entry) => PROMPT_CATEGORIES.has(entry.category));
    const promptIds = new Set(promptClasses.map((entry) => entry.id));
    const received = (endpoint: string, declared: readonly string[]) =>
      [...classesAt(model, endpoint, declared)]
        .filter((dataClass) => promptIds.has(dataClass))
        .map((dataClass) => model.index.dataClasses.get(dataClass))
        .filter((entry): entry is DataClassData => entry !== undefined);
    const observability = usedFindings(model).filter((finding) => receivesPrompts(model, finding.provider));
    const holders: Holder[] = [];
    for (const component of model.map.components) {
      const classes = received(component.id, component.dataClasses);
      if (classes.length === 0) continue;
      holders.push({
        subject: { kind: 'component', id: component.id },
        pointer: `components/${component.id}${component.retention ? '/retention' : ''}`,
        retention: component.retention,
        hostsOurComponents: false,
        classes,
      });
    }
    for (const subprocessor of model.map.subprocessors) {
      const watches = observability.some((finding) => finding.provider === subprocessor.provider);
      const classes = watches ? promptClasses : received(subprocessor.id, subprocessor.dataClasses);
      if (classes.length === 0) continue;
      holders.push({
        subject: { kind: 'subprocessor', id: subprocessor.id },
        pointer: `subprocessors/${subprocessor.id}${subprocessor.terms ? '/terms' : ''}`,
        retention: subprocessor.terms?.retention,
        hostsOurComponents: !subprocessor.ai && !watches,
        classes,
      });
    }
    const results = holders.map((holder) => judge(model, holder));
    const policy = tightest(promptClasses);
    for (const finding of observability) {
      if (isDeclared(model.map, finding) || !policy) continue;
      results.push({
        checkId: id,
        controls,
        status: 'fail',
        severity: 'high',
        subject: { kind: 'finding', id: finding.id },
        cause: `undeclared:${finding.provider}`,
        message: `${finding.name} receives prompts and outputs from the code, but is not declared, so nothing shows it keeps them within the ${policy.retention} policy`,
        plain: `${finding.name} receives prompts from our service but is not yet on our sub-processor list`,
        sources: finding.evidence.map(codeRef),
        remediation: `declare \`${finding.provider}\` as a sub-processor with \`terms.retention\` within ${policy.retention}, or remove it`,
      });
    }
    if (results.length > 0) return results;
    return notApplicable(
      { id, controls, severity: 'high' },
      model,
      'no prompts or model outputs are stored anywhere in the map',
      'dataClasses',
    );
  },
};
