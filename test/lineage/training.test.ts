import { describe, expect, it } from 'vitest';
import { noTrainingOnCustomerData } from '../../src/controls/checks/noTrainingOnCustomerData.js';
import { findAiPaths } from '../../src/describe/index.js';
import { buildLineageGraph } from '../../src/lineage/index.js';
import { recommendSystem } from '../../src/scope/index.js';
import { customerDocs, modelOf } from './fixtures.js';

/** What each output says trains: lineage's sinks, the description's training path, scope's roles, the check. */
function trainingSaid(parts: Parameters<typeof modelOf>[0]) {
  const model = modelOf(parts);
  return {
    lineage: buildLineageGraph(model)
      .nodes.filter((node) => node.trainingSink)
      .map((node) => node.id),
    describe: findAiPaths(model).training.map((path) => path.hops),
    scope: recommendSystem(model, new Set())
      .components.filter((component) => component.roles.includes('training path'))
      .map((component) => component.id),
    check: noTrainingOnCustomerData
      .run(model)
      .filter((result) => result.status !== 'not-applicable')
      .map((result) => [result.status, result.path?.at(-1) ?? result.subject.id]),
  };
}

describe('what trains, said alike by every output', () => {
  it('is no training where a harness evaluates with a model (zep)', () => {
    // zep (7de18dfa): its eval harness, grading retrieval with Gemini, was a "Training path" in the description, a
    // "training path" in scope and `trainingSink: true` in lineage.
    const said = trainingSaid({
      dataClasses: [customerDocs],
      components: [
        { id: 'harness', name: 'Eval harness', kind: 'evaluation-pipeline', dataClasses: ['docs'] },
      ],
      subprocessors: [
        { id: 'gemini', vendor: 'Google', service: 'Gemini API', purpose: 'grades', dataClasses: ['docs'] },
      ],
      flows: [{ id: 'grade', from: 'harness', to: 'gemini', dataClasses: ['docs'], purpose: 'evaluation' }],
    });
    expect(said).toEqual({ lineage: [], describe: [], scope: [], check: [] });
  });

  it("is training where a flow takes customer data into a vendor's fine-tuning, and nowhere else", () => {
    const said = trainingSaid({
      dataClasses: [
        customerDocs,
        { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true },
      ],
      components: [{ id: 'api', name: 'API', kind: 'api', dataClasses: ['docs', 'prompts'] }],
      subprocessors: [
        { id: 'llm', vendor: 'LLM Co', service: 'API', purpose: 'answers, tuning', dataClasses: ['docs'] },
      ],
      flows: [
        { id: 'ask', from: 'api', to: 'llm', dataClasses: ['prompts'], purpose: 'inference' },
        { id: 'tune', from: 'api', to: 'llm', dataClasses: ['docs'], purpose: 'fine-tuning' },
      ],
    });
    expect(said).toEqual({
      lineage: ['llm'],
      describe: [['api', 'llm']],
      scope: ['api'],
      check: [['fail', 'llm']],
    });
    // The prompts it answers by inference rest there, but are not trained on.
    const graph = buildLineageGraph(
      modelOf({
        dataClasses: [
          customerDocs,
          { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true },
        ],
        components: [{ id: 'api', kind: 'api', dataClasses: ['docs', 'prompts'] }],
        subprocessors: [{ id: 'llm', vendor: 'LLM Co', service: 'API', purpose: 'answers', dataClasses: [] }],
        flows: [
          { id: 'ask', from: 'api', to: 'llm', dataClasses: ['prompts'], purpose: 'inference' },
          { id: 'tune', from: 'api', to: 'llm', dataClasses: ['docs'], purpose: 'fine-tuning' },
        ],
      }),
    );
    const stops = Object.fromEntries(graph.classes.map((entry) => [entry.id, entry.stops]));
    expect(stops).toEqual({
      docs: [{ node: 'llm', kind: 'training' }],
      prompts: [{ node: 'llm', kind: 'external' }],
    });
  });
});
