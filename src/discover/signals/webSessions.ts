import type { ProviderHit } from '../scan/hits.js';

/** How a proof says the call goes to a consumer chat app under the user's own signed-in session. */
export const WEB_SESSION_DETAIL = "a consumer chat app reached with the user's own signed-in session";

/**
 * The addresses of consumer chat web apps, the pages people sign in to, not the vendors' APIs: their endpoints answer
 * only a browser holding that person's session (chathub's bots for Bing Chat's `wss://sydney.bing.com`, LMArena's
 * `wss://chat.lmsys.org`, Claude's `claude.ai/api`, ChatGPT's `chat.openai.com/backend-api`, Bard, Poe, Pi, Perplexity
 * Labs, Qwen, iFlytek Spark's `xinghuo.xfyun.cn`, Baichuan's `www.baichuan-ai.com`).
 */
const WEB_APP_HOSTS = String.raw`(?:sydney\.bing\.com|www\.bing\.com\/turing|copilot\.microsoft\.com|chat\.lmsys\.org|lmarena\.ai|claude\.ai|chat\.openai\.com|chatgpt\.com|bard\.google\.com|gemini\.google\.com|poe\.com|pi\.ai|labs-api\.perplexity\.ai|www\.perplexity\.ai|xinghuo\.xfyun\.cn|www\.baichuan-ai\.com|qianwen\.aliyun\.com|tongyi\.aliyun\.com|chat\.deepseek\.com|kimi\.moonshot\.cn|yiyan\.baidu\.com|chatglm\.cn)(?=[/:'"\x60?\s]|$)`;
const WEB_APP_AT = new RegExp(`^${WEB_APP_HOSTS}`, 'i');
const WEB_APP_URL = new RegExp(String.raw`(?:https?|wss?):\/\/${WEB_APP_HOSTS}`, 'i');

/** How a host's proof says it is a consumer chat app's address (set where the host is matched, whatever the tree). */
export const WEB_APP_DETAIL = "a consumer chat app's address";

/**
 * Whether a host matched in a line, with what follows it, is a consumer chat app's address.
 * @example webAppAddress('sydney.bing.com/sydney/ChatHub') // true
 */
export const webAppAddress = (hostAndAfter: string): boolean => WEB_APP_AT.test(hostAndAfter);

/** A browser extension's manifest: `manifest.json`, or the build plugins' `manifest.config.ts`, `manifest.ts`. */
const MANIFEST_FILE = /^manifest(?:\.config)?\.(?:json|[cm]?[jt]s)$/i;
const EXTENSION_MANIFEST = /["']?manifest_version["']?\s*:\s*[23]\b/;

/**
 * The folders of browser extensions in a tree: where a manifest declaring `manifest_version` sits (chathub's root
 * `manifest.config.ts`). `read` gives a file's text, or undefined. Only files named as manifests are read.
 * @example extensionFolders([{ relative: 'manifest.json', name: 'manifest.json' }], read) // ['']
 */
export function extensionFolders<File extends { relative: string; name: string }>(
  files: readonly File[],
  read: (file: File) => string | undefined,
): string[] {
  return files
    .filter((file) => MANIFEST_FILE.test(file.name) && EXTENSION_MANIFEST.test(read(file) ?? ''))
    .map((file) => file.relative.slice(0, file.relative.length - file.name.length));
}

/**
 * Marks the calls a browser extension's code makes to consumer chat web apps (`WEB_SESSION_DETAIL`): they run in the
 * user's browser with the user's own signed-in session, so the vendor receives what the user sends under the user's
 * own account, not ours (chathub: Bing Chat and LMArena proposed as vendors of ours receiving prompts). Outside an
 * extension such a call may carry a session of the operator's, and is left as it is.
 */
export function markWebSessions(hits: readonly ProviderHit[], folders: readonly string[]): void {
  if (folders.length === 0) return;
  for (const { evidence } of hits) {
    if (evidence.signal !== 'api-host' && evidence.signal !== 'api-call') continue;
    if (evidence.proofClass !== 'code' || !folders.some((folder) => evidence.file.startsWith(folder)))
      continue;
    const address = evidence.detail?.includes(WEB_APP_DETAIL);
    if (!address && !WEB_APP_URL.test(evidence.snippet)) continue;
    evidence.detail = address
      ? evidence.detail!.replace(WEB_APP_DETAIL, WEB_SESSION_DETAIL)
      : evidence.detail
        ? `${evidence.detail}; ${WEB_SESSION_DETAIL}`
        : WEB_SESSION_DETAIL;
  }
}
