import { lineAt, lineStarts, lineText } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { ConfigFact, DiscoveryEvidence } from '../types.js';

/**
 * Front-end code that keeps users' content in their browser: conversations, messages, documents, prompts or API keys
 * written to IndexedDB (Dexie, idb, idb-keyval, localForage, `indexedDB.open`), to localStorage, or through zustand's
 * `persist` middleware, and a VS Code extension's `globalState`. One fact per file and mechanism (`provider`: the
 * mechanism, `BROWSER_MECHANISMS`), collapsed to one per mechanism (`collapseLocalStores`). UI settings (a theme, a
 * language, a sidebar's state) are not users' content and make none.
 */
export const BROWSER_STORE = 'browser-store';

/**
 * Server code that writes the files users upload to a folder on its own disk (multer's disk storage, a Flask upload's
 * `.save(…)`, a FastAPI `UploadFile` copied to a path, a request's file written under `uploads/`). One per file,
 * collapsed to one per scan.
 */
export const UPLOAD_FOLDER = 'upload-folder';

/** The mechanisms a `BROWSER_STORE` fact names, as its `provider`, and the mechanism of `UPLOAD_FOLDER`. */
export type LocalMechanism = 'indexeddb' | 'localstorage' | 'vscode-state' | 'local-disk';

/** A zustand `persist` store not yet placed: localStorage unless the tree backs persist with IndexedDB. */
const PERSIST = 'zustand-persist';
/** A zustand storage adapter over IndexedDB (NextChat's `indexedDBStorage` on idb-keyval): where persist stores go. */
const PERSIST_ON_INDEXEDDB = 'persist-on-indexeddb';

/** What users' content a store keeps, said in the detail of each proof (`Dexie: conversations`). */
type Content = 'conversations' | 'documents' | 'API keys';

/** Words of a key, a table or a store's name that say users' conversations. */
const CONVERSATION_WORDS = new Set([
  'chat',
  'chats',
  'conversation',
  'conversations',
  'message',
  'messages',
  'history',
  'histories',
  'thread',
  'threads',
  'prompt',
  'prompts',
  'transcript',
  'transcripts',
  'dialog',
  'dialogs',
  'dialogue',
  'dialogues',
]);
const DOCUMENT_WORDS = new Set(['document', 'documents', 'attachment', 'attachments', 'upload', 'uploads']);
/**
 * Words that make a key a UI setting, whatever else it names (`showChatbar`, `chat-config`, `chatSidebarOpen`,
 * `promptTheme`): not users' content.
 */
const SETTING_WORDS = new Set([
  'maximize',
  'maximized',
  'minimize',
  'minimized',
  'fullscreen',
  'pinned',
  'zoom',
  'toggle',
  'show',
  'hide',
  'hidden',
  'open',
  'opened',
  'close',
  'closed',
  'collapse',
  'collapsed',
  'expand',
  'expanded',
  'visible',
  'visibility',
  'sidebar',
  'bar',
  'panel',
  'drawer',
  'width',
  'height',
  'size',
  'theme',
  'dark',
  'light',
  'lang',
  'language',
  'locale',
  'font',
  'mode',
  'layout',
  'tab',
  'scroll',
  'position',
  'enabled',
  'disabled',
  'flag',
  'flags',
  'feature',
  'features',
  'tour',
  'onboarding',
  'seen',
  'dismissed',
  'tooltip',
  'intro',
  'announcement',
  'announcements',
  'config',
  'settings',
  'setting',
  'preference',
  'preferences',
  'prefs',
  'sort',
  'order',
  'filter',
  'view',
  'zoom',
  'color',
  'sync',
  'event',
  'version',
  'migrated',
  'migration',
  'count',
  'timestamp',
  'updated',
  'selected',
  // One input carried to the next page or kept while it is typed (khoj's `message` handed to its chat page, llmchat's
  // `draft-message`): not the conversations kept.
  'draft',
  'input',
  'pending',
  'starting',
]);
/**
 * A single message or prompt (`message`, `systemPrompt`): one input handed on, or a setting; conversations kept are
 * named as many, or as a chat, a conversation, a history or a thread.
 */
