import { joinList } from '../../core/words.js';
import { customersClasses, mapRef, nameMidSentence, promptClasses } from '../../model/index.js';
import type { Answer, AnswerFacts } from './types.js';

/** Topics whose paragraph says how long data is kept, answering whether each customer may set it. */
export const RETENTION_SETTING_TOPICS = new Set(['ai-prompt-retention', 'data-retention']);

/**
 * A retention answer asked whether each customer can set the period ("Can we set how long conversation history is
 * kept, including not at all?"): Yes where a class the topic speaks of is `retentionConfigurable`, No where every one
 * says it is not (`retentionConfigurable: false`), and otherwise the paragraph with what to add in the review note: the
 * map's silence is no "No" (napkins, chatgpt-clone, gemini-fullstack: the paragraph alone, saying nothing of a setting).
 */
export function withRetentionSetting(answer: Answer, topic: string, { model }: AnswerFacts): Answer {
  // The customer's data, by the one reading the deletion and retention answers share (`customersClasses`).
  const customers = customersClasses(model);
  const classes = (
    topic === 'ai-prompt-retention'
      ? promptClasses(model)
      : model.map.dataClasses.filter((dataClass) => customers.has(dataClass.id))
  ).filter((dataClass) => dataClass.retention !== undefined);
  if (classes.length === 0) return answer;
  const settable = classes.filter((dataClass) => dataClass.retentionConfigurable === true);
  const names = (list: typeof classes) =>
    joinList(list.map((dataClass) => nameMidSentence(model, dataClass.name)));
  if (settable.length > 0)
    return {
      ...answer,
      yesNo: settable.length === classes.length ? 'Yes' : 'Partially',
      text: `Each customer can set its own period for ${names(settable)}${
        settable.length < classes.length
          ? `, not for ${names(classes.filter((entry) => !settable.includes(entry)))}`
          : ''
      }. ${answer.text}`,
      sources: [
        ...answer.sources,
        ...settable.map((dataClass) => mapRef(model, `dataClasses/${dataClass.id}/retentionConfigurable`)),
      ],
    };
  if (classes.every((dataClass) => dataClass.retentionConfigurable === false))
    return {
      ...answer,
      yesNo: 'No',
      text: `Customers cannot set their own period: ${answer.text.replace(/^./, (first) => first.toLowerCase())}`,
      sources: [
        ...answer.sources,
        ...classes.map((dataClass) => mapRef(model, `dataClasses/${dataClass.id}/retentionConfigurable`)),
      ],
    };
  return {
    ...answer,
    review: [
      answer.review,
      `the question asks whether each customer can set the period, which the map does not say: set \`retentionConfigurable\` (true or false) on ${joinList(classes.map((dataClass) => dataClass.id))}`,
    ]
      .filter(Boolean)
      .join('; '),
  };
}
