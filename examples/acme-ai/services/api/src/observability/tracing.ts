import { traceable } from 'langsmith/traceable';
import { generateAnswer } from '../answer.js';

// Answer-quality debugging: every answer becomes a LangSmith run with its inputs (question and
// sources) and output (the answer). Enabled by LANGSMITH_TRACING=true with LANGSMITH_API_KEY set;
// the SDK reads both from the environment and sends runs to LangSmith's cloud API.
export const tracedAnswer = traceable(generateAnswer, {
  name: 'documind.answer',
  run_type: 'chain',
  metadata: { service: 'documind-api' },
});
