// Stores no package names: users' content kept in their browser (IndexedDB, localStorage, zustand's persist), and the
// files users upload written to the server's own disk. Reviews of real apps found them missing, so "where is our chat
// history kept?" and "where are uploaded files stored?" went unanswered (chatgpt-clone, NextChat, llmchat, ChatFiles,
// gpt_academic). Each test is the smallest tree that shows one pattern.
import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan } from './fixture.js';

const EMPTY_MAP = 'version: 1\norganization: { name: Tiny, stage: seed }\n';

/** What `init` would propose from `files` into `map` (an empty one by default). */
async function proposalsFor(files: Record<string, string>, map = EMPTY_MAP) {
  const report = await scan(files);
  const loaded = loadMapFromFiles([{ file: 'trustmap.yaml', content: map }], { root: '/tmp/map' });
  if (!loaded.ok) throw new Error('map does not load');
  const drift = computeDrift(loaded.map, report);
  const additions = planAdditions(loaded.map, drift, report.facts);
  const component = (id: string) =>
    additions.find((addition) => addition.section === 'components' && addition.entry.id === id);
  const local = additions.filter(
    (addition) =>
      addition.section === 'components' &&
      /^(?:browser-|upload-folder|extension-state)/.test(addition.entry.id),
  );
  return { report, drift, additions, component, local: local.map((addition) => addition.entry.id) };
}

