/**
 * `npm run mine:cues`: how Arabic news attributes speech, counted in the ANT corpus
 * (../shared/corpora/ant, 31,400 articles of five broadcasters, 2018). Writes the generated table
 * src/engine/lang/ar/cue-evidence.json, from which the cue lexicon is built and checked
 * (lang/ar/cues.ts; test/engine/quotes-lexicon.test.ts):
 *
 * - forms: every word form that opens a clause (at a sentence start, after punctuation, or with its
 *   own و/ف) and introduces reported content within a few words — a complementizer إن/أن/بأن (with
 *   the preposition before it: «أشار إلى أن»), a colon, an opening quotation mark — often enough to
 *   be a reporting word, with how often it does each;
 * - markers: each source marker (بحسب، وفقا لـ، نقلا عن…), where it stands in its sentence (opening
 *   it, after a comma, inside the clause) and whether the sentence ends soon after its source.
 *
 * Only counts are kept, never text. ANT is Apache-2.0 with the authors' citation licence: the table
 * carries the citation. Skips cleanly when ../shared is absent.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { tokenize } from '../src/engine/text/tokenize.js';
import type { Token } from '../src/engine/text/tokenize.js';
import { opensSourceMarker, sourceMarkerAt } from '../src/engine/quotes/cue-index.js';
import { W, blocksComplementizer, is, withoutConj } from '../src/engine/quotes/word-classes.js';
import { ROOT, sharedOrExit } from './lib/shared.js';

const dir = sharedOrExit('mining the cue lexicon', 'corpora', 'ant');
const OUTLETS = ['alarabia', 'bbc', 'cnn', 'france24', 'skynews'];
const OUT = join(ROOT, 'src/engine/lang/ar/cue-evidence.json');

/** How far after a word its content may start: «وقال | المتحدث باسم الوزارة أمس | إن». */
const COMP_WINDOW = 8;
const COLON_WINDOW = 6;
const QUOTE_WINDOW = 4;
const APPEAL_WINDOW = 4;
/** A form is kept when it introduces content this often, and in this share of its clause openings. */
const MIN_INTRODUCTIONS = 8;
const MIN_SHARE = 0.2;
/** …or introduces an appeal's complement this often (appeals rarely take إن/أن: «دعا إلى …»). */
const MIN_APPEALS = 15;
const MIN_APPEAL_SHARE = 0.3;
/** Prepositions a reporting verb may govern before its complementizer. */
const PREPOSITIONS = new Set(['الي', 'علي', 'من', 'عن', 'في', 'ب']);
const SENTENCE_END = new Set(['.', '!', '?', '؟']);
const OPENING_MARKS = new Set(['«', '"', '“', '„']);

interface FormCount {
  /** Clause openings. */
  n: number;
  comp: number;
  colon: number;
  quote: number;
  appeal: number;
  preps: Record<string, number>;
}

interface MarkerCount {
  total: number;
  /** First word of its sentence (or after و): it points forward. */
  opens: number;
  /** Right after a comma: it closes the clause before it. */
  afterComma: number;
  /** Inside a clause, with no comma before it. */
  inside: number;
  /** The sentence ends within a few words after the marker (the marker closes its sentence). */
  endsSoon: number;
  /** Right after a sentence's full stop («… . بحسب رويترز.»). */
  afterStop: number;
}

const forms = new Map<string, FormCount>();
const markers = new Map<string, MarkerCount>();
let articles = 0;
let words = 0;

const newLineBetween = (text: string, a: Token, b: Token) => text.slice(a.end, b.start).includes('\n');

/**
 * What the word at i introduces, if anything: 'comp' (with the preposition before it), 'colon',
 * 'quote', or 'appeal' (an appeal's complement: إلى, or a word with ب/ل, within a few words:
 * «دعا الوزير إلى …», «طالب بخفض …»).
 */
function introduces(text: string, toks: readonly Token[], i: number): { kind: 'comp' | 'colon' | 'quote' | 'appeal'; prep?: string } | null {
  let appeal = false;
  for (let k = i + 1; k < toks.length && k <= i + COMP_WINDOW; k++) {
    const u = toks[k];
    if (newLineBetween(text, toks[k - 1], u)) return null;
    if (u.kind === 'punct') {
      if (SENTENCE_END.has(u.text)) return null;
      if (u.text === ':' && k <= i + COLON_WINDOW) return { kind: 'colon' };
      if (OPENING_MARKS.has(u.text) && k <= i + QUOTE_WINDOW) return { kind: 'quote' };
      continue;
    }
    if (is(u, W.COMPLEMENTIZER)) {
      const p = toks[k - 1];
      if (p.kind === 'word' && PREPOSITIONS.has(p.norm)) return { kind: 'comp', prep: p.norm };
      if (blocksComplementizer(p)) return null;
      return { kind: 'comp' };
    }
    if (k <= i + APPEAL_WINDOW && (u.norm === 'الي' || u.norm === 'علي' || ((u.norm[0] === 'ب' || u.norm[0] === 'ل') && u.norm.length > 4))) appeal = true;
  }
  return appeal ? { kind: 'appeal' } : null;
}

