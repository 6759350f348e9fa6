/** Escaping for every output format: names come from users and may hold quotes, brackets or markup. */

// Control characters would break a line-based format or an XML document; nothing legitimate needs them.
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/**
 * Text for a quoted Mermaid label. Mermaid reads `#name;` and `#code;` as entities, so every character that
 * could close the label, start markup or an entity is written as a numeric entity.
 * @example mermaidText('a "b" <c>') // 'a #34;b#34; #60;c#62;'
 */
export function mermaidText(text: string): string {
  return text.replace(CONTROL, ' ').replace(/["#<>&[\]{}()|`\\]/g, (char) => `#${char.charCodeAt(0)};`);
}

/**
 * Text inside a double-quoted DOT string. `&` becomes `&amp;` because Graphviz decodes entities in labels,
 * and an undecodable one would otherwise reach the SVG as a broken entity.
 * @example dotText('say "hi" \\ & <b>') // 'say \\"hi\\" \\\\ &amp; <b>'
 */
export function dotText(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/&/g, '&amp;');
}

/**
 * Text inside a Graphviz HTML-like label.
 * @example htmlText('<script>') // '&lt;script&gt;'
 */
export function htmlText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
