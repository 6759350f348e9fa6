/** Brand colours after the contrast adjustment: `ink` is safe as text on white and behind white text. */
export interface BrandColors {
  ink: string;
  /** Decorative only (rules and borders), never text. */
  accent: string;
}

/**
 * The one stylesheet: system fonts, a readable measure, status badges that pair colour with an icon and a
 * word, visible focus, a layout that folds to one column on phones, and a print style without navigation.
 * @example renderStyles({ ink: '#1f4e79', accent: '#e07a1f' })
 */
export function renderStyles(brand: BrandColors): string {
  return `:root {
  --brand: ${brand.ink};
  --accent: ${brand.accent};
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
  background: #ffffff;
  line-height: 1.55;
}
* { box-sizing: border-box; }
body { margin: 0; font-size: 1rem; overflow-wrap: break-word; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--brand); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--brand); outline-offset: 2px; border-radius: 2px; }
.skip-link { position: absolute; left: 1rem; top: -4rem; background: var(--brand); color: #ffffff; padding: 0.6rem 1rem; z-index: 10; border-radius: 0 0 6px 6px; }
.skip-link:focus { top: 0; }
.site-header { border-bottom: 4px solid var(--accent); background: #ffffff; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.75rem 2rem; padding-top: 1rem; padding-bottom: 0.75rem; }
.brand { display: inline-flex; align-items: center; gap: 0.75rem; text-decoration: none; color: var(--text); }
.brand img { height: 2.5rem; width: auto; max-width: 10rem; }
.brand .monogram { display: inline-grid; place-items: center; width: 2.5rem; height: 2.5rem; border-radius: 8px; background: var(--brand); color: #ffffff; font-weight: 700; font-size: 1.25rem; }
.brand-name { font-weight: 700; font-size: 1.2rem; color: var(--brand); }
.brand-sub { display: block; font-size: 0.85rem; color: var(--muted); font-weight: 500; }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.site-nav a { display: inline-block; padding: 0.35rem 0; color: var(--muted); text-decoration: none; font-weight: 500; border-bottom: 2px solid transparent; }
.site-nav a:hover { color: var(--brand); border-bottom-color: var(--line); }
.site-nav a[aria-current="page"] { color: var(--brand); border-bottom-color: var(--brand); }
main { padding: 2rem 0 3rem; }
main:focus { outline: none; }
.hero { background: var(--soft); border-bottom: 1px solid var(--line); }
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
.card { border: 1px solid var(--line); border-radius: 10px; padding: 1.1rem 1.25rem; background: #ffffff; }
.card p { margin: 0.4rem 0 0; }
.claims { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
.claim { border-left: 4px solid var(--line); padding: 0.6rem 0.9rem; background: var(--soft); border-radius: 0 8px 8px 0; max-width: none; }
.claim.verified { border-left-color: var(--ok-text); }
.claim.unverified { border-left-color: #b58100; }
.claim p { margin: 0.35rem 0 0; }
.claim-text { font-weight: 600; }
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
.stats { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; padding: 0; list-style: none; }
.site-footer { border-top: 1px solid var(--line); background: var(--soft); color: var(--muted); font-size: 0.9rem; }
.site-footer .wrap { padding-top: 1.25rem; padding-bottom: 1.5rem; }
.site-footer p { margin: 0.25rem 0; max-width: none; }
@media (max-width: 40rem) {
  .site-header .wrap { flex-direction: column; align-items: flex-start; }
  th, td { padding: 0.5rem 0.6rem; }
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
