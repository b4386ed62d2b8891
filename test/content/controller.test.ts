// @vitest-environment happy-dom
/**
 * The page controller end to end in happy-dom, with a fake worker (names found by a word list, so
 * the test does not depend on the entity finder) and a stand-in for the CSS Custom Highlight API
 * (happy-dom has none; the fallback is tested separately).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageController } from '../../src/content/controller.js';
import { PART_CHARS } from '../../src/content/page/upload.js';
import { longArticleHtml } from '../fixtures/pages/long-article.js';
import type { ControllerDeps } from '../../src/content/controller.js';
import { detectPage } from '../../src/content/detect/article-verdict.js';
import { asReader, cardHost, cardRoot, readerClick } from '../support/reader.js';
import type { LocalStore } from '../../src/shared/site-settings.js';
import type { ContentToBackground, PageAnalyzeResult } from '../../src/shared/messages.js';
import { dispatch } from '../../src/shared/messages.js';
import { encodePageWire } from '../../src/shared/page-wire.js';
import { TabCache } from '../../src/background/cache.js';
import { createHandlers } from '../../src/background/handlers.js';
import type { PageAnalysis } from '../../src/shared/page-wire.js';
import type { Entity, EntityType, Quote } from '../../src/engine/types.js';
import { fixtureHtml, loadIntoDocument } from '../fixtures/pages/dom.js';

// ── a stand-in for CSS.highlights ────────────────────────────────────────────
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();

/** happy-dom does no layout: every range gets one line box, at a height from its text offset. */
function giveRangesBoxes(): void {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const top = 100 + (this.startOffset % 10) * 30;
    return [{ left: 300, top, right: 400, bottom: top + 20, width: 100, height: 20, x: 300, y: top }] as unknown as DOMRectList;
  });
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    return this.getClientRects()[0] as DOMRect;
  });
}

// ── a fake worker ────────────────────────────────────────────────────────────
const NAMES: [string, EntityType][] = [
  ['عثمان الطيب', 'person'],
  ['كلير نوفيل', 'person'],
  ['نوفيل', 'person'],
  ['وزارة الداخلية السودانية', 'organization'],
  ['منظمة الصحة العالمية', 'organization'],
  ['عطبرة', 'location'],
  ['ليلى بنعلي', 'person'],
  ['بنعلي', 'person'],
  ['جورج خوري', 'person'],
  ['هدى السعدي', 'person'],
  ['وزارة الصحة', 'organization'],
];

