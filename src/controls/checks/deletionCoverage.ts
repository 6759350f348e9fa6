import {
  keepingUnsaid,
  PRIMARY_STORE_KINDS,
  REQUEST_KINDS,
  reachedAnonymously,
  runByCustomer,
  underCustomersAccount,
} from '../../core/vocabulary.js';
import { joinList } from '../../core/words.js';
import type { ComponentData, DataClassData, SubprocessorData } from '../../map/index.js';
import {
  deletesNothing,
  deletesOnlyPart,
  durationDays,
  longestKept,
  retentionPointer,
  withinDuration,
} from '../../map/index.js';
import {
  componentLabel,
  durationWords,
  keepsOwnCopy,
  keptFor,
  type Model,
  noAgreementSays,
} from '../../model/index.js';
import { type CheckModule, keepingAsked, notApplicable } from '../check.js';
import { classesAt, tenantScopedClasses } from '../dataClasses.js';
import { mapRef } from '../sources.js';
import type { CheckResult, SourceRef } from '../types.js';

const id = 'deletion-coverage';
const controls = ['TM-DATA-02'];

const within = (actual: string, limit: string | undefined) =>
  limit === undefined || withinDuration(actual, limit);

/** The deletion promise, for a buyer: "the 30 days we promise". */
const promisedWords = (limit: string | undefined) =>
  limit ? `the ${durationWords(limit)} we promise` : 'the deletion time we promise';

