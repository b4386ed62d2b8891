import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeTerm, textDirective, textFragmentUrl } from '../../src/shared/text-fragment.js';
import { SENTENCES, TEXT } from './fixture.js';

/** Splits `…#:~:text=` back into decoded terms, the way a browser reads the directive. */
function parse(url: string) {
  const raw = url.split('#:~:text=')[1];
  const parts = raw.split(',');
  const d: { prefix?: string; start: string; end?: string; suffix?: string } = { start: '' };
  if (parts[0].endsWith('-')) d.prefix = decodeURIComponent(parts.shift()!.slice(0, -1));
  if (parts[parts.length - 1].startsWith('-')) d.suffix = decodeURIComponent(parts.pop()!.slice(1));
  d.start = decodeURIComponent(parts[0]);
  if (parts[1] !== undefined) d.end = decodeURIComponent(parts[1]);
  return d;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const B = '[\\p{L}\\p{N}\\p{M}]';
const word = (s: string) => `(?<!${B})${esc(s)}(?!${B})`;

/**
 * Independent model of a browser resolving the directive: the first whole-word match in the
 * whitespace-collapsed text, with the end term and context found by backtracking.
 */
function land(text: string, url: string): { text: string; index: number } | null {
  const d = parse(url);
  const flat = text.replace(/\s+/g, ' ');
  const re = new RegExp(
    `${d.prefix ? `${word(d.prefix)} ?` : ''}(${word(d.start)}${d.end ? `[\\s\\S]*?${word(d.end)}` : ''})${d.suffix ? ` ?${word(d.suffix)}` : ''}`,
    'u',
  );
  const m = re.exec(flat);
  return m ? { text: m[1], index: m.index + m[0].indexOf(m[1], d.prefix ? d.prefix.length : 0) } : null;
}

const flatSentence = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();

describe('text fragment links', () => {
  it('quotes a short sentence whole and a long one by its first and last words', () => {
    const short = textDirective(TEXT, SENTENCES[1])!;
    expect(short).toEqual({ start: TEXT.slice(SENTENCES[1].start, SENTENCES[1].end) });
    const long = textDirective(TEXT, SENTENCES[0])!;
    expect(long.start).toBe('أعلن وزير الصحة سامي');
    expect(long.end).toBe('المدينة بعد تحسن حالتهم.');
  });

  it('lands on every sentence of the fixture article', () => {
    for (const s of SENTENCES) {
      const url = textFragmentUrl('https://example.org/a', TEXT, s);
      expect(land(TEXT, url)?.text).toBe(flatSentence(TEXT, s));
    }
  });

  it('replaces an existing fragment and encodes the characters the directive reserves', () => {
    const text = 'a-b, c&d e';
    const url = textFragmentUrl('https://example.org/x?y=1#old', text, { start: 0, end: text.length });
    expect(url).toBe(`https://example.org/x?y=1#:~:text=${encodeTerm(text)}`);
    expect(url).not.toMatch(/#old/);
    expect(url.split('#:~:text=')[1]).not.toMatch(/[-,&]/);
  });

  it('adds the preceding words when the sentence also appears earlier', () => {
    const text = 'أولا قال الوزير كلاما. ثم قال الوزير كلاما.';
    const second = { start: text.indexOf('قال', 10), end: text.length };
    const d = textDirective(text, second)!;
    expect(d.prefix ?? d.suffix).toBeDefined();
    expect(land(text, textFragmentUrl('https://e.org/', text, second))).toEqual({ text: 'قال الوزير كلاما.', index: second.start });
  });

  it('returns the bare URL for an empty or out-of-range span', () => {
    expect(textFragmentUrl('https://e.org/p#x', 'abc', { start: 5, end: 9 })).toBe('https://e.org/p');
    expect(textFragmentUrl('https://e.org/p', '   ', { start: 0, end: 3 })).toBe('https://e.org/p');
  });

  const vocabulary = ['قال', 'الوزير', 'إن', 'في', 'حلب', '10', 'قتلى', 'x-y', 'a,b'];
  const sentence = (max: number) => fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: max }).map((w) => `${w.join(' ')}.`);
  function build(lines: string[][], marker: boolean) {
    const spans: { start: number; end: number }[] = [];
    let text = '';
    lines.forEach((line, i) => {
      if (i) text += '\n';
      if (marker) text += `L${i} `;
      line.forEach((s, j) => {
        if (j) text += ' ';
        spans.push({ start: text.length, end: text.length + s.length });
        text += s;
      });
    });
    return { text, spans };
  }
  const flatIndex = (text: string, pos: number) => text.slice(0, pos).replace(/\s+/g, ' ').length;

  it('handles any kind and amount of whitespace between words', () => {
    const gap = fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \u3000 ', '\r\n ');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...vocabulary), gap), { minLength: 2, maxLength: 30 }), fc.nat(), fc.nat(), (pairs, a, b) => {
        const text = pairs.map(([w, g]) => w + g).join('');
        const starts = [...pairs.keys()].map((i) => pairs.slice(0, i).reduce((n, [w, g]) => n + w.length + g.length, 0));
        const i = a % pairs.length;
        const j = i + (b % (pairs.length - i));
        const span = { start: starts[i], end: starts[j] + pairs[j][0].length };
        const hit = land(text, textFragmentUrl('https://e.org/', text, span));
        expect(hit?.text).toBe(flatSentence(text, span));
      }),
      { numRuns: 200 },
    );
  });

  it('always lands on the words of the chosen sentence, in texts full of repeated words', () => {
    const article = fc.array(fc.array(sentence(14), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(article, fc.nat(), (lines, pick) => {
        const { text, spans } = build(lines, false);
        const s = spans[pick % spans.length];
        const hit = land(text, textFragmentUrl('https://e.org/', text, s));
        expect(hit?.text).toBe(flatSentence(text, s));
        // Never past the sentence: at worst an identical copy before it.
        expect(hit!.index).toBeLessThanOrEqual(flatIndex(text, s.start));
      }),
      { numRuns: 300 },
    );
  });

  it('lands exactly on the chosen sentence whenever its line tells it apart', () => {
    const article = fc.array(fc.array(sentence(5), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(article, fc.nat(), (lines, pick) => {
        const { text, spans } = build(lines, true);
        const s = spans[pick % spans.length];
        const hit = land(text, textFragmentUrl('https://e.org/', text, s));
        expect(hit).toEqual({ text: flatSentence(text, s), index: flatIndex(text, s.start) });
      }),
      { numRuns: 300 },
    );
  });
});
