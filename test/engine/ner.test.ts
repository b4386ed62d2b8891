import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MEMORY_VALUES, Scorer, fnorm, gazetteerTags, listPhraseTags, sentenceFeatures, skeleton, skeletonTypes, splits, featureStem } from '../../src/engine/entities/tagger/features.js';
import { featureLexicon, lexiconFingerprint } from '../../src/engine/entities/tagger/lexicon.js';
import { modelFile } from '../../src/engine/entities/tagger/model-data.js';
import { readModelFile } from '../../src/engine/entities/tagger/model-file.js';
import { NameTables, SortedKeys, ListBit, PhraseFlag, CLUSTER_MASK, LIST_SHIFT, clusterAt, packPhrases, packWords, packSkeletons } from '../../src/engine/entities/tagger/tables.js';
import { writeModelFile } from '../../scripts/ner/model-writer.js';
import { buildLexicon } from '../../src/engine/entities/lexicon-build.js';
import { ALLOWED, L, LABELS, emissions, viterbi } from '../../src/engine/entities/tagger/model.js';
import { parseConll, score } from '../../scripts/ner/conll.js';
import { chunks } from '../../src/engine/entities/tagger/bio.js';
import { memoryValues } from '../../src/engine/entities/tagger/memory.js';
import { nameMasks } from '../../scripts/ner/stack-train.js';
import { trainPerceptron, decodeAll } from '../../scripts/ner/train.js';
import { loadModel, tagSentences } from '../../src/engine/entities/tagger/tagger.js';
import { tokenize } from '../../src/engine/text/tokenize.js';
import { partialKeys } from '../../src/engine/entities/partial-names.js';
import { nameLexicon, phraseWords } from '../../src/engine/entities/lexicon-index.js';
import meta from '../../src/engine/models/ner-model.meta.json';

const id = (tag: string) => LABELS.indexOf(tag as (typeof LABELS)[number]);
/** The tables that ship with the committed model. */
const tables = new NameTables(modelFile().tables);

