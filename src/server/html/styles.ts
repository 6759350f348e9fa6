/** The one stylesheet: system fonts, light and dark colours with AA contrast, no external resources. */
export const STYLES = `
:root{--bg:#fff;--fg:#1a1a1a;--muted:#555;--line:#d0d0d0;--card:#f6f6f6;--accent:#0a58ca;
--pass:#1b7f3b;--fail:#b42318;--open:#8a5a00;--none:#6b6b6b;font-family:system-ui,sans-serif;line-height:1.5}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b5b5b5;--line:#3a3a3a;
--card:#1e1e1e;--accent:#8ab4ff;--pass:#5fd38d;--fail:#ff8a80;--open:#ffc266;--none:#a0a0a0}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg)}
a{color:var(--accent)}header{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;padding:.75rem 1rem;
border-bottom:1px solid var(--line)}header nav{display:flex;gap:.75rem;flex-wrap:wrap}
.brand{font-weight:700;text-decoration:none}.org{color:var(--muted)}.signout{margin-left:auto;display:flex;gap:.5rem;align-items:center}
main{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.25rem 0 1rem}h2{font-size:1.15rem;margin-top:2rem}
.banner{margin:0;padding:.5rem 1rem;background:var(--card);border-bottom:1px solid var(--line);font-weight:600}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
.scroll{overflow-x:auto}.pass{color:var(--pass)}.fail{color:var(--fail)}.needs-evidence{color:var(--open)}.no-data{color:var(--none)}
.chart svg{max-width:100%;height:auto}.muted{color:var(--muted)}
form.stack{display:grid;gap:.75rem;max-width:22rem}input,button{font:inherit;padding:.45rem .6rem;border:1px solid var(--line);
border-radius:.35rem;background:var(--bg);color:var(--fg)}button{cursor:pointer;background:var(--card)}
.error{color:var(--fail);font-weight:600}
`;

/** Dashboard additions: stacked progress bars and the window picker. */
export const DASHBOARD_STYLES = `
.bar{display:flex;height:.75rem;border-radius:.25rem;overflow:hidden;background:var(--line)}
.bar-pass{background:var(--pass)}.bar-fail{background:var(--fail)}
form.window{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;margin-bottom:1rem}
select{font:inherit;padding:.35rem;border:1px solid var(--line);border-radius:.35rem;background:var(--bg);color:var(--fg)}
h3{font-size:1rem;margin:0 0 .5rem}figure{margin:0}figcaption{color:var(--muted);font-size:.9rem}
caption{text-align:left;padding:.25rem 0}
`;
