/**
 * Words a setting for the app's model may be named with: its role (chat, embedding…), and code's own words around a
 * name (`export const`, `os.environ.get`, `settings`). Any other word names a task of its own.
 */
const GENERAL_SETTING_WORDS = new Set(
  `default defaults model models llm llms chat chats completion completions generation generative text ai language
  main base primary name id embedding embeddings embed embedder rerank reranker reranking vision image speech tts stt
  transcription audio const export let var final static public private readonly self this settings setting config
  configs conf configuration env environ os get getenv process str string optional typing field value values key os_environ`.split(
    /\s+/,
  ),
);

/**
 * The words of a setting's name, in lower case (`DEFAULT_EVALUATOR_MODEL`, `summaryModelDefault`).
 * @example settingWords('summaryModelDefault') // ['summary', 'model', 'default']
 */
export function settingWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !/^\d+$/.test(word));
}

/**
 * Whether a setting's name says only that it is the app's model (`llm_model`, `DEFAULT_CHAT_MODEL`,
 * `embeddingsModel`), naming no task of its own (`evaluator_model`, `summarization_model`).
 * @example namesAppModel('default_llm_model') // true
 */
export function namesAppModel(name: string): boolean {
  return settingWords(name).every((word) => GENERAL_SETTING_WORDS.has(word));
}
