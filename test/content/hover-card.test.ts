// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, renderCard } from '../../src/content/card/hover-card.js';
import type { CardModel } from '../../src/content/card/card-model.js';
import { UiHost } from '../../src/content/card/ui-host.js';
import { asReader, cardHost, readerKey } from '../support/reader.js';
import { CARD_CSS } from '../../src/content/card/card-style.js';

const model: CardModel = {
  entityId: 'e4',
  name: 'ليلى <b>بنعلي</b>',
  type: 'person',
  role: 'مديرة المعرض',
  mentions: 3,
  quotes: [
    { id: 'q2', kind: 'indirect', cue: 'وقالت', content: 'عدد الزوار يتجاوز نصف مليون', start: 10, end: 20 },
    { id: 'q3', kind: 'direct', cue: 'وأضافت', content: 'خصصنا جناحا لكتب الأطفال', start: 30, end: 40 },
  ],
  moreQuotes: 1,
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

const noop = { openAll: vi.fn(), showQuote: vi.fn(), hideOnSite: vi.fn(), close: vi.fn() };

afterEach(() => {
  cardHost()?.remove();
  vi.clearAllMocks();
});

describe('renderCard', () => {
  it('shows name, type, role, mentions, quotes with cues, and is right to left', () => {
    const card = renderCard(document, model, 'light', noop);
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.querySelector('.name')!.textContent).toBe(model.name);
    // Names are text, never markup.
    expect(card.querySelector('.name b')).toBeNull();
    expect(card.querySelector('.type')!.textContent).toBe('Person');
    expect(card.querySelector('.role')!.textContent).toBe('مديرة المعرض');
    expect(card.querySelector('.mentions')!.textContent).toBe('Named 3 times in this article');
    const quotes = Array.from(card.querySelectorAll('button.quote'));
    expect(quotes.map((q) => [q.querySelector('.cue')!.textContent, q.querySelector('.content')!.textContent])).toEqual([
      ['وقالت', 'عدد الزوار يتجاوز نصف مليون'],
      ['وأضافت', 'خصصنا جناحا لكتب الأطفال'],
    ]);
    expect(card.querySelector('.more')!.textContent).toBe('and 1 more');
  });

  it('says so when the entity said nothing here', () => {
    const card = renderCard(document, { ...model, quotes: [], moreQuotes: 0, mentions: 1 }, 'dark', noop);
    expect(card.classList.contains('dark')).toBe(true);
    expect(card.querySelector('.no-quotes')).not.toBeNull();
    expect(card.querySelector('.mentions')!.textContent).toBe('Named once in this article');
  });

  it('wires its buttons', () => {
    const actions = { ...noop };
    const card = renderCard(document, model, 'light', actions);
    (card.querySelector('button.all') as HTMLElement).click();
    (card.querySelectorAll('button.quote')[1] as HTMLElement).click();
    (card.querySelector('button.off') as HTMLElement).click();
    (card.querySelector('button.close') as HTMLElement).click();
    expect(actions.openAll).toHaveBeenCalledWith('e4');
    expect(actions.showQuote).toHaveBeenCalledWith(model.quotes[1]);
    expect(actions.hideOnSite).toHaveBeenCalled();
    expect(actions.close).toHaveBeenCalled();
  });
});

describe('HoverCard', () => {
  const make = () => {
    const closed = vi.fn();
    const host = new UiHost(document, CARD_CSS);
    return { card: new HoverCard(host, { openAll: vi.fn(), showQuote: vi.fn(), hideOnSite: vi.fn(), closed }), host, closed };
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
    const actions = { openAll: vi.fn(), showQuote: vi.fn(), hideOnSite: vi.fn(), closed: vi.fn() };
    const host = new UiHost(document, CARD_CSS);
    const card = new HoverCard(host, actions);
    card.show(model, anchor(), 'light');
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
    card.hide();
  });

  it('with focus, moves focus into the card, keeps Tab inside, and gives focus back on Escape', () => {
    const { card, host } = make();
    const range = anchor();
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    card.show(model, range, 'light', true);
    const root = host.shadow!;
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(root.activeElement).toBe(buttons[0]);
    for (let i = 0; i < buttons.length; i++) readerKey(root.activeElement!, 'Tab');
    expect(root.activeElement).toBe(buttons[0]);
    readerKey(root.activeElement!, 'Tab', { shiftKey: true });
    expect(root.activeElement).toBe(buttons[buttons.length - 1]);
    readerKey(root.activeElement!, 'Escape');
    expect(card.open).toBe(false);
    expect(document.activeElement).toBe(before);
  });
});
