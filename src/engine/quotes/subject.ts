/**
 * Speakers written before their verb. Arabic news mostly puts the verb first; when a cue names no
 * speaker after it, the subject may stand before it («أن مصادر عدة أكدت أن», «وكان المرصد قد
 * أفاد»), or a participle may continue the subject of its sentence's own verb («وصل الوزير إلى
 * بغداد، مؤكدا أن …»).
 */
import type { QuoteContext } from './context.js';
import { mentionsIn } from './context.js';
import { W, hasArticle, headClass, is, isKnownHead } from './word-classes.js';

/** What may stand right before a subject written before its verb: a complementizer, a linker, كان. */
const SUBJECT_BOUNDARY = W.COMPLEMENTIZER | W.LINKER | W.KANA;

/**
 * The subject written before a verb that names none after it: «أن مصادر عدة أكدت أن»,
 * «وكان المرصد قد أفاد», «لكن الوزير أكد». Only after a complementizer, كان or a linker.
 */
export function subjectBefore(ctx: QuoteContext, i: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  let j = i - 1;
  if (j >= first && (tokens[j].norm === 'قد' || tokens[j].norm === 'لقد')) j--;
  const last = j + 1;
  let n = 0;
  while (j >= first && n < 6) {
    const t = tokens[j];
    if (t.kind !== 'word' || is(t, SUBJECT_BOUNDARY) || ctx.cues[j]) break;
    j--;
    n++;
  }
  if (n === 0 || n >= 6) return null;
  const boundary = j >= first ? tokens[j] : undefined;
  if (is(boundary, SUBJECT_BOUNDARY)) return [j + 1, last];
  return null;
}

/**
 * «وصل الوزير إلى بغداد، مؤكدا أن …»: a participle in a sentence with no reporting verb continues
 * the sentence's own subject. When the sentence opens with a verb (a word that is neither a noun
 * with ال nor a particle) followed by a name or a known speaker word, that phrase is the subject.
 */
export function sentenceSubject(ctx: QuoteContext, i: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  const verb = tokens[first];
  if (!verb || verb.kind !== 'word' || first + 1 >= i) return null;
  if (hasArticle(verb.norm) || is(verb, W.PARTICLE) || isKnownHead(headClass(verb.norm))) return null;
  const a = first + 1;
  const head = tokens[a];
  if (head.kind !== 'word') return null;
  const names = mentionsIn(ctx, head.start, head.end).filter((m) => m.type !== 'location' || m.start === head.start);
  let b = a + 1;
  if (names.length > 0) {
    const end = Math.max(...names.map((m) => m.end));
    while (b < i && tokens[b].start < end) b++;
  } else if (!isKnownHead(headClass(head.norm))) return null;
  while (b < i && b < a + 6 && tokens[b].kind === 'word' && hasArticle(tokens[b].norm) && !ctx.cues[b]) b++;
  return [a, b];
}
