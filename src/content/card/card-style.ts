/**
 * Styles of the hover card, scoped by its shadow root (page CSS cannot reach in, and these cannot
 * leak out). `:host` resets inherited properties so a page's fonts, colours or `direction` do not
 * bleed through. Light and dark variants follow the page's palette, not the OS setting.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed;
  box-sizing: border-box;
  width: min(340px, calc(100vw - 16px));
  overflow: auto;
  overscroll-behavior: contain;
  padding: 12px 14px;
  border-radius: 10px;
  font: 14px/1.6 system-ui, "Segoe UI", Tahoma, "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif;
  text-align: start;
  direction: rtl;
  pointer-events: auto;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28);
  outline: none;
}
.card.light { background: #fff; color: #1f2937; border: 1px solid #d1d5db; }
.card.dark { background: #1f2937; color: #f3f4f6; border: 1px solid #4b5563; }
.card:focus-visible { box-shadow: 0 0 0 3px #7c3aed, 0 8px 28px rgba(0, 0, 0, 0.28); }
header { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
h2 { margin: 0; font-size: 17px; font-weight: 700; }
h3 { margin: 10px 0 4px; font-size: 13px; font-weight: 600; opacity: 0.8; }
p { margin: 4px 0; }
.type { font-size: 12px; padding: 0 8px; border-radius: 999px; white-space: nowrap; }
.light .type-person { background: #dbeafe; color: #1e3a8a; }
.light .type-organization { background: #fef3c7; color: #78350f; }
.light .type-location { background: #d1fae5; color: #064e3b; }
.dark .type-person { background: #1e3a8a; color: #dbeafe; }
.dark .type-organization { background: #78350f; color: #fef3c7; }
.dark .type-location { background: #064e3b; color: #d1fae5; }
.role { opacity: 0.85; }
q { quotes: '«' '»'; }
.attribution { opacity: 0.75; }
.mentions { font-size: 12px; opacity: 0.8; }
ol { margin: 0; padding: 0; list-style: none; }
li { margin: 4px 0; }
button {
  font: inherit;
  color: inherit;
  cursor: pointer;
}
.quote {
  display: block;
  width: 100%;
  text-align: start;
  direction: rtl;
  background: transparent;
  border: 0;
  border-inline-start: 3px solid #7c3aed;
  padding: 2px 8px;
  border-radius: 0;
}
.quote:hover, .quote:focus-visible { background: rgba(124, 58, 237, 0.12); outline: none; }
.more { font-size: 12px; opacity: 0.8; }
header .menu-button { margin-inline-start: auto; border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 0 6px; border-radius: 6px; }
header .menu-button:hover, header .menu-button[aria-expanded="true"] { background: rgba(124, 58, 237, 0.14); }
header .menu-button:focus-visible { outline: 2px solid #7c3aed; outline-offset: 1px; }
.menu { display: flex; flex-direction: column; gap: 2px; margin: 8px 0 0; padding: 4px; border-radius: 8px; }
.menu[hidden] { display: none; }
.light .menu { background: #f3f4f6; border: 1px solid #d1d5db; }
.dark .menu { background: #111827; border: 1px solid #4b5563; }
.menu button { text-align: start; border: 0; background: transparent; padding: 4px 8px; border-radius: 6px; font-size: 13px; }
.menu button:hover, .menu button:focus-visible { background: rgba(124, 58, 237, 0.14); outline: none; }
.menu .off { border-top: 1px solid rgba(127, 127, 127, 0.35); border-radius: 0 0 6px 6px; }
.notice { font-size: 13px; margin: 8px 0 0; padding: 6px 8px; border-radius: 8px; background: rgba(124, 58, 237, 0.1); }
.notice[hidden] { display: none; }
.notice .undo { margin-inline-start: 6px; border-radius: 6px; padding: 1px 10px; font-size: 13px; font-weight: 600; }
.light .notice .undo { background: #fff; border: 1px solid #d1d5db; }
.dark .notice .undo { background: #374151; border: 1px solid #6b7280; }
footer { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 10px; }
footer button {
  border-radius: 6px;
  padding: 3px 10px;
  font-size: 13px;
}
.light footer button { background: #f3f4f6; border: 1px solid #d1d5db; }
.dark footer button { background: #374151; border: 1px solid #6b7280; }
footer button:focus-visible { outline: 2px solid #7c3aed; outline-offset: 1px; }
footer .all { font-weight: 600; }
.close { margin-inline-start: auto; }
.overlay { position: fixed; inset: 0; pointer-events: none; }
.box { position: fixed; pointer-events: none; border-radius: 2px; }
.box.person.light { background: rgba(37, 99, 235, 0.16); border-bottom: 2px solid rgba(37, 99, 235, 0.85); }
.box.organization.light { background: rgba(217, 119, 6, 0.18); border-bottom: 2px dotted rgba(180, 83, 9, 0.9); }
.box.location.light { background: rgba(5, 150, 105, 0.16); border-bottom: 2px dashed rgba(4, 120, 87, 0.85); }
.box.person.dark { background: rgba(96, 165, 250, 0.26); border-bottom: 2px solid rgba(147, 197, 253, 0.95); }
.box.organization.dark { background: rgba(251, 191, 36, 0.24); border-bottom: 2px dotted rgba(252, 211, 77, 0.95); }
.box.location.dark { background: rgba(52, 211, 153, 0.24); border-bottom: 2px dashed rgba(110, 231, 183, 0.95); }
.box.active { background: rgba(124, 58, 237, 0.3); }
.box.flash { background: rgba(253, 224, 71, 0.7); }
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity 0.12s; } }
`;
