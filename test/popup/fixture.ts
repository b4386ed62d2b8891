/**
 * A hand-built Analysis over a short article written for these tests. Spans are found in the
 * text rather than typed in, so `text.slice(start, end) === span.text` holds by construction.
 */
import type { Analysis, Entity, NumberMention, Quote, Span, TextSpan } from '../../src/engine/types.js';
import type { PageInfo, TabAnalysis } from '../../src/shared/messages.js';
import { createI18n, dictLookup } from '../../src/popup/i18n.js';
import type { I18n, Lang } from '../../src/popup/i18n.js';
import en from '../../_locales/en/messages.json';
import ar from '../../_locales/ar/messages.json';

export const TEXT = [
  'أعلن وزير الصحة سامي الخطيب أمس أن 120 مريضا غادروا مستشفى المدينة بعد تحسن حالتهم.',
  'وقال الخطيب: «سنفتح جناحا جديدا خلال أسبوعين».',
  'وذكرت مصادر طبية أن نحو 40% من الأسرّة ما زالت شاغرة.',
  'وأفاد تقرير لمنظمة الإغاثة بأن المساعدات وصلت إلى حلب يوم 3 مارس 2024.',
  'وخصصت الحكومة 2.5 مليون دولار لإعادة تأهيل المستشفى في حلب.',
].join('\n');

/** The `nth` (0-based) occurrence of `needle` in TEXT. */
export function at(needle: string, nth = 0): TextSpan {
  let from = 0;
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = TEXT.indexOf(needle, from);
    if (i < 0) throw new Error(`fixture: «${needle}» #${nth} not in the text`);
    from = i + 1;
  }
  return { start: i, end: i + needle.length, text: needle };
}

const sentences: Span[] = [];
for (let pos = 0, line = 0; line < TEXT.split('\n').length; line++) {
  const l = TEXT.split('\n')[line];
  sentences.push({ start: pos, end: pos + l.length });
  pos += l.length + 1;
}
export const SENTENCES = sentences;

const sentenceAt = (s: Span): Span => sentences.find((x) => x.start <= s.start && s.start < x.end)!;

const entities: Entity[] = [
  { id: 'e1', type: 'person', name: 'سامي الخطيب', role: 'وزير الصحة', mentions: [at('سامي الخطيب'), at('الخطيب', 1)] },
  { id: 'e2', type: 'location', name: 'حلب', mentions: [at('حلب'), at('حلب', 1)] },
  { id: 'e3', type: 'organization', name: 'منظمة الإغاثة', mentions: [at('منظمة الإغاثة')] },
  { id: 'e4', type: 'location', name: 'مستشفى المدينة', mentions: [at('مستشفى المدينة')] },
];

function quote(id: string, kind: Quote['kind'], cue: string, content: string, speaker: Quote['speaker']): Quote {
  const c = at(cue);
  return { id, kind, cue: c, content: at(content), speaker, sentence: sentenceAt(c) };
}

const quotes: Quote[] = [
  quote('q1', 'indirect', 'أعلن', '120 مريضا غادروا مستشفى المدينة بعد تحسن حالتهم', { text: 'وزير الصحة سامي الخطيب', type: 'person', entityId: 'e1', ...span(at('وزير الصحة سامي الخطيب')) }),
  quote('q2', 'direct', 'وقال', 'سنفتح جناحا جديدا خلال أسبوعين', { text: 'الخطيب', type: 'person', entityId: 'e1', ...span(at('الخطيب', 1)) }),
  quote('q3', 'indirect', 'وذكرت', 'نحو 40% من الأسرّة ما زالت شاغرة', { text: 'مصادر طبية', type: 'anonymous', ...span(at('مصادر طبية')) }),
  quote('q4', 'indirect', 'وأفاد', 'المساعدات وصلت إلى حلب يوم 3 مارس 2024', { text: 'تقرير لمنظمة الإغاثة', type: 'document', ...span(at('تقرير لمنظمة الإغاثة')) }),
];

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}

const numbers: NumberMention[] = [
  { ...at('120'), value: 120, kind: 'cardinal', counted: at('مريضا') },
  { ...at('40%'), value: 40, kind: 'percent', unit: '%', approx: 'نحو' },
  { ...at('3 مارس 2024'), value: 3, kind: 'date', date: { calendar: 'gregorian', year: 2024, month: 3, day: 3 } },
  { ...at('2.5 مليون دولار'), value: 2_500_000, kind: 'money', unit: 'USD' },
];

export function makeAnalysis(): Analysis {
  return structuredClone({
    version: 1,
    textLength: TEXT.length,
    sentences,
    paragraphs: sentences,
    entities,
    quotes,
    numbers,
    stats: { characters: TEXT.length, tokens: 60, milliseconds: 1 },
    warnings: [],
  });
}

export const PAGE: PageInfo = {
  url: 'https://news.example.org/health/2024/hospital?id=7#top',
  title: 'مستشفى المدينة يستقبل المرضى من جديد',
  site: 'news.example.org',
  lang: 'ar',
  verdict: 'arabic-article',
  reason: 'Arabic news article (og:type article).',
};

export function readyTab(): TabAnalysis {
  return { state: 'ready', page: PAGE, text: TEXT, analysis: makeAnalysis() };
}

/** The popup's I18n over the real _locales files, English filling any gap as the browser does. */
export function i18nFor(lang: Lang): I18n {
  return createI18n(lang, dictLookup(lang === 'ar' ? ar : en, en));
}