function fakeAnalysis(text: string): PageAnalysis {
  const entities: Entity[] = [];
  const taken: [number, number][] = [];
  for (const [name, type] of NAMES) {
    const mentions = [...text.matchAll(new RegExp(name, 'g'))]
      .map((m) => ({ start: m.index!, end: m.index! + name.length, text: name }))
      .filter((m) => !taken.some(([a, b]) => m.start < b && a < m.end));
    if (!mentions.length) continue;
    taken.push(...mentions.map((m): [number, number] => [m.start, m.end]));
    const canonical = entities.find((e) => e.name.endsWith(name));
    if (canonical) canonical.mentions.push(...mentions);
    else entities.push({ id: `e${entities.length + 1}`, type, name, mentions });
  }
  const quotes: Quote[] = [];
  for (const m of text.matchAll(/(وقال|قالت|وأكدت)\s+([^،.]+?)\s+(?:إن|أن)\s+([^.«"]+)/g)) {
    const cueStart = m.index!;
    const speakerStart = cueStart + m[1].length + 1;
    const contentStart = text.indexOf(m[3], speakerStart + m[2].length);
    const speaker = entities.find((e) => e.mentions.some((x) => x.start >= speakerStart && x.end <= speakerStart + m[2].length));
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: 'indirect',
      cue: { start: cueStart, end: cueStart + m[1].length, text: m[1] },
      content: { start: contentStart, end: contentStart + m[3].length, text: m[3] },
      speaker: { text: m[2], type: speaker?.type ?? 'unknown', entityId: speaker?.id },
      sentence: { start: cueStart, end: contentStart + m[3].length },
    });
  }
  return { textLength: text.length, entities, quotes };
}

/** The worker's own handlers for the card's setting changes (they write storage.local; background/handlers.ts). */
function settingsWorker(local: LocalStore) {
  const never = async (): Promise<never> => {
    throw new Error('no engine here');
  };
  return createHandlers({
    cache: new TabCache(),
    engine: { analyze: never, cancel: () => undefined },
    setBadge: () => undefined,
    setPopup: () => undefined,
    tabUrl: async () => document.location.href,
    sendToTab: never as never,
    local,
  }).content;
}

function fakeWorker(local?: LocalStore) {
  const calls: { type: string; payload: unknown }[] = [];
  const settings = local ? settingsWorker(local) : null;
  const parts: string[] = [];
  const send = (async (type: keyof ContentToBackground, payload: unknown) => {
    calls.push({ type, payload });
    if (type === 'text-part') {
      const p = payload as { index: number; text: string };
      parts[p.index] = p.text;
      return { ok: true };
    }
    if (type === 'analyze-page') {
      const p = payload as { text: string; parts?: { count: number } };
      const text = p.parts ? parts.slice(0, p.parts.count - 1).join('') + p.text : p.text;
      return { ok: true, textLength: text.length, wire: encodePageWire(fakeAnalysis(text)) } satisfies PageAnalyzeResult;
    }
    if (type === 'open-speaker') return { opened: 'tab' };
    if (settings && (type === 'site-change' || type === 'site-undo')) return dispatch(settings, { type, payload }, { tabId: 1, url: document.location.href });
    return undefined;
  }) as ControllerDeps['send'];
  return { send, calls };
}

function fakeStorage() {
  const data: Record<string, unknown> = {};
  const listeners: ((c: Record<string, { newValue?: unknown }>) => void)[] = [];
  const local: LocalStore = {
    async get(key) {
      return key in data ? { [key]: data[key] } : {};
    },
    async set(items) {
      Object.assign(data, items);
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
      for (const l of listeners) l(changes);
    },
  };
  return { local, data, onLocalChange: (l: (c: Record<string, { newValue?: unknown }>) => void) => (listeners.push(l), () => undefined) };
}

const until = async (ok: () => boolean, what: string, ms = 3000) => {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

function highlighted(): { name: string; text: string }[] {
  return [...registry].flatMap(([name, h]) => [...h].map((r) => ({ name, text: r.toString() })));
}

let controller: PageController | null = null;

function start(html: string, storage = fakeStorage()) {
  loadIntoDocument(html);
  const worker = fakeWorker(storage.local);
  controller = new PageController({ doc: document, send: worker.send, local: storage.local, onLocalChange: storage.onLocalChange }, detectPage(document));
  return { controller, worker, storage };
}

beforeEach(() => {
  registry.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  giveRangesBoxes();
});

afterEach(() => {
  controller?.dispose();
  controller = null;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('PageController on an Arabic article', () => {
  it('reads the article, has it analysed, and marks exactly the mentions, by type', async () => {
    const { controller: c, worker } = start(fixtureHtml('arabic-article.html'));
    expect(await c.collect(false)).toEqual({ verdict: 'arabic-article', analysed: true });
    const sent = worker.calls.find((x) => x.type === 'analyze-page')!.payload as { text: string; page: { verdict: string; site: string } };
    expect(sent.page.verdict).toBe('arabic-article');
    expect(sent.text).toContain('عثمان الطيب');
    expect(sent.text).not.toContain('الأكثر قراءة'); // the sidebar is not the article
    const expected = fakeAnalysis(sent.text);
    const mentions = expected.entities.flatMap((e) => e.mentions.map((m) => ({ name: `isnad-${e.type}`, text: m.text })));
    const sortKey = (x: { name: string; text: string }) => `${x.name}|${x.text}`;
    expect(highlighted().filter((h) => h.name !== 'isnad-active').map(sortKey).sort()).toEqual(mentions.map(sortKey).sort());
    expect(c.status()).toMatchObject({ analysed: true, highlighting: true, highlighted: mentions.length, mapped: mentions.length });
    // Nothing was added to the page.
    expect(cardHost()).toBeNull();
  });

  it('the per-site switch clears the marks at once and brings them back', async () => {
    const { controller: c, storage } = start(fixtureHtml('arabic-article.html'));
    c.start();
    await until(() => c.status().highlighted > 0, 'marks');
    const n = highlighted().length;
    expect(n).toBeGreaterThan(0);
    await storage.local.set({ 'site:localhost': { highlight: false } });
    expect(highlighted()).toEqual([]);
    expect(c.status()).toMatchObject({ highlighting: false, highlighted: 0, analysed: true });
    await storage.local.set({ 'site:localhost': { highlight: true } });
    await until(() => highlighted().length === n, 'marks back');
  });

  it('a site switched off gets no marks, but is still analysed (badge, popup)', async () => {
    const storage = fakeStorage();
    await storage.local.set({ 'site:localhost': { highlight: false } });
    const { controller: c, worker } = start(fixtureHtml('arabic-article.html'), storage);
    expect((await c.collect(false)).analysed).toBe(true);
    expect(worker.calls.some((x) => x.type === 'analyze-page')).toBe(true);
    expect(highlighted()).toEqual([]);
  });

  it('the card opens from the keyboard command, with this speaker\'s quotes, and its buttons work', async () => {
    const { controller: c, worker, storage } = start(fixtureHtml('arabic-article.html'));
    await c.collect(false);
    expect(c.focusNext().ok).toBe(true);
    const root = cardRoot()!;
    const card = root.querySelector<HTMLElement>('.card')!;
    expect(card.dataset.entity).toBeTruthy();
    expect(root.activeElement?.tagName).toBe('BUTTON');
    expect(registry.get('isnad-active')?.size).toBe(1);
    readerClick(root.querySelector('button.all')!);
    expect(worker.calls.at(-1)).toEqual({ type: 'open-speaker', payload: { entityId: card.dataset.entity } });
    // The next command moves on to another name.
    const active = () => [...registry.get('isnad-active')!][0];
    const first = active();
    expect(c.focusNext().ok).toBe(true);
    const second = active();
    expect(second.compareBoundaryPoints(Range.START_TO_START, first)).not.toBe(0);
    // And backwards returns to the first.
    expect(c.focusNext(true).ok).toBe(true);
    expect(active().compareBoundaryPoints(Range.START_TO_START, first)).toBe(0);
    // "Stop marking names on this site", from the card's menu; the card stays to offer undo. The
    // worker writes the setting (it paces such requests: background/handlers.ts).
    const shadow = cardRoot()!;
    readerClick(shadow.querySelector('button.menu-button')!);
    readerClick(shadow.querySelector('button.off')!);
    await until(() => storage.data['site:localhost'] !== undefined, 'setting saved');
    expect(worker.calls.some((x) => x.type === 'site-change')).toBe(true);
    expect(storage.data['site:localhost']).toEqual({ highlight: false, corrections: {} });
    expect(highlighted().filter((h) => h.name !== 'isnad-flash')).toEqual([]);
    await until(() => shadow.querySelector('.notice button.undo') !== null, 'undo offered');
    readerClick(shadow.querySelector('.notice button.undo')!);
    await until(() => (storage.data['site:localhost'] as { highlight: boolean }).highlight && c.status().highlighted > 0, 'marks back');
  });

  it('"not a name" from the card unmarks that name on this site, remembered, and undo brings it back', async () => {
    const { controller: c, storage } = start(fixtureHtml('arabic-article.html'));
    await c.collect(false);
    const before = c.status().highlighted;
    expect(c.focusNext().ok).toBe(true);
    const shadow = cardRoot()!;
    const name = shadow.querySelector('.name')!.textContent!;
    // A script's clicks do nothing; the reader's do.
    (shadow.querySelector('button.menu-button') as HTMLElement).click();
    expect(shadow.querySelector<HTMLElement>('[role="menu"]')!.hidden).toBe(true);
    readerClick(shadow.querySelector('button.menu-button')!);
    (shadow.querySelector('button.not-a-name') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 20));
    expect(storage.data['site:localhost']).toBeUndefined();
    readerClick(shadow.querySelector('button.not-a-name')!);
    await until(() => c.status().highlighted < before, 'the name unmarked');
    expect(highlighted().some((h) => h.text === name)).toBe(false);
    expect((storage.data['site:localhost'] as { corrections: Record<string, string> }).corrections).toEqual({ [name]: 'not-a-name' });
    await until(() => shadow.querySelector('.notice button.undo') !== null, 'undo offered');
    readerClick(shadow.querySelector('.notice button.undo')!);
    await until(() => c.status().highlighted === before, 'marked again');
  });

  it('marks only the types and first mentions the reader asked for', async () => {
    const storage = fakeStorage();
    await storage.local.set({ display: { types: { person: true, organization: false, location: false }, firstOnly: false } });
    const { controller: c } = start(fixtureHtml('arabic-article.html'), storage);
    c.start();
    await until(() => c.status().analysed, 'analysed');
    expect(new Set(highlighted().map((h) => h.name))).toEqual(new Set(['isnad-person']));
    const people = highlighted().length;
    await storage.local.set({ display: { types: { person: true, organization: true, location: true }, firstOnly: true } });
    await until(() => highlighted().some((h) => h.name === 'isnad-location'), 'all types again');
    // One mark per name.
    const texts = highlighted().map((h) => h.text);
    expect(texts.length).toBeLessThanOrEqual(new Set(texts).size + 1);
    expect(highlighted().filter((h) => h.name === 'isnad-person').length).toBeLessThan(people);
  });

  it('hovering a name opens its card (caret hit-testing), leaving closes it', async () => {
    const { controller: c } = start(fixtureHtml('arabic-article.html'));
    await c.collect(false);
    const target = [...registry.get('isnad-person')!][0];
    const node = target.startContainer;
    const offset = target.startOffset + 1;
    const box = target.getClientRects()[0];
    const doc = document as unknown as { caretPositionFromPoint?: unknown };
    doc.caretPositionFromPoint = (x: number, y: number) => (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom ? { offsetNode: node, offset } : null);
    try {
      // A page's scripted pointer opens nothing.
      document.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + 5, clientY: box.top + 5, pointerType: 'mouse', bubbles: true }));
      await new Promise((r) => setTimeout(r, 300));
      expect(cardHost()).toBeNull();
      document.dispatchEvent(asReader(new PointerEvent('pointermove', { clientX: box.left + 5, clientY: box.top + 5, pointerType: 'mouse', bubbles: true })));
      await until(() => cardHost() !== null, 'card open');
      const name = cardRoot()!.querySelector('.name')!.textContent!;
      expect(target.toString().length).toBeGreaterThan(0);
      expect(name.endsWith(target.toString()) || name.includes(target.toString())).toBe(true);
      document.dispatchEvent(asReader(new PointerEvent('pointermove', { clientX: 5, clientY: 5, pointerType: 'mouse', bubbles: true })));
      await until(() => cardHost() === null, 'card closed');
    } finally {
      delete doc.caretPositionFromPoint;
    }
  });

  it('"show in page" flashes the span, and finds it again after the page changed', async () => {
    const { controller: c, worker } = start(fixtureHtml('arabic-article.html'));
    await c.collect(false);
    const text = (worker.calls.find((x) => x.type === 'analyze-page')!.payload as { text: string }).text;
    const start0 = text.indexOf('فرق الإنقاذ');
    const span = [start0, start0 + 'فرق الإنقاذ انتشلت'.length] as const;
    // The sentence starts below the window: it is scrolled to, and marked once it is there.
    let scrolled = false;
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const top = 100 + (this.startOffset % 10) * 30 + (scrolled ? 0 : 5000);
      return [{ left: 300, top, right: 400, bottom: top + 20, width: 100, height: 20, x: 300, y: top }] as unknown as DOMRectList;
    });
    const scroll = vi.fn(() => (scrolled = true));
    window.scrollTo = scroll as never;
    expect(await c.showInPage(...span)).toEqual({ ok: true });
    expect(scroll).toHaveBeenCalled();
    expect([...registry.get('isnad-flash')!][0].toString()).toBe('فرق الإنقاذ انتشلت');
    // It stays until the reader moves on (a click in the page); a page's scripted one is not the reader's.
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(registry.has('isnad-flash')).toBe(true);
    document.body.dispatchEvent(asReader(new PointerEvent('pointerdown', { bubbles: true })));
    expect(registry.has('isnad-flash')).toBe(false);
    // A script replaces the paragraph's text node with an equal one and adds a paragraph on top.
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes('فرق الإنقاذ'))!;
    const old = p.firstChild!;
    p.replaceChild(document.createTextNode(old.textContent!), old);
    document.querySelector('article')!.prepend(Object.assign(document.createElement('p'), { textContent: 'سطر جديد' }));
    registry.delete('isnad-flash');
    expect(await c.showInPage(...span)).toEqual({ ok: true });
    expect([...registry.get('isnad-flash')!][0].toString()).toBe('فرق الإنقاذ انتشلت');
    // Gone for good: the answer says so.
    p.remove();
    expect(await c.showInPage(...span)).toEqual({ ok: false });
  });

  it('single-page navigation drops the old marks and analyses the new article', async () => {
    const { controller: c, worker } = start(fixtureHtml('arabic-article.html'));
    c.start();
    await until(() => c.status().analysed, 'first analysis');
    expect(highlighted().some((h) => h.text === 'عثمان الطيب')).toBe(true);
    history.pushState({}, '', '/story-2');
    document.querySelector('article')!.innerHTML =
      '<h1>معرض الكتاب</h1><p>وقالت مديرة المعرض ليلى بنعلي إن عدد الزوار يتجاوز نصف مليون زائر هذا العام.</p><p>وأوضح الناشر جورج خوري أن أسعار الورق ارتفعت كثيرا.</p><p>وأضافت بنعلي أن جناح الأطفال هو الأكبر في تاريخ المعرض.</p>';
    dispatchEvent(new PopStateEvent('popstate'));
    await until(() => worker.calls.filter((x) => x.type === 'analyze-page').length === 2 && c.status().highlighted > 0, 'second analysis marked');
    const texts = highlighted().map((h) => h.text);
    expect(texts).toContain('ليلى بنعلي');
    expect(texts).not.toContain('عثمان الطيب');
    const second = worker.calls.filter((x) => x.type === 'analyze-page')[1].payload as { text: string; page: { url: string } };
    expect(second.page.url).toMatch(/\/story-2$/);
    expect(second.text).toContain('معرض الكتاب');
  });
});

