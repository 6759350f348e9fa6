import { plural } from '../../core/words.js';
import { customersOwnPlace, type Model, named } from '../../model/index.js';
import { type CheckModule, notApplicable } from '../check.js';
import { entersTraining, isTrainingSink } from '../dataClasses.js';
import { isPinned, readDatasetManifest } from '../datasetManifest.js';
import { mapRef } from '../sources.js';
import type { CheckResult } from '../types.js';

const id = 'training-data-provenance';
const controls = ['TM-DATA-04'];

/**
 * Data classes that feed our training: carried into a training sink or held by one, except the models it makes. Not a
 * customer's own training in what it runs (`customersOwnPlace`): its datasets are the customer's to document (refact:
 * "fine-tuning-code has no provenance manifest" among scope's audit gaps, of training on each customer's own server).
 */
function trainingInputs(model: Model): Set<string> {
  const inputs = new Set<string>();
  const theirs = (id: string) => customersOwnPlace(model, id);
  for (const flow of model.map.flows)
    if (entersTraining(model, flow) && !(theirs(flow.from) && theirs(flow.to)))
      for (const c of flow.dataClasses) inputs.add(c);
  for (const component of model.map.components)
    if (isTrainingSink(component) && !theirs(component.id))
      for (const c of component.dataClasses) inputs.add(c);
  const produced = new Set<string>();
  for (const component of model.map.components) {
    if (!isTrainingSink(component) || theirs(component.id)) continue;
    for (const flow of model.index.outgoing.get(component.id) ?? [])
      for (const c of flow.dataClasses) produced.add(c);
  }
  // A training sink's own output (the model it makes) is not an input unless it is itself a dataset.
  for (const dataClass of produced) if (!isDataset(model, dataClass)) inputs.delete(dataClass);
  return inputs;
}

function isDataset(model: Model, dataClass: string): boolean {
  return model.index.dataClasses.get(dataClass)?.category === 'training-data';
}

/** Datasets feeding training are pinned by a manifest with content hashes and sources. */
export const trainingDataProvenance: CheckModule = {
  id,
  title: 'Training-data provenance',
  controls,
  severity: 'medium',
  run(model) {
    const inputs = [...trainingInputs(model)];
    if (inputs.length === 0) {
      return notApplicable(
        { id, controls, severity: 'medium' },
        model,
        model.map.components.some(
          (component) => isTrainingSink(component) && customersOwnPlace(model, component.id),
        )
          ? 'training runs only in what each customer runs, on data the customer chooses'
          : // Not "or evaluation": an evaluation changes no weights, and is no training sink (`TRAINING_PURPOSES`; FastChat:
            // said beside a flow of evaluation the check never read).
            'no data feeds a training or fine-tuning sink',
        'flows',
      );
    }
    return inputs.map((dataClass): CheckResult => {
      const pointer = `dataClasses/${dataClass}`;
      const subject = { kind: 'dataClass' as const, id: dataClass };
      const provenance = model.index.dataClasses.get(dataClass)?.provenance;
      const used = `${named(model, dataClass)} is used for training, but`;
      const fail = (message: string, plain: string, remediation: string): CheckResult => ({
        checkId: id,
        controls,
        status: 'fail',
        severity: 'medium',
        subject,
        message,
        plain: `${used} ${plain}`,
        sources: [mapRef(model, provenance ? `${pointer}/provenance` : pointer)],
        remediation,
      });
      if (!provenance)
        return fail(
          `\`${dataClass}\` feeds training but has no provenance manifest`,
          'where it comes from is not yet documented',
          `add \`provenance: { manifest: <path>, sources: [...] }\` to data class \`${dataClass}\``,
        );
      const manifest = model.manifests[dataClass];
      if (manifest?.text === undefined)
        return fail(
          `\`${dataClass}\`'s manifest \`${provenance.manifest}\` is missing or unreadable`,
          'the list of its files is not on file',
          'commit the manifest next to the map, listing each file with its SHA-256',
        );
      const reading = readDatasetManifest(manifest.text);
      if (!reading.ok)
        return fail(
          `\`${dataClass}\`'s manifest \`${provenance.manifest}\` ${reading.problem}`,
          'the list of its files cannot be read',
          'write the manifest as JSON or YAML with `files: [{ path, sha256, source }]`',
        );
      if (reading.files.length === 0)
        return fail(
          `\`${dataClass}\`'s manifest \`${provenance.manifest}\` lists no files`,
          'the list of its files is empty',
          'list every file or shard of the dataset with its SHA-256',
        );
      const unpinned = reading.files.filter((file) => !isPinned(file));
      if (unpinned.length > 0)
        return fail(
          `\`${dataClass}\`'s manifest \`${provenance.manifest}\` has ${unpinned.length} of ${reading.files.length} file${reading.files.length === 1 ? '' : 's'} without a SHA-256 (first: \`${unpinned[0]!.path}\`)`,
          `${unpinned.length} of its ${plural(reading.files.length, 'file')} ${unpinned.length === 1 ? 'has' : 'have'} no content hash on record`,
          'record a SHA-256 for every file or shard of the dataset',
        );
      const sourced =
        (provenance.sources ?? []).length > 0 ||
        reading.sources.length > 0 ||
        reading.files.every((file) => file.source !== undefined);
      if (!sourced)
        return fail(
          `\`${dataClass}\`'s provenance names no sources`,
          'where it comes from is not yet documented',
          `list where the data comes from in \`provenance.sources\` of \`${dataClass}\`, or \`sources\` in the manifest`,
        );
      const hashes = reading.files.length;
      return {
        checkId: id,
        controls,
        status: 'pass',
        severity: 'medium',
        subject,
        message: `\`${dataClass}\` is pinned by \`${provenance.manifest}\` (${hashes} content hash${hashes === 1 ? '' : 'es'})`,
        sources: [mapRef(model, `${pointer}/provenance`), { kind: 'code', file: manifest.file, line: 1 }],
      };
    });
  },
};
