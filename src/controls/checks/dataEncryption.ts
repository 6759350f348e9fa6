import { runByCustomer, STORE_KINDS } from '../../core/vocabulary.js';
import { type ComponentData, encryptsOnlyPart, keepsData, keepsNothing } from '../../map/index.js';
import { componentLabel, customerDataAt, customersClasses, type Model } from '../../model/index.js';
import { type CheckModule, leftToCustomer, notApplicable, whyTheirs } from '../check.js';
import { mapRef } from '../sources.js';
import type { CheckResult } from '../types.js';
import { AI_INFRASTRUCTURE_KINDS } from './aiInfrastructureBaseline.js';

const id = 'data-encryption';
const controls = ['TM-ENC-01'];

/**
 * A part each customer runs that the map says keeps or carries customer data unencrypted: not ours to fail, but not
 * left unsaid either, so a passing control is not read as covering it (anse: the browser store of every chat,
 * recorded unencrypted, beside "Customer data is encrypted at rest and in transit ✓ Passing"). Each result is
 * `not-applicable` with a `plain` sentence, which the trust center shows beside the control.
 */
function theirsUnencrypted(
  model: Model,
  component: ComponentData,
  customers: ReadonlySet<string>,
): CheckResult[] {
  const name = componentLabel(component);
  const why = whyTheirs([component]);
  const said = (side: 'atRest' | 'inTransit', classes: readonly string[]): CheckResult => {
    const [verb, where] = side === 'atRest' ? ['keeps', 'at rest'] : ['carries', 'in transit'];
    return {
      checkId: id,
      controls,
      status: 'not-applicable',
      severity: 'info',
      subject: { kind: 'component', id: component.id },
      sources: [mapRef(model, `components/${component.id}/encryption/${side}`)],
      message: `\`${component.id}\` ${verb} customer data (${classes.join(', ')}) unencrypted ${where}; it is run by the customer (${why}), who secures it`,
      plain: `${name}, which each customer runs, ${verb} customer data unencrypted ${where}; securing it is the customer's`,
    };
  };
  const results: CheckResult[] = [];
  const kept = customerDataAt(model, component, true, customers);
  if (
    component.encryption?.atRest?.enabled === false &&
    keepsData(component) &&
    !keepsNothing(component) &&
    kept.length > 0
  )
    results.push(said('atRest', kept));
  const carried = customerDataAt(model, component, false, customers);
  if (component.encryption?.inTransit?.enabled === false && carried.length > 0)
    results.push(said('inTransit', carried));
  return results;
}

/**
 * Customer data is not kept unencrypted, nor carried in the clear, where the map records it so. Judged on what the
 * map records (`encryption.atRest`, `encryption.inTransit`) for the stores and services outside the AI infrastructure,
 * which the baseline judges: a declared "no" is a gap in itself (open-notebook's database of every source, declared
 * unencrypted at rest and in transit, failed no check). A part the map is silent about is the answers' to hold for
 * review, not a failure here.
 */
