// @vitest-environment happy-dom
/**
 * Hidden controls from the page (shared/neutral-text.ts): a right-to-left override showed
 * «gnp.exe» as «exe.png» in the card, the popup and the exports. Now none of them reaches the
 * reader: reordering controls are shown as U+FFFD, the other invisible ones made inert, with the
 * same length so every offset still points at the same words.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { BIDI_CONTROLS, INVISIBLE_FORMAT, isInvisibleControl } from '../../src/engine/text/charset.js';
import { INERT, REORDERING_CONTROLS, SHOWN_INSTEAD, neutralise, neutraliseDeep } from '../../src/shared/neutral-text.js';
import { renderCard } from '../../src/content/card/hover-card.js';
import { formatReport } from '../../src/cli/report.js';
import { correctionKey } from '../../src/shared/site-settings.js';
import type { TabAnalysis } from '../../src/shared/messages.js';
import { PAGE, TEXT, readyTab } from './fixture.js';
import { renderApp } from './render.js';

const RLO = '\u202e';
const RLM = '\u200f';
const ZWSP = '\u200b';

const hidden = (s: string) => [...s].filter((ch) => isInvisibleControl(ch.charCodeAt(0)));

/** The fixture tab with controls put in place of characters (so every offset holds): in the text, a name and the title. */
function hostileTab(): TabAnalysis {
  const swap = (s: string, at: string, ch: string) => s.replace(at, ch);
  // A space inside the direct quote, one in the first sentence, a letter-joining point in a name.
  let text = swap(TEXT, 'جناحا جديدا', `جناحا${RLO}جديدا`);
  text = swap(text, 'وزير الصحة', `وزير${RLM}الصحة`);
  text = swap(text, 'مستشفى المدينة', `مستشفى${ZWSP}المدينة`);
  expect(text.length).toBe(TEXT.length);
  const tab = readyTab();
  // Every span's text is the slice of the new text, as the engine would have it.
  const fix = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(fix);
    if (!v || typeof v !== 'object') return v;
    const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)])) as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') o.text = text.slice(o.start, o.end);
    return o;
  };
  const analysis = fix(tab.analysis) as NonNullable<TabAnalysis['analysis']>;
  analysis.entities[0] = { ...analysis.entities[0], name: `${RLO}gnp.exe`, role: `مدير${RLM}عام` };
  // The page's metadata (outlet, author) and the article's frame (byline, dateline), shown in the
  // popup's header and written in every export, come from the page too.
  const meta = { url: PAGE.url, title: PAGE.title, site: PAGE.site, outlet: `${RLO}swen`, author: `كاتب${RLO}ة`, publishedAt: '2026-08-12' };
  const frame = { byline: { start: 0, end: 4, text: text.slice(0, 4), author: `${RLO}rohtua` }, dateline: { start: 5, end: 9, text: text.slice(5, 9), place: `مدينة${RLM}` } };
  return { ...tab, text, analysis, frame, page: { ...PAGE, title: `${RLO}exe.png ${PAGE.title}`, meta } };
}

describe('neutralise', () => {
  it('shows a reordering control instead of obeying it, and makes the other invisible ones inert, one for one', () => {
    expect(neutralise(`${RLO}gnp.exe`)).toBe(`${SHOWN_INSTEAD}gnp.exe`);
    const arabic = `قال${RLM} الوزير${ZWSP}`;
    const n = neutralise(arabic);
    expect(n).toBe(`قال${INERT} الوزير${INERT}`);
    expect(n.length).toBe(arabic.length);
    expect(hidden(n)).toEqual([]);
    const plain = 'نص عادي بلا محارف خفية';
    expect(neutralise(plain)).toBe(plain);
  });

  it('covers every invisible control the text core knows, and only those', () => {
    const all: number[] = [];
    for (const [a, b] of [...BIDI_CONTROLS, ...INVISIBLE_FORMAT]) for (let c = a; c <= b; c++) all.push(c);
    const s = String.fromCharCode(...all);
    const n = neutralise(s);
    expect(n.length).toBe(s.length);
    expect(hidden(n)).toEqual([]);
    for (const [a, b] of REORDERING_CONTROLS) {
      expect(BIDI_CONTROLS.some(([x, y]) => a >= x && b <= y), 'reordering controls are bidi controls').toBe(true);
      expect(neutralise(String.fromCharCode(a, b))).toBe(SHOWN_INSTEAD + SHOWN_INSTEAD);
    }
    // Joiners shape Arabic letters: they stay.
    expect(neutralise('\u200c\u200d')).toBe('\u200c\u200d');
  });

  it('keeps objects that need no change as they are', () => {
    const tab = readyTab();
    expect(neutraliseDeep(tab)).toBe(tab);
    const bad = hostileTab();
    const clean = neutraliseDeep(bad);
    expect(clean).not.toBe(bad);
    expect(clean.text!.length).toBe(bad.text!.length);
    expect(hidden(JSON.stringify(clean))).toEqual([]);
  });
});