describe('PageController on a very long article', () => {
  it('sends the text in parts, and marks names through to the end of the article', async () => {
    const { controller: c, worker } = start(longArticleHtml(40_000));
    expect((await c.collect(false)).analysed).toBe(true);
    const parts = worker.calls.filter((x) => x.type === 'text-part').map((x) => (x.payload as { text: string }).text);
    const last = worker.calls.find((x) => x.type === 'analyze-page')!.payload as { text: string; parts?: { count: number } };
    expect(parts.length).toBeGreaterThan(0);
    expect(last.parts?.count).toBe(parts.length + 1);
    for (const p of parts) expect(p.length).toBe(PART_CHARS);
    const whole = parts.join('') + last.text;
    expect(whole).toContain('ملف خاص');
    expect(c.status().mapped).toBe(fakeAnalysis(whole).entities.reduce((n, e) => n + e.mentions.length, 0));
  });
});

describe('PageController and an incomplete analysis', () => {
  it('marks nothing when the worker analysed another length than it was sent (a part lost on the way)', async () => {
    loadIntoDocument(longArticleHtml(40_000));
    const worker = fakeWorker();
    // A worker that lost the first part: it analyses the rest alone, and says so by its length.
    const lossy = (async (type: keyof ContentToBackground, payload: unknown) => {
      if (type !== 'analyze-page') return worker.send(type, payload as never);
      const p = payload as { text: string };
      return { ok: true, textLength: p.text.length, wire: encodePageWire(fakeAnalysis(p.text)) } satisfies PageAnalyzeResult;
    }) as ControllerDeps['send'];
    controller = new PageController({ doc: document, send: lossy }, detectPage(document));
    expect(await controller.collect(false)).toMatchObject({ analysed: false });
    expect(highlighted()).toEqual([]);
    expect(controller.status()).toMatchObject({ analysed: false, mapped: 0, highlighted: 0 });
  });
});

