import { runByCustomer, underCustomersAccount } from '../../core/vocabulary.js';
import { foundUnderReview, joinList } from '../../core/words.js';
import type { DataClassData } from '../../map/index.js';
import { durationDays, keepsClass, keptAt, retentionPointer, withinDuration } from '../../map/index.js';
import { beyondPolicy, keptFor, type Model, named, promptClasses, usedFindings } from '../../model/index.js';
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
  /** The map entry that says how long it keeps `dataClass` (or the holder itself when nothing does). */
  pointer: (dataClass: string) => string;
  /** How long it keeps `dataClass`; undefined when not declared. */
  keeps: (dataClass: string) => string | undefined;
  /** `until-deleted` at a hosting provider means our own components decide. */
  hostsOurComponents: boolean;
  classes: DataClassData[];
}

/** Each class it holds that has a policy, judged against that class's own policy. */
function judge(model: Model, holder: Holder): CheckResult {
  const base = { checkId: id, controls, subject: holder.subject };
  const ruled = holder.classes.filter((entry) => entry.retention !== undefined);
  const who = named(model, holder.subject.id);
  const ids = (classes: DataClassData[]) => classes.map((entry) => entry.id).join(', ');
  const words = (classes: DataClassData[]) => joinList(classes.map((entry) => entry.name));
  const sources = (classes: DataClassData[]): SourceRef[] =>
    [...new Set(classes.map((entry) => holder.pointer(entry.id)))]
      .map((pointer) => mapRef(model, pointer))
      .concat(classes.map((entry) => mapRef(model, `dataClasses/${entry.id}/retention`)));
  // Prompts kept with no policy to judge them by are not out of scope: the policy is what is missing (MaxKB: 34
  // results "not applicable" where every chat was kept 180 days).
  if (ruled.length === 0)
    return {
      ...base,
      status: 'needs-evidence',
      severity: 'info',
      message: `no retention policy for ${ids(holder.classes)}, which \`${holder.subject.id}\` handles`,
      sources: [mapRef(model, holder.pointer(holder.classes[0]?.id ?? ''))],
      remediation: `set \`retention\` on ${holder.classes.length === 1 ? 'the class' : 'each class'} (\`30d\`, \`until-deleted\`, \`zero\`): how long prompts and outputs are kept`,
    };
  // Kept forever under a policy of forever is within it, and proves nothing (mem0, dialoqbase: "keeps prompts
  // indefinite, within the indefinite policy" passed): the limit is what is missing.
  const unlimited = ruled.filter(
    (entry) => entry.retention === 'indefinite' && holder.keeps(entry.id) === 'indefinite',
  );
  if (unlimited.length > 0)
    return {
      ...base,
      status: 'needs-evidence',
      severity: 'info',
      message: `\`${holder.subject.id}\` keeps ${ids(unlimited)} indefinitely, and ${unlimited.length === 1 ? 'its policy sets' : 'their policies set'} no limit`,
      sources: sources(unlimited),
      remediation: `set a limit in \`retention\` on ${ids(unlimited)}: a duration, or \`until-deleted\` with the \`deletion\` that removes them`,
    };
  const silent = ruled.filter((entry) => holder.keeps(entry.id) === undefined);
  // Nothing kept can outlast a policy of forever: where that is the only policy, the limit is what is missing, not the
  // holder's word (search_with_lepton: four parts "failed" passing answers on, "policy: indefinite").
  const unsaid = silent.filter((entry) => entry.retention !== 'indefinite');
  if (unsaid.length === 0 && silent.length > 0)
    return {
      ...base,
      status: 'needs-evidence',
      severity: 'info',
      message: `\`${holder.subject.id}\` receives ${ids(silent)}, whose ${silent.length === 1 ? 'policy sets' : 'policies set'} no limit`,
      sources: sources(silent),
      remediation: `set a limit in \`retention\` on ${ids(silent)}: a duration, or \`until-deleted\` with the \`deletion\` that removes them`,
    };
  if (unsaid.length > 0) {
    const policy = tightest(unsaid)!;
    return {
      ...base,
      status: 'fail',
      severity: 'medium',
      cause: `retention:${holder.subject.id}`,
      unknown: true,
      message: `\`${holder.subject.id}\` receives ${ids(unsaid)} but does not say how long it keeps them (policy: ${policy.retention})`,
      plain: `${who} receives ${words(unsaid)}, and how long it keeps them is not yet documented`,
      sources: sources(unsaid),
      // A sub-processor's is its terms' (gemini-fullstack: "declare `retention` on `gemini-developer-api`", which the
      // map then refused as an unknown key).
      remediation:
        holder.subject.kind === 'subprocessor'
          ? `record the vendor's terms on \`${holder.subject.id}\`: \`terms.retention\` (how long it keeps what it receives: \`zero\` or a duration), beside \`terms.training\``
          : `declare \`retention\` on \`${holder.subject.id}\``,
    };
  }
  const kept = (entry: DataClassData) => holder.keeps(entry.id)!;
  if (holder.hostsOurComponents && ruled.every((entry) => kept(entry) === 'until-deleted')) {
    return {
      ...base,
      status: 'pass',
      severity: 'high',
      message: `\`${holder.subject.id}\` keeps ${ids(ruled)} only as long as our components do`,
      sources: sources(ruled),
    };
  }
  const over = ruled.filter(
    (entry) =>
      !(holder.hostsOurComponents && kept(entry) === 'until-deleted') &&
      !withinDuration(kept(entry), entry.retention!),
  );
  if (over.length === 0) {
    const durations = [...new Set(ruled.map(kept))].join(', ');
    return {
      ...base,
      status: 'pass',
      severity: 'high',
      message: `\`${holder.subject.id}\` keeps ${ids(ruled)} ${durations}, within ${ruled.length === 1 ? 'the' : 'their'} ${[...new Set(ruled.map((entry) => entry.retention))].join(', ')} ${ruled.length === 1 ? 'policy' : 'policies'}`,
      sources: sources(ruled),
    };
  }
  // Classes kept as long as each other under the same policy are said together.
  const groups = new Map<string, DataClassData[]>();
  for (const entry of over) {
    const key = `${kept(entry)} ${entry.retention}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const each = (group: DataClassData[]) => {
    const [first] = group as [DataClassData];
    const whose = group.length === 1 ? `\`${first.id}\`'s policy` : 'their policy';
    return {
      engineer: `${ids(group)} ${kept(first)}, longer than ${whose} of ${first.retention}`,
      words: `${words(group)} ${keptFor(kept(first))}, ${beyondPolicy(first.retention!)}`,
    };
  };
  const said = [...groups.values()].map(each);
  return {
    ...base,
    status: 'fail',
    severity: 'high',
    cause: `retention:${holder.subject.id}`,
    message: `\`${holder.subject.id}\` keeps ${said.map((entry) => entry.engineer).join('; ')}`,
    plain: `${who} keeps ${said.map((entry) => entry.words).join('; ')}`,
    sources: sources(over),
    // One limit said once; each class its own where they differ ("to until-deleted and until-deleted or less" read
    // garbled to SurfSense's reviewer).
    remediation: `keep ${[...new Set(over.map((entry) => entry.retention!))].length === 1 ? `${ids(over)} in \`${holder.subject.id}\` ${limitWords(over[0]!.retention!)}` : `in \`${holder.subject.id}\` ${over.map((entry) => `${entry.id} ${limitWords(entry.retention!)}`).join(', ')}`}`,
  };
}

/** A retention policy as the limit a store must keep to. */
function limitWords(policy: string): string {
  if (policy === 'until-deleted') return 'only until the customer deletes them';
  if (policy === 'zero') return 'not at all';
  return `no longer than ${policy}`;
}

/** Wherever prompts and outputs land, they are kept no longer than their policy. */
export const promptRetention: CheckModule = {
  id,
  title: 'Prompt and output retention',
  controls,
  severity: 'high',
  run(model) {
    // The classes the answers and the trust center read as prompts (`promptClasses`): a class of chat transcripts
    // under customer content is one (mattermost-ai).
    const prompts = promptClasses(model);
    const promptIds = new Set(prompts.map((entry) => entry.id));
    const received = (endpoint: string, declared: readonly string[]) =>
      [...classesAt(model, endpoint, declared)]
        .filter((dataClass) => promptIds.has(dataClass))
        .map((dataClass) => model.index.dataClasses.get(dataClass))
        .filter((entry): entry is DataClassData => entry !== undefined);
    const observability = usedFindings(model).filter((finding) => receivesPrompts(model, finding.provider));
    const holders: Holder[] = [];
    for (const component of model.map.components) {
      const classes = received(component.id, component.dataClasses);
      if (classes.length === 0 || runByCustomer(component, model.map.subprocessors)) continue;
      holders.push({
        subject: { kind: 'component', id: component.id },
        pointer: (dataClass) => retentionPointer(component, dataClass),
        keeps: (dataClass) => keptAt(component, dataClass),
        hostsOurComponents: false,
        classes,
      });
    }
    for (const subprocessor of model.map.subprocessors) {
      // Tracing records every prompt our code makes; a gateway is sent only what its flows carry (Hexabot: Vercel AI
      // Gateway "receives … Workflow run records", which no flow sends it).
      const watches = observability.some(
        (finding) => finding.provider === subprocessor.provider && finding.category !== 'llm-gateway',
      );
      const hosts = !subprocessor.ai && !watches;
      // A host's copy of a class is the copy in the parts it runs for us, where those say how long they keep it: judged
      // there, not failed again at the host for its own silence (ai-town: Convex "does not say how long it keeps"
      // memories its database keeps 14 days). Terms of its own still speak for it.
      const heldInParts = (dataClass: string) =>
        hosts &&
        !subprocessor.terms?.retention &&
        model.map.components.some(
          (component) =>
            component.subprocessor === subprocessor.id &&
            received(component.id, component.dataClasses).some((entry) => entry.id === dataClass) &&
            keptAt(component, dataClass) !== undefined,
        );
      const classes = (watches ? prompts : received(subprocessor.id, subprocessor.dataClasses)).filter(
        (entry) => !heldInParts(entry.id),
      );
      // Under a customer's own account, the vendor keeps what it gets on that customer's terms, not ours.
      if (classes.length === 0 || underCustomersAccount(subprocessor)) continue;
      holders.push({
        subject: { kind: 'subprocessor', id: subprocessor.id },
        pointer: () => `subprocessors/${subprocessor.id}${subprocessor.terms ? '/terms' : ''}`,
        keeps: () => subprocessor.terms?.retention,
        hostsOurComponents: hosts,
        classes,
      });
    }
    const results = holders.map((holder) => judge(model, holder));
    const policy = tightest(prompts);
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
        plain: foundUnderReview(finding.name, true),
        sources: finding.evidence.map(codeRef),
        remediation: `declare \`${finding.provider}\` as a sub-processor with \`terms.retention\` within ${policy.retention}, or remove it`,
      });
    }
    if (results.length > 0) return results;
    // Kept only where each customer keeps them is not "stored nowhere" (deer-flow: PostgreSQL, SQLite and a local
    // directory of each customer's deployment, refused as "no prompts … stored anywhere in the map").
    const theirs = [
      ...model.map.components.filter(
        (component) =>
          runByCustomer(component, model.map.subprocessors) &&
          // Kept there by the map, not only passing through (enchanted: a customer's Ollama server, with no
          // retention on record, named among the places keeping prompts).
          received(component.id, component.dataClasses).some((entry) => keepsClass(component, entry.id)),
      ),
      ...model.map.subprocessors.filter(
        (subprocessor) =>
          underCustomersAccount(subprocessor) &&
          received(subprocessor.id, subprocessor.dataClasses).length > 0,
      ),
    ];
    return notApplicable(
      { id, controls, severity: 'high' },
      model,
      prompts.length === 0
        ? 'the map has no prompts or model outputs'
        : theirs.length > 0
          ? `no part or vendor of ours keeps prompts or model outputs; they are kept only in what each customer runs or reaches itself: ${theirs.map((entry) => `\`${entry.id}\``).join(', ')}`
          : 'no prompts or model outputs are stored anywhere in the map',
      'dataClasses',
    );
  },
};
