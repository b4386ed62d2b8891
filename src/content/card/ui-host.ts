/**
 * The one element the extension ever adds to a page: a host for the hover card, with the card in
 * a shadow root so page CSS cannot reach it. It is attached to <html> (not <body>, whose children
 * page scripts iterate and style) only while a card is showing, and removed when the card closes,
 * so a page without an open card is exactly the page as served.
 *
 * The host is fixed, zero-sized and has `all: initial`: it takes no room in the page's layout.
 */

/** Tag of the host element (tests recognise the extension's only mutation by it). */
export const HOST_TAG = 'isnad-card-host';

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

export class UiHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  /** The shadow root, creating the host the first time; attaches it to the page if needed. */
  attach(): ShadowRoot {
    if (!this.host || !this.root) {
      const host = this.doc.createElement(HOST_TAG);
      host.setAttribute('style', HOST_STYLE);
      const root = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = this.css;
      root.append(style);
      this.host = host;
      this.root = root;
    }
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    return this.root;
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
}
