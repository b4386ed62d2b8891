/**
 * The hover card: who a highlighted name is and, for a speaker, the first thing it said here.
 * Rendered in the extension's shadow root (`ui-host.ts`), right-to-left, placed so it never covers
 * the name (`card-position.ts`). A place or an organization is not asked "what they said". Less
 * common actions (this is not a name, not this type, stop marking names on this site) sit behind
 * a menu button; each is undone from the card, or later from the popup.
 *
 * Keyboard: its controls are buttons, Tab and Shift+Tab cycle through them, the arrow keys move
 * in the open menu, Escape closes the menu, then the card, and gives focus back to where it was.
 */
import type { EntityType } from '../../engine/types.js';
import { neutralise } from '../../shared/neutral-text.js';
import type { SiteChange } from '../../shared/site-settings.js';
import type { CardModel, CardQuote } from './card-model.js';
import { placeCard, union } from './card-position.js';
import type { Box } from './card-position.js';
import type { Palette } from '../marks/highlighter.js';
import { t } from './i18n.js';
import type { UiHost } from './ui-host.js';

/** What the card's menu can do (to this site's settings); the answer is how to take it back (null: it failed). */
type CardAction = SiteChange;

export interface CardActions {
  /** "Everything they said" (or where a name is mentioned): the popup (or a tab) opened on this entity. */
  openAll(entityId: string): void;
  /** Show a quote of this speaker in the page. */
  showQuote(quote: CardQuote): void;
  /** Applies a menu action; resolves to a function that undoes it (rejecting if it cannot), or null when it could not be done. */
  act(action: CardAction): Promise<(() => Promise<void>) | null>;
  /** The card closed (by Escape, the close button, or the pointer leaving). */
  closed(): void;
}

const TYPE_LABEL: Record<EntityType, () => string> = {
  person: () => t('cardTypePerson', 'Person'),
  organization: () => t('cardTypeOrganization', 'Organization'),
  location: () => t('cardTypeLocation', 'Place'),
};

const RETYPE_LABEL: Record<EntityType, () => string> = {
  person: () => t('cardRetypePerson', 'It is a person'),
  organization: () => t('cardRetypeOrganization', 'It is an organization'),
  location: () => t('cardRetypeLocation', 'It is a place'),
};

const TYPES: EntityType[] = ['person', 'organization', 'location'];

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { className?: string; text?: string } = {}, ...kids: Node[]): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (props.className) e.className = props.className;
  // Page text with its hidden controls neutralised (shared/neutral-text.ts).
  if (props.text !== undefined) e.textContent = neutralise(props.text);
  e.append(...kids);
  return e;
}