describe('features', () => {
  it('normalizes letter variants and harakat the same way for training words and page tokens', () => {
    expect(fnorm('إِدْلِبُ')).toBe(fnorm('ادلب'));
    expect(fnorm('مصطفى')).toBe('مصطفي');
    expect(fnorm('١٢٣')).toBe('123');
    const a = sentenceFeatures(['وقال', 'أحمد', 'إن'], { tables });
    const b = sentenceFeatures(['وقال', 'احمد', 'ان'], { tables });
    expect(Array.from(a.feats)).toEqual(Array.from(b.feats));
  });

  it('gives an engine token the same features as the same word in the corpus', () => {
    const text = 'وصل الرئيس إلى بيروت، وقال إن الوضع مستقر.';
    const tokens = tokenize(text).map((t) => t.text);
    const corpusWords = ['وصل', 'الرئيس', 'إلى', 'بيروت', '،', 'وقال', 'إن', 'الوضع', 'مستقر', '.'];
    expect(tokens).toEqual(corpusWords);
    expect(Array.from(sentenceFeatures(tokens, { tables }).feats)).toEqual(Array.from(sentenceFeatures(corpusWords, { tables }).feats));
  });

  it('reads proclitics off, restoring the article after ل', () => {
    const stems = splits(fnorm('وللمرصد')).map((s) => `${s.prefix}+${s.stem}`);
    expect(stems).toContain('ول+المرصد');
    expect(featureStem('وبالعراق')).toBe('عراق');
    // The stem is a feature, not a claim: what matters is that clitic variants share it.
    expect(featureStem('وبغداد')).toBe(featureStem('بغداد'));
    expect(featureStem('ولندن')).toBe(featureStem('لندن'));
  });

  it('marks gazetteer phrases, with clitics on the first word', () => {
    expect(gazetteerTags(['وصل', 'إلى', 'للأمم', 'المتحدة', 'في', 'نيويورك'].map(fnorm), tables)).toEqual(['', '', 'B-ORG', 'I-ORG', '', 'B-LOC']);
  });

  it('marks other proper names (currencies, feasts) and groups of people in the gazetteer tags', () => {
    expect(gazetteerTags(['بلغت', 'الخسائر', 'مليون', 'دولار', 'قبل', 'عيد', 'الفطر'].map(fnorm), tables)).toEqual(['', '', '', 'B-MISC', '', 'B-MISC', 'I-MISC']);
    expect(gazetteerTags(['حكم', 'الأمويون', 'دمشق'].map(fnorm), tables)).toEqual(['', 'B-GRP', 'B-LOC']);
  });

  it('gives transliterations that differ only in vowel letters one consonant skeleton', () => {
    expect(skeleton(fnorm('بيرلسكوني'))).toBe(skeleton(fnorm('برلسكوني')));
    expect(skeleton(fnorm('غوانتانامو'))).toBe(skeleton(fnorm('غوانتنامو')));
    expect(skeleton(fnorm('برلين'))).not.toBe(skeleton(fnorm('بولين')));
    // Too few consonants to say anything.
    expect(skeleton('علي')).toBe('');
    expect(skeleton('abc')).toBe('');
  });

  it('tells a word that is a listed name spelled with other vowel letters, by type', () => {
    expect(skeletonTypes('بلينكين', tables) & 1).toBe(1); // listed as «بلينكن»: a person
    expect(skeletonTypes('غوانتنامو', tables) & 2).toBe(2); // listed as «غوانتانامو»: a place
    expect(skeletonTypes('بلينكن', tables)).toBe(0); // the listed spelling itself needs no guess
    expect(skeletonTypes('المكتبة', tables)).toBe(0);
  });

  it('a masked word keeps its context and shape features but loses its identity', () => {
    const words = ['وقال', 'فلانوفسكي', 'إن', 'الاتفاق', 'قريب'];
    const plain = sentenceFeatures(words, { tables });
    const masked = sentenceFeatures(words, { tables, mask: Uint8Array.from([0, 1, 0, 0, 0]) });
    const of = (f: ReturnType<typeof sentenceFeatures>, i: number) => Array.from(f.feats.slice(f.offsets[i], f.offsets[i + 1]));
    const a = new Set(of(plain, 1));
    const b = of(masked, 1);
    expect(b.filter((h) => a.has(h)).length).toBeGreaterThan(b.length / 2);
    expect(b).not.toEqual(of(plain, 1));
    // The next word cannot tell which name was masked before it: identity is gone.
    const other = sentenceFeatures(['وقال', 'بيترسكوفي', 'إن', 'الاتفاق', 'قريب'], { tables, mask: Uint8Array.from([0, 1, 0, 0, 0]) });
    expect(of(other, 2)).toEqual(of(masked, 2));
    expect(of(sentenceFeatures(['وقال', 'بيترسكوفي', 'إن', 'الاتفاق', 'قريب'], { tables }), 2)).not.toEqual(of(plain, 2));
  });

  it('features depend on the neighbours', () => {
    const a = sentenceFeatures(['قال', 'سامر'], { tables });
    const b = sentenceFeatures(['مدينة', 'سامر'], { tables });
    const second = (f: ReturnType<typeof sentenceFeatures>) => Array.from(f.feats.slice(f.offsets[1], f.offsets[2]));
    expect(second(a)).not.toEqual(second(b));
  });
});

