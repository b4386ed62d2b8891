/**
 * Numbers in running text. First version: digit numbers (Western, Arabic-Indic, Persian) with the
 * counted noun that follows them. Number words, dates, money and ranges come with issue 3.
 */
import type { Doc } from './doc.js';
import type { NumberMention } from './types.js';

function parseDigits(norm: string): number | null {
  const plain = norm.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

export function findNumbers(doc: Doc): void {
  const out: NumberMention[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'number') continue;
    const value = parseDigits(t.norm);
    if (value === null) continue;
    const m: NumberMention = { start: t.start, end: t.end, text: t.text, value, kind: 'cardinal' };
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && doc.text.slice(t.end, next.start).trim() === '') {
      m.counted = { start: next.start, end: next.end, text: next.text };
    }
    out.push(m);
  }
  doc.numbers = out;
}
