/**
 * The hover card: who a highlighted name is and what they said in this article. Rendered in the
 * extension's shadow root (`ui-host.ts`), right-to-left, placed so it never covers the name
 * (`card-position.ts`). Keyboard: its controls are buttons, Tab and Shift+Tab cycle through them,
 * Escape closes it and gives focus back to where it was.
 */
import { neutralise } from '../../shared/neutral-text.js';
import type { CardModel, CardQuote } from './card-model.js';
import { placeCard, union } from './card-position.js';
import type { Box } from './card-position.js';
import type { Palette } from '../marks/highlighter.js';
import { t } from './i18n.js';
import type { UiHost } from './ui-host.js';

export interface CardActions {
  /** "Everything they said": the popup (or a tab) opened on this speaker. */
  openAll(entityId: string): void;
  /** Flash a quote of this speaker in the page. */
  showQuote(quote: CardQuote): void;
  /** Stop highlighting names on this site. */
  hideOnSite(): void;
  /** The card closed (by Escape, the close button, or the pointer leaving). */
  closed(): void;
}

const TYPE_LABEL = {
  person: () => t('cardTypePerson', 'Person'),
  organization: () => t('cardTypeOrganization', 'Organization'),
  location: () => t('cardTypeLocation', 'Place'),
} as const;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { className?: string; text?: string } = {}, ...kids: Node[]): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (props.className) e.className = props.className;
  // Page text with its hidden controls neutralised (shared/neutral-text.ts).
  if (props.text !== undefined) e.textContent = neutralise(props.text);
  e.append(...kids);
  return e;
}

/** The card's DOM for one entity. Every string is set as text, never parsed as HTML. */
export function renderCard(doc: Document, model: CardModel, palette: Palette, actions: Pick<CardActions, 'openAll' | 'showQuote' | 'hideOnSite'> & { close(): void }): HTMLElement {
  const card = el(doc, 'div', { className: `card ${palette}` });
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-modal', 'false');
  card.setAttribute('aria-label', t('cardLabel', 'About $1', neutralise(model.name)));
  card.setAttribute('dir', 'rtl');
  card.setAttribute('lang', 'ar');
  card.tabIndex = -1;
  card.dataset.entity = model.entityId;
  card.dataset.type = model.type;

  const name = el(doc, 'h2', { className: 'name', text: model.name });
  const type = el(doc, 'span', { className: `type type-${model.type}`, text: TYPE_LABEL[model.type]() });
  type.setAttribute('dir', 'auto');
  card.append(el(doc, 'header', {}, name, type));
  if (model.role) card.append(el(doc, 'p', { className: 'role', text: model.role }));
  const mentions = el(doc, 'p', {
    className: 'mentions',
    text: model.mentions === 1 ? t('cardMentionsOne', 'Named once in this article') : t('cardMentions', 'Named $1 times in this article', model.mentions),
  });
  mentions.setAttribute('dir', 'auto');
  mentions.dataset.count = String(model.mentions);
  card.append(mentions);

  const heading = el(doc, 'h3', { text: t('cardQuotesHeading', 'What they said in this article') });
  heading.setAttribute('dir', 'auto');
  card.append(heading);
  if (model.quotes.length === 0) {
    const none = el(doc, 'p', { className: 'no-quotes', text: t('cardNoQuotes', 'No quotes from them in this article.') });
    none.setAttribute('dir', 'auto');
    card.append(none);
  } else {
    const list = el(doc, 'ol', { className: 'quotes' });
    for (const q of model.quotes) {
      const button = el(doc, 'button', { className: 'quote' }, el(doc, 'span', { className: 'cue', text: q.cue }), doc.createTextNode(' '), el(doc, 'q', { className: 'content', text: q.content }));
      button.type = 'button';
      button.title = t('cardShowQuote', 'Show this quote in the page');
      button.dataset.quote = q.id;
      button.dataset.kind = q.kind;
      button.addEventListener('click', () => actions.showQuote(q));
      list.append(el(doc, 'li', {}, button));
    }
    card.append(list);
    if (model.moreQuotes > 0) {
      const more = el(doc, 'p', { className: 'more', text: t('cardMoreQuotes', 'and $1 more', model.moreQuotes) });
      more.setAttribute('dir', 'auto');
      card.append(more);
    }
  }

  const all = el(doc, 'button', { className: 'all', text: t('cardAllQuotes', 'Everything they said') });
  all.type = 'button';
  all.addEventListener('click', () => actions.openAll(model.entityId));
  const off = el(doc, 'button', { className: 'off', text: t('cardHideOnSite', 'Stop marking names on this site') });
  off.type = 'button';
  off.addEventListener('click', () => actions.hideOnSite());
  const close = el(doc, 'button', { className: 'close', text: '×' });
  close.type = 'button';
  close.setAttribute('aria-label', t('cardClose', 'Close'));
  close.addEventListener('click', () => actions.close());
  card.append(el(doc, 'footer', {}, all, off, close));
  return card;
}

