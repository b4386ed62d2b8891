/**
 * One page's life in the full content script: detect, read the article, have the worker analyse
 * it, mark the names, answer hover and keyboard, and start over when a single-page site navigates.
 *
 * Every run of the pipeline has its own AbortSignal: a navigation aborts the old run between two
 * slices, so no stale highlight is ever drawn over a new article. Every entry point catches its
 * errors: whatever happens here must not break the page.
 */
import type { ContentToBackground, PageInfo, PageStatus, Verdict } from '../shared/messages.js';
import { decodePageWire } from '../shared/page-wire.js';
import { DEFAULT_DISPLAY, displayFromChange, readDisplay } from '../shared/display-settings.js';
import type { DisplaySettings } from '../shared/display-settings.js';
import type { PageMeta } from '../shared/page-meta.js';
import { readerView } from '../shared/reader-view.js';
import { DEFAULT_SITE_SETTINGS, readSiteSettings, settingsFromChange, siteOf } from '../shared/site-settings.js';
import type { LocalStore, SiteChange, SiteSettings } from '../shared/site-settings.js';
import { reanchor } from './page/anchor.js';
import { Revealer } from './page/reveal.js';
import { cardModel } from './card/card-model.js';
import type { CardQuote } from './card/card-model.js';
import { CARD_CSS } from './card/card-style.js';
import type { Detection } from './detect/language-verdict.js';
import { detectPage } from './detect/article-verdict.js';
import { extractArticle } from './page/extract.js';
import { readPageMeta } from './page/page-meta.js';
import { CssHighlights, OverlayHighlights, highlightApi } from './marks/highlighter.js';
import type { HighlightSink, Palette } from './marks/highlighter.js';
import { mentionAtPoint } from './card/hit-test.js';
import { HoverCard } from './card/hover-card.js';
import { mentionAt, mentionIndex } from './marks/mentions.js';
import type { MentionRef, PageAnalysis } from './marks/mentions.js';
import { paletteFor } from './marks/palette.js';
import { Slicer, forEachSliced } from './page/scheduler.js';
import { watchNavigation } from './page/spa-watch.js';
import { TextMap } from './page/text-map.js';
import { analysedWhole, sendText, textToSend } from './page/upload.js';
import { UiHost } from './card/ui-host.js';
import { ViewportWindow, WINDOW_ABOVE } from './marks/viewport-window.js';

type Send = <K extends keyof ContentToBackground>(type: K, payload: ContentToBackground[K]['request']) => Promise<ContentToBackground[K]['response']>;

export interface ControllerDeps {
  doc: Document;
  send: Send;
  /**
   * storage.local, read only: the per-site switch and corrections, and how names are marked. The
   * content script never writes settings; the card's menu asks the worker (`site-change`).
   */
  local?: Pick<LocalStore, 'get'>;
  /** Subscribes to storage.local changes; returns an unsubscribe function. */
  onLocalChange?: (listener: (changes: Record<string, { newValue?: unknown }>) => void) => () => void;
}

/** Hover intent: how long the pointer rests on a name before its card opens, and the grace to reach the card. */
const SHOW_DELAY_MS = 150;
const HIDE_DELAY_MS = 350;
/** A selection change this soon after a key press came from the keyboard (caret browsing). */
const KEYBOARD_SELECTION_MS = 600;

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

export class PageController {
  private detection: Detection;
  private run: AbortController | null = null;
  private map: TextMap | null = null;
  /** The analysis as the worker sent it, and as the reader sees it (frame and corrections applied). */
  private analysis: PageAnalysis | null = null;
  private view: PageAnalysis | null = null;
  private text = '';
  /** The names marked (of the view, filtered by the display settings), in text order. */
  private mentions: MentionRef[] = [];
  private ranges: (Range | null)[] = [];
  private sink: HighlightSink | null = null;
  private window: ViewportWindow | null = null;
  private flashSink: HighlightSink | null = null;
  private palette: Palette = 'light';
  private settings: SiteSettings = { ...DEFAULT_SITE_SETTINGS, corrections: {} };
  private display: DisplaySettings = DEFAULT_DISPLAY;
  private settingsRead: Promise<void> | null = null;
  private readonly revealer = new Revealer({ mark: (range) => (this.sink ?? (this.flashSink ??= this.makeSink(this.palette))).flash(range) });
  private analysed = false;
  private reported = false;
  private current = -1;
  private readonly host: UiHost;
  private readonly card: HoverCard;
  private readonly life = new AbortController();
  private hover: AbortController | null = null;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private lastKey = 0;
  private started = false;
  /** The detection given to the constructor has not been used yet. */
  private fresh = true;

