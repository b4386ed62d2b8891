import { describe, expect, it } from 'vitest';
import { reanchor } from '../../src/content/page/anchor.js';

describe('reanchor', () => {
  const old = 'قال الوزير إن الوفد وصل. ثم قال الوزير إن الوفد غادر.';
  const second = old.lastIndexOf('الوفد');

  it('finds the same words after text was added before them', () => {
    const now = `فقرة جديدة.\n${old}`;
    const r = reanchor(old, second, second + 5, now)!;
    expect(now.slice(r.start, r.end)).toBe('الوفد');
    expect(r.start).toBe(second + 'فقرة جديدة.\n'.length);
  });

  it('picks the occurrence whose surroundings match, not merely the first', () => {
    const now = old.replace('وصل', 'وصل أمس');
    const r = reanchor(old, second, second + 5, now)!;
    expect(r.start).toBe(now.lastIndexOf('الوفد'));
  });

  it('gives up when the words are gone, or the span is meaningless', () => {
    expect(reanchor(old, second, second + 5, 'نص آخر تماما')).toBeNull();
    expect(reanchor(old, 3, 3, old)).toBeNull();
    expect(reanchor(old, 0, 999, old)).toBeNull();
  });
});