function judgeComponent(
  model: Model,
  component: ComponentData,
  limit: string | undefined,
  scoped: ReadonlySet<string>,
): CheckResult {
  const pointer = `components/${component.id}`;
  const base = { checkId: id, controls, subject: { kind: 'component' as const, id: component.id } };
  const sources: SourceRef[] = [mapRef(model, pointer)];
  if (limit) sources.push(mapRef(model, 'organization/commitments/deletionWithin'));
  const name = componentLabel(component);
  const promised = promisedWords(limit);
  // What it keeps of the customer's data: the longest of the tenant-scoped classes there (one duration, or per class).
  const heldScoped = [...classesAt(model, component.id, component.dataClasses)].filter((dataClass) =>
    scoped.has(dataClass),
  );
  const retention = longestKept(component, heldScoped);
  /** Each problem for the engineer, and in words for a buyer. */
  const problems: string[] = [];
  const plain: string[] = [];
  let how: string | undefined;
  /** Data its own deletion says it leaves, to be placed by a person before the check passes. */
  let leaves: string | undefined;
  /** A deletion's SLA against the promise: the problem, for the engineer and in words, when it is missing or late. */
  const slaHolds = (
    sla: string | undefined,
    missing: [engineer: string, words: string],
    late: (sla: string) => [engineer: string, words: string],
  ): boolean => {
    const problem = !sla && limit ? missing : sla && !within(sla, limit) ? late(sla) : undefined;
    if (!problem) return true;
    problems.push(problem[0]);
    plain.push(problem[1]);
    return false;
  };
  // A deletion whose words say nothing deletes the data is none.
  const deletion =
    component.deletion && !deletesNothing(component.deletion.mechanism) ? component.deletion : undefined;
  if (retention === 'zero') {
    how = 'holds data only transiently (retention: zero)';
  } else if (deletion) {
    sources.push(mapRef(model, `${pointer}/deletion`));
    const sla = deletion.sla;
    if (
      slaHolds(
        sla,
        [
          `its deletion (${deletion.mechanism}) states no SLA`,
          `how long deletion from ${name} takes is not yet documented`,
        ],
        (late) => [
          `deletion takes up to ${late}, over the promised ${limit}`,
          `${name} deletion takes up to ${durationWords(late)}, longer than ${promised}`,
        ],
      )
    )
      how = `deletes by "${deletion.mechanism}"${sla ? ` within ${sla}` : ''}`;
    if (deletesOnlyPart(deletion.mechanism)) leaves = deletion.mechanism;
  } else if (retention && durationDays(retention) < Number.POSITIVE_INFINITY) {
    sources.push(mapRef(model, retentionPointer(component)));
    if (within(retention, limit)) how = `data expires after ${retention}`;
    else {
      problems.push(`has no deletion mechanism and keeps data ${retention}, over the promised ${limit}`);
      plain.push(`${name} keeps customer data ${keptFor(retention)}, longer than ${promised}`);
    }
  } else if (component.deletion) {
    // Its own words say nothing deletes the data: said so, not "not on record".
    sources.push(mapRef(model, `${pointer}/deletion`));
    problems.push(`its \`deletion\` says nothing deletes tenant data ("${component.deletion.mechanism}")`);
    plain.push(`customer data in ${name} is not deleted on request`);
  } else if (retention === 'indefinite') {
    // Said as the map says it: kept with no limit is a fact, not a gap in the paperwork.
    sources.push(mapRef(model, retentionPointer(component)));
    problems.push('keeps tenant data indefinitely and declares no deletion mechanism');
    plain.push(`${name} keeps customer data with no time limit, and deleting it there is not on record`);
  } else {
    // A database or bucket whose every customer data class says how it is deleted is deleted that way; a log, a cache
    // or a queue holding the same data is not. A service or API that keeps what it handles is, as a store is: what it
    // keeps goes with its classes (maybe: its web app and API, kept "until deleted", failed high beside the database they write
    // to, which passed on the same classes' deletion).
    const held = component.dataClasses
      .filter((dataClass) => scoped.has(dataClass))
      .map((dataClass) => model.index.dataClasses.get(dataClass))
      .filter((dataClass): dataClass is DataClassData => dataClass !== undefined);
    const byClass =
      // A service that says nothing of keeping data is asked whether it keeps any, below (letta's model servers).
      (PRIMARY_STORE_KINDS.has(component.kind) ||
        (REQUEST_KINDS.has(component.kind) && !keepingUnsaid(component))) &&
      held.length > 0 &&
      held.every(
        (dataClass) => dataClass.deletion !== undefined && !deletesNothing(dataClass.deletion.mechanism),
      );
    if (byClass) {
      how = "is deleted by its data classes' own deletion";
      for (const dataClass of held) {
        sources.push(mapRef(model, `dataClasses/${dataClass.id}/deletion`));
        slaHolds(
          dataClass.deletion!.sla,
          [
            `\`${dataClass.id}\`'s deletion states no SLA`,
            `how long deleting ${dataClass.name} takes is not yet documented`,
          ],
          (late) => [
            `\`${dataClass.id}\` deletion takes up to ${late}, over the promised ${limit}`,
            `${dataClass.name} deletion takes up to ${durationWords(late)}, longer than ${promised}`,
          ],
        );
      }
    } else if (keepingUnsaid(component) && !component.backups?.enabled) {
      // Asked, not failed as a store with no deletion (typebot: its application "holds tenant data but declares no
      // deletion mechanism", high, while each class it handles said how it is deleted from the database).
      return keepingAsked(
        base,
        component,
        {
          data: 'tenant data',
          plain: `whether ${name} keeps the customer data it handles is not yet documented`,
          field: 'deletion',
        },
        sources,
      );
    } else {
      // Named: "declares no deletion mechanism" read as false where most of its classes say how they are deleted
      // (lunary: its database's user accounts and saved keys said nothing, its runs and datasets did).
      const unsaid = held.filter(
        (dataClass) => dataClass.deletion === undefined || deletesNothing(dataClass.deletion.mechanism),
      );
      const some =
        PRIMARY_STORE_KINDS.has(component.kind) && unsaid.length > 0 && unsaid.length < held.length;
      problems.push(
        some
          ? `holds tenant data with no deletion on record for ${unsaid.map((dataClass) => `\`${dataClass.id}\``).join(', ')}`
          : 'holds tenant data but declares no deletion mechanism',
      );
      plain.push(
        some
          ? `how ${joinList(unsaid.map((dataClass) => dataClass.name))} ${unsaid.length === 1 ? 'is' : 'are'} deleted from ${name} is not yet documented`
          : `how customer data is deleted from ${name} is not yet documented`,
      );
    }
  }
  if (component.backups?.enabled && retention !== 'zero') {
    sources.push(mapRef(model, `${pointer}/backups`));
    const kept = component.backups.retention;
    if (!kept && limit) {
      problems.push('its backups state no retention');
      plain.push(`how long the backups of ${name} are kept is not yet documented`);
    } else if (kept && !within(kept, limit)) {
      problems.push(`its backups are kept ${kept}, over the promised ${limit}`);
      plain.push(`the backups of ${name} are kept ${keptFor(kept)}, longer than ${promised}`);
    }
  }
  if (problems.length > 0 && leaves) {
    problems.push('its words name customer data it does not delete');
    plain.push(`some customer data in ${name} is not deleted on request`);
  }
  if (problems.length === 0 && leaves)
    return {
      ...base,
      status: 'needs-evidence',
      severity: 'medium',
      message: `\`${component.id}\` ${how}, but its words name customer data it does not delete`,
      sources,
      remediation: `say in \`${component.id}\`'s \`retention\` how long what its deletion leaves is kept, and delete it where customers are promised deletion`,
    };
  if (problems.length === 0) {
    return { ...base, status: 'pass', severity: 'high', message: `\`${component.id}\` ${how}`, sources };
  }
  return {
    ...base,
    status: 'fail',
    severity: 'high',
    // Kept too long is one gap, whether read against the deletion promise or the retention policy.
    ...(problems.length === 1 && retention && !within(retention, limit)
      ? { cause: `retention:${component.id}` }
      : {}),
    message: `\`${component.id}\` ${problems.join('; ')}`,
    plain: plain.join('; '),
    sources,
    remediation: `give \`${component.id}\` a deletion mechanism whose \`sla\` is within ${limit ?? 'your commitment'}, and keep backups no longer`,
  };
}

