/**
 * `npm run train:quote-speakers`: learns who speaks when a cue names nobody (وأضاف، مضيفا، قالوا…)
 * from the annotated training articles (../shared/quotes-train, never the dev set): for every such
 * cue whose quote matches a gold quote, the candidates the quote stage considers
 * (quotes/resolution.ts) are labelled right or wrong by the gold speaker, and a conditional logit
 * (softmax over the candidates), started from the hand rule and pulled back to it, is fitted to
 * pick the right one. Writes
 * src/engine/models/quote-speaker.json. Skips cleanly when ../shared is absent.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../src/engine/doc.js';
import { findNumbers } from '../src/engine/numbers/index.js';
import { findEntities } from '../src/engine/entities/index.js';
import { findQuotes } from '../src/engine/quotes/index.js';
import type { ResolveDecision } from '../src/engine/quotes/scan.js';
import { FEATURES, score } from '../src/engine/quotes/resolution.js';
import { loadDevSet } from './lib/dev-gold.js';
import type { DevArticle, GoldQuote } from './lib/dev-gold.js';
import { overlapRatio, speakerRight, MATCH_OVERLAP } from './lib/dev-scorer.js';
import { ROOT, sharedOrExit } from './lib/shared.js';

const articles = loadDevSet(sharedOrExit('training who speaks', 'quotes-train')) as DevArticle[];
const OUT = join(ROOT, 'src/engine/models/quote-speaker.json');
const EPOCHS = 300;
const RATE = 0.05;

interface Example {
  rows: number[][];
  right: boolean[];
  /** The article it comes from (cross-validation folds are whole articles). */
  article: number;
}

// Start from the hand rule (the nearest agreeing speaker), then fit.
const prior = new Array<number>(FEATURES.length).fill(0);
prior[FEATURES.indexOf('nearestAgreeingRecord')] = 5;
prior[FEATURES.indexOf('participleSameSentence')] = 6;
prior[FEATURES.indexOf('record')] = 1;
prior[FEATURES.indexOf('participleSubject')] = 3;
prior[FEATURES.indexOf('verbSubject')] = 3;

const examples: Example[] = [];
articles.forEach((art, articleIndex) => {
  const doc = createDoc(art.text);
  findNumbers(doc);
  findEntities(doc);
  const decisions: ResolveDecision[] = [];
  findQuotes(doc, { decision: (d) => decisions.push(d) });
  const nameOf = (id: string | undefined) => (id ? doc.entities.find((e) => e.id === id)?.name : undefined);
  for (const d of decisions) {
    let gold: GoldQuote | null = null;
    let best = MATCH_OVERLAP;
    for (const g of art.quotes) {
      if (g.start < 0) continue;
      const r = overlapRatio(g, d.content);
      if (r >= best) {
        best = r;
        gold = g;
      }
    }
    if (!gold) continue;
    const right = d.candidates.map((c) => speakerRight(c.speaker.text, gold!) || (!!nameOf(c.speaker.entityId) && speakerRight(nameOf(c.speaker.entityId)!, gold!)));
    if (!right.some(Boolean) || right.every(Boolean)) continue;
    examples.push({ rows: d.rows, right, article: articleIndex });
  }
});

const accuracy = (w: readonly number[], set: readonly Example[] = examples) => {
  let ok = 0;
  for (const ex of set) {
    let bestK = 0;
    ex.rows.forEach((r, k) => {
      if (score(r, w) > score(ex.rows[bestK], w)) bestK = k;
    });
    if (ex.right[bestK]) ok++;
  }
  return set.length ? ok / set.length : 0;
};

/**
 * Fits the weights on `set`. The hand rule is the prior: weights are pulled back to it, not to
 * zero, so a feature the training articles say little about keeps the rule's judgement.
 */
function fit(set: readonly Example[], l2: number): number[] {
  const w = [...prior];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const ex of set) {
      const s = ex.rows.map((r) => score(r, w));
      const max = Math.max(...s);
      const e = s.map((x) => Math.exp(x - max));
      const z = e.reduce((a, b) => a + b, 0);
      const zRight = e.reduce((a, b, k) => a + (ex.right[k] ? b : 0), 0);
      // Gradient of log P(right) = Σ_right p_k/P(right) f_k − Σ_all p_k f_k.
      for (let j = 0; j < w.length; j++) {
        let g = 0;
        ex.rows.forEach((r, k) => {
          g += (ex.right[k] ? e[k] / zRight : 0) * r[j] - (e[k] / z) * r[j];
        });
        w[j] += RATE * (g - l2 * (w[j] - prior[j]));
      }
    }
  }
  return w;
}

// How strongly to hold to the rule: chosen by cross-validation over the training articles
// (five folds of whole articles), never by the dev set.
const FOLDS = 5;
const L2_GRID = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];
const cv = L2_GRID.map((l2) => {
  let ok = 0;
  for (let f = 0; f < FOLDS; f++) {
    const train = examples.filter((ex) => ex.article % FOLDS !== f);
    const test = examples.filter((ex) => ex.article % FOLDS === f);
    ok += accuracy(fit(train, l2), test) * test.length;
  }
  return { l2, accuracy: ok / examples.length };
});
// Ties go to the weaker pull: the training articles then speak for themselves.
const L2 = cv.reduce((a, b) => (b.accuracy > a.accuracy ? b : a)).l2;
const before = accuracy(prior);
const w = fit(examples, L2);
const after = accuracy(w);
const table = {
  about:
    'Generated by scripts/train-quote-speakers.ts (npm run train:quote-speakers); do not edit. Weights of a conditional logit that picks ' +
    'who speaks when a cue names nobody, over the candidates of src/engine/quotes/resolution.ts.',
  licence:
    'Learned from the project\'s annotations of ANT corpus articles (../shared/quotes-train). ANT is Apache-2.0 with the authors\' citation ' +
    'licence: A. Chouigui, O. Ben Khiroun, B. Elayeb, Arabian Journal for Science and Engineering 46(8), 2021.',
  trained: {
    articles: articles.length,
    decisions: examples.length,
    handRuleAccuracy: Number(before.toFixed(3)),
    accuracy: Number(after.toFixed(3)),
    l2: L2,
    crossValidated: cv.map((c) => ({ l2: c.l2, accuracy: Number(c.accuracy.toFixed(3)) })),
  },
  features: FEATURES,
  weights: w.map((x) => Number(x.toFixed(4))),
};
writeFileSync(OUT, JSON.stringify(table, null, 1) + '\n');
console.log(`cross-validated accuracy by L2: ${cv.map((c) => `${c.l2}: ${(100 * c.accuracy).toFixed(1)}%`).join(', ')}; chosen ${L2}`);
console.log(`${examples.length} decisions in ${articles.length} articles: the hand rule picks right ${(100 * before).toFixed(1)}%, the model ${(100 * after).toFixed(1)}% → ${OUT}`);