  constructor(
    private readonly deps: ControllerDeps,
    detection: Detection,
  ) {
    this.detection = detection;
    this.host = new UiHost(deps.doc, CARD_CSS);
    this.card = new HoverCard(this.host, {
      openAll: (entityId) => void this.deps.send('open-speaker', { entityId }).catch(() => undefined),
      showQuote: (q) => this.showQuote(q),
      act: (a) => this.act(a),
      closed: () => {
        this.current = -1;
        this.sink?.setActive(null);
      },
    });
  }

  private get site(): string {
    return siteOf(this.deps.doc.location?.href ?? '');
  }

  /** Starts watching the page; analyses it at once when it is an Arabic news article. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.readSettings();
    const off = this.deps.onLocalChange?.((changes) => {
      const s = settingsFromChange(changes, this.site);
      const d = displayFromChange(changes);
      if (s || d) this.applySettings(s ?? this.settings, d ?? this.display);
    });
    if (off) this.life.signal.addEventListener('abort', off);
    try {
      watchNavigation(
        () => this.leave(),
        () => void this.collect(false),
        this.life.signal,
      );
    } catch {
      // No navigation watching (unusual environments): the page still works once.
    }
    try {
      // The always-loaded script only decided "Arabic"; news article or not is decided here.
      if (this.detection.verdict === 'arabic-page' && !this.detection.signals) this.detection = detectPage(this.deps.doc);
    } catch {
      // Keep the language verdict.
    }
    if (this.detection.verdict === 'arabic-article') void this.collect(false);
  }

  /** Stops everything (tests; a second copy of the script). */
  dispose(): void {
    this.leave();
    this.life.abort();
  }

  private readSettings(): Promise<void> {
    this.settingsRead ??= Promise.all([readSiteSettings(this.deps.local, this.site), readDisplay(this.deps.local)]).then(([s, d]) => {
      this.settings = s;
      this.display = d;
    });
    return this.settingsRead;
  }

  private get highlighting(): boolean {
    return this.settings.highlight;
  }

  status(): PageStatus {
    return {
      url: this.deps.doc.location?.href ?? '',
      verdict: this.detection.verdict,
      reason: this.detection.reason,
      highlighting: this.highlighting,
      highlighted: this.sink?.count ?? 0,
      mapped: this.ranges.reduce((n, r) => (r ? n + 1 : n), 0),
      analysed: this.analysed,
    };
  }

  private pageInfo(title: string): PageInfo {
    const { verdict, reason, lang } = this.detection;
    const href = this.deps.doc.location?.href ?? '';
    return { url: href, title, site: siteOf(href), lang, verdict, reason };
  }

  /** The page's metadata; a page whose metadata cannot be read is still analysed. */
  private pageMeta(title: string): PageMeta | undefined {
    try {
      return readPageMeta(this.deps.doc, title);
    } catch {
      return undefined;
    }
  }

  /** Reads and analyses the page. Without `force`, only a page detected as a news article. */
  async collect(force: boolean): Promise<{ verdict: Verdict; analysed: boolean }> {
    this.leave();
    const run = new AbortController();
    this.run = run;
    const { signal } = run;
    const doc = this.deps.doc;
    try {
      // `start` has just detected the page; later runs (navigation, the popup) detect again.
      if (this.fresh) this.fresh = false;
      else this.detection = detectPage(doc);
      await new Slicer(undefined, signal).pause();
      const { verdict } = this.detection;
      const arabic = verdict === 'arabic-article' || verdict === 'arabic-page';
      if (!arabic || (verdict === 'arabic-page' && !force)) {
        // Tell the worker when asked, or when an earlier article of this tab is now gone.
        if (force || (this.reported && !arabic)) await this.deps.send('page-state', { page: this.pageInfo(doc.title) });
        this.reported = false;
        return { verdict, analysed: false };
      }
      const article = await extractArticle(doc, signal);
      // Sending a long text is a task of its own.
      await new Slicer(undefined, signal).pause();
      if (!article.text.trim()) {
        await this.deps.send('page-state', { page: { ...this.pageInfo(article.title), verdict: 'no-text', reason: 'No article text was found on this page.' } });
        return { verdict: 'no-text', analysed: false };
      }
      const sent = textToSend(article.text);
      const result = await sendText(this.deps.send, sent, { ...this.pageInfo(article.title), meta: this.pageMeta(article.title) }, signal);
      this.reported = true;
      signal.throwIfAborted();
      // Nothing is marked unless the worker analysed exactly the text sent (offsets would shift).
      if (!analysedWhole(result, sent)) return { verdict, analysed: false };
      // Reading the answer was a task of its own; decoding it and indexing the names are two more.
      const slicer = new Slicer(undefined, signal);
      await slicer.pause();
      const analysis = decodePageWire(result.wire, sent);
      if (!analysis) return { verdict, analysed: false };
      await slicer.pause();
      this.map = new TextMap(article.text, article.segments);
      this.text = article.text;
      this.analysis = analysis;
      await this.readSettings();
      this.see();
      await slicer.pause();
      if (this.highlighting) await this.draw(signal);
      // Done: analysed, and marked where marking is on.
      this.analysed = true;
      return { verdict, analysed: true };
    } catch (e) {
      if (!isAbort(e)) console.debug('[isnad]', e);
      return { verdict: this.detection.verdict, analysed: false };
    }
  }