function countMarker(text: string, toks: readonly Token[], i: number): void {
  const m = sourceMarkerAt(toks, i);
  if (!m) return;
  // One row per marker, whatever conjunction is written on it («وبحسب» is «بحسب» opening a sentence).
  const parts = toks.slice(i, Math.max(i + 1, m.next)).map((t) => t.norm);
  if (!opensSourceMarker(parts[0])) parts[0] = withoutConj(parts[0]);
  const key = parts.join(' ') + (m.attached ? ' ل' : '');
  let c = markers.get(key);
  if (!c) {
    c = { total: 0, opens: 0, afterComma: 0, inside: 0, endsSoon: 0, afterStop: 0 };
    markers.set(key, c);
  }
  c.total++;
  const prev = toks[i - 1];
  const first = !prev || newLineBetween(text, prev, toks[i]) || (prev.kind === 'punct' && SENTENCE_END.has(prev.text));
  if (first || prev.norm === 'و' || ((toks[i].norm[0] === 'و' || toks[i].norm[0] === 'ف') && !(prev.kind === 'punct' && (prev.text === '،' || prev.text === ',')))) c.opens++;
  else if (prev.kind === 'punct' && (prev.text === '،' || prev.text === ',')) c.afterComma++;
  else c.inside++;
  if (prev && prev.kind === 'punct' && SENTENCE_END.has(prev.text)) c.afterStop++;
  for (let k = m.next; k < toks.length && k <= m.next + 6; k++) {
    const u = toks[k];
    if (newLineBetween(text, toks[k - 1], u) || (u.kind === 'punct' && SENTENCE_END.has(u.text))) {
      c.endsSoon++;
      break;
    }
  }
}

for (const outlet of OUTLETS) {
  const lines = createInterface({ input: createReadStream(join(dir, `${outlet}.jsonl.gz`)).pipe(createGunzip()) });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    articles++;
    const toks = tokenize(text);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word') continue;
      words++;
      countMarker(text, toks, i);
      const prev = toks[i - 1];
      const opensClause = !prev || prev.kind === 'punct' || newLineBetween(text, prev, t) || ((t.norm[0] === 'و' || t.norm[0] === 'ف') && t.norm.length > 3);
      if (!opensClause) continue;
      let c = forms.get(t.norm);
      if (!c) {
        c = { n: 0, comp: 0, colon: 0, quote: 0, appeal: 0, preps: {} };
        forms.set(t.norm, c);
      }
      c.n++;
      const what = introduces(text, toks, i);
      if (!what) continue;
      c[what.kind]++;
      if (what.prep) c.preps[what.prep] = (c.preps[what.prep] ?? 0) + 1;
    }
  }
}

const introductions = (c: FormCount) => c.comp + c.colon + c.quote;
const kept = [...forms]
  .filter(([, c]) => (introductions(c) >= MIN_INTRODUCTIONS && introductions(c) / c.n >= MIN_SHARE) || (c.appeal >= MIN_APPEALS && c.appeal / c.n >= MIN_APPEAL_SHARE))
  .sort((a, b) => introductions(b[1]) - introductions(a[1]) || (a[0] < b[0] ? -1 : 1));

const table = {
  about:
    'Generated by scripts/mine-cues.ts (npm run mine:cues); do not edit. Counts of how Arabic news attributes speech, ' +
    'mined from the ANT corpus v2.1 (Al Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia, 2018). No text of the corpus is kept.',
  licence:
    'ANT is distributed under Apache-2.0 with the authors\' citation licence. Cite: A. Chouigui, O. Ben Khiroun, B. Elayeb, ' +
    '"An Arabic Multi-source News Corpus: Experimenting on Single-document Extractive Summarization", ' +
    'Arabian Journal for Science and Engineering 46(8), 2021 (antcorpus.github.io).',
  articles,
  words,
  method: {
    forms:
      `Normalized word forms opening a clause (sentence start, after punctuation, or with their own و/ف) that introduce, within ` +
      `${COMP_WINDOW} words, a complementizer (إن/أن/بأن…; "preps" counts the preposition right before it), within ${COLON_WINDOW} a colon, ` +
      `within ${QUOTE_WINDOW} an opening quotation mark, at least ${MIN_INTRODUCTIONS} times and in ${MIN_SHARE * 100}% of their clause openings ` +
      `(or an appeal's complement ${MIN_APPEALS} times, in ${MIN_APPEAL_SHARE * 100}%). ` +
      'Each row: [clause openings, complementizer, colon, quotation, appeal (no complementizer but إلى, على or a ب/ل word within ' + APPEAL_WINDOW + ' words), {preposition: count}].',
    markers:
      'Source markers as the quote stage reads them: occurrences opening a sentence, after a comma, inside a clause, ' +
      'right after a full stop, and followed by the sentence end within 6 words.',
  },
  forms: Object.fromEntries(kept.map(([w, c]) => [w, [c.n, c.comp, c.colon, c.quote, c.appeal, c.preps]])),
  markers: Object.fromEntries([...markers].sort((a, b) => b[1].total - a[1].total)),
};
writeFileSync(OUT, JSON.stringify(table, null, 0).replace(/\],"/g, '],\n"').replace(/\},"/g, '},\n"') + '\n');
console.log(`${articles} articles, ${words.toLocaleString('en')} words: ${kept.length} reporting forms, ${markers.size} source markers → ${OUT}`);
