import { describe, expect, it } from 'vitest';
import { noTrainingOnCustomerData } from '../../src/controls/checks/noTrainingOnCustomerData.js';
import { findTrainingPaths, runChecks } from '../../src/controls/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { modelOf, ragMap } from './fixtures.js';

/** The RAG map plus a staging store and a fine-tuning job fed through it. */
function withTraining(gate: 'none' | 'first-hop' | 'last-hop'): SystemMapInput {
  const map = ragMap();
  map.dataClasses?.push({
    id: 'qa-pairs',
    name: 'Question/answer pairs',
    category: 'training-data',
    tenantScoped: true,
    derivedFrom: ['prompts'],
  });
  map.components?.push(
    {
      id: 'staging',
      kind: 'object-store',
      dataClasses: ['qa-pairs'],
      tenancy: { model: 'namespace-per-tenant' },
    },
    { id: 'trainer', kind: 'fine-tuning-job', dataClasses: ['qa-pairs'], retention: 'zero' },
  );
  const optIn = { kind: 'tenant-opt-in' as const, description: 'only opted-in tenants' };
  map.flows?.push(
    {
      id: 'export',
      from: 'api',
      to: 'staging',
      dataClasses: ['qa-pairs'],
      purpose: 'storage',
      ...(gate === 'first-hop' ? { condition: optIn } : {}),
    },
    {
      id: 'tune',
      from: 'staging',
      to: 'trainer',
      dataClasses: ['qa-pairs'],
      purpose: 'fine-tuning',
      ...(gate === 'last-hop' ? { condition: optIn } : {}),
    },
  );
  return map;
}

describe('an evaluation by a model', () => {
  it('is no training: a model judging outputs changes no weights (latitude-llm)', () => {
    // latitude-llm (10c6c2d): its flaggers score each tenant's traces on Amazon Bedrock (purpose: evaluation), and the
    // check failed as critical, "customer data reaches training sink", and the description drew a training path.
    const map = ragMap();
    map.components?.push({ id: 'judge', name: 'Judge model', kind: 'inference-endpoint', retention: 'zero' });
    map.flows?.push({
      id: 'score',
      from: 'api',
      to: 'judge',
      dataClasses: ['prompts'],
      purpose: 'evaluation',
    });
    const model = modelOf(map);
    expect(findTrainingPaths(model)).toEqual([]);
    expect(noTrainingOnCustomerData.run(model).filter((result) => result.status === 'fail')).toEqual([]);
    // Nor is data sent to an evaluation pipeline (zep: its eval harness was a training sink in lineage and a "Training
    // path" in the description of a repository that trains nothing).
    const pipeline = ragMap();
    pipeline.components?.push({
      id: 'evals',
      name: 'Eval pipeline',
      kind: 'evaluation-pipeline',
      retention: 'zero',
    });
    pipeline.flows?.push({
      id: 'score',
      from: 'api',
      to: 'evals',
      dataClasses: ['prompts'],
      purpose: 'evaluation',
    });
    expect(findTrainingPaths(modelOf(pipeline))).toEqual([]);
    expect(noTrainingOnCustomerData.run(modelOf(pipeline)).map((result) => result.status)).toEqual([
      'not-applicable',
    ]);
  });
});

describe('no training on customer data', () => {
  it('names a multi-hop leak through an intermediate store, hop by hop', () => {
    const model = modelOf(withTraining('none'));
    const leaks = findTrainingPaths(model);
    expect(leaks.map((leak) => leak.path)).toEqual([['api', 'staging', 'trainer']]);
    const [result] = noTrainingOnCustomerData.run(model).filter((r) => r.status === 'fail');
    expect(result).toMatchObject({
      status: 'fail',
      severity: 'critical',
      subject: { kind: 'flow', id: 'tune' },
      path: ['api', 'staging', 'trainer'],
    });
    expect(result?.message).toContain('api →[export: qa-pairs] staging →[tune: qa-pairs] trainer');
    expect(result?.sources.map((source) => (source.kind === 'map' ? source.pointer : ''))).toEqual([
      'flows/export',
      'flows/tune',
    ]);
    expect(result?.sources[0]).toMatchObject({ location: { file: 'trustmap.yaml' } });
  });

  it('passes a path gated by tenant opt-in, wherever the gate is', () => {
    for (const gate of ['first-hop', 'last-hop'] as const) {
      const results = noTrainingOnCustomerData.run(modelOf(withTraining(gate)));
      expect(results.map((r) => [r.status, r.subject.id])).toEqual([['pass', 'trainer']]);
      expect(results[0]?.message).toBe(
        'customer data enters training at `trainer` only through tenant opt-in',
      );
    }
  });

  it('follows derivation: embeddings of customer documents are customer data', () => {
    const map = ragMap();
    map.components?.push({ id: 'tuner', kind: 'fine-tuning-job', dataClasses: [] });
    map.flows?.push({
      id: 'sample',
      from: 'vectors',
      to: 'tuner',
      dataClasses: ['chunks'],
      purpose: 'fine-tuning',
    });
    const [leak] = findTrainingPaths(modelOf(map));
    expect(leak?.path).toEqual(['api', 'vectors', 'tuner']);
  });

  it('stops at data that is not customer data (a model artifact leaving the trainer)', () => {
    const map = withTraining('first-hop');
    map.dataClasses?.push({ id: 'weights', name: 'Weights', category: 'internal', tenantScoped: false });
    map.components?.push({ id: 'distil', kind: 'fine-tuning-job', dataClasses: [] });
    map.flows?.push({
      id: 'distill',
      from: 'trainer',
      to: 'distil',
      dataClasses: ['weights'],
      purpose: 'fine-tuning',
    });
    expect(findTrainingPaths(modelOf(map))).toEqual([]);
    // Said as what it is, not as an opt-in it does not have (bisheng 0172fb2: a fine-tuning server sent only what an
    // administrator uploads passed "only through tenant opt-in").
    const evaluated = noTrainingOnCustomerData
      .run(modelOf(map))
      .find((result) => result.subject.id === 'distil');
    expect(evaluated).toMatchObject({
      status: 'pass',
      message: 'no flow brings customer data to `distil` (it receives weights)',
    });
  });

  it('flags a training-purpose flow into any endpoint, and is not applicable without training', () => {
    const map = ragMap();
    map.flows?.push({
      id: 'train-vendor',
      from: 'api',
      to: 'openai',
      dataClasses: ['prompts'],
      purpose: 'training',
    });
    expect(findTrainingPaths(modelOf(map)).map((leak) => leak.flow.id)).toEqual(['train-vendor']);
    const clean = runChecks(modelOf(ragMap()), { only: ['no-training-on-customer-data'] });
    expect(clean.results.map((r) => r.status)).toEqual(['not-applicable']);
  });

  it('terminates on cycles and reports each leak once', () => {
    const map = withTraining('none');
    map.flows?.push({
      id: 'back',
      from: 'staging',
      to: 'api',
      dataClasses: ['qa-pairs'],
      purpose: 'retrieval',
    });
    expect(findTrainingPaths(modelOf(map)).map((leak) => leak.path)).toEqual([['api', 'staging', 'trainer']]);
  });
});
