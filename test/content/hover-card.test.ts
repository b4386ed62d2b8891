// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, renderCard } from '../../src/content/card/hover-card.js';
import type { CardModel } from '../../src/content/card/card-model.js';
import { HOST_TAG, UiHost } from '../../src/content/card/ui-host.js';
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
  document.documentElement.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
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
    expect(document.querySelector(HOST_TAG)?.parentElement).toBe(document.documentElement);
    expect(document.body.querySelector(HOST_TAG)).toBeNull();
    expect(host.element!.shadowRoot!.querySelector('.card')).not.toBeNull();
    card.hide();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(document.documentElement.children.length).toBe(before);
  });

  it('closes when its name is no longer on screen', () => {
    const { card } = make();
    const range = anchor();
    range.getClientRects = () => [] as unknown as DOMRectList;
    card.show(model, range, 'light');
    expect(card.open).toBe(false);
  });

  it('Escape closes it, from the page or from inside', () => {
    const { card, closed } = make();
    card.show(model, anchor(), 'light');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.open).toBe(false);
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('with focus, moves focus into the card, keeps Tab inside, and gives focus back on Escape', () => {
    const { card, host } = make();
    const range = anchor();
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    card.show(model, range, 'light', true);
    const root = host.element!.shadowRoot!;
    // The closed menu's items are not on the way.
    const buttons = Array.from(root.querySelectorAll('button')).filter((b) => !b.closest('[hidden]'));
    // Focus starts on what the card says (the quote), and Tab goes round every control back to it.
    const first = root.activeElement as HTMLButtonElement;
    expect(first.className).toBe('quote');
    for (let i = 0; i < buttons.length; i++) root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    expect(root.activeElement).toBe(first);
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, composed: true }));
    expect(root.activeElement).toBe(buttons[(buttons.indexOf(first) + buttons.length - 1) % buttons.length]);
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card.open).toBe(false);
    expect(document.activeElement).toBe(before);
  });
});