describe('PageController elsewhere', () => {
  it('on a page that is not Arabic, tells the worker why only when asked', async () => {
    const { controller: c, worker } = start(fixtureHtml('english-page.html'));
    expect(await c.collect(false)).toEqual({ verdict: 'not-arabic', analysed: false });
    expect(worker.calls).toEqual([]);
    expect(await c.collect(true)).toEqual({ verdict: 'not-arabic', analysed: false });
    expect(worker.calls.map((x) => x.type)).toEqual(['page-state']);
  });

  it('an Arabic page that is not news is analysed only on request', async () => {
    const { controller: c, worker } = start(fixtureHtml('arabic-shop.html'));
    expect(await c.collect(false)).toEqual({ verdict: 'arabic-page', analysed: false });
    expect(worker.calls).toEqual([]);
    expect((await c.collect(true)).analysed).toBe(true);
  });

  it('a worker that fails does not throw into the page', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { controller: c } = start(fixtureHtml('arabic-article.html'));
    const broken = new PageController({ doc: document, send: (async () => { throw new Error('worker gone'); }) as ControllerDeps['send'] }, detectPage(document));
    await expect(broken.collect(false)).resolves.toMatchObject({ analysed: false });
    broken.dispose();
    expect(c.status().analysed).toBe(false);
  });

  it('without the Highlight API, boxes are drawn in the extension\'s own element instead', async () => {
    vi.unstubAllGlobals();
    const { controller: c } = start(fixtureHtml('arabic-article.html'));
    await c.collect(false);
    await until(() => (cardRoot()?.querySelectorAll('.box').length ?? 0) > 0, 'overlay boxes');
    const boxes = cardRoot()!.querySelectorAll('.box');
    expect(boxes.length).toBe(c.status().highlighted);
    expect(registry.size).toBe(0);
  });
});