describe('decoding', () => {
  it('never puts I-X after O or after another type', () => {
    // Emissions that, unconstrained, would pick O then I-PERS.
    const n = 2;
    const emit = new Float64Array(n * L);
    emit[0 * L + id('O')] = 5;
    emit[1 * L + id('I-PERS')] = 5;
    emit[1 * L + id('B-PERS')] = 1;
    const out = viterbi(n, emit, new Float64Array((L + 1) * L));
    expect(LABELS[out[0]]).toBe('O');
    expect(LABELS[out[1]]).toBe('B-PERS');
    expect(ALLOWED[id('B-LOC') * L + id('I-PERS')]).toBe(0);
    expect(ALLOWED[id('I-PERS') * L + id('I-PERS')]).toBe(1);
  });

  it('uses transition weights', () => {
    const emit = new Float64Array(2 * L);
    emit[id('B-LOC')] = 2;
    emit[L + id('O')] = 1;
    emit[L + id('I-LOC')] = 0.9;
    const trans = new Float64Array((L + 1) * L);
    trans[id('B-LOC') * L + id('I-LOC')] = 0.5;
    expect(Array.from(viterbi(2, emit, trans), (y) => LABELS[y])).toEqual(['B-LOC', 'I-LOC']);
  });

  it('learns a toy pattern and survives the model file (quantized weights, tables, lexicon)', () => {
    const sents = [
      ['قال', 'المدير', 'زاهر', 'إن'],
      ['قال', 'المدير', 'نادر', 'إن'],
      ['وصل', 'إلى', 'مدينة', 'سرمدا'],
      ['وصل', 'إلى', 'مدينة', 'تفتناز'],
    ];
    const gold = [['O', 'O', 'B-PERS', 'O'], ['O', 'O', 'B-PERS', 'O'], ['O', 'O', 'O', 'B-LOC'], ['O', 'O', 'O', 'B-LOC']];
    const data = sents.map((w, i) => {
      const { feats, offsets } = sentenceFeatures(w, { tables });
      return { feats: feats.slice(), offsets, gold: Uint8Array.from(gold[i].map(id)) };
    });
    const m = trainPerceptron(data, { epochs: 5, seed: 7, minCount: 1 });
    const test = [['قال', 'المدير', 'ماهر', 'إن'], ['وصل', 'إلى', 'مدينة', 'كفرنبل']];
    const feats = test.map((w) => sentenceFeatures(w, { tables }));
    const dense = decodeAll(m, feats).map((p) => Array.from(p, (y) => LABELS[y]));
    expect(dense).toEqual([['O', 'O', 'B-PERS', 'O'], ['O', 'O', 'O', 'B-LOC']]);
    const pass = { ...m.pruned(0), trans: m.trans };
    const file = readModelFile(writeModelFile({ meta: { toy: true }, passes: [pass, pass], tables: modelFile().tables, lexicon: { any: 1 } }));
    expect(file.meta).toEqual({ toy: true });
    expect(file.lexicon).toEqual({ any: 1 });
    for (const w of file.passes) expect(decodeAll(w, feats).map((p) => Array.from(p, (y) => LABELS[y]))).toEqual(dense);
    // Same seed, same data: the same weights.
    const again = trainPerceptron(data, { epochs: 5, seed: 7, minCount: 1 });
    expect(Array.from(again.w)).toEqual(Array.from(m.w));
  });

  it('rejects a file that is not a model', () => {
    expect(() => readModelFile(new Uint8Array(64))).toThrow();
    expect(() => readModelFile(new Uint8Array(0))).toThrow();
  });
});

describe('document memory', () => {
  it('tells each occurrence how the other occurrences were labelled, not itself', () => {
    const sents = [['قال', 'جوزيه'], ['ويخشى', 'جوزيه'], ['وصل', 'الفريق']];
    const first = [Uint8Array.of(0, id('B-PERS')), Uint8Array.of(0, 0), Uint8Array.of(0, 0)];
    const memo = memoryValues(sents, first, 5);
    // The second «جوزيه» sees the first one's PERS; the first sees only the second's O, weakly typed.
    expect(memo[1][1]).toMatch(/^PERS/);
    expect(memo[0][1]).toMatch(/^O/);
    // A word that occurs once has no memory.
    expect(memo[2][1]).toBeNull();
  });
});

describe('conll scoring', () => {
  it('reads BIO chunks the way conlleval does', () => {
    expect(chunks(['B-LOC', 'I-LOC', 'O', 'I-PERS', 'I-PERS', 'B-PERS'])).toEqual([
      { type: 'LOC', start: 0, end: 2 },
      { type: 'PERS', start: 3, end: 5 },
      { type: 'PERS', start: 5, end: 6 },
    ]);
  });

  it('scores exact entity matches per type and micro', () => {
    const gold = [['B-PERS', 'I-PERS', 'O', 'B-LOC']];
    const pred = [['B-PERS', 'O', 'O', 'B-LOC']];
    const s = score(gold, pred, ['PERS', 'LOC']);
    expect(s.perType.LOC.f1).toBe(100);
    expect(s.perType.PERS.f1).toBe(0);
    expect(s.micro.precision).toBe(50);
    expect(s.micro.recall).toBe(50);
  });

  it('parses token-tag lines with blank lines between sentences', () => {
    const s = parseConll('بيروت B-LOC\nأمس O\n\r\n\nقال O\r\n');
    expect(s).toEqual([{ words: ['بيروت', 'أمس'], tags: ['B-LOC', 'O'] }, { words: ['قال'], tags: ['O'] }]);
  });
});