export const dataEncryption: CheckModule = {
  id,
  title: 'Customer data is encrypted',
  controls,
  severity: 'high',
  run(model) {
    const results: CheckResult[] = [];
    // The customers' data as the answers count it: their content, their people's personal data and their secrets
    // (one-api: a Redis of accounts and provider keys recording nothing, and the check passing on its one service
    // while four answers said "whether Redis encrypts data at rest is not yet documented").
    const customers = customersClasses(model, { credentials: true });
    for (const component of model.map.components) {
      if (AI_INFRASTRUCTURE_KINDS.has(component.kind)) continue;
      const subject = { kind: 'component' as const, id: component.id };
      const name = componentLabel(component);
      if (runByCustomer(component, model.map.subprocessors)) {
        results.push(...theirsUnencrypted(model, component, customers));
        continue;
      }
      const atRest = component.encryption?.atRest;
      const kept = customerDataAt(model, component, true, customers);
      const store = keepsData(component) && kept.length > 0 && !keepsNothing(component);
      /** What the entry does not say, asked of it. */
      const ask = (message: string, remediation: string): CheckResult => ({
        checkId: id,
        controls,
        status: 'needs-evidence',
        severity: 'info',
        subject,
        sources: [mapRef(model, `components/${component.id}`)],
        message,
        remediation,
      });
      /** Recorded on, in words that leave part of it plain or to whoever runs it (`encryptsOnlyPart`). */
      const partly = (
        side: 'atRest' | 'inTransit',
        classes: readonly string[],
        mechanism: string,
      ): CheckResult => {
        const [verb, where] = side === 'atRest' ? ['keeps', 'at rest'] : ['carries', 'in transit'];
        return {
          checkId: id,
          controls,
          status: 'fail',
          severity: side === 'atRest' ? 'high' : 'medium',
          subject,
          sources: [mapRef(model, `components/${component.id}/encryption/${side}`)],
          message: `\`${component.id}\` ${verb} customer data (${classes.join(', ')}) encrypted ${where} only in part (${mechanism})`,
          plain: `${name} ${verb} customer data encrypted ${where} only in part`,
          remediation: `encrypt all of what \`${component.id}\` ${verb} ${where}, then say so in \`encryption.${side}.mechanism\``,
        };
      };
      // A store that says nothing of what it keeps is not out of scope: what it keeps is what is missing (agenta's
      // proposed PostgreSQL and Redis listed no data, and the check was "not applicable").
      if (STORE_KINDS.has(component.kind) && component.dataClasses.length === 0 && !keepsNothing(component))
        results.push(
          ask(
            `\`${component.id}\` is a store and does not say what it keeps, so whether customer data there is encrypted cannot be judged`,
            `list what \`${component.id}\` keeps in its \`dataClasses\`, and record \`encryption.atRest\``,
          ),
        );
      // Saying nothing may not score better than saying "no" (Langfuse: its PostgreSQL, recorded unencrypted, failed;
      // ClickHouse, S3 and Redis, which hold the prompts and recorded nothing, were not named).
      if (!atRest && store)
        results.push(
          ask(
            `\`${component.id}\` keeps customer data (${kept.join(', ')}) and does not say whether it is encrypted at rest`,
            `record \`encryption.atRest\` on \`${component.id}\` (enabled, and how)`,
          ),
        );
      if (atRest && store) {
        const sources = [mapRef(model, `components/${component.id}/encryption/atRest`)];
        results.push(
          atRest.enabled && encryptsOnlyPart(atRest.mechanism)
            ? partly('atRest', kept, atRest.mechanism!)
            : atRest.enabled
              ? {
                  checkId: id,
                  controls,
                  status: 'pass',
                  severity: 'high',
                  subject,
                  sources,
                  message: `\`${component.id}\` encrypts customer data at rest${atRest.mechanism ? ` (${atRest.mechanism})` : ''}`,
                }
              : {
                  checkId: id,
                  controls,
                  status: 'fail',
                  severity: 'high',
                  subject,
                  sources,
                  message: `\`${component.id}\` keeps customer data (${kept.join(', ')}) unencrypted at rest`,
                  plain: `${name} keeps customer data unencrypted at rest`,
                  remediation: `encrypt \`${component.id}\` at rest (disk or database encryption, a managed key) and set \`encryption.atRest.enabled: true\``,
                },
        );
      }
      const inTransit = component.encryption?.inTransit;
      const carried = customerDataAt(model, component, false, customers);
      // Silence in transit is asked of as silence at rest is: the control is "at rest and in transit", and a store
      // recording only its disk encryption passed it (Kiln: one encrypted column read as the store's encryption, and
      // the check passed with nothing said of the connections).
      if (!inTransit && carried.length > 0)
        results.push(
          ask(
            `\`${component.id}\` handles customer data (${carried.join(', ')}) and does not say whether it is encrypted in transit`,
            `record \`encryption.inTransit\` on \`${component.id}\` (enabled, and how: TLS on its connections)`,
          ),
        );
      // Recorded on, it passes: a part that records TLS and keeps nothing read "no store or service … records whether
      // it encrypts" (gpt-pilot's telemetry endpoint, HTTPS on record).
      // Recorded on in words that leave part of it plain, it is the gap the answers say (AppFlowy Cloud: "port 80 is
      // also served without a redirect" passed here while the answers said "encrypted only in part").
      if (inTransit?.enabled && carried.length > 0 && encryptsOnlyPart(inTransit.mechanism))
        results.push(partly('inTransit', carried, inTransit.mechanism!));
      else if (inTransit?.enabled && carried.length > 0)
        results.push({
          checkId: id,
          controls,
          status: 'pass',
          severity: 'medium',
          subject,
          sources: [mapRef(model, `components/${component.id}/encryption/inTransit`)],
          message: `\`${component.id}\` carries customer data (${carried.join(', ')}) encrypted in transit${inTransit.mechanism ? ` (${inTransit.mechanism})` : ''}`,
        });
      if (inTransit && !inTransit.enabled && carried.length > 0)
        results.push({
          checkId: id,
          controls,
          status: 'fail',
          severity: 'medium',
          subject,
          sources: [mapRef(model, `components/${component.id}/encryption/inTransit`)],
          message: `\`${component.id}\` carries customer data (${carried.join(', ')}) unencrypted in transit${inTransit.mechanism ? ` (${inTransit.mechanism})` : ''}`,
          plain: `customer data reaches ${name} unencrypted in transit`,
          remediation: `put TLS in front of \`${component.id}\` and on its connections, then set \`encryption.inTransit.enabled: true\``,
        });
    }
    if (results.length > 0) return results;
    // Where every part is the customer's, that is the reason, not a silence of ours (Chat2DB: "no store … records
    // whether it encrypts" beside stores recording it off, all run by the customer).
    const outside = (component: ComponentData) => !AI_INFRASTRUCTURE_KINDS.has(component.kind);
    const ours = model.map.components.filter(
      (component) => outside(component) && !runByCustomer(component, model.map.subprocessors),
    );
    const theirs = leftToCustomer(model, outside);
    return notApplicable(
      { id, controls, severity: 'high' },
      model,
      ours.length === 0 && theirs
        ? `every store and service outside the AI infrastructure is the customer's${theirs}`
        : `no store or service outside the AI infrastructure records whether it encrypts the customer data it handles${theirs}`,
      'components',
    );
  },
};
