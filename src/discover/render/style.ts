/** The colour functions renderers use (the report folder's `Paint`); identity by default. */
export type { Paint as Style } from '../../core/paint.js';
export { PLAIN } from '../../core/paint.js';

export const CATEGORY_TITLES: Record<string, string> = {
  'llm-api': 'Model APIs',
  'embedding-api': 'Embedding APIs',
  'vector-store': 'Vector stores',
  'inference-runtime': 'Self-hosted inference',
  'ml-platform': 'ML platforms and clouds',
  'llm-observability': 'LLM observability',
  'llm-gateway': 'LLM gateways',
  'product-analytics': 'Product analytics and error tracking',
  'web-search': 'Web search APIs',
  messaging: 'Email and messaging',
  payments: 'Payments and billing',
  crm: 'CRM and customer support',
  identity: 'Sign-in and user management',
  'agent-framework': 'Agent frameworks',
  datastore: 'Data stores',
};

/** Strips control characters and caps length, so hostile file names cannot move the cursor or flood output. */
export function safeText(text: string, max = 200): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