describe('masking names for training', () => {
  it('masks whole names, deterministically, and only names', () => {
    const gold = Uint8Array.from([0, id('B-PERS'), id('I-PERS'), 0, id('B-LOC'), 0]);
    const sents = Array.from({ length: 50 }, () => ({ words: ['a', 'b', 'c', 'd', 'e', 'f'], gold }));
    const a = nameMasks(sents, 0.5, 7);
    expect(nameMasks(sents, 0.5, 7)).toEqual(a);
    let masked = 0;
    for (const m of a) {
      if (!m) continue;
      masked++;
      expect(m[0]).toBe(0);
      expect(m[3]).toBe(0);
      expect(m[5]).toBe(0);
      expect(m[1]).toBe(m[2]); // a name is masked whole
    }
    expect(masked).toBeGreaterThan(10);
    expect(masked).toBeLessThan(50);
    expect(nameMasks(sents, 0, 7).every((m) => m === null)).toBe(true);
  });
});

describe('partial names', () => {
  const lex = nameLexicon();
  it('refers to a person by the last part of the name, never cutting a compound', () => {
    const keys = partialKeys(lex, 'PER', phraseWords('وليد عبد الكريم')).map((k) => k.join(' '));
    expect(keys).toContain('عبد الكريم');
    expect(keys).not.toContain('الكريم');
  });

  it('joins a lone last name found on its own to the full name, but does not search for it', () => {
    const words = phraseWords('عثمان الطيب');
    expect(partialKeys(lex, 'PER', words).map((k) => k.join(' '))).not.toContain(phraseWords('الطيب')[0]);
    expect(partialKeys(lex, 'PER', words, true).map((k) => k.join(' '))).toContain(phraseWords('الطيب')[0]);
  });

  it('refers to an organization by its first words, not by a bare head or a preposition', () => {
    expect(partialKeys(lex, 'ORG', phraseWords('المرصد السوري لحقوق الإنسان')).map((k) => k.join(' '))).toContain(phraseWords('المرصد')[0]);
    const keys = partialKeys(lex, 'ORG', phraseWords('المجلس الوطني للإعلام')).map((k) => k.join(' '));
    // A head every council shares is no key of its own.
    expect(keys).not.toContain('المجلس');
    expect(keys).toContain('المجلس الوطني');
    expect(partialKeys(lex, 'ORG', phraseWords('وزارة الصحة')).map((k) => k.join(' '))).not.toContain('وزارة');
  });
});

describe('the committed model', () => {
  it('tags a title-led name and a place in news-like text', () => {
    const [tags] = tagSentences([['وقال', 'وزير', 'الخارجية', 'أحمد', 'الخطيب', 'في', 'عمان', 'إن', 'المحادثات', 'مستمرة', '.']]);
    expect(tags.slice(3, 5)).toEqual(['B-PERS', 'I-PERS']);
    expect(tags[6]).toBe('B-LOC');
  });

  it('handles empty input and odd tokens', () => {
    expect(tagSentences([])).toEqual([]);
    expect(tagSentences([[]])).toEqual([[]]);
    expect(tagSentences([['\u0000', '😀', 'abc', '١٢٣']])[0]).toHaveLength(4);
  });
});

describe('the committed model and the shipped lexicon', () => {
  it('was trained with the lexicon that ships (fingerprint) and the same i18n-iso-countries table', () => {
    expect(lexiconFingerprint(featureLexicon()), 'the names data changed since the model was trained: run npm run train:ner').toBe(meta.lexicon.fingerprint);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/i18n-iso-countries/package.json'), 'utf8')) as { version: string };
    expect(pkg.version, 'i18n-iso-countries changed since the model was trained: run npm run train:ner').toBe(meta.lexicon.i18nIsoCountries);
  });

  it('ships the rules\' lexicon the language data gives, normalized as the text core normalizes', () => {
    expect(modelFile().lexicon, 'the names data or the text core changed since the model was trained: run npm run train:ner').toEqual(buildLexicon());
  });
});

