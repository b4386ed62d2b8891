/**
 * The one element the extension ever adds to a page: a host for the hover card, with the card in
 * a shadow root so page CSS cannot reach it. It is attached to <html> (not <body>, whose children
 * page scripts iterate and style) only while a card is showing, and removed when the card closes,
 * so a page without an open card is exactly the page as served.
 *
 * The host is fixed, zero-sized and has `all: initial`: it takes no room in the page's layout.
 *
 * The page must not drive or read the card (issue 18). So:
 *  - the host is a plain `<div>`, never a custom element: a page that defines an element named
 *    like ours (it did `isnad-card-host`) would run its own code in the host and could make
 *    `attachShadow` throw. A built-in element has no page code in it, and its shadow root is
 *    attached before the host is ever in the page, so the page cannot get there first;
 *  - the shadow root is closed: the page cannot reach the card's text or buttons (our code keeps
 *    the root; tests in the extension's own world read it through `CARD_ROOT_GLOBAL`);
 *  - events inside the card act only if the browser made them from the reader's input
 *    (`isTrusted`), and a click that comes right after the card appeared is ignored, so a page
 *    cannot slide the card under a click the reader meant for the page.
 */

/** Tag of the host element: a built-in element, which no page can define. */
const HOST_TAG = 'div';
/** Where extension code (tests) finds the open card's shadow root: a global of the extension's world, invisible to the page. */
export const CARD_ROOT_GLOBAL = '__isnadCardRoot';
/** Clicks within this long of the card appearing are not the reader's answer to it. */
export const CLICK_GRACE_MS = 350;

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'contain: style',
  'display: block',
].map((d) => `${d} !important`).join(';');

/** Events the card could act on: none of them may come from a script. */
const GUARDED = ['click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit'];
const CLICKS = new Set(['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']);

export class UiHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private shownAt = 0;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  /** The shadow root, creating the host the first time; attaches it to the page if needed. */
  attach(): ShadowRoot {
    if (!this.host || !this.root) {
      const host = this.doc.createElement(HOST_TAG);
      host.setAttribute('style', HOST_STYLE);
      const root = host.attachShadow({ mode: 'closed' });
      for (const type of GUARDED) root.addEventListener(type, (e) => this.guard(e), true);
      const style = this.doc.createElement('style');
      style.textContent = this.css;
      root.append(style);
      this.host = host;
      this.root = root;
    }
    if (!this.host.isConnected) {
      this.doc.documentElement.append(this.host);
      this.shownAt = performance.now();
      (globalThis as Record<string, unknown>)[CARD_ROOT_GLOBAL] = this.root;
    }
    return this.root;
  }

  /**
   * Stops, before any of the card's listeners, an event a script made, or a pointer's click too
   * soon after the card appeared (a click from the keyboard, Enter or Space on a focused button,
   * has `detail` 0: the reader chose that button).
   */
  private guard(e: Event): void {
    const fromKeyboard = e.type === 'click' && (e as MouseEvent).detail === 0;
    const early = CLICKS.has(e.type) && !fromKeyboard && performance.now() - this.shownAt < CLICK_GRACE_MS;
    if (e.isTrusted && !early) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  }

  get attached(): boolean {
    return !!this.host?.isConnected;
  }

  /** Takes the host out of the page (the shadow content is kept for next time). */
  detach(): void {
    this.host?.remove();
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node) || this.root?.contains(node) === true);
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  /** The (closed) shadow root, for the extension's own code. */
  get shadow(): ShadowRoot | null {
    return this.root;
  }
}
