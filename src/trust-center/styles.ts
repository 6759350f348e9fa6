/** Brand colours after the contrast adjustment: `ink` is safe as text on white and behind white text. */
export interface BrandColors {
  ink: string;
  /** Decorative only (rules and borders), never text. */
  accent: string;
  /** The brand colour lightened for dark mode: safe as text on the dark page and behind dark text. */
  inkDark?: string;
}

/** The dark page colour; `inkDark` is computed against it. */
export const DARK_PAGE = '#12161f';

/**
 * The one stylesheet: system fonts, a readable measure, status badges that pair colour with an icon and a
 * word, visible focus, dark mode following the system setting, tables that stack into labelled cards on a
 * phone, and a print style without navigation.
 * @example renderStyles({ ink: '#1f4e79', accent: '#e07a1f', inkDark: '#8fb8e0' })
 */
export function renderStyles(brand: BrandColors): string {
  return `:root {
  color-scheme: light dark;
  --brand: ${brand.ink};
  --on-brand: #ffffff;
  --accent: ${brand.accent};
  --page: #ffffff;
  --text: #1d2433;
  --muted: #4a5468;
  --line: #d9dee7;
  --soft: #f5f7fa;
  --ok-text: #0f5132; --ok-bg: #d1e7dd;
  --warn-text: #5c4400; --warn-bg: #fff3cd;
  --bad-text: #842029; --bad-bg: #f8d7da;
  --info-text: #3b4149; --info-bg: #e6e8eb;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  color: var(--text);
  background: var(--page);
  line-height: 1.55;
}
@media (prefers-color-scheme: dark) {
  :root {
    --brand: ${brand.inkDark ?? '#9cc3ec'};
    --on-brand: ${DARK_PAGE};
    --page: ${DARK_PAGE};
    --text: #e6e9ef;
    --muted: #aeb6c4;
    --line: #343b4a;
    --soft: #1a1f2b;
    --ok-text: #9be2b8; --ok-bg: #123322;
    --warn-text: #ffd97a; --warn-bg: #3a2e08;
    --bad-text: #ffb3ba; --bad-bg: #461a20;
    --info-text: #d3d8e0; --info-bg: #2a303c;
  }
  .brand img { background: #f5f7fa; border-radius: 6px; padding: 2px 6px; }
  .diagram img { background: #ffffff; }
}
* { box-sizing: border-box; }
body { margin: 0; font-size: 1rem; overflow-wrap: break-word; background: var(--page); color: var(--text); }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--brand); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--brand); outline-offset: 2px; border-radius: 2px; }
.skip-link { position: absolute; left: 1rem; top: -4rem; background: var(--brand); color: var(--on-brand); padding: 0.6rem 1rem; z-index: 10; border-radius: 0 0 6px 6px; }
.skip-link:focus { top: 0; }
.site-header { border-bottom: 4px solid var(--accent); background: var(--page); }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.75rem 2rem; padding-top: 1rem; padding-bottom: 0.75rem; }
.brand { display: inline-flex; align-items: center; gap: 0.75rem; text-decoration: none; color: var(--text); }
.brand img { height: 2.5rem; width: auto; max-width: 10rem; }
.brand .monogram { display: inline-grid; place-items: center; width: 2.5rem; height: 2.5rem; border-radius: 8px; background: var(--brand); color: var(--on-brand); font-weight: 700; font-size: 1.25rem; }
.brand-name { font-weight: 700; font-size: 1.2rem; color: var(--brand); }
.brand-sub { display: block; font-size: 0.85rem; color: var(--muted); font-weight: 500; }
.brand img + .brand-sub { font-size: 0.95rem; border-left: 1px solid var(--line); padding-left: 0.75rem; }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.site-nav a { display: inline-block; padding: 0.35rem 0; color: var(--muted); text-decoration: none; font-weight: 500; border-bottom: 2px solid transparent; }
.site-nav a:hover { color: var(--brand); border-bottom-color: var(--line); }
.site-nav a[aria-current="page"] { color: var(--brand); border-bottom-color: var(--brand); }
main { padding: 0 0 3rem; }
main:focus { outline: none; }
.hero { background: var(--soft); border-bottom: 1px solid var(--line); margin-bottom: 1.5rem; }
.hero .wrap { padding-top: 2.25rem; padding-bottom: 2rem; }
h1 { font-size: clamp(1.7rem, 3vw + 1rem, 2.4rem); line-height: 1.2; margin: 0 0 0.5rem; letter-spacing: -0.01em; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; line-height: 1.3; }
h3 { font-size: 1.1rem; margin: 0 0 0.4rem; }
.lead { font-size: 1.15rem; color: var(--muted); max-width: 48rem; margin: 0; }
p, li { max-width: 48rem; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.small { font-size: 0.9rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: 1.1rem 1.25rem; background: var(--page); }
.card p { margin: 0.4rem 0 0; }
.claims { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
.claim { border-left: 4px solid var(--line); padding: 0.6rem 0.9rem; background: var(--soft); border-radius: 0 8px 8px 0; max-width: none; }
.claim.verified { border-left-color: var(--ok-text); }
.claim.unverified { border-left-color: var(--warn-text); }
.claim p { margin: 0.35rem 0 0; }
.claim-text { font-weight: 600; }
.claim-notes { margin: 0.4rem 0 0; padding-left: 1.1rem; color: var(--muted); }
.badge { display: inline-flex; align-items: center; gap: 0.3rem; font-size: 0.82rem; font-weight: 600; padding: 0.12rem 0.55rem; border-radius: 999px; white-space: nowrap; vertical-align: middle; }
.badge-ok { color: var(--ok-text); background: var(--ok-bg); }
.badge-warn { color: var(--warn-text); background: var(--warn-bg); }
.badge-bad { color: var(--bad-text); background: var(--bad-bg); }
.badge-info { color: var(--info-text); background: var(--info-bg); }
.table-wrap { position: relative; overflow-x: auto; border: 1px solid var(--line); border-radius: 10px; margin: 0.75rem 0 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.75rem 1rem; color: var(--text); }
th, td { text-align: left; vertical-align: top; padding: 0.6rem 1rem; border-top: 1px solid var(--line); }
thead th { white-space: nowrap; background: var(--soft); font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
tbody th { font-weight: 600; }
.criteria summary { cursor: pointer; color: var(--brand); font-size: 0.9rem; }
.criteria ul { margin: 0.35rem 0 0; padding-left: 1.1rem; font-size: 0.88rem; }
.criterion-id { font-weight: 600; white-space: nowrap; }
.stats { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; padding: 0; list-style: none; }
.diagram { margin: 1.25rem 0; }
.diagram-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 10px; padding: 0.5rem; background: #ffffff; }
.diagram img { display: block; width: 100%; height: auto; min-width: 40rem; }
.scroll-cue { display: none; margin: 0.3rem 0 0; }
.diagram figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.4rem; }
.prose { max-width: 48rem; }
.prose table { margin: 1rem 0; border: 1px solid var(--line); }
.prose code { font-size: 0.92em; background: var(--soft); padding: 0.05rem 0.3rem; border-radius: 4px; }
.prose pre { overflow-x: auto; background: var(--soft); padding: 0.75rem; border-radius: 8px; }
.prose blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 4px solid var(--line); color: var(--muted); }
form.panel { display: grid; gap: 0.9rem; max-width: 36rem; }
form.panel fieldset { border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 1rem 0.9rem; margin: 0; display: grid; gap: 0.4rem; }
form.panel legend { font-weight: 600; padding: 0 0.3rem; }
form.panel label { display: grid; gap: 0.3rem; font-weight: 600; }
form.panel input, form.panel textarea, form.panel select { font: inherit; padding: 0.55rem 0.7rem; border: 1px solid var(--muted); border-radius: 8px; background: var(--page); color: var(--text); }
form.panel .check { display: flex; gap: 0.6rem; align-items: flex-start; font-weight: 500; }
.button, form.panel button { font: inherit; font-weight: 600; padding: 0.55rem 1.1rem; border-radius: 8px; border: 0; background: var(--brand); color: var(--on-brand); cursor: pointer; justify-self: start; text-decoration: none; display: inline-block; }
.nda { max-height: 16rem; overflow-y: auto; border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; background: var(--soft); font-size: 0.92rem; }
.notice { border: 1px solid var(--line); border-left: 4px solid var(--brand); padding: 0.75rem 1rem; border-radius: 0 8px 8px 0; background: var(--soft); }
.site-footer { border-top: 1px solid var(--line); background: var(--soft); color: var(--muted); font-size: 0.9rem; }
.site-footer .wrap { padding-top: 1.25rem; padding-bottom: 1.5rem; }
.site-footer p { margin: 0.25rem 0; max-width: none; }
@media (max-width: 40rem) {
  .wrap { padding: 0 1rem; }
  .site-header .wrap { flex-direction: column; align-items: flex-start; }
  .site-nav ul { gap: 0.1rem 1rem; }
  /* On a phone the diagram keeps a readable size and scrolls; the cue says so, and a shadow marks the edge. */
  .diagram img { min-width: 52rem; }
  .diagram-scroll { box-shadow: inset -14px 0 12px -12px rgba(0, 0, 0, 0.35); }
  .scroll-cue { display: block; }
  /* Stacked rows: each row becomes a card, each cell labelled by its column, so nothing is out of sight. */
  .table-wrap { overflow: visible; border: 0; }
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; width: 100%; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack caption { display: block; padding: 0 0 0.5rem; }
  table.stack tr { border: 1px solid var(--line); border-radius: 10px; margin-bottom: 0.75rem; padding: 0.35rem 0; }
  table.stack th, table.stack td { border: 0; padding: 0.3rem 0.9rem; }
  table.stack tbody th { font-size: 1rem; }
  table.stack td::before { content: attr(data-label); display: block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); font-weight: 600; }
}
@media print {
  .skip-link, .site-nav { display: none; }
  .site-header { border-bottom-width: 2px; }
  .hero { background: none; }
  .table-wrap { overflow: visible; border: none; }
  a { color: inherit; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  .card, .claim, tr { break-inside: avoid; }
}
`;
}
