// What the twenty-fifth session's second round of reviews found in discovery: Yuxi-Know (xerrors/Yuxi-Know) and
// gpt_academic (binary-husky/gpt_academic). Each test is the smallest tree that shows its fault.
import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

/** What `init` would propose from `files` into an empty map. */
async function proposalsFor(files: Record<string, string>) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  const additions = planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts);
  const entry = (section: string, id: string) =>
    additions.find((addition) => addition.section === section && addition.entry.id === id)?.entry;
  return { report, additions, entry };
}

/** The files each sign-in fact of `kind` cites. */
const signInFiles = async (files: Record<string, string>, kind: string) =>
  (await scan(files)).facts
    .filter((fact) => fact.kind === `sign-in:${kind}`)
    .flatMap((fact) => fact.evidence.map((evidence) => evidence.file));

describe('OpenID Connect and API keys the app builds itself are sign-in', () => {
  // Yuxi-Know `backend/package/yuxi/services/oidc_service.py:66-92,129`: a file named for OIDC is sign-in code.
  it('reads the discovery document and authorization code in a file named for OpenID Connect', async () => {
    const service = [
      'import httpx',
      'class OIDCProviderMetadata:',
      '    async def load(self, issuer_url: str) -> bool:',
      '        discovery_url = f"{issuer_url.rstrip(\'/\')}/.well-known/openid-configuration"',
      '        metadata = (await httpx.AsyncClient().get(discovery_url)).json()',
      '        self.authorization_endpoint = metadata.get("authorization_endpoint")',
      '',
    ].join('\n');
    expect(await signInFiles({ 'server/services/oidc_service.py': service }, 'oidc')).toEqual([
      'server/services/oidc_service.py',
    ]);
  });

  // Yuxi-Know `backend/server/routers/auth_router.py:873-880`.
  it('reads an OpenID Connect callback route, not an authorization server’s own routes', async () => {
    const router = [
      '@auth.get("/oidc/login-url")',
      'async def login_url(redirect_path: str = "/"):',
      '    return await oidc_login_url_handler(redirect_path)',
      '@auth.get("/oidc/callback")',
      'async def callback(code: str, state: str):',
      '    return await oidc_callback_handler(code, state)',
      '',
    ].join('\n');
    expect(await signInFiles({ 'server/routers/users.py': router }, 'oidc')).toEqual([
      'server/routers/users.py',
    ]);
    const provider = '@app.get("/oidc/authorize")\ndef authorize():\n    return issue_code()\n';
    expect(await signInFiles({ 'server/routers/provider.py': provider }, 'oidc')).toEqual([]);
  });

  it('reads the relying-party libraries of OpenID Connect', async () => {
    const client =
      "import { UserManager } from 'oidc-client-ts';\nexport const users = new UserManager(settings);\n";
    expect(await signInFiles({ 'web/src/users.ts': client }, 'oidc')).toEqual(['web/src/users.ts']);
  });

  // Yuxi-Know `backend/server/utils/auth_middleware.py:35-99`: `yxkey_` keys, kept as their SHA-256, resolved to a user.
  it('reads API keys looked up by their stored hash and resolved to a user, not one key from the settings', async () => {
    const middleware = [
      'import hashlib',
      'async def _verify_api_key(key, db):',
      '    key_hash = hashlib.sha256(key.encode()).hexdigest()',
      '    api_key = await db.scalar(select(APIKey).filter(APIKey.key_hash == key_hash))',
      '    return await db.get(User, api_key.user_id)',
      'async def get_current_user(token, db):',
      '    if token.startswith("yxkey_"):',
      '        return await _verify_api_key(token, db)',
      '',
    ].join('\n');
    expect(await signInFiles({ 'server/utils/auth_middleware.py': middleware }, 'api-key')).toEqual([
      'server/utils/auth_middleware.py',
    ]);
    const shared = [
      'def check_api_key(request):',
      '    if request.headers.get("x-api-key") != settings.API_KEY:',
      '        raise Unauthorized(user=None)',
      '',
    ].join('\n');
    expect(await signInFiles({ 'server/auth.py': shared }, 'api-key')).toEqual([]);
  });
});

