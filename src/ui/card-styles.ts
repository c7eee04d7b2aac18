/** Dark theme: by the system's preference unless the reader chose light, or always when they chose dark. */
const DARK = `--bg: #1f1e1b; --fg: #eeeae0; --muted: #b3aea3; --line: #3a3833; --accent: #4fc1b8;
  --person: #f0a060; --organization: #c59cf0; --place: #6cc3e0; --event: #f07a93;
  --chip-fg: #111; --quote-bg: #2b2a26; --shadow: 0 8px 28px rgba(0,0,0,.6);`;
const DARK_VERDICTS = `.claim.verdict-supported .verdict { color: #6fd39a; } .claim.verdict-contradicted .verdict { color: #ff8a7a; }`;

/** Styles inside the card's shadow root. Themes are CSS variables; sizes in px, never rem (the page owns rem). */
export const CARD_CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; inset: 0 auto auto 0 !important; }
* { box-sizing: border-box; }
.wrap {
  --bg: #fffdf8; --fg: #1d1b16; --muted: #5d5a52; --line: #e4dfd3; --accent: #0e746e;
  --person: #b4530a; --organization: #7a3fa8; --place: #0f6d8c; --event: #a3213f;
  --chip-fg: #fff; --quote-bg: #f4efe3; --shadow: 0 8px 28px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12);
  position: fixed; width: 380px; max-width: calc(100vw - 16px);
  font: 15px/1.75 "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 10px; box-shadow: var(--shadow);
  overflow: auto; overscroll-behavior: contain; text-align: start;
}
@media (prefers-color-scheme: dark) { .wrap:not([data-theme="light"]) { ${DARK} } }
.wrap[data-theme="dark"] { ${DARK} }
.card [lang="en"], .card[lang="en"] { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", system-ui, sans-serif; line-height: 1.5; }
.head { display: flex; gap: 8px; align-items: flex-start; justify-content: space-between; padding: 12px 14px 8px; border-block-end: 1px solid var(--line); position: sticky; inset-block-start: 0; background: var(--bg); }
h2 { margin: 0; font-size: 19px; line-height: 1.4; font-weight: 700; }
.alt { color: var(--muted); font-size: 13px; }
.tools { display: flex; gap: 4px; align-items: center; flex-shrink: 0; }
.chip { font-size: 12px; padding: 1px 8px; border-radius: 999px; color: var(--chip-fg); background: var(--accent); }
.chip-person { background: var(--person); } .chip-organization { background: var(--organization); }
.chip-place { background: var(--place); } .chip-event { background: var(--event); }
.tool { font: inherit; font-size: 13px; line-height: 1; min-width: 28px; min-height: 28px; padding: 4px 6px; border: 1px solid var(--line); border-radius: 6px; background: transparent; color: var(--fg); cursor: pointer; }
.tool:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.body { padding: 8px 14px 12px; }
.more { margin: 0 0 8px; font-size: 13px; }
a { color: var(--accent); }
.desc { margin: 0 0 8px; }
section { margin-block: 8px; }
h3 { margin: 0 0 2px; font-size: 13px; color: var(--muted); font-weight: 600; }
ul, ol { margin: 0; padding-inline-start: 18px; }
li { margin-block: 2px; }
.status-former > span { color: var(--muted); }
dl.event { display: grid; grid-template-columns: max-content 1fr; gap: 0 10px; margin: 0 0 6px; }
dt { color: var(--muted); font-size: 13px; } dd { margin: 0; }
.timeline time { color: var(--muted); font-size: 13px; }
.differ { border-inline-start: 3px solid var(--event); padding-inline-start: 6px; list-style: none; margin-inline-start: -18px; }
.badge { font-size: 12px; color: var(--event); }
.contradicted > span:not(.badge) { text-decoration: line-through; text-decoration-color: var(--muted); }
.contradicted-by { font-size: 12px; color: var(--muted); }
details.sources { display: inline; font-size: 12px; }
details.sources[open] { display: block; }
summary { display: inline; cursor: pointer; color: var(--accent); margin-inline-start: 6px; list-style: none; }
summary::-webkit-details-marker { display: none; }
details.sources ul { list-style: none; padding: 0; margin: 4px 0; }
details.sources li { background: var(--quote-bg); border-radius: 6px; padding: 6px 8px; margin-block: 4px; }
.src-head { color: var(--muted); }
.src-url { font-size: 11px; color: var(--muted); overflow-wrap: anywhere; }
blockquote { margin: 4px 0 0; font-size: 13px; }
.claim { border: 1px solid var(--line); border-radius: 8px; padding: 6px 8px; margin-block-end: 8px; }
.claim.verdict-supported { border-color: #2e8b57; } .claim.verdict-contradicted { border-color: #c0392b; }
.claim .verdict { font-weight: 700; }
.claim.verdict-supported .verdict { color: #2e8b57; } .claim.verdict-contradicted .verdict { color: #c0392b; }
.claim.verdict-unverified { border-style: dashed; }
.claim h3 { color: var(--fg); }
dl.claim-values { display: grid; grid-template-columns: max-content 1fr; gap: 0 10px; margin: 2px 0; }
.claim .none, .claim .note { color: var(--muted); font-size: 13px; margin: 0; }
@media (prefers-color-scheme: dark) { .wrap:not([data-theme="light"]) { ${DARK_VERDICTS} } }
.wrap[data-theme="dark"] { ${DARK_VERDICTS} }
`;
