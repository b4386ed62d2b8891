import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const read = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('_locales', () => {
  const en = read('en');
  const ar = read('ar');
  it('has every English key in Arabic too, and no empty message', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(ar)]) expect(v.message.trim(), k).not.toBe('');
  });
  it('uses the same placeholders in both languages, and each one in its message', () => {
    for (const key of Object.keys(en)) {
      const names = (e: (typeof en)[string]) => Object.keys(e.placeholders ?? {}).sort();
      expect(names(ar[key]), key).toEqual(names(en[key]));
      for (const lang of [en, ar])
        for (const name of names(lang[key])) expect(lang[key].message.toLowerCase(), key).toContain(`$${name.toLowerCase()}$`);
    }
  });
  it('writes the Arabic interface in Arabic', () => {
    const latinOnly = Object.entries(ar).filter(([k, v]) => !/[\u0600-\u06ff]/.test(v.message) && k !== 'elapsedSeconds');
    expect(latinOnly.map(([k]) => k)).toEqual([]);
  });
});
