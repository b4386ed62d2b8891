/**
 * Who said what. First version: «reporting verb + speaker + quoted text in guillemets» and
 * «reporting verb + speaker + إن/أن + clause». Issue 5 replaces it with the full extractor.
 */
import type { Doc } from './doc.js';
import type { Quote } from './types.js';
import { spanIndexAt } from './sentences.js';

const CUE = /(?:^|[\s(])((?:و|ف)?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أفاد|أفادت|ذكر|ذكرت|أوضح|أوضحت))(?=\s)/g;

export function findQuotes(doc: Doc): void {
  const { text, sentences } = doc;
  const out: Quote[] = [];
  for (const m of text.matchAll(CUE)) {
    const cueStart = m.index! + m[0].length - m[1].length;
    const cueEnd = cueStart + m[1].length;
    const si = spanIndexAt(sentences, cueStart);
    if (si < 0) continue;
    const sentence = sentences[si];
    const rest = text.slice(cueEnd, sentence.end);
    const direct = /^([^«]{0,80})«([^»]+)»?/.exec(rest);
    const indirect = /^([^«]{0,80}?)\s(?:إن|أن|بأن)\s+(.+?)[.。]?$/.exec(rest);
    const hit = direct ?? indirect;
    if (!hit) continue;
    const speakerText = hit[1].trim();
    const contentRaw = hit[2].replace(/^(?:إن|أن)\s+/, '');
    const contentStart = cueEnd + rest.indexOf(contentRaw, hit[1].length);
    const contentText = contentRaw.replace(/[.»\s]+$/, '');
    const speakerStart = speakerText ? cueEnd + rest.indexOf(speakerText) : undefined;
    out.push({
      id: `q${out.length + 1}`,
      kind: direct ? 'direct' : 'indirect',
      cue: { start: cueStart, end: cueEnd, text: m[1] },
      content: { start: contentStart, end: contentStart + contentText.length, text: contentText },
      speaker: speakerText
        ? { text: speakerText, type: 'unknown', start: speakerStart, end: speakerStart! + speakerText.length }
        : { text: '', type: 'unknown' },
      sentence: { start: sentence.start, end: sentence.end },
    });
  }
  doc.quotes = out;
}
