/**
 * Text core and numbers: tokens per second and ms per 1,000 words on generated Arabic news-like
 * text of 1k, 10k and 100k words (median of repeated runs). Cost must grow linearly: ms per 1,000
 * words should stay flat from 1k to 100k words; the «growth» row is the ratio at 100k vs 10k.
 */
import type { BenchRow } from './lib.js';
import { medianMs, rng } from './lib.js';
import { tokenize } from '../src/engine/text/tokenize.js';
import { splitParagraphs, splitSentences } from '../src/engine/text/sentences.js';
import { normalize } from '../src/engine/text/normalize.js';
import { createDoc } from '../src/engine/doc.js';
import type { Doc } from '../src/engine/doc.js';
import { findNumbers } from '../src/engine/numbers/index.js';

const WORDS = (
  'قال أعلن أكد أضاف وزير الخارجية المتحدث باسم الحكومة إن في من إلى على عن مع بعد قبل خلال منذ المدينة القرية ' +
  'الجيش قوات المعارضة المرصد السوري لحقوق الإنسان اليوم أمس الثلاثاء الاجتماع المفاوضات مجلس الأمن الدولي ' +
  'وأشار بحسب مصادر محلية والمدنيين بالقرب لروسيا وإدلب بدمشق للمرصد الأمم المتحدة المساعدات الإنسانية ' +
  'الاقتصاد النفط الأسعار البرميل الأسواق المالية البنك المركزي التضخم الميزانية العامة مشروع القانون'
).split(' ');
const NUMBERS = [
  '12 شخصا', 'نحو 200 مسلح', 'سبعة أيام', '٣ آلاف', '1.5 مليون دولار', '40%', '25 في المائة', 'أكثر من 300',
  'عام 2015', '20 يناير', 'ثلاثمائة وخمسة وعشرون', 'مدنيين اثنين', 'بين 10 و20 قتيلا', 'الثالث عشر', '15/10/1436',
  'الساعة 18:02', 'عشرات القتلى', '٥٢ مليون ريال', 'حوالي (4500) قطعة', 'ربع',
];
const PUNCT = ['،', '.', '؟', ':'];

/** Deterministic Arabic text of about `n` words: sentences of 8–20 words, numbers in one in four. */
function generate(n: number, seed = 42): string {
  const r = rng(seed);
  const out: string[] = [];
  let words = 0;
  let line = 0;
  while (words < n) {
    const len = 8 + Math.floor(r() * 13);
    const sentence: string[] = [];
    for (let k = 0; k < len; k++) {
      if (r() < 0.06) {
        const num = NUMBERS[Math.floor(r() * NUMBERS.length)];
        sentence.push(num);
        words += num.split(' ').length;
      } else {
        sentence.push(WORDS[Math.floor(r() * WORDS.length)]);
        words++;
      }
      if (r() < 0.05) sentence.push(PUNCT[0]);
    }
    out.push(sentence.join(' ').replace(/ ،/g, '،') + PUNCT[1 + Math.floor(r() * 2)]);
    if (++line % 5 === 0) out.push('\n');
    else out.push(' ');
  }
  return out.join('');
}

export function run(): BenchRow[] {
  const rows: BenchRow[] = [];
  const perK: Record<string, number[]> = { core: [], numbers: [] };
  for (const words of [1_000, 10_000, 100_000]) {
    const text = generate(words);
    const tokens = tokenize(text).length;
    const runs = words >= 100_000 ? 9 : 21;
    // Small texts need more warm-up runs before the JIT has compiled the hot loops.
    const warm = Math.max(3, Math.round(50_000 / words));
    const core = medianMs(() => {
      tokenize(text);
      splitSentences(text);
      splitParagraphs(text);
    }, runs, warm);
    const norm = medianMs(() => normalize(text), runs, warm);
    // The numbers stage alone: a fresh Doc each run (tokens reused), so only findNumbers is timed.
    const base = createDoc(text);
    const nums = medianMs(() => {
      const doc: Doc = { ...base, numbers: [] };
      findNumbers(doc);
    }, runs, warm);
    const probe: Doc = { ...base, numbers: [] };
    findNumbers(probe);
    const label = `${words / 1000}k words`;
    rows.push({ suite: 'text-core', name: `tokenize+sentences ${label}`, value: (tokens / core) * 1000, unit: 'tokens/s', note: `${((core / words) * 1000).toFixed(3)} ms per 1,000 words` });
    rows.push({ suite: 'text-core', name: `normalize ${label}`, value: (text.length / norm) * 1000, unit: 'chars/s', note: `${((norm / words) * 1000).toFixed(3)} ms per 1,000 words` });
    rows.push({ suite: 'text-core', name: `numbers ${label}`, value: (tokens / nums) * 1000, unit: 'tokens/s', note: `${((nums / words) * 1000).toFixed(3)} ms per 1,000 words, ${probe.numbers.length} numbers` });
    perK.core.push((core / words) * 1000);
    perK.numbers.push((nums / words) * 1000);
  }
  rows.push({ suite: 'text-core', name: 'tokenize+sentences growth 100k/10k', value: perK.core[2] / perK.core[1], unit: '× ms per 1k words', note: '≈1 means linear' });
  rows.push({ suite: 'text-core', name: 'numbers growth 100k/10k', value: perK.numbers[2] / perK.numbers[1], unit: '× ms per 1k words', note: '≈1 means linear' });
  return rows;
}
