/**
 * The trained tagger at run time: the committed two-pass model (decoded once, lazily), applied to
 * a document's sentences, and its BIO labels turned into name mentions whose spans leave out the
 * proclitics of the first word («وبغداد» → بغداد, «للمرصد» → المرصد) — but not the first letters of
 * names that merely look like clitics (بغداد، لبنان، فرنسا).
 */
import type { Doc } from '../../doc.js';
import type { Token } from '../../text/tokenize.js';
import { CLITIC_POLICIES, readings } from '../../text/clitics.js';
import type { CliticPolicy } from '../../text/clitics.js';
import { chunks } from './bio.js';
import type { NameLexicon, NameType } from '../lexicon-index.js';
import { stemIn } from '../lexicon-index.js';
import { LABELS } from './model.js';
import { modelFile } from './model-data.js';
import type { Mention } from '../mention.js';
import { makeMention } from '../mention.js';
import { Scorer } from './features.js';
import { NameTables } from './tables.js';
import { nameListBits, ownWord, newsFrequency } from './word-facts.js';
import { tagStacked } from './two-pass.js';
import type { Pass } from './two-pass.js';

/**
 * Proclitics a mention may leave out: at least one, never the article or a pronoun, and never the
 * future particle س, which attaches to verbs only («ساندرو» is no س + «اندرو»).
 */
const MENTION_PREFIX: CliticPolicy = { ...CLITIC_POLICIES.proclitics, prefixRequired: true, prepositions: 'بكل' };

let passes: [Pass, Pass] | null = null;

/** The two passes of the committed model, read from the model file on first use. */
export function loadModel(): [Pass, Pass] {
  if (passes) return passes;
  const file = modelFile();
  const tables = new NameTables(file.tables);
  // One scorer for both passes: their weights are looked up together.
  const scorer = new Scorer(file.passes, tables);
  const pass = (k: 0 | 1): Pass => ({ weights: file.passes[k], scorer, index: k });
  return (passes = [pass(0), pass(1)]);
}

/**
 * BIO labels (PERS/LOC/ORG/MISC, ANERcorp's tag set) for consecutive sentences of one text, each
 * a list of words as written (clitics attached, punctuation apart).
 */
export function tagSentences(sentences: readonly (readonly string[])[]): string[][] {
  const [first, second] = loadModel();
  return tagStacked(first, second, sentences).map((p) => Array.from(p, (y) => LABELS[y] as string));
}

const TYPE: Record<string, NameType | undefined> = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG' };

/** True when the lexicons know `stem` as (the first word of) a name. */
function knownName(lex: NameLexicon, stem: string): boolean {
  return lex.givenNames.has(stem) || lex.phrases.hasFirst(stem);
}

/**
 * Proclitics to leave out of a mention that starts with `t`: the longest reading whose stem is a
 * known name or head word («بريف» → ريف), carries the article («بالعراق»), stands alone elsewhere
 * in the document, or is more common in news than the whole word; a bare و is a conjunction unless
 * the whole word is a known name. Null when the word is an everyday word whose clitic reading
 * only looks like a name («لدينا»). A surname of the article (`surnames`) is taken whole.
 */