describe('a store only a caught import reaches is proposed under a condition', () => {
  const worker =
    'from llama_index.vector_stores.milvus import MilvusVectorStore\nstore = MilvusVectorStore(uri=path)\n';
  // gpt_academic `crazy_functions/Rag_Interface.py:52-59`: Milvus's worker tried, the simple store where it fails.
  const guarded = [
    'def ask(question):',
    '    store_type = "Milvus"',
    '    try:',
    '        from rag_fns.milvus_worker import MilvusRagWorker as Worker',
    '    except ImportError:',
    '        store_type = "Simple"',
    '    if store_type == "Simple":',
    '        from rag_fns.simple_worker import Worker',
    '',
  ].join('\n');

  it('proposes the flow only when its package is installed', async () => {
    const { entry } = await proposalsFor({
      'rag_fns/milvus_worker.py': worker,
      'rag_fns/simple_worker.py': 'class Worker:\n    pass\n',
      'rag.py': guarded,
    });
    expect(entry('flows', 'app-to-milvus')?.condition).toEqual({
      kind: 'other',
      description: 'when its package is installed',
    });
  });

  it('is under no condition where an import outside a guard reaches it, or a manifest installs it', async () => {
    const plain = await proposalsFor({
      'rag_fns/milvus_worker.py': worker,
      'rag.py': guarded,
      'index.py': 'from rag_fns.milvus_worker import MilvusRagWorker\n',
    });
    expect(plain.entry('flows', 'app-to-milvus')?.condition).toBeUndefined();
    const installed = await proposalsFor({
      'rag_fns/milvus_worker.py': worker,
      'rag.py': guarded,
      'requirements.txt': 'llama-index-vector-stores-milvus==0.1.0\n',
    });
    expect(installed.entry('flows', 'app-to-milvus')?.condition).toBeUndefined();
  });

  it('is under no condition where the except clause raises again', async () => {
    const required = [
      'try:',
      '    from pymilvus import MilvusClient',
      'except ImportError:',
      '    raise ImportError("pip install pymilvus")',
      'client = MilvusClient(uri)',
      '',
    ].join('\n');
    const { entry } = await proposalsFor({ 'store.py': required });
    expect(entry('flows', 'app-to-milvus')?.condition).toBeUndefined();
  });
});

describe('a module’s `__main__` block is a demo, not the app’s use', () => {
  // gpt_academic `request_llms/com_taichu.py:56`, under the guard of a module `bridge_taichu.py` imports.
  const demo = [
    'class TaichuChat:',
    '    def generate_chat(self, prompt, kwargs):',
    '        return post(prompt, kwargs)',
    '',
    "if __name__ == '__main__':",
    '    chat = TaichuChat()',
    "    chat.generate_chat('hello', model='glm-4')",
    '',
  ].join('\n');

  it('classes its proofs as an example, and makes no task of its own', async () => {
    const report = await scan({
      'llms/com_taichu.py': demo,
      'llms/bridge_taichu.py': 'from .com_taichu import TaichuChat\n',
    });
    const zhipu = report.findings.find((finding) => finding.id === 'zhipu');
    expect(zhipu?.pinned).toBeUndefined();
    expect(zhipu?.evidence.find((proof) => proof.line === 7)?.proofClass).toBe('example');
  });

  it('keeps them where no module imports it (an entry point)', async () => {
    const report = await scan({ 'llms/com_taichu.py': demo });
    expect(report.findings.find((finding) => finding.id === 'zhipu')?.pinned?.[0]?.line).toBe(7);
  });
});