describe('in the popup and its exports', () => {
  it('shows no hidden control, and exports none in Markdown, CSV or JSON', async () => {
    const { actions } = renderApp({ answers: [hostileTab()] });
    await waitFor(() => expect(document.querySelector('main[data-state="ready"]:not([aria-busy])')).not.toBeNull());
    const shown = document.querySelector('main')!.textContent!;
    expect(shown).toContain(`${SHOWN_INSTEAD}exe.png`);
    expect(hidden(shown)).toEqual([]);
    // Every quote's source sentence, opened.
    document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    expect(hidden(document.querySelector('main')!.textContent!)).toEqual([]);
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    for (const format of ['markdown', 'csv', 'json']) {
      fireEvent.change(select, { target: { value: format } });
      fireEvent.click(screen.getByRole('button', { name: 'Download' }));
      const content = (actions.download.mock.calls.at(-1) as unknown as [string, string, string])[2];
      // (The CSV's byte-order mark opens the file; it is not page text.)
      expect(hidden(content.replace(/^\ufeff/, '')), format).toEqual([]);
      // The outlet and author the page names are in it, neutralised.
      if (format === 'markdown') expect(content).toContain(`${SHOWN_INSTEAD}swen`);
    }
    // The offsets still point at the same words: the JSON's spans slice the shown text.
    const json = JSON.parse((actions.download.mock.calls.at(-1) as unknown as [string, string, string])[2]) as { source: Record<string, unknown>; analysis: { quotes: { content: { start: number; end: number; text: string } }[] } };
    expect(JSON.stringify(json.source)).toContain(`${SHOWN_INSTEAD}swen`);
    const text = neutralise(hostileTab().text!);
    expect(json.analysis.quotes.length).toBeGreaterThan(0);
    for (const q of json.analysis.quotes) expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
  });
});

describe('in the hover card', () => {
  it('shows no hidden control', async () => {
    const card = renderCard(
      document,
      {
        entityId: 'e1',
        name: `${RLO}gnp.exe`,
        type: 'person',
        role: `مدير${RLM}عام`,
        mentions: 1,
        quotes: [{ id: 'q1', kind: 'direct', line: { quoted: true, before: `قال${RLM} `, content: `نص${RLO}معكوس`, after: '' }, start: 0, end: 5 }],
        moreQuotes: 0,
      },
      'light',
      { openAll() {}, showQuote() {}, act: async () => async () => undefined, close() {} },
      { site: 'example.com' },
    );
    expect(card.textContent).toContain(`${SHOWN_INSTEAD}gnp.exe`);
    expect(hidden(card.textContent!)).toEqual([]);
    expect(hidden(card.getAttribute('aria-label')!)).toEqual([]);
    // The notice after a menu action names the name too.
    (card.querySelector('button.menu-button') as HTMLElement).click();
    (card.querySelector('button.not-a-name') as HTMLElement).click();
    await waitFor(() => expect(card.querySelector<HTMLElement>('.notice')!.hidden).toBe(false));
    expect(card.querySelector('.notice')!.textContent).toContain(`${SHOWN_INSTEAD}gnp.exe`);
    expect(hidden(card.textContent!)).toEqual([]);
  });

  it('keys corrections by the name as shown, so the card (page text) and the popup (neutralised) agree', () => {
    expect(correctionKey(`${RLO}gnp.exe`)).toBe(`${SHOWN_INSTEAD}gnp.exe`);
    expect(correctionKey(neutralise(`ليلى${RLM} بنعلي`))).toBe(correctionKey(`ليلى${RLM} بنعلي`));
  });
});

describe('in the CLI report', () => {
  it('prints no hidden control', () => {
    const tab = hostileTab();
    const report = formatReport(tab.analysis!, tab.text!, { title: `${RLO}exe.png` });
    expect(report).toContain(`${SHOWN_INSTEAD}gnp.exe`);
    expect(hidden(report)).toEqual([]);
  });
});