/** Rectangles of a range in viewport coordinates (a name may wrap). */
export function rangeBoxes(range: Range): Box[] {
  return Array.from(range.getClientRects(), (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })).filter((r) => r.right > r.left || r.bottom > r.top);
}

export class HoverCard {
  private card: HTMLElement | null = null;
  private anchor: Range | null = null;
  private returnFocus: Element | null = null;
  private frame = 0;
  private listening = false;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  private readonly onViewport = () => this.schedulePosition();

  constructor(
    private readonly host: UiHost,
    private readonly actions: CardActions,
  ) {}

  get open(): boolean {
    return this.card !== null;
  }

  get entityId(): string | undefined {
    return this.card?.dataset.entity;
  }

  get element(): HTMLElement | null {
    return this.card;
  }

  /** Shows the card for `model` next to `anchor`; with `focus`, moves keyboard focus into it. */
  show(model: CardModel, anchor: Range, palette: Palette, focus = false): void {
    const doc = anchor.startContainer.ownerDocument ?? document;
    const root = this.host.attach();
    const card = renderCard(doc, model, palette, {
      openAll: (id) => this.actions.openAll(id),
      showQuote: (q) => this.actions.showQuote(q),
      hideOnSite: () => this.actions.hideOnSite(),
      close: () => this.hide(),
    });
    card.addEventListener('keydown', this.onKey);
    this.card?.remove();
    this.card = card;
    this.anchor = anchor;
    root.append(card);
    this.position();
    if (!this.listening) {
      addEventListener('keydown', this.onKey, true);
      addEventListener('scroll', this.onViewport, { passive: true, capture: true });
      addEventListener('resize', this.onViewport, { passive: true });
      this.listening = true;
    }
    if (focus) {
      const active = doc.activeElement;
      if (active && !this.host.contains(active)) this.returnFocus = active;
      (card.querySelector<HTMLElement>('button.quote, button.all') ?? card).focus({ preventScroll: true });
    }
  }

  hide(): void {
    if (!this.card) return;
    // Focus inside a shadow root shows on the document as focus on the host.
    const hadFocus = this.host.contains(document.activeElement);
    this.card.remove();
    this.card = null;
    this.anchor = null;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    removeEventListener('keydown', this.onKey, true);
    removeEventListener('scroll', this.onViewport, true);
    removeEventListener('resize', this.onViewport);
    this.listening = false;
    this.host.detach();
    const back = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    if (hadFocus && back?.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
    this.actions.closed();
  }

  /** True when `node` is inside the card (pointer or focus targets). */
  contains(node: Node | null): boolean {
    return this.host.contains(node);
  }

  private key(e: KeyboardEvent): void {
    // Only the reader's own keys: a page can dispatch a keydown on the window, not press one.
    if (!this.card || !e.isTrusted) return;
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.hide();
      return;
    }
    if (e.key !== 'Tab') return;
    const root = this.card.getRootNode() as ShadowRoot | Document;
    const active = root.activeElement;
    if (!active || !this.card.contains(active)) return;
    // Keep Tab inside the card while it has focus; Escape is the way out.
    const buttons = Array.from(this.card.querySelectorAll<HTMLElement>('button'));
    if (!buttons.length) return;
    const i = buttons.indexOf(active as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : i < 0 || i === buttons.length - 1 ? 0 : i + 1;
    e.preventDefault();
    e.stopPropagation();
    buttons[next].focus({ preventScroll: true });
  }

  private schedulePosition(): void {
    if (this.frame || !this.card) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  /** Places the card clear of the name; closes it when the name has scrolled out of sight. */
  position(): void {
    if (!this.card || !this.anchor) return;
    const box = union(rangeBoxes(this.anchor));
    const vw = document.documentElement.clientWidth || innerWidth;
    const vh = document.documentElement.clientHeight || innerHeight;
    if (!box || box.bottom < 0 || box.top > vh) {
      if (!this.contains(document.activeElement)) this.hide();
      return;
    }
    const card = this.card;
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const place = placeCard(box, { width: size.width, height: size.height }, { width: vw, height: vh });
    card.style.left = `${place.left}px`;
    card.style.top = `${place.top}px`;
    card.style.maxHeight = `${Math.max(place.maxHeight, 0)}px`;
    card.dataset.side = place.side;
  }
}
