import { findAiPaths, mapSource } from '../describe/index.js';
import type { Model } from '../model/index.js';
import type { KeepOutAdvice } from './types.js';

/**
 * Promises to keep out of the SOC 2 report and answer in the trust center and the AI questionnaire instead:
 * a report tests every stated commitment across the whole window, and AI governance has no SOC 2 criteria to
 * test it against.
 */
export function recommendKeepOut(model: Model): KeepOutAdvice[] {
  const advice: KeepOutAdvice[] = [];
  const { organization, aiSystems } = model.map;
  for (const system of aiSystems) {
    advice.push({
      topic: `AI governance of ${system.name} (risk class, human oversight, impact assessment)`,
      answerIn: ['trust center', 'AI questionnaire'],
      reason:
        'SOC 2 has no criteria for AI risk or oversight; describing them in the report invites tests of promises it cannot hold. ISO/IEC 42001 is where they are certified.',
      sources: [mapSource(model, `aiSystems/${system.id}`)],
    });
  }
  if (organization.commitments?.noTrainingOnCustomerData)
    advice.push({
      topic: 'No training on customer data',
      answerIn: ['trust center', 'AI questionnaire'],
      reason:
        'Publish it with the no-training check as proof; in the report it belongs only as part of Confidentiality (data used for its stated purpose), not as a separate AI promise.',
      sources: [mapSource(model, 'organization/commitments/noTrainingOnCustomerData')],
    });
  const paths = findAiPaths(model);
  const inference = paths.inference.flatMap((path) => path.sources);
  if (inference.length > 0)
    advice.push({
      topic: 'Model quality, accuracy and safety of generated answers',
      answerIn: ['AI questionnaire'],
      reason:
        'Outputs of a model are not controls an auditor can test over a window; answer these questions with your evaluation practice instead.',
      sources: inference,
    });
  const frameworks = organization.frameworks ?? [];
  if (frameworks.includes('eu-ai-act'))
    advice.push({
      topic: 'EU AI Act duties',
      answerIn: ['trust center', 'AI questionnaire'],
      reason:
        'Legal duties under the AI Act are not SOC 2 criteria; state your role and obligations separately.',
      sources: [mapSource(model, 'organization/frameworks')],
    });
  return advice;
}