const ONE_INPUT = new Set(['message', 'prompt']);
/** An API key a user enters, named in a key or a store (`apiKey`, `openai_key`, `api-keys-storage`). */
const API_KEY = /\b(?:api|openai|anthropic|gemini|groq|mistral|secret|access|llm|provider)[-_ ]?keys?\b/i;

/** The words of an identifier or a key: split at case changes and at anything not a letter. */
function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * What users' content a key or a name says it holds, if any: conversations, documents, API keys; nothing where a word
 * of it says a UI setting (`setting`: a key, not a value, whose words count that way).
 */
function contentOf(text: string, setting = true): Content[] {
  const words = wordsOf(text.replace(API_KEY, ' '));
  if (setting && words.some((word) => SETTING_WORDS.has(word))) return [];
  const found: Content[] = [];
  if (words.some((word) => CONVERSATION_WORDS.has(word) && !ONE_INPUT.has(word))) found.push('conversations');
  if (words.some((word) => DOCUMENT_WORDS.has(word))) found.push('documents');
  if (API_KEY.test(text)) found.push('API keys');
  return found;
}

/** The string a constant of the file holds (`const CHAT_KEY = 'chat-history'`), for a key given by its name. */
function constantValue(text: string, name: string): string | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const match = new RegExp(
    String.raw`\b${name.replace(/\$/g, '\\$')}\s*[:=]\s*["'\`]([^"'\`\n]{1,120})["'\`]`,
  ).exec(text);
  return match?.[1];
}

/** The arguments of a call starting at `from` (just after its `(`): up to the matching `)` or 400 characters. */
function callArguments(text: string, from: number): string {
  let depth = 0;
  const end = Math.min(text.length, from + 400);
  for (let i = from; i < end; i++) {
    const char = text[i];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      if (depth === 0) return text.slice(from, i);
      depth--;
    }
  }
  return text.slice(from, end);
}

/** The first argument of a call's arguments, and the rest. */
function splitFirst(args: string): [string, string] {
  let depth = 0;
  for (let i = 0; i < args.length; i++) {
    const char = args[i];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) return [args.slice(0, i).trim(), args.slice(i + 1)];
  }
  return [args.trim(), ''];
}

/**
 * What a key-value write keeps (`setItem(key, value)`, `globalState.update(KEY, value)`): the key's content, the key
 * read through a constant of the file where it is a name, or the value's where the key says no UI setting.
 */
