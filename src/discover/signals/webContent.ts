import type { CompiledCatalog } from '../catalog/compile.js';
import { lineAt, lineStarts, lineText, type ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { ConfigFact, DiscoveryEvidence } from '../types.js';

/**
 * A file that reads pages of the public web (a page loader, an HTML reader beside a fetch, or a web search API's call)
 * and embeds, indexes or reranks text: what the app retrieves there is public web content, not its customers'
 * documents (llm-answer-engine scrapes the results Serper finds with cheerio into a `MemoryVectorStore`;
 * open_deep_research's legacy search splits the pages it fetched into an `InMemoryVectorStore`: both had every
 * retrieval store, embedding and prompt proposed as holding customer documents). One fact per file.
 */
export const WEB_PAGES_INDEXED = 'web-pages-indexed';

/**
 * Code that takes files users upload, or loads documents from files or accounts users connect: where it is found, what
 * the app retrieves includes customers' documents beside web pages. Kept only in a scan that also found
 * `WEB_PAGES_INDEXED`, which it qualifies.
 */
export const USER_FILES = 'user-files-ingested';

/** Loaders and crawlers that fetch pages themselves: LangChain's web loaders, LlamaIndex's web readers, crawl4ai. */
const WEB_LOADER =
  /\b(?:WebBase|AsyncHtml|AsyncChromium|RecursiveUrl|CheerioWebBase|PlaywrightURL|PlaywrightWebBase|SeleniumURL|PuppeteerWebBase|Sitemap|FireCrawl|Spider|Hyperbrowser|Browserbase)Loader\b|\b(?:SimpleWebPage|TrafilaturaWeb|BeautifulSoupWeb|AsyncWeb|WholeSite|FireCrawlWeb|SpiderWeb)Reader\b|\bAsyncWebCrawler\b|\btrafilatura\.fetch_url\b|\bfrom\s+newspaper\s+import\b/;

/** Readers of HTML: a page only where the file fetches one too (R2R's `html_parser.py` reads uploaded HTML files). */
const HTML_READER =
  /\bcheerio\b|\bBeautifulSoup\b|\bfrom\s+bs4\s+import\b|\btrafilatura\b|@mozilla\/readability|\bnew\s+Readability\s*\(|\bhtml2text\b|\bmarkdownify\b|\bTurndownService\b|\bhtml-to-text\b|\bJSDOM\b|\breadabilipy\b|\bgoose3\b|\blxml\.html\b|\bhtmlparser2\b/;

/** A request for a page: `fetch(`, axios, requests, httpx, aiohttp, urllib, Go's `http.Get`, reqwest, a browser's `page.goto`. */
const FETCHES =
  /\bfetch\s*\(|\baxios\b|\brequests\.(?:get|post|Session)\b|\bhttpx\b|\baiohttp\b|\burllib\b|\burlopen\s*\(|\bhttp\.Get\s*\(|\breqwest\b|\bgot\s*\(|\bundici\b|\bpage\.goto\s*\(/;

/**
 * Embedding, indexing or reranking text: a vector store (`MemoryVectorStore`, `InMemoryVectorStore`, FAISS, Chroma), a
 * similarity search, an embeddings class or call, a rerank call.
 */
const INDEXES =
  /\b\w*VectorStore(?:Index)?\b|\bFAISS\s*\.|\bChroma\s*[.(]|\bsimilarity_?[sS]earch\w*\s*\(|\bembed_(?:documents|query)\b|\bembed(?:Documents|Query|Many)\b|\b\w+Embeddings?\s*\(|\binit_embeddings\s*\(|\bembeddings\.create\b|\bcreateEmbeddings?\s*\(|\/v1\/embeddings\b|\brerank\w*\s*\(/;

/**
 * Files users upload (FastAPI's `UploadFile`, Flask's `request.files`, multer, busboy, a form's file field, Spring's
 * `MultipartFile`, Go's `FormFile`, Streamlit's and Gradio's file inputs), loaders of document files or of accounts
 * users connect (LangChain's and LlamaIndex's PDF, Word, directory, Notion, Google Drive, Confluence and GitHub
 * loaders), and document parsers (pypdf, PyMuPDF, pdf-parse, mammoth, docling, MarkItDown).
 */
const TAKES_FILES =
  /\bUploadFile\b|\bFile\(\s*\.\.\.|\brequest\.files\b|\brequest\.FILES\b|\breq\.files?\b|\bst\.file_uploader\b|\bgr\.(?:File|Files|UploadButton)\s*\(|\bFileStorage\b|\bmulter\b|\bbusboy\b|\bformidable\b|@fastify\/multipart|\bMultipartFile\b|\.FormFile\s*\(|\bMultipartForm\b|\bformData\.(?:get|getAll)\(\s*["'`](?:files?|documents?|uploads?|attachments?)["'`]|\b(?:PyPDF|PyMuPDF|PDFMiner|PDFPlumber|UnstructuredFile|UnstructuredPDF|UnstructuredWordDocument|UnstructuredMarkdown|Directory|Docx2txt|CSV|PDF|Docx|EPub|JSONLines|Notion|NotionDB|NotionDirectory|GoogleDrive|Confluence|Github|GitHubRepository|Slack|S3File|S3Directory|Dropbox|OneDrive|SharePoint)Loader\b|\bSimpleDirectoryReader\b|\b(?:PDF|Docx|Notion|NotionPage|GoogleDrive|Confluence|GithubRepository|Slack)Reader\b|\bpdf-parse\b|\bmammoth\b|\bofficeparser\b|\bunpdf\b|\bfrom\s+pypdf\b|\bimport\s+pypdf\b|\bPyPDF2\b|\bimport\s+fitz\b|\bpdfplumber\b|\bfrom\s+docx\s+import\b|\bunstructured\.partition\b|\bpartition_pdf\b|\bdocling\b|\bmegaparse\b|\bmarkitdown\b/;

/**
 * Words that make a file a candidate for these facts where it names no provider: an upload route or a document loader
 * often does not (the keyword pass skips a file with none).
 */
export const WEB_CONTENT_KEYWORDS: readonly string[] = [
  'uploadfile',
  'request.files',
  'req.file',
  'file_uploader',
  'gr.file',
  'gr.uploadbutton',
  'filestorage',
  'multer',
  'busboy',
  'formidable',
  '@fastify/multipart',
  'multipartfile',
  'formfile',
  'multipartform',
  'formdata.get',
  'simpledirectoryreader',
  'pdf-parse',
  'mammoth',
  'officeparser',
  'unpdf',
  'pypdf',
  'pypdf2',
  'fitz',
  'pdfplumber',
  'docx',
  'docling',
  'megaparse',
  'markitdown',
  'cheerio',
  'bs4',
  'beautifulsoup',
  'trafilatura',
  'markdownify',
  'html2text',
  'turndownservice',
  'crawl4ai',
];

/** Where `pattern` first matches in `text`, as evidence. */
function place(text: string, file: string, pattern: RegExp, starts: () => number[]) {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const lines = starts();
  const { line, col } = lineAt(lines, match.index);
  const proof: DiscoveryEvidence = {
    file,
    line,
    col,
    signal: 'config',
    snippet: cleanSnippet(lineText(text, lines, line), col - 1),
  };
  return proof;
}

/**
 * The web-content facts of one production source file: that it reads web pages and embeds or indexes them
 * (`WEB_PAGES_INDEXED`), and that it takes files users upload (`USER_FILES`). `hits` are the file's provider hits, a
 * web search API's client imported there reading the web (not its host named in a list of settings: khoj's database
 * adapters name Exa's beside an embedding of chat memory 800 lines on). Pure.
 * @example webContentFacts('import cheerio from "cheerio";\nawait fetch(url);\nMemoryVectorStore.fromTexts(chunks)', 'a.ts', [], catalog)[0].kind // 'web-pages-indexed'
 */
export function webContentFacts(
  text: string,
  file: string,
  hits: readonly ProviderHit[],
  catalog: CompiledCatalog,
): ConfigFact[] {
  const facts: ConfigFact[] = [];
  let lines: number[] | undefined;
  const starts = () => {
    lines ??= lineStarts(text);
    return lines;
  };
  const uploads = place(text, file, TAKES_FILES, starts);
  if (uploads)
    facts.push({
      kind: USER_FILES,
      message: 'the code takes files users upload or loads their documents: what it retrieves includes them',
      evidence: [uploads],
    });
  const searched = hits.find(
    (hit) =>
      catalog.providers.get(hit.provider)?.serves === 'search' &&
      hit.evidence.signal === 'import' &&
      hit.evidence.proofClass === 'code',
  );
  const reads =
    place(text, file, WEB_LOADER, starts) ??
    (FETCHES.test(text) ? place(text, file, HTML_READER, starts) : undefined) ??
    searched?.evidence;
  if (!reads) return facts;
  const indexes = place(text, file, INDEXES, starts);
  if (!indexes) return facts;
  facts.push({
    kind: WEB_PAGES_INDEXED,
    message:
      'the code reads web pages or search results and embeds, indexes or reranks them: what it retrieves there is public web content',
    evidence: [{ ...reads }, indexes],
  });
  return facts;
}

/**
 * The web-content facts of a whole scan: every `WEB_PAGES_INDEXED` (one per file, which proposals match stores
 * against), and one `USER_FILES` with its first places (at most five) only beside them. Others pass through.
 */
export function collapseWebContent(facts: readonly ConfigFact[]): ConfigFact[] {
  const indexed = facts.some((fact) => fact.kind === WEB_PAGES_INDEXED);
  let files: ConfigFact | undefined;
  const rest: ConfigFact[] = [];
  for (const fact of facts) {
    if (fact.kind !== USER_FILES) rest.push(fact);
    else if (!indexed) continue;
    else if (!files) files = { ...fact, evidence: [...fact.evidence] };
    else if (files.evidence.length < 5)
      files.evidence.push(...fact.evidence.slice(0, 5 - files.evidence.length));
  }
  return files ? [...rest, files] : rest;
}