function button(doc: Document, className: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = el(doc, 'button', { className, text });
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** The quote as the card shows it: a direct quote in «», an indirect one as reported speech. */
function quoteButton(doc: Document, q: CardQuote, onClick: () => void): HTMLButtonElement {
  const { line } = q;
  const content = line.quoted ? el(doc, 'q', { className: 'content', text: line.content }) : el(doc, 'span', { className: 'content', text: line.content });
  const parts: Node[] = [];
  if (line.before) parts.push(el(doc, 'span', { className: 'attribution', text: line.before }));
  parts.push(content);
  if (line.after) parts.push(el(doc, 'span', { className: 'attribution', text: line.after }));
  const b = el(doc, 'button', { className: 'quote' }, ...parts);
  b.type = 'button';
  b.title = t('cardShowQuote', 'Show this in the page');
  b.dataset.quote = q.id;
  b.dataset.kind = q.kind;
  b.addEventListener('click', onClick);
  return b;
}

export interface CardOptions {
  /** The site names are marked on (for "stop marking names on example.com"). */
  site: string;
}

/** The card's DOM for one entity. Every string is set as text, never parsed as HTML. */
export function renderCard(
  doc: Document,
  model: CardModel,
  palette: Palette,
  actions: Pick<CardActions, 'openAll' | 'showQuote' | 'act'> & { close(): void },
  options: CardOptions = { site: '' },
): HTMLElement {
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
  const menuButton = button(doc, 'menu-button', '⋯', () => setMenu(menu.hidden === true));
  menuButton.setAttribute('aria-label', t('cardMenu', 'More actions'));
  menuButton.setAttribute('aria-haspopup', 'menu');
  menuButton.setAttribute('aria-expanded', 'false');
  card.append(el(doc, 'header', {}, name, type, menuButton));
  if (model.role) card.append(el(doc, 'p', { className: 'role', text: model.role }));
  const mentions = el(doc, 'p', {
    className: 'mentions',
    text: model.mentions === 1 ? t('cardMentionsOne', 'Named once in this article') : t('cardMentions', 'Named $1 times in this article', model.mentions),
  });
  mentions.setAttribute('dir', 'auto');
  mentions.dataset.count = String(model.mentions);
  card.append(mentions);

  const body = el(doc, 'div', { className: 'body' });
  const said = model.quotes.length > 0;
  if (said) {
    const heading = el(doc, 'h3', {
      text: model.type === 'person' ? t('cardQuotesHeading', 'What they said in this article') : t('cardStatementsHeading', 'What it said in this article'),
    });
    heading.setAttribute('dir', 'auto');
    const list = el(doc, 'ol', { className: 'quotes' });
    for (const q of model.quotes) list.append(el(doc, 'li', {}, quoteButton(doc, q, () => actions.showQuote(q))));
    body.append(heading, list);
    if (model.moreQuotes > 0) {
      const more = el(doc, 'p', { className: 'more', text: t('cardMoreQuotes', 'and $1 more', model.moreQuotes) });
      more.setAttribute('dir', 'auto');
      body.append(more);
    }
  } else if (model.type === 'person') {
    const none = el(doc, 'p', { className: 'no-quotes', text: t('cardNoQuotes', 'No quotes from them in this article.') });
    none.setAttribute('dir', 'auto');
    body.append(none);
  }
  card.append(body);

  // The menu: corrections of this name, and the switch for the whole site.
  const menu = el(doc, 'div', { className: 'menu' });
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', t('cardMenu', 'More actions'));
  menu.hidden = true;
  const notice = el(doc, 'p', { className: 'notice' });
  notice.setAttribute('role', 'status');
  notice.setAttribute('dir', 'auto');
  notice.hidden = true;
  const setMenu = (open: boolean) => {
    menu.hidden = !open;
    menuButton.setAttribute('aria-expanded', String(open));
    if (open) menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
  };
  const done = (message: string, undo: (() => Promise<void>) | null) => {
    setMenu(false);
    notice.replaceChildren(doc.createTextNode(message));
    if (undo) {
      const back = button(doc, 'undo', t('cardUndo', 'Undo'), () => {
        void undo().then(
          () => {
            notice.replaceChildren(doc.createTextNode(t('cardUndone', 'Done: as it was.')));
            menuButton.focus({ preventScroll: true });
          },
          () => notice.replaceChildren(doc.createTextNode(t('cardActionFailed', 'That could not be saved.'))),
        );
      });
      notice.append(doc.createTextNode(' '), back);
      notice.hidden = false;
      back.focus({ preventScroll: true });
    } else notice.hidden = false;
  };
  const item = (className: string, text: string, action: CardAction, message: string) => {
    const b = button(doc, className, text, () => {
      void actions.act(action).then((undo) => done(undo ? message : t('cardActionFailed', 'That could not be saved.'), undo));
    });
    b.setAttribute('role', 'menuitem');
    b.tabIndex = -1;
    menu.append(b);
  };
  item('not-a-name', t('cardNotAName', 'Not a name'), { kind: 'correct', name: model.name, correction: 'not-a-name' }, t('cardDismissed', '«$1» is no longer marked on this site.', neutralise(model.name)));
  for (const other of TYPES.filter((x) => x !== model.type))
    item(`retype retype-${other}`, RETYPE_LABEL[other](), { kind: 'correct', name: model.name, correction: other }, t('cardRetyped', '«$1» is now marked as: $2.', neutralise(model.name), TYPE_LABEL[other]()));
  if (options.site)
    item('off', t('cardHideOnSite', 'Stop marking names on this site'), { kind: 'hide-on-site' }, t('cardHiddenOnSite', 'Names are no longer marked on $1.', options.site));
  menu.addEventListener('keydown', (e) => {
    const items = Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]'));
    const i = items.indexOf((card.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus({ preventScroll: true });
    }
  });
  card.append(menu, notice);

  const all = button(
    doc,
    'all',
    said ? (model.type === 'person' ? t('cardAllQuotes', 'Everything they said') : t('cardAllStatements', 'Everything it said')) : t('cardWhereNamed', 'Where the article names it'),
    () => actions.openAll(model.entityId),
  );
  const close = button(doc, 'close', '×', () => actions.close());
  close.setAttribute('aria-label', t('cardClose', 'Close'));
  card.append(el(doc, 'footer', {}, all, close));
  return card;
}

/** Rectangles of a range in viewport coordinates (a name may wrap). */
function rangeBoxes(range: Range): Box[] {
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
  /** A click elsewhere in the page closes the card, as any popover. */
  private readonly onPointerDown = (e: PointerEvent) => {
    // The reader's own pointer only: a page's scripted pointerdown closes nothing.
    if (e.isTrusted && !this.contains(e.target as Node | null)) this.hide();
  };

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
  show(model: CardModel, anchor: Range, palette: Palette, focus = false, options?: CardOptions): void {
    const doc = anchor.startContainer.ownerDocument ?? document;
    const root = this.host.attach();
    const card = renderCard(
      doc,
      model,
      palette,
      {
        openAll: (id) => this.actions.openAll(id),
        showQuote: (q) => this.actions.showQuote(q),
        act: (a) => this.actions.act(a),
        close: () => this.hide(),
      },
      options,
    );
    card.addEventListener('keydown', this.onKey);
    this.card?.remove();
    this.card = card;
    this.anchor = anchor;
    root.append(card);
    this.position();
    if (!this.listening) {
      addEventListener('keydown', this.onKey, true);
      addEventListener('pointerdown', this.onPointerDown, true);
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
    removeEventListener('pointerdown', this.onPointerDown, true);
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
      // Escape closes the open menu first, then the card.
      const menu = this.card.querySelector<HTMLElement>('[role="menu"]');
      const toggle = this.card.querySelector<HTMLElement>('button.menu-button');
      if (menu && !menu.hidden && toggle) {
        e.preventDefault();
        // Closed here, not by a click on the toggle: a scripted click is no reader's (ui-host.ts).
        menu.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        toggle.focus({ preventScroll: true });
        return;
      }
      this.hide();
      return;
    }
    if (e.key !== 'Tab') return;
    const root = this.card.getRootNode() as ShadowRoot | Document;
    const active = root.activeElement;
    if (!active || !this.card.contains(active)) return;
    // Keep Tab inside the card while it has focus; Escape is the way out. A closed menu's items are not stops.
    const buttons = Array.from(this.card.querySelectorAll<HTMLElement>('button')).filter((b) => !b.closest('[hidden]'));
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
