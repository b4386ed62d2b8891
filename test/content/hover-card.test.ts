// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, renderCard } from '../../src/content/card/hover-card.js';
import type { CardModel } from '../../src/content/card/card-model.js';
import { UiHost } from '../../src/content/card/ui-host.js';
import { asReader, cardHost, readerClick, readerKey } from '../support/reader.js';
import { CARD_CSS } from '../../src/content/card/card-style.js';

const model: CardModel = {
  entityId: 'e4',
  name: 'ليلى <b>بنعلي</b>',
  type: 'person',
  role: 'مديرة المعرض',
  mentions: 3,
  quotes: [{ id: 'q2', kind: 'indirect', line: { quoted: false, before: 'وقالت مديرة المعرض إن ', content: 'عدد الزوار يتجاوز نصف مليون', after: '' }, start: 10, end: 20 }],
  moreQuotes: 2,
};

/** A name in the page; happy-dom does no layout, so the range is given one line box. */
function anchor(): Range {
  document.body.innerHTML = '<p>قالت <span id="n">ليلى بنعلي</span> إن</p>';
  const r = document.createRange();
  r.selectNodeContents(document.getElementById('n')!);
  const box = { left: 300, top: 100, right: 400, bottom: 120, width: 100, height: 20, x: 300, y: 100 };
  r.getClientRects = () => [box] as unknown as DOMRectList;
  return r;
}

const noop = { openAll: vi.fn(), showQuote: vi.fn(), act: vi.fn(async () => null), close: vi.fn() };

afterEach(() => {
  cardHost()?.remove();
  vi.clearAllMocks();
});

describe('renderCard', () => {
  it('shows name, type, role, mentions, the first quote as reported speech, and is right to left', () => {
    const card = renderCard(document, model, 'light', noop);
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.querySelector('.name')!.textContent).toBe(model.name);
    // Names are text, never markup.
    expect(card.querySelector('.name b')).toBeNull();
    expect(card.querySelector('.type')!.textContent).toBe('Person');
    expect(card.querySelector('.role')!.textContent).toBe('مديرة المعرض');
    expect(card.querySelector('.mentions')!.textContent).toBe('Named 3 times in this article');
    expect(card.querySelector('h3')!.textContent).toBe('What they said in this article');
    const quotes = Array.from(card.querySelectorAll('button.quote'));
    expect(quotes.map((q) => q.textContent)).toEqual(['وقالت مديرة المعرض إن عدد الزوار يتجاوز نصف مليون']);
    // Reported speech is not a quotation: no <q>, no quotation marks.
    expect(card.querySelector('q')).toBeNull();
    expect(card.querySelector('.more')!.textContent).toBe('and 2 more');
  });

  it('puts a direct quote in quotation marks', () => {
    const direct = { ...model, quotes: [{ id: 'q3', kind: 'direct' as const, line: { quoted: true, before: '', content: 'خصصنا جناحا لكتب الأطفال', after: '' }, start: 30, end: 40 }] };
    const card = renderCard(document, direct, 'light', noop);
    expect(card.querySelector('button.quote q.content')!.textContent).toBe('خصصنا جناحا لكتب الأطفال');
  });

  it('says so when a person said nothing here; a place or organization is not asked', () => {
    const card = renderCard(document, { ...model, quotes: [], moreQuotes: 0, mentions: 1 }, 'dark', noop);
    expect(card.classList.contains('dark')).toBe(true);
    expect(card.querySelector('.no-quotes')).not.toBeNull();
    expect(card.querySelector('.mentions')!.textContent).toBe('Named once in this article');
    for (const type of ['location', 'organization'] as const) {
      const place = renderCard(document, { ...model, type, quotes: [], moreQuotes: 0 }, 'light', noop);
      expect(place.querySelector('.no-quotes')).toBeNull();
      expect(place.querySelector('h3')).toBeNull();
      expect(place.textContent).not.toMatch(/said|quote/i);
      expect(place.querySelector('button.all')!.textContent).toBe('Where the article names it');
    }
    const org = renderCard(document, { ...model, type: 'organization' }, 'light', noop);
    expect(org.querySelector('h3')!.textContent).toBe('What it said in this article');
  });

  it('wires its buttons; the corrections and the site switch are behind the menu, with undo', async () => {
    const undo = vi.fn(async () => undefined);
    const actions = { ...noop, act: vi.fn(async () => undo) };
    const card = renderCard(document, model, 'light', actions, { site: 'example.com' });
    (card.querySelector('button.all') as HTMLElement).click();
    (card.querySelectorAll('button.quote')[0] as HTMLElement).click();
    (card.querySelector('button.close') as HTMLElement).click();
    expect(actions.openAll).toHaveBeenCalledWith('e4');
    expect(actions.showQuote).toHaveBeenCalledWith(model.quotes[0]);
    expect(actions.close).toHaveBeenCalled();
    // The menu is closed until asked for.
    const menu = card.querySelector<HTMLElement>('[role="menu"]')!;
    const toggle = card.querySelector<HTMLElement>('button.menu-button')!;
    expect(menu.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(menu.hidden).toBe(false);
    expect(Array.from(menu.querySelectorAll('[role="menuitem"]'), (b) => b.className)).toEqual(['not-a-name', 'retype retype-organization', 'retype retype-location', 'off']);
    expect(menu.querySelector('.off')!.textContent).toBe('Stop marking names on this site');
    (menu.querySelector('.not-a-name') as HTMLElement).click();
    expect(actions.act).toHaveBeenCalledWith({ kind: 'correct', name: model.name, correction: 'not-a-name' });
    await vi.waitFor(() => expect(card.querySelector<HTMLElement>('.notice')!.hidden).toBe(false));
    expect(card.querySelector('.notice')!.textContent).toContain(model.name);
    (card.querySelector('.notice button.undo') as HTMLElement).click();
    await vi.waitFor(() => expect(undo).toHaveBeenCalled());
    toggle.click();
    (menu.querySelector('.off') as HTMLElement).click();
    expect(actions.act).toHaveBeenLastCalledWith({ kind: 'hide-on-site' });
  });
});

