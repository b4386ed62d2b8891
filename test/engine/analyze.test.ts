import { describe, expect, it } from 'vitest';
import { analyze, ANALYSIS_VERSION } from '../../src/engine/index.js';
import { expectSpans } from '../support/spans.js';

describe('analyze()', () => {
  const text =
    'قال المتحدث باسم الوزارة إن 12 شخصا أصيبوا في الحادث.\nوأضاف في بيان: «الوضع تحت السيطرة الآن».';

  it('returns the documented shape with ids and version', () => {
    const a = analyze(text);
    expect(a.version).toBe(ANALYSIS_VERSION);
    expect(a.textLength).toBe(text.length);
    expect(a.sentences.length).toBe(2);
    expect(a.paragraphs.length).toBe(2);
    expect(a.stats.tokens).toBeGreaterThan(10);
    expect(a.quotes.map((q) => q.id)).toEqual(a.quotes.map((_, i) => `q${i + 1}`));
    expectSpans(text, a);
  });

  it('finds a reported statement and the number in it', () => {
    const a = analyze(text);
    expect(a.quotes.length).toBeGreaterThanOrEqual(1);
    expect(a.quotes[0].content.text).toContain('12 شخصا أصيبوا');
    expect(a.numbers.some((n) => n.value === 12 && n.counted?.text === 'شخصا')).toBe(true);
  });

  it('explains empty, non-Arabic and oversized input instead of failing', () => {
    expect(analyze('').warnings.join(' ')).toMatch(/no text/);
    expect(analyze('   \n ').quotes).toEqual([]);
    expect(analyze('The quick brown fox jumps over the lazy dog.').warnings.join(' ')).toMatch(/not look like Arabic/);
    const long = analyze('قال مسؤول إن الوضع هادئ. '.repeat(100), { maxLength: 500 });
    expect(long.textLength).toBeLessThanOrEqual(500);
    expect(long.warnings.join(' ')).toMatch(/very long/);
    // @ts-expect-error: a non-string from a careless caller must not throw
    expect(analyze(null).warnings.join(' ')).toMatch(/not text/);
  });

  it('never cuts a surrogate pair when truncating', () => {
    const a = analyze('😀'.repeat(10), { maxLength: 5 });
    expect(a.textLength).toBe(4);
  });

  it('can switch stages off', () => {
    const a = analyze(text, { stages: { quotes: false, numbers: false } });
    expect(a.quotes).toEqual([]);
    expect(a.numbers).toEqual([]);
  });
});