function judgeSubprocessor(
  model: Model,
  subprocessor: SubprocessorData,
  limit: string | undefined,
): CheckResult {
  const pointer = `subprocessors/${subprocessor.id}`;
  const base = { checkId: id, controls, subject: { kind: 'subprocessor' as const, id: subprocessor.id } };
  const retention = subprocessor.terms?.retention;
  const sources = [mapRef(model, retention ? `${pointer}/terms` : pointer)];
  const pass = (message: string): CheckResult => ({
    ...base,
    status: 'pass',
    severity: 'high',
    message,
    sources,
  });
  if (retention === 'zero') return pass(`\`${subprocessor.id}\` keeps nothing (retention: zero)`);
  // A copy of its own, kept until deleted there, is not deleted with our stores (chatgpt_telegram_bot: Telegram's chats,
  // "keeps data until we delete it, so our components' deletion applies", beside nothing deleting them there).
  if (retention === 'until-deleted' && keepsOwnCopy(model, subprocessor))
    return {
      ...base,
      status: 'needs-evidence',
      severity: 'medium',
      message: `\`${subprocessor.id}\` keeps tenant data until it is deleted there, and nothing on record deletes it there`,
      plain: `${subprocessor.vendor} keeps customer data until it is deleted there, and how we delete it there is not yet documented`,
      sources,
      remediation: `record how long ${subprocessor.vendor} keeps what it receives (\`terms.retention\`), or delete it there when customers are promised deletion`,
    };
  if (retention === 'until-deleted')
    return pass(`\`${subprocessor.id}\` keeps data until we delete it, so our components' deletion applies`);
  if (retention && within(retention, limit))
    return pass(`\`${subprocessor.id}\` deletes data after ${retention}`);
  return {
    ...base,
    status: 'fail',
    severity: retention ? 'high' : 'medium',
    cause: `retention:${subprocessor.id}`,
    // A retention not on record is a fact not yet known, not one found wrong: with the retention check's own result on
    // the same cause, folded into this one, the trust center says "Not yet verified", not "Not met" (AFFiNE, langflow:
    // "Prompts and model outputs are kept until deleted. ✕ Not met" for providers' terms not on record).
    ...(retention ? {} : { unknown: true as const }),
    message: retention
      ? `\`${subprocessor.id}\` keeps tenant data ${retention}, over the promised ${limit ?? 'deletion time'}`
      : `\`${subprocessor.id}\` receives tenant data but its retention is not declared`,
    plain: retention
      ? `${subprocessor.vendor} keeps customer data ${keptFor(retention)}, longer than ${promisedWords(limit)}`
      : `how long ${subprocessor.vendor} keeps the customer data it receives is not yet documented`,
    sources,
    remediation: `record the vendor's retention in \`terms.retention\` and make sure it is within ${limit ?? 'your commitment'}`,
  };
}