function writtenContent(text: string, args: string): Content[] {
  const [key, value] = splitFirst(args);
  // A key is a quoted string, a template or a name (`CHAT_KEY`, `StoreKey.Chat`): not a callback (zustand's `set(state
  // => …)` beside idb-keyval's `set`).
  if (!/^(?:["'`]|[\w$.]+$)/.test(key)) return [];
  const said = constantValue(text, key) ?? key;
  // A setting word decides first: `maximizeMessages` is whether messages fill the window, not messages (casibase).
  if (wordsOf(said).some((word) => SETTING_WORDS.has(word))) return [];
  const keyContent = contentOf(said);
  if (keyContent.length) return keyContent;
  return contentOf(value.slice(0, 200));
}

interface Place {
  index: number;
  content: Content[];
  detail: string;
}

/** Each key-value write of `call` in the text (`localStorage.setItem(`), with what it keeps, where it keeps content. */
function writes(text: string, call: RegExp, detail: string): Place[] {
  const places: Place[] = [];
  for (const match of text.matchAll(call)) {
    const content = writtenContent(text, callArguments(text, match.index + match[0].length));
    if (content.length) places.push({ index: match.index, content, detail });
  }
  return places;
}

/** Dexie's tables (`.stores({ chats: '++id', messages: … })`) and its database's name (`new Dexie('ChatDB')`). */
function dexiePlaces(text: string): Place[] {
  const places: Place[] = [];
  const named = /\bnew\s+Dexie\s*\(\s*["'`]([^"'`]{1,80})["'`]|\bsuper\s*\(\s*["'`]([^"'`]{1,80})["'`]/.exec(
    text,
  );
  const dbName = named ? (named[1] ?? named[2] ?? '') : '';
  for (const match of text.matchAll(/\.stores\s*\(\s*\{/g)) {
    const body = callArguments(text, match.index + match[0].length);
    const tables = [...body.matchAll(/["'`]?(\w+)["'`]?\s*:/g)].map((table) => table[1]!).join(' ');
    const content = contentOf(`${dbName} ${tables}`, false);
    if (content.length) places.push({ index: match.index, content, detail: 'Dexie' });
  }
  // A typed table (`messages!: Table<Message>`) where the stores are declared elsewhere.
  if (places.length === 0 && named) {
    const tables = [...text.matchAll(/\b(\w+)!?\s*:\s*(?:Dexie\.)?(?:Entity)?Table\s*</g)]
      .map((table) => table[1]!)
      .join(' ');
    const content = contentOf(`${dbName} ${tables}`, false);
    if (content.length) places.push({ index: named.index, content, detail: 'Dexie' });
  }
  return places;
}

/** An IndexedDB database opened with idb's `openDB` or the browser's `indexedDB.open`, by its name and stores. */
function openedDatabases(text: string): Place[] {
  const stores = [...text.matchAll(/\bcreateObjectStore\s*\(\s*["'`]([^"'`]{1,80})["'`]/g)]
    .map((store) => store[1]!)
    .join(' ');
  const places: Place[] = [];
  for (const match of text.matchAll(/\b(openDB|indexedDB\.open)\s*(?:<[^>(]{0,120}>)?\s*\(/g)) {
    const [name] = splitFirst(callArguments(text, match.index + match[0].length));
    const said = constantValue(text, name) ?? name;
    const content = contentOf(`${said} ${stores}`, false);
    if (content.length)
      places.push({ index: match.index, content, detail: match[1] === 'openDB' ? 'idb' : 'IndexedDB API' });
  }
  return places;
}

/** A zustand `persist` store's name (`name: 'chat-storage'`, `name: StoreKey.Chat`) that says users' content. */
function persistPlaces(text: string): Place[] {
  const call = /\bpersist\s*(?:<[^>(]{0,200}>)?\s*\(|\bcreate\w*Persist\w*\s*(?:<[^>(]{0,200}>)?\s*\(/g;
  const first = call.exec(text);
  if (!first) return [];
  if (/\bcreateJSONStorage\s*\(\s*\(\)\s*=>\s*sessionStorage\b/.test(text)) return [];
  const places: Place[] = [];
  for (const match of text.slice(first.index).matchAll(/\bname\s*:\s*(["'`][^"'`\n]{1,80}["'`]|[\w$.]+)/g)) {
    const name = match[1]!;
    const said = /^["'`]/.test(name) ? name : (constantValue(text, name.split('.').pop()!) ?? name);
    const content = contentOf(said);
    if (content.length && /stor|key|state|persist|db|data/i.test(`${name} ${said}`))
      places.push({ index: first.index + match.index, content, detail: 'zustand persist' });
  }
  // An API key a user enters, kept in the persisted state (NextChat's access store: `openaiApiKey: ""`).
  const key = /\b\w*(?:api|Api|API)_?[kK]ey\w*\s*:/.exec(text);
  if (places.length === 0 && key)
    places.push({ index: first.index, content: ['API keys'], detail: 'zustand persist' });
  return places.slice(0, 1);
}

/**
 * The words some browser-storage rule needs in the file, each searched as a literal (`includes`: one regular expression
 * joining them cost some forty times as much over khoj's code).
 */
const BROWSER_WORDS = [
  'localStorage',
  'Dexie',
  'indexedDB',
  'openDB',
  'localforage',
  'localForage',
  'idb-keyval',
  'ersist',
  'globalState',
  'workspaceState',
];
/** Whether `text` holds any of `words`. */
const holdsAny = (text: string, words: readonly string[]) => words.some((word) => text.includes(word));

/** Whether the file calls an app's own wrapper of persist (`createPersistStore(`), looked for only around `Persist`. */
function persistWrapper(text: string): boolean {
  for (let at = text.indexOf('Persist'); at >= 0; at = text.indexOf('Persist', at + 7))
    if (/\bcreate\w*Persist\w*\s*\(/.test(text.slice(Math.max(0, at - 40), at + 40))) return true;
  return false;
}

const IDB_LIBRARY = /["'`](?:idb-keyval|idb|localforage|dexie)["'`]/;

/** Folders of other people's code kept in the tree (`vendor/`, `third_party/`, `bower_components/`). */
const VENDORED = /(?:^|\/)(?:vendor|vendors|third[-_]party|bower_components|external|extern)\//i;

/**
 * The browser-storage facts of one production source file: users' content kept in IndexedDB, localStorage or a VS
 * Code extension's state, one per mechanism found. Each rule starts with a literal search, so a file without its
 * word costs nothing more. Pure.
 * @example browserStoreFacts("localStorage.setItem('conversationHistory', JSON.stringify(c))", 'a.ts')[0].provider // 'localstorage'
 */
export function browserStoreFacts(text: string, file: string): ConfigFact[] {
  // Each rule's word searched once, as a literal: most files name none, and then nothing more is read.
  const has = new Set(BROWSER_WORDS.filter((word) => text.includes(word)));
  if (has.size === 0 || VENDORED.test(file)) return [];
  const found = new Map<string, Place[]>();
  const add = (mechanism: string, places: Place[]) => {
    if (places.length) found.set(mechanism, [...(found.get(mechanism) ?? []), ...places]);
  };
  if (has.has('localStorage'))
    add('localstorage', writes(text, /\blocalStorage\s*\.\s*setItem\s*\(/g, 'localStorage'));
  if (has.has('Dexie')) add('indexeddb', dexiePlaces(text));
  if (has.has('openDB') || has.has('indexedDB')) add('indexeddb', openedDatabases(text));
  if (has.has('localforage') || has.has('localForage')) {
    add('indexeddb', writes(text, /\blocal[fF]orage\s*\.\s*setItem\s*\(/g, 'localForage'));
    for (const match of text.matchAll(/\blocal[fF]orage\s*\.\s*(?:createInstance|config)\s*\(\s*\{/g)) {
      const content = contentOf(
        callArguments(text, match.index + match[0].length).replace(/\w+\s*:/g, ' '),
        false,
      );
      if (content.length) add('indexeddb', [{ index: match.index, content, detail: 'localForage' }]);
    }
  }
  if (has.has('idb-keyval')) {
    add('indexeddb', writes(text, /(?<![\w.$])(?:set|setMany|update)\s*\(/g, 'idb-keyval'));
    // A storage adapter of zustand's over IndexedDB: the persist stores of the tree are kept there.
    if (/\bStateStorage\b|\bcreateJSONStorage\b/.test(text))
      add(PERSIST_ON_INDEXEDDB, [{ index: text.indexOf('idb-keyval'), content: [], detail: 'idb-keyval' }]);
  }
  if (has.has('ersist') && (text.includes('zustand') || persistWrapper(text))) {
    const places = persistPlaces(text);
    const onIndexedDb =
      /\bstorage\s*:\s*createJSONStorage\s*\(\s*\(\)\s*=>\s*\w*(?:indexedDB|idb|IDB|localforage|Dexie)\w*/.test(
        text,
      );
    add(onIndexedDb ? 'indexeddb' : PERSIST, places);
    if (onIndexedDb && places.length === 0 && IDB_LIBRARY.test(text) === false)
      add(PERSIST_ON_INDEXEDDB, [
        { index: text.search(/\bcreateJSONStorage\b/), content: [], detail: 'zustand persist' },
      ]);
  }
  if (has.has('globalState') || has.has('workspaceState'))
    add(
      'vscode-state',
      writes(text, /\b(?:globalState|workspaceState)\s*\.\s*update\s*\(/g, 'VS Code extension state'),
    );
  if (found.size === 0) return [];
  const starts = lineStarts(text);
  return [...found].map(([mechanism, places]) => ({
    kind: BROWSER_STORE,
    provider: mechanism,
    message: 'front-end code keeps users’ content in their browser',
    evidence: places.slice(0, 3).map((place) => proofAt(text, starts, file, place.index, detailOf(place))),
  }));
}

/** A proof's detail: the library, then what it keeps (`Dexie: conversations, documents`). */
function detailOf(place: Place): string {
  return place.content.length ? `${place.detail}: ${place.content.join(', ')}` : place.detail;
}

function proofAt(
  text: string,
  starts: readonly number[],
  file: string,
  index: number,
  detail: string,
): DiscoveryEvidence {
  const { line, col } = lineAt(starts, Math.max(0, index));
  return {
    file,
    line,
    col,
    signal: 'config',
    snippet: cleanSnippet(lineText(text, starts, line), col - 1),
    detail,
  };
}

/** A folder for uploads named in code: `UPLOAD_FOLDER`, `upload_dir`, `uploadDir`, `get_upload_folder(`. */
// Opening with the word itself, not `\w*`, so the search skips ahead to each `upload` rather than trying every word.
const UPLOAD_FOLDER_NAME =
  /[uU]ploads?_?(?:folder|dir|directory|path|root|Folder|Dir|Directory|Path|Root)|UPLOADS?_(?:FOLDER|DIR|DIRECTORY|PATH|ROOT)/;
/** A quoted path of an uploads folder (`'uploads/'`, `"./public/uploads"`, `'private_upload'`). */
// Not an event's name (`"after_file_upload"`, `"on_upload"`: cheshire-cat's hook, read as "local disk (after_file_upload/)").
const UPLOAD_FOLDER_LITERAL =
  /["'`](?!(?:after|before|on|handle|do|process|trigger|validate|check)[-_])((?:[\w.-]+\/)*[a-z0-9_-]*uploads?(?:[-_][a-z]\w*)?\/?)["'`]/;
/** A write to disk in Python: a file object saved, copied or moved, or a file opened for binary writing. */
const PYTHON_WRITE =
  /\bshutil\.(?:copyfileobj|move|copy|copy2|copyfile)\s*\(|\.save\s*\(|\bopen\s*\((?:[^()\n]|\([^()\n]*\))*["'](?:wb|ab|wb\+|xb)["']|\baiofiles\.open\s*\(|\.write_bytes\s*\(/g;
/** A write to disk in Node: `fs.writeFile`, a write stream, `Bun.write`. */
const NODE_WRITE = /\b(?:writeFile|writeFileSync|createWriteStream)\s*\(|\bBun\.write\s*\(/g;
/** A temporary file: written to be read and thrown away, not kept. */
const TEMPORARY =
  /\b(?:tmp|temp|TMP|TEMP)(?:[_-]\w+|file|dir|path|folder|s)?\b|\b(?:tmp|temp)[A-Z]\w*|Temp(?:orary)?(?:File|Dir)|NamedTemporaryFile|TemporaryDirectory|mkstemp|mkdtemp|gettempdir|tmpdir/;
/**
 * Whether a Python file takes an uploaded file: Flask's `request.files`, FastAPI's `UploadFile`, Django's
 * `request.FILES`, a Gradio file input, an upload handler (`def on_file_uploaded(`). Literal searches first.
 */
function pythonTakesUpload(text: string): boolean {
  return (
    text.includes('request.files') ||
    text.includes('UploadFile') ||
    text.includes('request.FILES') ||
    text.includes('gr.File') ||
    text.includes('gr.UploadButton') ||
    (text.includes('def ') && /\bdef\s+\w*upload\w*\s*\(/.test(text))
  );
}
/** Where a Node file takes a request's file: a form's file field, `req.file(s)`, formidable, busboy. */
const NODE_TAKES_UPLOAD =
  /\.get\(\s*["'`](?:files?|uploads?|attachments?|documents?)["'`]\s*\)|\breq\.files?\b|\bformidable\b|\bbusboy\b|\bformData\s*\(\s*\)|\bFormData\b/;

/**
 * Whether the text names an uploads folder (`UPLOAD_FOLDER_NAME`, `UPLOAD_FOLDER_LITERAL`), tried only around each
 * `upload` it holds: the patterns over the whole text cost many times a literal search.
 */
function namesUploadFolder(text: string): boolean {
  const lower = text.includes('pload');
  if (!lower && !text.includes('PLOAD')) return false;
  for (const word of lower ? ['pload', 'PLOAD'] : ['PLOAD']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const around = text.slice(Math.max(0, at - 100), at + 60);
      if (UPLOAD_FOLDER_NAME.test(around) || UPLOAD_FOLDER_LITERAL.test(around)) return true;
    }
  }
  return false;
}

/** The words some upload rule needs in a Node file, and in a Python file. */
const NODE_UPLOAD_WORDS = ['multer', 'uploadDir', 'riteFile', 'WriteStream', 'Bun.write'];
const PYTHON_UPLOAD_WORDS = ['request.files', 'request.FILES', 'pload'];

/** The folder a file's uploads go to, where the code names one literally. */
function folderNamed(text: string, near: number): string | undefined {
  const dest =
    /\b(?:dest|destination|uploadDir|UPLOAD_FOLDER|UPLOAD_DIR|upload_folder|upload_dir)\w*["'`]?\]?\s*[:=]\s*["'`]([^"'`\n]{1,80})["'`]/.exec(
      text,
    );
  const literal =
    dest?.[1] ?? UPLOAD_FOLDER_LITERAL.exec(text.slice(Math.max(0, near - 2000), near + 2000))?.[1];
  return literal?.replace(/^\.\//, '');
}

/**
 * Whether a write is of a temporary file: the lines around it name one (the write line and the three before it), or the
 * path it writes is removed further on (khoj's recording written to `audio_filename`, sent to transcription and
 * `os.remove`d).
 */
function temporaryAt(text: string, starts: readonly number[], index: number): boolean {
  const { line } = lineAt(starts, index);
  const from = starts[Math.max(0, line - 4)] ?? 0;
  const to = starts[line] ?? text.length;
  if (TEMPORARY.test(text.slice(from, to))) return true;
  const path = /^[\w.]+\s*\(\s*([A-Za-z_]\w*)\s*[,)]/.exec(text.slice(index, to))?.[1];
  if (!path) return false;
  return new RegExp(
    String.raw`(?:\bos\.(?:remove|unlink)|\.unlink|\bfs\.(?:unlink|rm)\w*|\bshutil\.rmtree|\brimraf)\s*\(\s*${path}\b`,
  ).test(text.slice(to));
}

/**
 * The upload-folder fact of one production server file, if it writes the files users upload to a folder on disk:
 * multer's disk storage (`multer({ dest })`, `multer.diskStorage`), formidable's `uploadDir`, a Flask upload saved
 * (`file.save(…)` of `request.files`), a FastAPI `UploadFile` copied or written to a path, or, in a file that takes
 * uploads and names an uploads folder, a file moved, copied or written there. Not a temporary file, read and thrown
 * away. Pure.
 * @example uploadFolderFacts("upload = multer({ dest: 'uploads/' })", 'server.js', 'js')[0].kind // 'upload-folder'
 */
export function uploadFolderFacts(text: string, file: string, kind: string): ConfigFact[] {
  // One pass for every rule's word: most files name none.
  const words = kind === 'js' ? NODE_UPLOAD_WORDS : kind === 'python' ? PYTHON_UPLOAD_WORDS : undefined;
  if (!words || !holdsAny(text, words) || VENDORED.test(file)) return [];
  let at: number | undefined;
  let detail = '';
  let starts: number[] | undefined;
  const lines = () => {
    starts ??= lineStarts(text);
    return starts;
  };
  const firstKept = (pattern: RegExp, within?: (index: number) => boolean) => {
    for (const match of text.matchAll(pattern))
      if (!temporaryAt(text, lines(), match.index) && (!within || within(match.index))) return match.index;
    return undefined;
  };
  if (kind === 'js') {
    if (text.includes('multer')) {
      const disk =
        /\bmulter\s*\(\s*\{\s*(?:[^{}]*,\s*)?dest\s*:|\bmulter\.diskStorage\s*\(|\bdiskStorage\s*\(\s*\{/.exec(
          text,
        );
      if (disk) [at, detail] = [disk.index, 'multer disk storage'];
    }
    if (at === undefined && text.includes('uploadDir')) {
      const option = /\buploadDir\s*:/.exec(text);
      if (option && /\bformidable\b|\bIncomingForm\b/.test(text))
        [at, detail] = [option.index, 'formidable uploadDir'];
    }
    if (
      at === undefined &&
      (text.includes('writeFile') || text.includes('WriteStream') || text.includes('Bun.write')) &&
      NODE_TAKES_UPLOAD.test(text) &&
      namesUploadFolder(text)
    ) {
      const write = firstKept(NODE_WRITE);
      if (write !== undefined) [at, detail] = [write, 'a request’s file written to disk'];
    }
  } else if (kind === 'python') {
    if (text.includes('request.files') && text.includes('.save(')) {
      const names = new Set(['request.files']);
      for (const match of text.matchAll(
        /\b(\w+)\s*=\s*request\.files\b|\bfor\s+(\w+)\s+in\s+request\.files\b|\b(\w+)\s*=\s*request\.files\.getlist\b/g,
      ))
        names.add(match[1] ?? match[2] ?? match[3]!);
      const saved = firstKept(
        /(?:\b(\w+)|request\.files(?:\[[^\]\n]+\]|\.get\([^)\n]+\)))\.save\s*\(/g,
        (index) => {
          const name = /^\w+/.exec(text.slice(index))?.[0] ?? '';
          return names.has(name) || text.startsWith('request.files', index);
        },
      );
      if (saved !== undefined) [at, detail] = [saved, 'Flask upload saved'];
    }
    if (at === undefined && text.includes('UploadFile')) {
      const copied = firstKept(
        /\bshutil\.copyfileobj\s*\(\s*\w+\.file\b|\bopen\s*\((?:[^()\n]|\([^()\n]*\))*["'](?:wb|ab|wb\+|xb)["']|\baiofiles\.open\s*\(|\.write_bytes\s*\(/g,
      );
      if (
        copied !== undefined &&
        /\bawait\s+\w+\.read\s*\(|\w+\.file\.read\s*\(|copyfileobj\s*\(\s*\w+\.file\b/.test(text)
      )
        [at, detail] = [copied, 'FastAPI UploadFile written to disk'];
    }
    if (at === undefined && pythonTakesUpload(text) && namesUploadFolder(text)) {
      const handler = /\bdef\s+\w*upload\w*\s*\(|\brequest\.files\b|\bUploadFile\b|\brequest\.FILES\b/.exec(
        text,
      );
      const write = firstKept(PYTHON_WRITE, (index) => index > (handler?.index ?? 0));
      if (write !== undefined) [at, detail] = [write, 'an uploaded file written to an uploads folder'];
    }
  }
  if (at === undefined) return [];
  const folder = folderNamed(text, at);
  return [
    {
      kind: UPLOAD_FOLDER,
      provider: 'local-disk',
      message: 'server code writes the files users upload to a folder on its disk',
      evidence: [proofAt(text, lines(), file, at, folder ? `${detail}: ${folder}` : detail)],
    },
  ];
}

/** Words that make a file a candidate for these facts where it names no provider (the keyword pass skips a file with none). */
export const LOCAL_STORE_KEYWORDS: readonly string[] = [
  'localstorage',
  'dexie',
  'indexeddb',
  'opendb',
  'idb-keyval',
  'localforage',
  'zustand/middleware',
  // An app's own wrapper of zustand's persist (NextChat's `createPersistStore`).
  'createpersist',
  'globalstate',
  'workspacestate',
  // A request's file written by Node (`writeFile`, `writeFileSync`, `createWriteStream`, `Bun.write`).
  'writefile',
  'createwritestream',
  'bun.write',
  // A folder for uploads (`UPLOAD_FOLDER`, `upload_dir`, `uploadDir`, `get_upload_folder`).
  'upload_folder',
  'upload_dir',
  'upload_path',
  'uploads_dir',
  'uploads_folder',
  'uploaddir',
  'uploadfolder',
  'uploadpath',
];

/** The words, lower case, of which a candidate line must hold one for these rules to read the file at all. */
const HINTS: readonly string[] = [
  ...LOCAL_STORE_KEYWORDS,
  // Already keywords of the web-content facts (`WEB_CONTENT_KEYWORDS`).
  'multer',
  'formidable',
  'request.files',
  'uploadfile',
  'gr.file',
  'gr.uploadbutton',
];

/**
 * Whether a line the keyword pass selected names a word of these rules: read only where one does, so every other file
 * costs nothing more than this test of its candidate lines.
 * @example localStoreHint("localStorage.setItem('chats', data)") // true
 */
export function localStoreHint(line: string): boolean {
  const lower = line.toLowerCase();
  return HINTS.some((word) => lower.includes(word));
}

/** What each mechanism's fact says, once collapsed. */
const MESSAGES: Record<string, string> = {
  indexeddb: 'front-end code keeps users’ content in IndexedDB, in each user’s browser',
  localstorage: 'front-end code keeps users’ content in localStorage, in each user’s browser',
  'vscode-state': 'the extension keeps users’ content in its VS Code state, on each user’s machine',
  'local-disk': 'server code writes the files users upload to a folder on its own disk',
};

/** The most places one mechanism's proposal lists. */
const MOST_PLACES = 3;

/**
 * The local-store facts of a whole scan, one per mechanism: zustand `persist` stores placed in IndexedDB where the
 * tree backs persist with an IndexedDB adapter, in localStorage otherwise; the adapter itself says no content and
 * goes. Each keeps its first places (`MOST_PLACES`). Others pass through.
 */
export function collapseLocalStores(facts: readonly ConfigFact[]): ConfigFact[] {
  const rest: ConfigFact[] = [];
  const byMechanism = new Map<string, ConfigFact>();
  const adapters = facts.filter(
    (fact) => fact.kind === BROWSER_STORE && fact.provider === PERSIST_ON_INDEXEDDB,
  );
  for (const fact of facts) {
    if (fact.kind !== BROWSER_STORE && fact.kind !== UPLOAD_FOLDER) {
      rest.push(fact);
      continue;
    }
    if (fact.provider === PERSIST_ON_INDEXEDDB) continue;
    const mechanism =
      fact.provider === PERSIST ? (adapters.length ? 'indexeddb' : 'localstorage') : (fact.provider ?? '');
    const evidence =
      fact.provider === PERSIST && adapters.length
        ? [...fact.evidence, adapters[0]!.evidence[0]!]
        : fact.evidence;
    const kept = byMechanism.get(mechanism);
    if (!kept)
      byMechanism.set(mechanism, {
        ...fact,
        provider: mechanism,
        message: MESSAGES[mechanism] ?? fact.message,
        evidence: evidence.slice(0, MOST_PLACES),
      });
    else if (kept.evidence.length < MOST_PLACES)
      kept.evidence.push(...evidence.slice(0, MOST_PLACES - kept.evidence.length));
  }
  return [...rest, ...byMechanism.values()];
}
