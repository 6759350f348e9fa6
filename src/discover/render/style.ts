/** The colour functions renderers use; identity by default so output is plain text. */
export interface Style {
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  green: (text: string) => string;
}

const same = (text: string) => text;
export const PLAIN: Style = { bold: same, dim: same, red: same, yellow: same, green: same };

export const CATEGORY_TITLES: Record<string, string> = {
  'llm-api': 'Model APIs',
  'embedding-api': 'Embedding APIs',
  'vector-store': 'Vector stores',
  'inference-runtime': 'Self-hosted inference',
  'ml-platform': 'ML platforms and clouds',
  'llm-observability': 'LLM observability',
  'llm-gateway': 'LLM gateways',
  'agent-framework': 'Agent frameworks',
  datastore: 'Data stores',
};

/** Strips control characters and caps length, so hostile file names cannot move the cursor or flood output. */
export function safeText(text: string, max = 200): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