/**
 * Where only the customer's own parts and accounts hold tenant data, said as it is: a service reached with no account
 * at all keeps it under no agreement, which nobody deletes on request (BetterChatGPT: a public proxy and ShareGPT's
 * public links, among what each customer "runs or reaches itself, who deletes it there").
 */
function heldByTheirs(theirs: readonly { id: string; account?: string }[]): string {
  const anonymous = theirs.filter((entry) => 'vendor' in entry && reachedAnonymously(entry));
  const own = theirs.filter((entry) => !anonymous.includes(entry));
  return [
    own.length > 0
      ? `tenant-scoped data is held only in what each customer runs or reaches itself, who deletes it there: ${own.map((entry) => entry.id).join(', ')}`
      : 'tenant-scoped data is held only where each customer sends it',
    anonymous.length > 0
      ? `; ${anonymous.map((entry) => entry.id).join(', ')}, reached with no account: ${noAgreementSays(`when ${anonymous.length === 1 ? 'it deletes' : 'they delete'} it`)}`
      : '',
  ].join('');
}

/** Every place holding tenant data can delete it within the promised time. */
export const deletionCoverage: CheckModule = {
  id,
  title: 'Deletion coverage',
  controls,
  severity: 'high',
  run(model) {
    const scoped = tenantScopedClasses(model);
    const limit = model.map.organization.commitments?.deletionWithin;
    const holds = (endpoint: string, declared: readonly string[]) =>
      [...classesAt(model, endpoint, declared)].some((dataClass) => scoped.has(dataClass));
    const results: CheckResult[] = [];
    for (const component of model.map.components)
      if (!runByCustomer(component, model.map.subprocessors) && holds(component.id, component.dataClasses))
        results.push(judgeComponent(model, component, limit, scoped));
    for (const subprocessor of model.map.subprocessors)
      if (!underCustomersAccount(subprocessor) && holds(subprocessor.id, subprocessor.dataClasses))
        results.push(judgeSubprocessor(model, subprocessor, limit));
    // With no deletion time promised, a place that can delete is not "deleted within the promised time": awaiting
    // the promise, not passing (chathub, page-assist: "Tenant data is deleted within the promised time ✓ Passing" on a
    // site whose deletion table said "not stated" of every class).
    if (!limit && results.length > 0)
      return results.map((result) =>
        result.status === 'pass'
          ? {
              ...result,
              status: 'needs-evidence',
              severity: 'medium',
              message: `${result.message}; no deletion time is promised to customers`,
              plain: 'no deletion time is promised to customers',
              sources: [...result.sources, mapRef(model, 'organization')],
              remediation:
                'promise a deletion time in `organization.commitments.deletionWithin` (for example `30d`)',
            }
          : result,
      );
    if (results.length > 0) return results;
    // Said as it is where only the customer's own parts and accounts hold it (paperless-ai: "nothing in the map holds
    // tenant-scoped data" of five such classes in ten parts each customer runs), as the isolation check says it.
    const theirs = [
      ...model.map.components.filter(
        (component) =>
          runByCustomer(component, model.map.subprocessors) && holds(component.id, component.dataClasses),
      ),
      ...model.map.subprocessors.filter(
        (subprocessor) =>
          underCustomersAccount(subprocessor) && holds(subprocessor.id, subprocessor.dataClasses),
      ),
    ];
    return notApplicable(
      { id, controls, severity: 'high' },
      model,
      theirs.length > 0 ? heldByTheirs(theirs) : 'nothing in the map holds tenant-scoped data',
      theirs.length > 0 ? 'components' : 'dataClasses',
    );
  },
};