describe('model file tables', () => {
  it('finds every key of a sorted hash column, and no other', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 0xffffffff }), { maxLength: 300 }), fc.integer({ min: 1, max: 0xffffffff }), (list, probe) => {
        const keys = Uint32Array.from(list).sort();
        const index = new SortedKeys(keys);
        keys.forEach((k, i) => expect(index.indexOf(k)).toBe(i));
        if (!list.includes(probe)) expect(index.indexOf(probe)).toBe(-1);
      }),
    );
  });

  it('packs words with their cluster at three granularities, list bits and lexical classes', () => {
    const t = new NameTables({
      words: packWords(new Map([['بغداد', (0b101_011_010 + 1) | (ListBit.PlaceAlone << LIST_SHIFT)]]), new Map([['قال', 128]])),
      phrases: packPhrases([]),
      gazetteer: packPhrases([]),
      skeletons: packSkeletons(new Map()),
    });
    const e = t.word('بغداد');
    expect([clusterAt(e, 0), clusterAt(e, 1), clusterAt(e, 2)]).toEqual([0b101, 0b101_011, 0b101_011_010]);
    expect((e >>> LIST_SHIFT) & ListBit.PlaceAlone).toBeTruthy();
    expect(t.lex('قال')).toBe(128);
    expect(t.word('قال') & CLUSTER_MASK).toBe(0);
    expect(t.word('دمشق')).toBe(0);
    expect(clusterAt(0, 1)).toBe(-1);
  });

  it('matches list phrases longest first, behind proclitics, and hides what it is told to', () => {
    const t = new NameTables({
      words: packWords(new Map(), new Map()),
      phrases: packPhrases([
        { words: ['مجلس', 'الامن'], flag: PhraseFlag.Org },
        { words: ['مجلس', 'الامن', 'الدولي'], flag: PhraseFlag.Org },
        { words: ['بغداد'], flag: PhraseFlag.Place },
      ]),
      gazetteer: packPhrases([]),
      skeletons: packSkeletons(new Map()),
    });
    expect(listPhraseTags(['دعا', 'مجلس', 'الامن', 'الدولي', 'وبغداد'], t)).toEqual(['', 'B-ORG', 'I-ORG', 'I-ORG', 'B-LOC']);
    expect(listPhraseTags(['مجلس', 'الامن', 'اليوم'], t)).toEqual(['B-ORG', 'I-ORG', '']);
    expect(listPhraseTags(['دعا', 'مجلس', 'الامن', 'الدولي', 'وبغداد'], t, Uint8Array.from([0, 0, 0, 0, 1]))).toEqual(['', 'B-ORG', 'I-ORG', 'I-ORG', '']);
  });

  it('gives a word its cluster and list features, and hides the lists but not the cluster', () => {
    const t = new NameTables({
      words: packWords(new Map([['زاهر', (77 + 1) | (ListBit.PersonFirst << LIST_SHIFT)], ['يوسف', (78 + 1) | (ListBit.PersonFirst << LIST_SHIFT)]]), new Map()),
      phrases: packPhrases([]),
      gazetteer: packPhrases([]),
      skeletons: packSkeletons(new Map()),
    });
    const word = (f: ReturnType<typeof sentenceFeatures>, i: number) => new Set(f.feats.slice(f.offsets[i], f.offsets[i + 1]));
    const plain = word(sentenceFeatures(['قال', 'زاهر'], { tables: t }), 1);
    const none = word(sentenceFeatures(['قال', 'زاهر']), 1);
    const hidden = word(sentenceFeatures(['قال', 'زاهر'], { tables: t, hide: Uint8Array.from([0, 1]) }), 1);
    // Clusters and lists add features the bare word does not have; hiding the lists keeps the cluster's.
    expect(plain.size).toBeGreaterThan(none.size);
    expect([...hidden].filter((h) => !none.has(h)).length).toBeGreaterThan(0);
    expect(hidden.size).toBeLessThan(plain.size);
    // Two words in sibling clusters share the coarser cluster features.
    const other = word(sentenceFeatures(['قال', 'يوسف'], { tables: t }), 1);
    const shared = [...plain].filter((h) => other.has(h) && !none.has(h));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('scores a sentence at run time exactly as the training features do', () => {
    const [first] = loadModel();
    const words = ['وقال', 'المتحدث', 'باسم', 'الخارجية', 'الروسية', 'ماريا', 'زاخاروفا', 'في', 'موسكو', 'إن', 'واشنطن', 'تتحمل', 'المسؤولية', '.'];
    const { feats, offsets } = sentenceFeatures(words, { tables });
    const direct = emissions(first.weights, feats, offsets, words.length);
    const fast = first.scorer.emissions(words);
    for (let i = 0; i < direct.length; i++) expect(fast[i]).toBeCloseTo(direct[i], 3);
  });

  it('scores the second pass with its document memory exactly as the training features do', () => {
    const [, second] = loadModel();
    const words = ['وأعلنت', 'وزارة', 'الصحة', 'في', 'بغداد', 'أن', 'الطبيب', 'كريم', 'ناصر', 'زار', 'البصرة', 'أمس', '.'];
    // Every memory value once, at the edges too, and words without memory between them.
    for (let shift = 0; shift < MEMORY_VALUES.length; shift += 5) {
      const codes = Uint8Array.from(words, (_, i) => (i % 3 === 2 ? 0 : (i + shift) % MEMORY_VALUES.length));
      const { feats, offsets } = sentenceFeatures(words, { tables, memo: Array.from(codes, (c) => MEMORY_VALUES[c]) });
      const direct = emissions(second.weights, feats, offsets, words.length);
      const fast = second.scorer.emissions(words, codes, second.index);
      for (let i = 0; i < direct.length; i++) expect(fast[i]).toBeCloseTo(direct[i], 3);
    }
  });

  it('gives a scorer that serves both passes the sums of one scorer per pass, to the last bit', () => {
    const [first, second] = loadModel();
    const both = new Scorer([first.weights, second.weights], tables);
    const one = new Scorer(first.weights, tables);
    const two = new Scorer(second.weights, tables);
    const words = ['قال', 'المدير', 'التنفيذي', 'لشركة', 'النفط', 'الوطنية', 'سامي', 'الحداد', 'إن', 'الإنتاج', 'ارتفع', '.'];
    const codes = Uint8Array.from(words, (_, i) => (i * 7) % MEMORY_VALUES.length);
    expect(Array.from(both.emissions(words))).toEqual(Array.from(one.emissions(words)));
    expect(Array.from(both.emissions(words, codes, 1))).toEqual(Array.from(two.emissions(words, codes)));
  });
});