describe("users' content kept in their browser", () => {
  it('proposes conversations written to localStorage as a store on each user’s device', async () => {
    // chatgpt-clone `client/js/chat.js:350`: each conversation under its own key, the key on the next line.
    const { component } = await proposalsFor({
      'client/js/chat.js': [
        'const add_conversation = async (conversation_id, title) => {',
        '  localStorage.setItem(',
        `    \`conversation:\${conversation_id}\`,`,
        '    JSON.stringify({ id: conversation_id, title, items: [] })',
        '  );',
        '};',
      ].join('\n'),
    });
    const store = component('browser-localstorage');
    expect(store?.entry).toMatchObject({
      kind: 'datastore',
      technology: 'localStorage',
      hosting: 'customer-hosted',
      dataClasses: ['prompts', 'model-outputs'],
    });
    expect(store?.comment).toContain('client/js/chat.js:2');
    expect(store?.comment).toContain("each user's browser");
  });

  it('reads a key given by a constant, and a value named for what it holds', async () => {
    const { local } = await proposalsFor({
      'src/history.ts': [
        "const HISTORY_KEY = 'chat-history';",
        'export const save = (all: unknown) => localStorage.setItem(HISTORY_KEY, JSON.stringify(all));',
      ].join('\n'),
      'src/save.ts':
        'export const keep = (key: string, conversations: unknown[]) =>\n  localStorage.setItem(key, JSON.stringify(conversations));\n',
    });
    expect(local).toEqual(['browser-localstorage']);
  });

  it('proposes no store for UI settings, a single message handed on, or a setting named after chats', async () => {
    const { local, report } = await proposalsFor({
      'src/theme.ts': "localStorage.setItem('theme', theme);\nlocalStorage.setItem('language', lang);\n",
      'src/sidebar.tsx':
        "localStorage.setItem('showChatbar', JSON.stringify(open));\nlocalStorage.setItem('chat-config', JSON.stringify({ model }));\n",
      // khoj: the question typed on the home page, handed to the chat page and removed there.
      'src/home.tsx':
        'localStorage.setItem("message", message);\nlocalStorage.setItem("draft-message", editor.getText());\n',
    });
    expect(local).toEqual([]);
    expect(report.facts.filter((fact) => fact.kind === 'browser-store')).toEqual([]);
  });

  it('proposes chats kept with Dexie as IndexedDB, naming the library', async () => {
    // llmchat `packages/common/store/chat.store.ts:12-21`.
    const { component } = await proposalsFor({
      'store/chat.store.ts': [
        "import Dexie, { Table } from 'dexie';",
        'class ThreadDatabase extends Dexie {',
        '  threads!: Table<Thread>;',
        '  constructor() {',
        "    super('ThreadDatabase');",
        '    this.version(1).stores({',
        "      threads: 'id, createdAt, pinned',",
        "      threadItems: 'id, threadId, parentId',",
        '    });',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(component('browser-indexeddb')?.entry).toMatchObject({
      technology: 'IndexedDB (Dexie)',
      hosting: 'customer-hosted',
      dataClasses: ['prompts', 'model-outputs'],
    });
    expect(component('browser-indexeddb')?.comment).toContain('store/chat.store.ts:6');
  });

  it('proposes idb, raw indexedDB.open and localForage stores named for chats or documents', async () => {
    const { component } = await proposalsFor({
      'src/db.ts': [
        "import { openDB } from 'idb';",
        "export const db = openDB('chat-db', 1, { upgrade(db) { db.createObjectStore('conversations'); } });",
      ].join('\n'),
      'src/raw.js': "const request = indexedDB.open('documents', 2);\n",
      'src/forage.js':
        "import localforage from 'localforage';\nlocalforage.setItem('messages', JSON.stringify(all));\n",
    });
    const store = component('browser-indexeddb');
    expect(store?.entry.technology).toBe('IndexedDB (idb, localForage, IndexedDB API)');
    expect(store?.entry.dataClasses).toEqual(['prompts', 'model-outputs', 'customer-documents']);
    expect(store?.comment).toMatch(
      /src\/db\.ts:2.*src\/forage\.js:2.*src\/raw\.js:1|src\/db\.ts:2, src\/forage\.js:2 and src\/raw\.js:1/,
    );
  });

  it('proposes no IndexedDB store whose names say nothing of users’ content', async () => {
    // A cache of downloaded model weights in the browser is no user's content.
    const { local } = await proposalsFor({
      'src/cache.ts':
        "import { openDB } from 'idb';\nconst db = await openDB('model-cache', 1, { upgrade(db) { db.createObjectStore('weights'); } });\n",
    });
    expect(local).toEqual([]);
  });

  it('places zustand persist stores in IndexedDB where the tree backs persist with idb-keyval', async () => {
    // NextChat: `app/store/chat.ts` calls the app's `createPersistStore` with `name: StoreKey.Chat`; `app/utils/store.ts`
    // wraps zustand's `persist` over `indexedDBStorage`, an idb-keyval adapter (`app/utils/indexedDB-storage.ts`).
    const { component } = await proposalsFor({
      'app/utils/indexedDB-storage.ts': [
        'import { StateStorage } from "zustand/middleware";',
        'import { get, set, del } from "idb-keyval";',
        'class IndexedDBStorage implements StateStorage {',
        '  async setItem(name: string, value: string) { await set(name, value); }',
        '}',
        'export const indexedDBStorage = new IndexedDBStorage();',
      ].join('\n'),
      'app/store/chat.ts': [
        'import { createPersistStore } from "../utils/store";',
        'export const useChatStore = createPersistStore(',
        '  { sessions: [] },',
        '  (set, get) => ({}),',
        '  { name: StoreKey.Chat, version: 3 },',
        ');',
      ].join('\n'),
      'app/store/theme.ts': [
        'import { createPersistStore } from "../utils/store";',
        'export const useThemeStore = createPersistStore({ theme: "dark" }, () => ({}), { name: StoreKey.Theme });',
      ].join('\n'),
    });
    const store = component('browser-indexeddb');
    expect(store?.entry.technology).toBe('IndexedDB (zustand persist, idb-keyval)');
    expect(store?.comment).toContain('app/store/chat.ts:5');
    expect(store?.comment).not.toContain('theme.ts');
    expect(component('browser-localstorage')).toBeUndefined();
  });

  it('places a zustand persist store of API keys in localStorage, with no data class', async () => {
    // llmchat `packages/common/store/api-keys.store.ts`: the keys users enter, `name: 'api-keys-storage'`.
    const { component, additions } = await proposalsFor({
      'store/api-keys.store.ts': [
        "import { create } from 'zustand';",
        "import { persist } from 'zustand/middleware';",
        'export const useApiKeysStore = create()(',
        '  persist((set) => ({ keys: {} }), { name: "api-keys-storage" }),',
        ');',
      ].join('\n'),
    });
    const store = component('browser-localstorage');
    expect(store?.entry.technology).toBe('localStorage (zustand persist)');
    expect(store?.entry.dataClasses).toBeUndefined();
    expect(store?.comment).toContain('API keys');
    expect(
      additions.some(
        (addition) => addition.section === 'flows' && addition.entry.to === 'browser-localstorage',
      ),
    ).toBe(false);
  });

  it('proposes conversations a VS Code extension keeps in its global state', async () => {
    // twinny `src/extension/conversation-history.ts:104`.
    const { component } = await proposalsFor({
      'src/extension/conversation-history.ts': [
        "const CONVERSATION_STORAGE_KEY = 'twinny.conversations';",
        'this.context?.globalState.update(CONVERSATION_STORAGE_KEY, { ...conversations, [id]: conversation });',
      ].join('\n'),
    });
    expect(component('extension-state')?.entry).toMatchObject({
      technology: 'VS Code extension state',
      hosting: 'customer-hosted',
    });
  });

  it('reads nothing from tests, examples or vendored code, nor from commented-out code', async () => {
    const write = "localStorage.setItem('conversationHistory', JSON.stringify(conversations));\n";
    const { local } = await proposalsFor({
      'test/storage.test.ts': write,
      'examples/chat/app.js': write,
      'vendor/chat-widget/store.js': write,
      'src/old.ts': `// ${write}`,
    });
    expect(local).toEqual([]);
  });

  it('proposes nothing the map already declares, and one store per mechanism', async () => {
    const files = {
      'src/a.ts': "localStorage.setItem('conversationHistory', JSON.stringify(c));\n",
      'src/b.ts': "localStorage.setItem('chats', JSON.stringify(c));\n",
      'src/c.ts': "localStorage.setItem('prompts', JSON.stringify(p));\n",
      'src/d.ts': "localStorage.setItem('messages', JSON.stringify(m));\n",
    };
    const found = await proposalsFor(files);
    expect(found.local).toEqual(['browser-localstorage']);
    expect(found.component('browser-localstorage')?.comment).toContain(
      'src/a.ts:1, src/b.ts:1 and src/c.ts:1',
    );
    const declared = await proposalsFor(
      files,
      `${EMPTY_MAP}components:\n  - { id: chat-cache, name: Chat cache, kind: datastore, technology: localStorage, hosting: customer-hosted }\n`,
    );
    expect(declared.local).toEqual([]);
  });
});

describe('files users upload written to the server’s disk', () => {
  it('proposes multer’s disk storage as an object store on local disk, its host left to say', async () => {
    const { component } = await proposalsFor({
      'server/routes/upload.js': [
        "const multer = require('multer');",
        "const upload = multer({ dest: 'uploads/' });",
        "router.post('/upload', upload.single('file'), (req, res) => res.json({ ok: true }));",
      ].join('\n'),
    });
    const store = component('upload-folder');
    expect(store?.entry).toMatchObject({
      kind: 'object-store',
      technology: 'local disk (uploads/)',
      dataClasses: ['customer-documents'],
    });
    expect(store?.entry.hosting).toBeUndefined();
    expect(store?.comment).toContain('server/routes/upload.js:2');
    expect(store?.comment).not.toContain('reaches it by a URL');
  });

  it('proposes multer.diskStorage with a destination from a setting', async () => {
    // ChatFiles `pages/api/files.ts:15-24`.
    const { local } = await proposalsFor({
      'pages/api/files.ts': [
        'import multer from "multer";',
        'const upload = multer({',
        '  storage: multer.diskStorage({ destination: (req, file, cb) => cb(null, folderPath) }),',
        '});',
      ].join('\n'),
    });
    expect(local).toEqual(['upload-folder']);
  });

  it('proposes a Flask upload saved under UPLOAD_FOLDER', async () => {
    const { component } = await proposalsFor({
      'app.py': [
        'from flask import Flask, request',
        'app = Flask(__name__)',
        "app.config['UPLOAD_FOLDER'] = 'uploads'",
        "@app.route('/upload', methods=['POST'])",
        'def upload():',
        "    file = request.files['file']",
        "    file.save(os.path.join(app.config['UPLOAD_FOLDER'], secure_filename(file.filename)))",
        "    return 'ok'",
      ].join('\n'),
    });
    expect(component('upload-folder')?.entry.technology).toBe('local disk (uploads/)');
    expect(component('upload-folder')?.comment).toContain('app.py:7');
  });

  it('proposes a FastAPI UploadFile copied or written to a path', async () => {
    const copied = await proposalsFor({
      'api/files.py': [
        'from fastapi import APIRouter, UploadFile',
        'UPLOAD_DIR = "data/uploads"',
        '@router.post("/files")',
        'async def create(file: UploadFile):',
        '    with open(os.path.join(UPLOAD_DIR, file.filename), "wb") as out:',
        '        shutil.copyfileobj(file.file, out)',
      ].join('\n'),
    });
    expect(copied.component('upload-folder')?.entry.technology).toBe('local disk (data/uploads/)');
    const written = await proposalsFor({
      'api/files.py': [
        'from fastapi import UploadFile',
        'async def create(file: UploadFile):',
        '    path = Path("uploads") / file.filename',
        '    content = await file.read()',
        '    path.write_bytes(content)',
      ].join('\n'),
    });
    expect(written.local).toEqual(['upload-folder']);
  });

  it('proposes an uploaded file moved into an uploads folder, and a request’s file written there by Node', async () => {
    // gpt_academic `toolbox.py:522-534`: each upload moved to `get_upload_folder(user)`.
    const python = await proposalsFor({
      'toolbox.py': [
        'def on_file_uploaded(request, files, chatbot):',
        '    target = get_upload_folder(user_name, tag=time_tag)',
        '    for file in files:',
        '        shutil.move(file.name, os.path.join(target, os.path.basename(file.orig_name)))',
      ].join('\n'),
    });
    expect(python.local).toEqual(['upload-folder']);
    const node = await proposalsFor({
      'app/api/upload/route.ts': [
        'export async function POST(request: Request) {',
        '  const form = await request.formData();',
        "  const file = form.get('file') as File;",
        "  await writeFile(path.join(process.cwd(), 'public/uploads', file.name), Buffer.from(await file.arrayBuffer()));",
        '}',
      ].join('\n'),
    });
    expect(node.component('upload-folder')?.entry.technology).toBe('local disk (public/uploads/)');
  });

  it('names the folder in the technology only where every place names it', async () => {
    // gpt_academic: Gradio uploads moved to a folder its settings name, its FastAPI route's written to `uploads/`.
    const { component } = await proposalsFor({
      'toolbox.py': [
        'def on_file_uploaded(request, files, chatbot):',
        '    target = get_upload_folder(user_name)',
        '    for file in files:',
        '        shutil.move(file.name, os.path.join(target, file.orig_name))',
      ].join('\n'),
      'server.py': [
        'from fastapi import UploadFile',
        'async def upload(file: UploadFile):',
        '    upload_dir = "uploads"',
        '    with open(os.path.join(upload_dir, file.filename), "wb") as out:',
        '        out.write(await file.read())',
      ].join('\n'),
    });
    const store = component('upload-folder');
    expect(store?.entry.technology).toBe('local disk');
    expect(store?.comment).toContain('folders on its own disk, uploads/ among them');
    expect(store?.comment).toMatch(/server\.py:4.*toolbox\.py:4|toolbox\.py:4.*server\.py:4/);
  });

  it('proposes no store for a temporary copy, a model-weights cache, or a test folder’s uploads', async () => {
    const { local } = await proposalsFor({
      // khoj `src/khoj/routers/api.py:122-158`: a recording written, transcribed and removed.
      'api/audio.py': [
        'from fastapi import UploadFile',
        'async def transcribe(file: UploadFile):',
        '    audio_filename = f"{uuid.uuid4()}.webm"',
        '    audio_data = await file.read()',
        '    with open(audio_filename, "wb") as writer:',
        '        writer.write(audio_data)',
        '    os.remove(audio_filename)',
      ].join('\n'),
      'api/parse.py': [
        'from fastapi import UploadFile',
        'async def parse(file: UploadFile):',
        '    with tempfile.NamedTemporaryFile(delete=False) as tmp:',
        '        shutil.copyfileobj(file.file, tmp)',
      ].join('\n'),
      'models/download.py': [
        'CACHE_DIR = os.path.expanduser("~/.cache/models")',
        'def fetch(url):',
        '    with open(os.path.join(CACHE_DIR, "weights.bin"), "wb") as out:',
        '        out.write(requests.get(url).content)',
      ].join('\n'),
      'tests/test_upload.py': [
        "file = request.files['file']",
        "file.save(os.path.join('uploads', file.filename))",
      ].join('\n'),
      'server/memory.js': 'const upload = multer({ storage: multer.memoryStorage() });\n',
    });
    expect(local).toEqual([]);
  });

  it('proposes the upload folder at each user in a program each user runs', async () => {
    // An Electron app: its disk is the user's own.
    const { component } = await proposalsFor({
      'package.json': '{"name":"desk","main":"main.js","devDependencies":{"electron":"30"}}',
      'main.js': "const { app } = require('electron');\nconst upload = multer({ dest: 'uploads/' });\n",
    });
    expect(component('upload-folder')?.entry.hosting).toBe('customer-hosted');
  });
});

describe('what the second round of reviews found (2026-12-08)', () => {
  it('does not read a UI flag naming messages as the messages (casibase: maximizeMessages)', async () => {
    const { browserStoreFacts } = await import('../../src/discover/signals/localStores.js');
    expect(
      browserStoreFacts("localStorage.setItem('maximizeMessages', String(this.state.max))", 'a.js'),
    ).toEqual([]);
    expect(
      browserStoreFacts("localStorage.setItem('conversationHistory', JSON.stringify(c))", 'a.js').length,
    ).toBeGreaterThan(0);
  });

  it('does not take an event’s name for an uploads folder (cheshire-cat: "after_file_upload")', async () => {
    const { uploadFolderFacts } = await import('../../src/discover/signals/localStores.js');
    const text = [
      'from fastapi import UploadFile',
      'async def upload_file(file: UploadFile):',
      '    content = await file.read()',
      '    cat.mad_hatter.execute_hook("after_file_upload", file)',
      "    with open(os.path.join(folder, file.filename), 'wb') as f:",
      '        f.write(content)',
    ].join('\n');
    const facts = uploadFolderFacts(text, 'routes/upload.py', 'python');
    expect(facts).toHaveLength(1);
    expect(JSON.stringify(facts)).not.toContain('after_file_upload');
  });
});
