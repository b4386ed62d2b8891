/**
 * The outlet someone spoke to: «قال لـ«الأيام» إن…», «في تصريح لـ"عكاظ"». One to three words in
 * quote marks right after ل, with a reporting verb or a word like تصريح just before, name a
 * newspaper, channel or agency, which the tagger rarely knows.
 */
import type { Token } from '../text/tokenize.js';
import type { Mention } from './mention.js';
import { makeMention } from './mention.js';

const OPENING_MARKS = new Set(['«', '“', '"', '‘', "'"]);
const CLOSING_FOR: Record<string, string> = { '«': '»', '“': '”', '"': '"', '‘': '’', "'": "'" };

/** Outlet mentions in the sentence [from, to); `context` holds the cue words (lang/ar/outlets.ts). */
export function outletMentions(tokens: readonly Token[], from: number, to: number, context: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i + 3 < to; i++) {
    const l = tokens[i];
    if (l.kind !== 'word' || l.norm !== 'ل') continue;
    const open = tokens[i + 1];
    if (open.kind !== 'punct' || !OPENING_MARKS.has(open.text)) continue;
    let close = -1;
    for (let k = i + 2; k < Math.min(to, i + 6); k++) {
      if (tokens[k].kind === 'punct') {
        if (tokens[k].text === CLOSING_FOR[open.text] || (open.text === '“' && tokens[k].text === '"')) close = k;
        break;
      }
      if (tokens[k].kind !== 'word') break;
    }
    if (close < i + 3) continue;
    let cued = false;
    for (let k = Math.max(from, i - 3); k < i && !cued; k++) {
      const w = tokens[k].norm.replace(/^[وف]/, '');
      cued = context.has(tokens[k].norm) || context.has(w);
    }
    if (cued) out.push(makeMention(tokens, i + 2, close, 'ORG', '', 'rule'));
  }
  return out;
}
