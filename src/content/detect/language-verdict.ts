/**
 * Is this page in Arabic? Only pages whose title or address may be Arabic get this far (the
 * worker's gate, src/background/page-gate.ts). The lang attribute settles some
 * (`quick-language.ts`); a short text sample decides the others, and tells Persian, Urdu and the
 * other Arabic-script languages apart (`sample-language.ts`). Whether an Arabic page is a news article
 * is `article-verdict.ts`'s question.
 */
import type { Detection } from './detection.js';
import { guessLanguage } from './sample-language.js';
import { quickLanguage } from './quick-language.js';

const SAMPLE_CHARS = 3000;
/** Text nodes looked at before giving up on a sample (menus of one-word links are common). */
const MAX_SAMPLE_NODES = 1500;
export type { Detection } from './detection.js';

/** Text from the start of the body, skipping scripts and styles, stopping at `limit` characters. */
export function sampleText(doc: Document, limit = SAMPLE_CHARS): string {
  const root = doc.body;
  let out = doc.title;
  if (!root) return out.slice(0, limit);
  // No filter callback: the walker stays native, and the parent check is one property read.
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let visited = 0; out.length < limit && visited < MAX_SAMPLE_NODES; visited++) {
    const n = walker.nextNode() as Text | null;
    if (!n) break;
    const tag = n.parentNode?.nodeName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    const t = n.data;
    if (t.length > 1 || (t.length === 1 && t !== ' ' && t !== '\n')) out += ' ' + t;
  }
  return out.slice(0, limit);
}

/** Arabic or not: the quick look (`quick-language.ts`), then a text sample. `signals` is not filled here. */
export function detectLanguage(doc: Document): Detection {
  const quick = quickLanguage(doc);
  if (quick) return quick;
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  const evidence = guessLanguage(sampleText(doc));
  switch (evidence.guess) {
    case 'too-little-text':
      return { verdict: 'no-text', reason: 'The page has almost no text.', lang };
    case 'not-arabic-script':
      return { verdict: 'not-arabic', reason: 'The page is not written in Arabic.', lang };
    case 'other-arabic-script':
      return { verdict: 'not-arabic', reason: 'The page uses Arabic letters but reads as Persian, Urdu or another language, not Arabic.', lang };
    default:
      return { verdict: 'arabic-page', reason: 'Arabic page.', lang };
  }
}