describe('renderCard undo', () => {
  it('says so when an undo could not be saved', async () => {
    const undo = vi.fn(async () => {
      throw new Error('refused');
    });
    const card = renderCard(document, model, 'light', { ...noop, act: vi.fn(async () => undo) }, { site: 'example.com' });
    (card.querySelector('button.menu-button') as HTMLElement).click();
    (card.querySelector('.not-a-name') as HTMLElement).click();
    await vi.waitFor(() => expect(card.querySelector('.notice button.undo')).not.toBeNull());
    (card.querySelector('.notice button.undo') as HTMLElement).click();
    await vi.waitFor(() => expect(card.querySelector('.notice')!.textContent).toBe('That could not be saved.'));
  });
});

describe('HoverCard', () => {
  const make = () => {
    const closed = vi.fn();
    const host = new UiHost(document, CARD_CSS);
    return { card: new HoverCard(host, { openAll: vi.fn(), showQuote: vi.fn(), act: vi.fn(async () => null), closed }), host, closed };
  };

  it('adds its host to <html> only while open, in a shadow root', () => {
    const { card, host } = make();
    const range = anchor();
    const before = document.documentElement.children.length;
    card.show(model, range, 'light');
    expect(cardHost()?.parentElement).toBe(document.documentElement);
    expect(document.documentElement.children.length).toBe(before + 1);
    // A closed shadow root: the page sees the host, never the card.
    expect(host.element!.shadowRoot).toBeNull();
    expect(host.shadow!.querySelector('.card')).not.toBeNull();
    card.hide();
    expect(cardHost()).toBeNull();
    expect(document.documentElement.children.length).toBe(before);
  });

  it('closes when its name is no longer on screen', () => {
    const { card } = make();
    const range = anchor();
    range.getClientRects = () => [] as unknown as DOMRectList;
    card.show(model, range, 'light');
    expect(card.open).toBe(false);
  });

  it('Escape closes it, from the page or from inside; a key a script dispatched does nothing', () => {
    const { card, closed } = make();
    card.show(model, anchor(), 'light');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.open).toBe(true);
    readerKey(document, 'Escape');
    expect(card.open).toBe(false);
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('acts on the reader\'s clicks only, and not on a click that comes right as it appears', async () => {
    const undo = vi.fn(async () => undefined);
    const actions = { openAll: vi.fn(), showQuote: vi.fn(), act: vi.fn(async () => undo), closed: vi.fn() };
    const host = new UiHost(document, CARD_CSS);
    const card = new HoverCard(host, actions);
    card.show(model, anchor(), 'light', false, { site: 'example.com' });
    const all = host.shadow!.querySelector<HTMLElement>('button.all')!;
    // Scripted: nothing.
    all.click();
    all.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    expect(actions.openAll).not.toHaveBeenCalled();
    // The reader's pointer, the moment the card appeared (a page could slide it under a click): nothing.
    all.dispatchEvent(asReader(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 })));
    expect(actions.openAll).not.toHaveBeenCalled();
    // The reader's pointer a moment later, and the reader's keyboard at once: yes.
    await new Promise((r) => setTimeout(r, 400));
    all.dispatchEvent(asReader(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 })));
    expect(actions.openAll).toHaveBeenCalledTimes(1);
    // The menu, its corrections and the undo they offer: the same.
    const root = host.shadow!;
    const menu = root.querySelector<HTMLElement>('[role="menu"]')!;
    const toggle = root.querySelector<HTMLElement>('button.menu-button')!;
    toggle.click();
    expect(menu.hidden).toBe(true);
    readerClick(toggle);
    expect(menu.hidden).toBe(false);
    for (const item of menu.querySelectorAll<HTMLElement>('[role="menuitem"]')) item.click();
    expect(actions.act).not.toHaveBeenCalled();
    readerClick(menu.querySelector('.not-a-name')!);
    expect(actions.act).toHaveBeenCalledWith({ kind: 'correct', name: model.name, correction: 'not-a-name' });
    const back = await vi.waitFor(() => {
      const b = root.querySelector<HTMLElement>('.notice button.undo');
      if (!b) throw new Error('no undo yet');
      return b;
    });
    back.click();
    back.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 10));
    expect(undo).not.toHaveBeenCalled();
    readerClick(back);
    await vi.waitFor(() => expect(undo).toHaveBeenCalledTimes(1));
    card.hide();
  });

  it('a page\'s scripted pointer elsewhere does not close it; the reader\'s does', () => {
    const { card } = make();
    card.show(model, anchor(), 'light');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(card.open).toBe(true);
    document.body.dispatchEvent(asReader(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(card.open).toBe(false);
  });

  it('Escape closes an open menu first (without a click the guard would refuse), then the card', () => {
    const { card, host } = make();
    card.show(model, anchor(), 'light', true, { site: 'example.com' });
    const root = host.shadow!;
    readerClick(root.querySelector('button.menu-button')!);
    const menu = root.querySelector<HTMLElement>('[role="menu"]')!;
    expect(menu.hidden).toBe(false);
    readerKey(root.activeElement!, 'Escape');
    expect(menu.hidden).toBe(true);
    expect(card.open).toBe(true);
    expect((root.activeElement as HTMLElement).className).toBe('menu-button');
    readerKey(root.activeElement!, 'Escape');
    expect(card.open).toBe(false);
  });

  it('with focus, moves focus into the card, keeps Tab inside, and gives focus back on Escape', () => {
    const { card, host } = make();
    const range = anchor();
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    card.show(model, range, 'light', true);
    const root = host.shadow!;
    // The closed menu's items are not on the way.
    const buttons = Array.from(root.querySelectorAll('button')).filter((b) => !b.closest('[hidden]'));
    // Focus starts on what the card says (the quote), and Tab goes round every control back to it.
    const first = root.activeElement as HTMLButtonElement;
    expect(first.className).toBe('quote');
    for (let i = 0; i < buttons.length; i++) readerKey(root.activeElement!, 'Tab');
    expect(root.activeElement).toBe(first);
    readerKey(root.activeElement!, 'Tab', { shiftKey: true });
    expect(root.activeElement).toBe(buttons[(buttons.indexOf(first) + buttons.length - 1) % buttons.length]);
    readerKey(root.activeElement!, 'Escape');
    expect(card.open).toBe(false);
    expect(document.activeElement).toBe(before);
  });
});
