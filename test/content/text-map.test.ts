// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/shared/dom-text.js';
import { TextMap } from '../../src/content/page/text-map.js';

function setUp(html: string) {
  document.body.innerHTML = html;
  const { text, segments } = extractText(document.body);
  return new TextMap(text, segments);
}

describe('TextMap', () => {
  it('turns every word of the text into a live range with the same text, across elements', () => {
    const map = setUp('<p>قال   <b>وزير الخارجية</b>\n إن <a href="#">الوفد</a> وصل</p><p>ثم غادر</p>');
    for (const m of map.text.matchAll(/\S+/g)) {
      const r = map.rangeFor(m.index!, m.index! + m[0].length)!;
      expect(r, m[0]).not.toBeNull();
      expect(r.toString()).toBe(m[0]);
    }
    const start = map.text.indexOf('وزير');
    const span = map.rangeFor(start, map.text.indexOf('الوفد') + 'الوفد'.length)!;
    expect(span.toString().replace(/\s+/g, ' ')).toBe('وزير الخارجية إن الوفد');
  });

  it('maps a caret position in the page back to the text offset', () => {
    const map = setUp('<p>قال <b>الوزير</b> إن</p>');
    const b = document.querySelector('b')!.firstChild!;
    expect(map.text.slice(map.offsetOf(b, 0), map.offsetOf(b, 6))).toBe('الوزير');
    expect(map.offsetOf(document.createTextNode('x'), 0)).toBe(-1);
    expect(map.offsetOf(document.body, 0)).toBe(-1);
  });

  it('gives no range when the page no longer shows that text', () => {
    const map = setUp('<p>قال الوزير إن الوفد وصل</p>');
    const at = map.text.indexOf('الوفد');
    const node = document.querySelector('p')!.firstChild as Text;
    node.data = node.data.replace('الوفد', 'الفريق');
    expect(map.rangeFor(at, at + 5)).toBeNull();
    document.body.innerHTML = '';
    expect(map.rangeFor(0, 3)).toBeNull();
  });

  it('rejects empty, reversed and out-of-range spans', () => {
    const map = setUp('<p>نص قصير</p>');
    expect(map.rangeFor(2, 2)).toBeNull();
    expect(map.rangeFor(3, 1)).toBeNull();
    expect(map.rangeFor(-1, 2)).toBeNull();
    expect(map.rangeFor(0, 999)).toBeNull();
  });
});