describe('a default that names its provider with a region chooses it, for every task it names', () => {
  // Yuxi-Know `backend/package/yuxi/config/app.py:51-66`.
  it('proposes the default provider’s answering, embedding and reranking flows under no condition', async () => {
    const config = [
      'from pydantic import BaseModel, Field',
      'class Config(BaseModel):',
      '    default_model: str = Field(',
      '        default="siliconflow-cn:Pro/MiniMaxAI/MiniMax-M2.5",',
      '    )',
      '    embed_model: str = Field(default="siliconflow-cn:Pro/BAAI/bge-m3")',
      '    reranker: str = Field(default="siliconflow-cn:Pro/BAAI/bge-reranker-v2-m3")',
      // What brings the file into the scan (Yuxi-Know's `app.py:235`): a bare `provider:model` value does not.
      '    def key_set(self, env_var):',
      '        return env_var == "NO_API_KEY" or bool(os.getenv(env_var))',
      '',
    ].join('\n');
    const providers = [
      'PROVIDERS = {',
      '    "siliconflow-cn": {"base_url": "https://api.siliconflow.cn/v1"},',
      '    "deepseek": {"base_url": "https://api.deepseek.com/v1"},',
      '    "openai": {"base_url": "https://api.openai.com/v1"},',
      '    "moonshot": {"base_url": "https://api.moonshot.cn/v1"},',
      '}',
      '',
    ].join('\n');
    const { entry } = await proposalsFor({ 'config/app.py': config, 'config/providers.py': providers });
    expect(entry('flows', 'app-to-siliconflow')).toBeDefined();
    expect(entry('flows', 'app-to-siliconflow')?.condition).toBeUndefined();
    expect(entry('flows', 'app-to-siliconflow-embedding')?.condition).toBeUndefined();
    expect(entry('flows', 'app-to-siliconflow-rerank')?.condition).toBeUndefined();
    expect(entry('flows', 'app-to-deepseek')?.condition).toBeDefined();
  });
});

describe('catalog hosts and pictures', () => {
  // Yuxi-Know `backend/package/yuxi/config/builtin_providers.py:56,63,112`.
  it('knows MiniMax’s mainland host and DashScope’s Coding Plan hosts', async () => {
    const report = await scan({
      'config/providers.py': [
        'PROVIDERS = {',
        '    "minimax-cn": {"base_url": "https://api.minimaxi.com/v1"},',
        '    "dashscope-coding": {"base_url": "https://coding.dashscope.aliyuncs.com/v1"},',
        '    "dashscope-coding-intl": {"base_url": "https://coding-intl.dashscope.aliyuncs.com/v1"},',
        '}',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'minimax')).toBe('used');
    expect(statusOf(report, 'alibaba-dashscope')).toBe('used');
    expect(report.findings.filter((finding) => finding.id.startsWith('endpoint:'))).toEqual([]);
  });

  // Yuxi-Know `web/src/components/UserInfoComponent.vue:214`: a default avatar on the author's bucket.
  it('reads a picture’s address as data, not a store the app sends to', async () => {
    const report = await scan({
      'web/src/components/UserInfo.vue': [
        '<script setup>',
        "const DEFAULT_AVATAR_URL = 'https://someone.oss-cn-shanghai.aliyuncs.com/github/default.jpeg'",
        '</script>',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'aliyun-oss')).not.toBe('used');
  });
});

describe('an import only a type checker reads', () => {
  it('never runs, so it reaches a store no more than a caught import (paper-qa)', async () => {
    const { guardedLines } = await import('../../src/discover/scan/guardedImports.js');
    const text = [
      'from typing import TYPE_CHECKING',
      'if TYPE_CHECKING:',
      '    from qdrant_client.http.models import Record',
      '',
      'import os',
      'try:',
      '    from qdrant_client import AsyncQdrantClient',
      'except ImportError:',
      '    AsyncQdrantClient = None',
    ].join('\n');
    expect([...guardedLines(text)].sort((a, b) => a - b)).toEqual([3, 4, 7]);
  });
});
