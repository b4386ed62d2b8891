// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractText, extractTextSliced, segmentAt } from '../../src/shared/dom-text.js';
import type { ExtractedText } from '../../src/shared/dom-text.js';

const isWs = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** Every segment maps its stretch of text one to one onto its node (a collapsed space onto whitespace). */
function expectSegmentsExact({ text, segments }: ExtractedText<Text>): void {
  let last = 0;
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    last = s.end;
    const got = text.slice(s.start, s.end);
    const src = s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start));
    expect(src.length).toBe(got.length);
    for (let i = 0; i < got.length; i++) expect(got[i] === src[i] || (got[i] === ' ' && isWs(src[i])), `«${got}» vs «${src}»`).toBe(true);
  }
}

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('extractText', () => {
  it('collapses whitespace like a browser and puts blocks on their own lines', () => {
    const { text } = extractText(dom('<h1>  عنوان \n الخبر </h1><p>قال   <b>المتحدث</b>\tإن</p><ul><li>أ</li><li>ب</li></ul>'));
    expect(text).toBe('عنوان الخبر\nقال المتحدث إن\nأ\nب');
  });

  it('skips scripts, styles, form controls and hidden elements', () => {
    const { text } = extractText(dom('<p>نص</p><script>x()</script><style>p{}</style><button>زر</button><p hidden>مخفي</p>'));
    expect(text).toBe('نص');
  });

  it('keeps ordinary prose in one segment per text node', () => {
    const root = dom('<p>قال المتحدث باسم الوزارة إن العمل مستمر</p><p>وأضاف أن الفرق جاهزة</p>');
    const out = extractText(root);
    expect(out.segments.length).toBe(2);
    expectSegmentsExact(out);
  });

  it('maps every offset back to its text node, on random markup', () => {
    const word = fc.constantFrom('قال', 'الوزير', 'إن', 'news', '12', '،', '«نص»', '𝑥', 'ـ');
    const space = fc.constantFrom(' ', '  ', '\n', '\t ', '');
    const textNode = fc.array(fc.tuple(space, word), { maxLength: 6 }).map((xs) => xs.map(([s, w]) => s + w).join(''));
    const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, textNode, fc.tuple(fc.constantFrom('p', 'span', 'div', 'b', 'li', 'br', 'script'), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => (tag === 'br' ? '<br>' : `<${tag}>${kids.join('')}</${tag}>`))),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (parts) => {
        expectSegmentsExact(extractText(dom(parts.join(''))));
      }),
      { numRuns: 200 },
    );
  });

  it('the sliced walk gives exactly the same text and map', async () => {
    const root = dom(Array.from({ length: 300 }, (_, i) => `<p>فقرة رقم ${i}  فيها   <i>كلمات</i>\n كثيرة</p>`).join(''));
    const sync = extractText(root);
    let pauses = 0;
    const sliced = await extractTextSliced(root, (n: Text) => n, () => true, async () => void pauses++);
    expect(sliced.text).toBe(sync.text);
    expect(sliced.segments).toEqual(sync.segments);
    expect(pauses).toBeGreaterThan(1);
  });

  it('an aborted sliced walk stops', async () => {
    const ac = new AbortController();
    const root = dom('<p>نص</p>'.repeat(500));
    const run = extractTextSliced(root, (n: Text) => n, () => true, async () => ac.abort(), ac.signal);
    await expect(run).rejects.toThrow();
  });

  it('segmentAt finds the segment of an offset, or -1 in a gap', () => {
    const out = extractText(dom('<p>أ ب</p><p>ج</p>'));
    expect(out.text).toBe('أ ب\nج');
    expect(segmentAt(out.segments, 0)).toBe(0);
    expect(out.segments[segmentAt(out.segments, 4)].node.data).toBe('ج');
    expect(segmentAt(out.segments, 3)).toBe(-1); // the line break between blocks belongs to no node
    expect(segmentAt(out.segments, 99)).toBe(-1);
  });

  it('handles empty and deep documents', () => {
    expect(extractText(dom('')).text).toBe('');
    let html = 'عمق';
    for (let i = 0; i < 5000; i++) html = `<span>${html}</span>`;
    expect(extractText(dom(html)).text).toBe('عمق');
  });
});
