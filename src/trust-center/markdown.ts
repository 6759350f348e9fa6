import MarkdownIt from 'markdown-it';
import { safeUrl } from '../core/html.js';

// One renderer for every Markdown document the site publishes. `html: false` escapes any raw HTML in the
// source instead of passing it through; links must pass the same `safeUrl` as the rest of the site; images
// are off, since an evidence file's image path points into the company's repository, not the site.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('image');
markdown.validateLink = (url: string) => {
  const safe = safeUrl(url);
  return safe !== undefined && !/^\/\//.test(safe);
};

/** Most of a document we render; longer sources are cut, with a note, so one file cannot stall a build. */
export const MAX_MARKDOWN_CHARS = 500_000;

/**
 * Markdown to an HTML fragment: raw HTML escaped, `javascript:` and other unsafe links dropped, no images.
 * Headings shift down one level so the page's own `h1` stays the only one.
 * @example renderMarkdown('# Policy\n<script>x</script>') // '<h2>Policy</h2>\n<p>&lt;script&gt;x&lt;/script&gt;</p>\n'
 */
export function renderMarkdown(source: string): string {
  const text = source.length > MAX_MARKDOWN_CHARS ? `${source.slice(0, MAX_MARKDOWN_CHARS)}\n\n…` : source;
  const tokens = markdown.parse(text, {});
  for (const token of tokens)
    if (token.type === 'heading_open' || token.type === 'heading_close')
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
  return markdown.renderer.render(tokens, markdown.options, {});
}