  /** Everything of the current article goes: highlights, card, pending work. */
  private leave(): void {
    this.run?.abort();
    this.run = null;
    this.revealer.end();
    this.clearMarks();
    this.map = null;
    this.analysis = null;
    this.view = null;
    this.text = '';
    this.mentions = [];
    this.analysed = false;
  }

  /** The article as the reader sees it, and the names to mark in it. */
  private see(): void {
    if (!this.analysis) return;
    this.view = readerView(this.analysis, this.analysis.frame, this.settings.corrections);
    this.mentions = mentionIndex(this.view, this.display);
  }

  /** Takes the marks away; the open card stays when `keepCard` (it is saying what just changed). */
  private clearMarks(keepCard = false): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.hover?.abort();
    this.hover = null;
    this.window?.disconnect();
    this.window = null;
    if (keepCard) {
      this.current = -1;
      this.sink?.setActive(null);
    } else this.card.hide();
    // Redrawn at once (keepCard): a sentence shown in the page stays marked.
    if (this.sink instanceof CssHighlights && !keepCard) this.sink.dispose();
    else this.sink?.clear();
    this.sink = null;
    this.ranges = [];
  }

  private makeSink(palette: Palette): HighlightSink {
    const api = highlightApi();
    return api ? new CssHighlights(api, palette) : new OverlayHighlights(this.host, palette);
  }

  /** Marks every mention, a slice at a time. */
  private async draw(signal: AbortSignal): Promise<void> {
    const map = this.map;
    if (!map || !this.mentions.length) return;
    const first = map.rangeFor(this.mentions[0].start, this.mentions[0].end);
    this.palette = paletteFor(first?.startContainer.parentElement ?? null);
    // Reading the page's colours may have cost a style pass: the marking starts a fresh slice.
    await new Slicer(undefined, signal).pause();
    const sink = this.makeSink(this.palette);
    this.sink = sink;
    const windowed = this.mentions.length > WINDOW_ABOVE && sink instanceof CssHighlights && typeof IntersectionObserver === 'function' ? new ViewportWindow(sink) : null;
    if (windowed) signal.addEventListener('abort', () => windowed.disconnect());
    this.window = windowed;
    const target = windowed ?? sink;
    this.ranges = new Array<Range | null>(this.mentions.length).fill(null);
    const ranges = this.ranges;
    await forEachSliced(
      this.mentions,
      (m, i) => {
        const r = map.rangeFor(m.start, m.end);
        ranges[i] = r;
        if (r) target.add(m.type, r);
      },
      signal,
    );
    this.listen(signal);
  }

  /**
   * New settings (this site's switch and corrections, how names are marked): the marks are drawn
   * again when what is marked changed. An open card stays open (its menu may have made the change).
   */
  private applySettings(settings: SiteSettings, display: DisplaySettings): void {
    const before = JSON.stringify([this.settings, this.display]);
    this.settings = settings;
    this.display = display;
    if (JSON.stringify([settings, display]) === before) return;
    this.see();
    if (this.sink) this.clearMarks(true);
    if (this.highlighting && this.analysis && this.run) void this.draw(this.run.signal).catch(() => undefined);
  }

  /**
   * A card's menu action, written by the worker for this tab's own site and paced per tab
   * (background/handlers.ts): the page can neither click the card (ui-host.ts) nor change the
   * reader's settings by any other way. Resolves to how to undo it (the worker restores what
   * was there before), or null when it was not done.
   */
  private async act(change: SiteChange): Promise<(() => Promise<void>) | null> {
    const answer = await this.deps.send('site-change', { change }).catch(() => undefined);
    if (!answer?.ok || !answer.undo) return null;
    if (answer.settings) this.applySettings(answer.settings, this.display);
    const token = answer.undo;
    return async () => {
      const back = await this.deps.send('site-undo', { undo: token }).catch(() => undefined);
      if (!back?.ok) throw new Error('The change could not be undone.');
      if (back.settings) this.applySettings(back.settings, this.display);
    };
  }

  // ── hover and keyboard ────────────────────────────────────────────────

  private listen(signal: AbortSignal): void {
    this.hover?.abort();
    const hover = new AbortController();
    this.hover = hover;
    signal.addEventListener('abort', () => hover.abort());
    const opts = { passive: true, capture: true, signal: hover.signal };
    const doc = this.deps.doc;
    let frame = 0;
    let x = 0;
    let y = 0;
    let overCard = false;
    doc.addEventListener(
      'pointermove',
      (e) => {
        // A page can dispatch pointer events to open cards; only the reader's pointer counts.
        if (e.pointerType === 'touch' || !e.isTrusted) return;
        x = e.clientX;
        y = e.clientY;
        overCard = this.card.contains(e.target as Node);
        if (!frame) frame = requestAnimationFrame(() => {
          frame = 0;
          this.pointerAt(x, y, overCard);
        });
      },
      opts,
    );
    doc.addEventListener('keydown', (e) => e.isTrusted && (this.lastKey = performance.now()), opts);
    doc.addEventListener('selectionchange', () => this.selectionMoved(), opts);
  }

  private pointerAt(x: number, y: number, overCard: boolean): void {
    if (overCard) {
      clearTimeout(this.hideTimer);
      return;
    }
    const map = this.map;
    const i = map ? mentionAtPoint(this.deps.doc, x, y, map, this.mentions, (k) => this.ranges[k] ?? null) : -1;
    if (i >= 0) {
      clearTimeout(this.hideTimer);
      if (i === this.current && this.card.open) return;
      clearTimeout(this.showTimer);
      this.showTimer = setTimeout(() => this.openCard(i, false), SHOW_DELAY_MS);
      return;
    }
    clearTimeout(this.showTimer);
    if (this.card.open && !this.card.contains(this.deps.doc.activeElement)) {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.card.hide(), HIDE_DELAY_MS);
    }
  }

  private selectionMoved(): void {
    if (performance.now() - this.lastKey > KEYBOARD_SELECTION_MS || !this.map) return;
    const sel = this.deps.doc.getSelection();
    if (!sel?.focusNode) return;
    const offset = this.map.offsetOf(sel.focusNode, sel.focusOffset);
    const i = offset < 0 ? -1 : mentionAt(this.mentions, offset) >= 0 ? mentionAt(this.mentions, offset) : mentionAt(this.mentions, offset - 1);
    if (i >= 0 && i !== this.current) this.openCard(i, false);
  }

  private openCard(i: number, focus: boolean): boolean {
    const m = this.mentions[i];
    const range = this.ranges[i];
    if (!m || !range || !this.view || !range.startContainer.isConnected) return false;
    const model = cardModel(this.view, m.entityId, this.text);
    if (!model) return false;
    this.current = i;
    this.card.show(model, range, this.palette, focus, { site: this.site });
    this.sink?.setActive(range);
    return true;
  }

  /** Keyboard: the next (or previous) marked name after the open card, or from the top of the viewport. */
  focusNext(backwards = false): { ok: boolean } {
    if (!this.sink || !this.ranges.some(Boolean)) return { ok: false };
    const n = this.mentions.length;
    let from = this.current;
    if (from < 0) {
      // Start from the first name visible on screen.
      from = this.ranges.findIndex((r) => r && r.getBoundingClientRect().bottom >= 0);
      from = from < 0 ? 0 : backwards ? from : from - 1;
    }
    for (let step = 1; step <= n; step++) {
      const i = (((backwards ? from - step : from + step) % n) + n) % n;
      const range = this.ranges[i];
      if (!range) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      return { ok: this.openCard(i, true) };
    }
    return { ok: false };
  }

  // ── show in page ──────────────────────────────────────────────────────

  private showQuote(q: CardQuote): void {
    const range = this.map?.rangeFor(q.start, q.end);
    if (range) void this.revealer.reveal(range);
  }

  /**
   * Scrolls to a span of the analysed text and marks it once it is in view; answers then (so the
   * popup says it is marked when it is). If the page changed since it was read, the article is
   * read again and the span found by its words.
   */
  async showInPage(start: number, end: number): Promise<{ ok: boolean }> {
    try {
      const map = this.map;
      if (!map) return { ok: false };
      let range = map.rangeFor(start, end);
      if (!range) {
        const fresh = await extractArticle(this.deps.doc);
        const moved = reanchor(map.text, start, end, fresh.text);
        range = moved ? new TextMap(fresh.text, fresh.segments).rangeFor(moved.start, moved.end) : null;
      }
      return { ok: !!range && (await this.revealer.reveal(range)) };
    } catch {
      return { ok: false };
    }
  }
}