/**
 * The features' private normalization and clitic readings (fnorm, splits) and the features of a
 * few sentences are frozen until the next retrain: the committed model was trained on exactly
 * these. Regenerate the golden file only together with the model (UPDATE_GOLDEN=1).
 */
describe('frozen feature normalization', () => {
  const WORDS = [
    'إِدْلِبُ', 'أحمد', 'آلان', 'ٱلله', 'مصطفى', 'مدرسة', 'مؤتمر', 'رئيس', 'ی', 'کتاب', 'الـمرصد', 'للمرصد', 'وللمرصد',
    'فبالمدينة', 'وبدمشق', 'كالعادة', 'لبنان', 'لل', 'و', 'ولدى', 'لدينا', 'بريف', '١٢٣', '۴۵', 'CNN', 'Human', 'x\u200cy',
    'قال\u200fوا', 'سُوريّة', 'الأمم', 'بالأمم', 'فلسطين', 'للصين', 'كل',
  ];
  const SENTENCES = [
    'قال الرئيس السوري بشار الأسد في دمشق إن المرصد السوري لحقوق الإنسان كاذب .',
    'وأكد مدير المرصد رامي عبد الرحمن لـ « الأيام » أن القوات التركية دخلت عفرين .',
    'أعلن الاتحاد الأوروبي أمس عن 20 مليون يورو لـ مساعدة اللاجئين في لبنان والأردن',
  ];
  function current() {
    const fnv = (xs: Uint32Array) => {
      let h = 0x811c9dc5;
      for (const x of xs) h = Math.imul(h ^ x, 0x01000193);
      return (h >>> 0).toString(16);
    };
    return {
      fnorm: Object.fromEntries(WORDS.map((w) => [w, fnorm(w)])),
      splits: Object.fromEntries(WORDS.map((w) => [w, splits(fnorm(w)).map((s) => `${s.prefix}+${s.stem}/${s.bare}`)])),
      features: SENTENCES.map((s) => {
        const { feats, offsets } = sentenceFeatures(s.split(' '), { tables });
        return fnv(feats) + ':' + fnv(offsets);
      }),
    };
  }
  const file = join(import.meta.dirname, '../fixtures/ner-features.golden.json');
  it('gives the outputs the committed model was trained on', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, JSON.stringify(current(), null, 1) + '\n');
    expect(current()).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