function mentionPrefix(t: Token, lex: NameLexicon, bare: ReadonlySet<string>, surnames: ReadonlySet<string>): { prefix: string; stem: string } | null {
  const whole = { prefix: '', stem: t.norm };
  if (t.kind !== 'word' || knownName(lex, t.norm) || surnames.has(t.norm)) return whole;
  let best = whole;
  // (A stem the lexicon holds beats one only commoner in news: «وبكين» is و + «بكين», no وب +
  // «كين».)
  let bestKnown = false;
  let common = false;
  // A whole word the name lists hold, no rarer in news than what a clitic would leave, is the
  // name: «فاسيل» (Vasyl) is no ف + «أسيل».
  const listed = nameListBits(t.norm) !== 0;
  for (const s of readings(t.norm, MENTION_PREFIX)) {
    if (listed && newsFrequency(t.norm) >= newsFrequency(s.stem)) continue;
    if (ownWord(t.norm, s.stem)) {
      common ||= lex.givenNames.has(s.stem);
      continue;
    }
    // A و before an unknown word is a conjunction when the word without it is no rarer
    // («وبغداد»), not when the whole word is the commoner one («وودوارد» is no و + «ودوارد»).
    const ok =
      knownName(lex, s.stem) ||
      lex.locHeads.has(s.stem) ||
      lex.orgHeads.has(s.stem) ||
      (s.stem.startsWith('ال') && s.stem.length >= 4) ||
      bare.has(s.stem) ||
      (s.prefix === 'و' && s.stem.length >= 3 && newsFrequency(s.stem) >= newsFrequency(t.norm)) ||
      newsFrequency(s.stem) > newsFrequency(t.norm) + 1;
    const known = knownName(lex, s.stem);
    if (ok && (known ? !bestKnown || s.prefix.length > best.prefix.length : !bestKnown && s.prefix.length > best.prefix.length)) {
      best = { prefix: s.prefix, stem: s.stem };
      bestKnown = known;
    }
  }
  return best === whole && common ? null : best;
}

/**
 * The tagger sometimes opens a second name of the same type right where the first ends
 * («صحيفة تشاينا مورننغ | بوست»). With only a space between them (no و, comma, line or clitic)
 * and nothing that opens a name of its own (a given name, a head such as «مكتب»), the word goes
 * on with the first name. A ب that reads as a clitic only where the word is rarer than what is
 * left («بوست», «وست») is part of the word.
 */
function continuesName(text: string, tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || t.start - tokens[i - 1].end !== 1) return false;
  // Words of one hashtag are one name, whatever letter opens them («#منى_واصف»), but for a
  // second name joined by «و» + article («#الإمارات_والسعودية»).
  if (text[t.start - 1] === '_') return !t.norm.startsWith('وال');
  if (text[t.start - 1] !== ' ' || /^[وفلك]/.test(t.norm)) return false;
  if (lex.givenNames.has(t.norm) || lex.titles.has(t.norm) || lex.orgHeads.has(t.norm) || lex.locHeads.has(t.norm) || stemIn(t.norm, lex.orgHeads)) return false;
  return !t.norm.startsWith('ب') || newsFrequency(t.norm) >= newsFrequency(t.norm.slice(1));
}

/** Mentions the model finds in the document, per sentence range. */
/**
 * `surnames`: words the article writes after a given name, taken whole whatever clitic they seem to
 * open with («شكري بلعيد» … «بلعيد والبراهمي», not ب + «لعيد»).
 */
export function modelMentions(doc: Doc, ranges: readonly [number, number][], lex: NameLexicon, surnames: ReadonlySet<string>): Mention[] {
  const { tokens } = doc;
  if (ranges.length === 0) return [];
  const labels = tagSentences(ranges.map(([a, b]) => tokens.slice(a, b).map((t) => t.text)));
  const bare = new Set<string>();
  for (const t of tokens) if (t.kind === 'word') bare.add(t.norm);
  const out: Mention[] = [];
  ranges.forEach(([from], si) => {
    for (const c of chunks(labels[si])) {
      const type = TYPE[c.type];
      if (!type) continue;
      let first = from + c.start;
      const last = from + c.end;
      // A chunk never starts or ends on punctuation in the engine's sense.
      while (first < last && tokens[first].kind !== 'word' && tokens[first].kind !== 'latin') first++;
      let end = last;
      while (end > first && tokens[end - 1].kind === 'punct') end--;
      if (end <= first) continue;
      const before = out[out.length - 1];
      if (before && before.last === first && before.type === type && continuesName(doc.text, tokens, first, lex)) {
        for (let k = first; k < end; k++) before.words.push(tokens[k].norm);
        before.last = end;
        before.end = tokens[end - 1].end;
        continue;
      }
      const p = mentionPrefix(tokens[first], lex, bare, surnames);
      if (!p) {
        if (end - first === 1) continue;
        first++;
      }
      out.push(p ? makeMention(tokens, first, end, type, p.prefix, 'model', p.stem) : makeMention(tokens, first, end, type, '', 'model'));
    }
  });
  return out;
}
