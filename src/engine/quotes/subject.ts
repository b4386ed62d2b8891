/**
 * Speakers written before their verb. Arabic news mostly puts the verb first; when a cue names no
 * speaker after it, the subject may stand before it («أن مصادر عدة أكدت أن», «وكان المرصد قد
 * أفاد»), or a participle may continue the subject of its sentence's own verb («وصل الوزير إلى
 * بغداد، مؤكدا أن …»).
 */
import type { Token } from '../text/tokenize.js';
import type { QuoteContext } from './context.js';
import { CONTRAST_LINKERS, afterAdverbialThat, isPunct, mentionsIn, personFrom, quoteOpenAt } from './context.js';
import { C, W, hasArticle, headClass, is, isCompanion, isKnownHead, isListedPair, isNameTakingWord, isNisba, isRelativePronoun, isWord, opensTopic, pluralOfPeople, withoutConj } from './word-classes.js';
import { VERB_FORMS } from '../lang/ar/verbs.js';
import { PEOPLE_QUANTIFIERS } from '../lang/ar/quote-words.js';
import { normalizeWord } from '../text/normalize.js';

let verbForms: ReadonlySet<string> | null = null;

/** What may stand right before a subject written before its verb: a complementizer, a linker, كان. */
const SUBJECT_BOUNDARY = W.COMPLEMENTIZER | W.LINKER | W.KANA;

/** Quotation marks a name inside a subject may stand in. */
const QUOTE_MARKS = '"«»“”';

/** Longest subject read before its verb, in words. */
const MAX_SUBJECT = 8;

/**
 * The subject written before a verb that names none after it: «أن مصادر عدة أكدت أن»,
 * «وكان المرصد قد أفاد», «لكن الوزير أكد», and at a sentence's start «مسؤول كبير في البيت الأبيض
 * قال لـCNN إن», «باريس تقول إنها». After a complementizer, كان or a linker any short phrase; at a
 * sentence's start only one that opens with a name or a known speaker word.
 */
export function subjectBefore(ctx: QuoteContext, i: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  let j = i - 1;
  // «لكن نائب رئيس الجمعية، عبد الرحمن أنور، قال»: a name between commas right before the verb.
  if (j > first && isPunct(tokens[j], '،,')) return nameBeforeComma(ctx, j) ?? subjectBeforeAside(ctx, j) ?? subjectBeforeStrayComma(ctx, j);
  // («ورغم ذلك أفادت الشركة …»: an adverbial phrase, the subject comes after the verb.)
  // («القرار الذي وصفه …»: the relative pronoun stands for what the verb is about, not its subject.)
  if (afterAdverbialThat(tokens, i) || is(tokens[i - 1], W.RELATIVE)) return null;
  j = beforeAuxiliaries(ctx, j, first);
  const last = j + 1;
  let n = 0;
  let quoted = 0;
  while (j >= first && n < MAX_SUBJECT) {
    const t = tokens[j];
    // «لكن صحيفة "الأيام" تقول إن»: a name in quotation marks inside the subject.
    if (isPunct(t, QUOTE_MARKS)) {
      quoted++;
      j--;
      continue;
    }
    if (t.kind !== 'word' || is(t, SUBJECT_BOUNDARY) || ctx.cues[j]) break;
    j--;
    n++;
  }
  if (n === 0) return null;
  // (Only a phrase opening with a speaker word may hold one: «صحيفة "…"», «وكالة "…"».)
  // (Marks in pairs: «أن كيم "أعرب …"» opens a quotation with the verb, the name is no subject of it.)
  if (quoted && (quoted % 2 === 1 || !!quoteOpenAt(ctx, last - 1) || isPunct(tokens[j + 1], QUOTE_MARKS) || !opensWithSpeaker(ctx, j + 1, last))) return null;
  if (n >= MAX_SUBJECT) return describingClause(ctx, i, last);
  const boundary = j >= first ? tokens[j] : undefined;
  // («إنه بعد دعوة وصفتها بـ"…"»: a phrase opened by a preposition is an adjunct, never a subject.)
  if (is(tokens[j + 1], W.PREPOSITION)) return null;
  // (Longer, up to MAX_SUBJECT, when it opens with a person, a title or a source: «لكن منسق
  // الحكومة الإسرائيلية في الأراضي الفلسطينية يقول إن»; a body's long phrase is mostly its
  // description, and would be taken for its name.)
  if (is(boundary, SUBJECT_BOUNDARY)) return n < 6 || (opensWithSpeaker(ctx, j + 1, last) && !opensWithBody(ctx, j + 1)) ? [j + 1, last] : null;
  if (!boundary && opensWithSpeaker(ctx, j + 1, last)) return [j + 1, last];
  return describingClause(ctx, i, last);
}

/**
 * «وكانت الهيئة أكدت العثور على …», «لكن الوزارة نفت الاتهامات»: a subject that a complementizer,
 * a linker or كان puts before the verb, opening with a name or a known speaker word. Arabic names
 * the subject once: the words after such a verb are its object, never another speaker.
 */
export function subjectBeforeVerb(ctx: QuoteContext, i: number): [number, number] | null {
  const subject = subjectBefore(ctx, i);
  if (!subject) return appositiveSubject(ctx, i);
  const [a, b] = subject;
  if (a === 0 || !is(ctx.tokens[a - 1], SUBJECT_BOUNDARY)) return null;
  // «إلا أن الإعلام الرسمي وصف الاتهام بـ«…»»: a verb that takes an object before its complement
  // makes any definite phrase before it its subject (after it comes the object, not a speaker).
  const hit = ctx.cues[i];
  const objectVerb = hit?.kind === 'verb' && !!hit.entry.object && hasArticle(ctx.tokens[a].norm) && !is(ctx.tokens[a], W.RELATIVE);
  return objectVerb || opensWithSpeaker(ctx, a, b) ? subject : null;
}

/**
 * Whether the verb at i has its subject written before it, whoever that is: a phrase after a
 * complementizer, a linker or كان («إن الكشف الطبي أظهر …», «لكن الفحوص أظهرت …»), or the pronoun
 * on the complementizer right before it («إنه يطالب بـ…», «أنهم لا يرون …»). Arabic names the
 * subject once: the words after such a verb are its object, never a speaker.
 */
export function subjectWrittenBefore(ctx: QuoteContext, i: number): 'noun' | 'pronoun' | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  const j = beforeAuxiliaries(ctx, i - 1, first);
  if (j < first) return null;
  const t = tokens[j];
  if (is(t, W.COMPLEMENTIZER)) return /^و?[فب]?ان(ه|ها|هم|هما|هن|نا|ني|ي|ك|كم)$/.test(t.norm) ? 'pronoun' : null;
  const subject = subjectBefore(ctx, i);
  if (!subject || subject[0] === 0 || !is(tokens[subject[0] - 1], SUBJECT_BOUNDARY)) return null;
  // After a preposition the «verb» is a noun («إن هذا الاتفاق بدا متناقضا مع وعد الرئيس …»).
  if (is(tokens[i - 1], W.PREPOSITION)) return null;
  return 'noun';
}

/**
 * «وحدد المحققون هوية المرأة», «ولاحظ الباحثون ارتفاع نسبة …»: after a group named by one
 * definite plural («الباحثون», «المحققون»), a plain word without ال (no name, no speaker word, no
 * adjective of it) heading a noun phrase opens the verb's object.
 */
export function objectAfterGroup(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (t.kind !== 'word' || !prev || prev.kind !== 'word' || !hasArticle(prev.norm)) return false;
  const group = headClass(prev.norm);
  // (An indefinite word is no adjective of the definite group, whatever its ending: «هوية».)
  if (!group.anonymous || !group.plural || /^[وفبل]/.test(t.norm) || (hasArticle(t.norm) && isNisba(t.norm))) return false;
  // («تعتبر الباحثون الثروة …»: a plural in -ون governs no genitive, so a definite word after it
  // that is no plural adjective, «الدوليون», is the object too.)
  if (hasArticle(t.norm) && !(withoutConj(prev.norm).endsWith('ون') && !/(ون|ين)$/.test(t.norm) && !isCompanion(t.norm, C.SPEAKER_ADJECTIVE))) return false;
  if (is(t, W.PREPOSITION | W.PARTICLE | W.COMPLEMENTIZER | W.NAME_TAKING) || ctx.cues[k] || mentionsIn(ctx, t.start, t.end).length > 0) return false;
  return !isKnownHead(headClass(t.norm, ctx.tokens[k + 1]?.norm));
}

/** «لا يزال», «ما زالت», «لم يعد»: a verb of going on, with its negation, belongs to the verb after it. */
const STILL = /^(يزال|تزال|يزالون|زال|زالت|زالوا|يعد|تعد|يعودوا)$/;

/**
 * The token before the words that belong to the verb at j + 1: «قد», a negation («إنهم لا
 * يعتقدون أن»), «لا يزال» («إنه لا يزال يرى أن»: the pronoun of «إنه», not «لا يزال», is the subject).
 */
function beforeAuxiliaries(ctx: QuoteContext, j: number, first: number): number {
  const { tokens } = ctx;
  if (j >= first && (tokens[j].norm === 'قد' || tokens[j].norm === 'لقد')) j--;
  if (j > first && STILL.test(tokens[j].norm) && (is(tokens[j - 1], W.NEGATION) || tokens[j - 1].norm === 'ما')) j--;
  if (j >= first && tokens[j].norm === 'ما') return j - 1;
  if (j >= first && is(tokens[j], W.NEGATION)) j--;
  return j;
}

/** Commas an apposition may put inside a subject before its verb. */
const MAX_SUBJECT_COMMAS = 2;

/**
 * «وكان وزير الخارجية البريطاني، بوريس جونسون، قد قال»: a subject after كان (or a linker or a
 * complementizer) with a name in apposition between commas, before the verb.
 */
function appositiveSubject(ctx: QuoteContext, i: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  let j = i - 1;
  if (j >= first && (tokens[j].norm === 'قد' || tokens[j].norm === 'لقد')) j--;
  // The words end with the apposition's closing comma.
  if (j < first || !isPunct(tokens[j], '،,')) return null;
  let last = j;
  let words = 0;
  let commas = 0;
  while (j >= first && words < MAX_SUBJECT) {
    const t = tokens[j];
    if (isPunct(t, '،,')) {
      if (++commas > MAX_SUBJECT_COMMAS) return null;
    } else if (t.kind !== 'word' || ctx.cues[j]) return null;
    else if (is(t, SUBJECT_BOUNDARY)) break;
    else words++;
    j--;
  }
  if (j < first || !is(tokens[j], SUBJECT_BOUNDARY) || words === 0 || commas < 2) return null;
  const a = j + 1;
  while (last > a && isPunct(tokens[last - 1], '،,')) last--;
  return opensWithSpeaker(ctx, a, last) ? [a, last] : null;
}

/**
 * «أما المعارضة فتقول إن», «وأما الوزير فقد أكد أن»: the topic «أما» sets up, answered by the ف
 * on the verb (or on «فقد» before it), is the verb's subject. `fa` is whether the verb carries the ف.
 */
export function topicBefore(ctx: QuoteContext, i: number, fa: boolean): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  let j = i - 1;
  // «أما النائب عن الحزب، شيروان الدوبرداني، فيرى أن»: the topic «أما» opens, asides and all.
  if (fa) {
    const topic = topicOfAmma(ctx, first, i + 1);
    if (topic) return topic;
  }
  if (!fa) {
    if (j < first || !/^ف(لقد|قد)$/.test(tokens[j].norm)) return null;
    j--;
  }
  const last = j + 1;
  let n = 0;
  while (j >= first && n < MAX_SUBJECT && tokens[j].kind === 'word' && !ctx.cues[j] && !is(tokens[j], SUBJECT_BOUNDARY) && !isTopic(tokens[j])) {
    j--;
    n++;
  }
  return j >= first && n > 0 && n < 6 && isTopic(tokens[j]) ? [j + 1, last] : null;
}

/** «أما», never «إما» (either), which normalizes alike. */
function isTopic(t: Token): boolean {
  return withoutConj(t.norm) === 'اما' && !t.text.replace(/^و/, '').startsWith('إ');
}

/** Words an indefinite source may carry before the verb that describes it («مصادر أمنية عراقية»). */
const MAX_INDEFINITE_SOURCE = 3;

/**
 * «وسط تقارير تفيد بأن …», «مؤشرات أخرى تشير إلى أن …», «مصادر تقول إن …»: a verb right
 * after an indefinite source describes it (an Arabic adjectival clause): the source speaks. Only a
 * known source head (a document, an anonymous source, a body) or a name, with at most two
 * indefinite adjectives after it.
 */
function describingClause(ctx: QuoteContext, i: number, last: number): [number, number] | null {
  const { tokens } = ctx;
  const hit = ctx.cues[i];
  if (!hit || hit.kind !== 'verb' || hit.prefix) return null;
  // «نفت الوزارة تقارير قالت إن …», «وسط تقارير أفادت بأن …», «منسوبا إلى مصادر أكدت أن»: a past
  // verb describes an indefinite source too, but only a known source head (a name before a past
  // verb is more often its subject in another construction).
  const past = !hit.present;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  for (let k = last - 1; k >= first && k >= last - MAX_INDEFINITE_SOURCE; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || hasArticle(t.norm) || is(t, W.PARTICLE | W.PREPOSITION | W.RELATIVE | W.LINKER | SUBJECT_BOUNDARY | W.TIME) || ctx.cues[k]) return null;
    // «تقارير في روسيا تتحدث»: a place closes a longer source; it does not describe itself.
    const names = mentionsIn(ctx, t.start, t.end);
    if (names.some((m) => m.type === 'location')) return null;
    if ((!past && names.some((m) => m.start === t.start)) || isKnownHead(headClass(t.norm, tokens[k + 1]?.norm))) {
      // «مصدر عسكري قال»: a source word before this one heads the phrase.
      const before = tokens[k - 1];
      if (past && k - 1 >= first && k - 1 >= last - MAX_INDEFINITE_SOURCE && before.kind === 'word' && !hasArticle(before.norm) && !ctx.cues[k - 1] && isKnownHead(headClass(before.norm, t.norm))) return [k - 1, last];
      return [k, last];
    }
  }
  return null;
}

/** The person named right before the comma at token c, itself after a comma: its tokens. */
function nameBeforeComma(ctx: QuoteContext, c: number): [number, number] | null {
  const { tokens } = ctx;
  const last = tokens[c - 1];
  const m = mentionsIn(ctx, last.start, last.end).find((x) => x.type === 'person' && x.end === last.end);
  if (!m) return null;
  let a = c - 1;
  while (a > 0 && tokens[a - 1].end > m.start) a--;
  return a > 0 && isPunct(tokens[a - 1], '،,') ? [a, c] : null;
}

/** Longest relative clause read between a subject and its verb, in tokens. */
const MAX_ASIDE = 30;

/**
 * «لكن دراسة كندية كبيرة، أشارت إلى أن»: a subject opening its clause (after «لكن», «بينما»… or
 * at the sentence start) with a stray comma before its verb (ANT: ~30 after «لكن» alone).
 */
function subjectBeforeStrayComma(ctx: QuoteContext, c: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[c]];
  let j = c - 1;
  let n = 0;
  while (j >= first && n < MAX_STRAY_SUBJECT && tokens[j].kind === 'word' && !is(tokens[j], SUBJECT_BOUNDARY) && !ctx.cues[j]) {
    j--;
    n++;
  }
  if (n === 0 || (j >= first && !CONTRAST_LINKERS.has(tokens[j].norm))) return null;
  // (No verb inside: «سأله ما إذا كانت روسيا سترد على …، قال» is a question, not a subject.)
  for (let k = j + 2; k < c; k++) if (opensWithVerb(ctx, k)) return null;
  return opensWithSpeaker(ctx, j + 1, c) ? [j + 1, c] : null;
}

/** Most words of a subject separated from its verb by a stray comma. */
const MAX_STRAY_SUBJECT = 5;

/**
 * «لكن القائد، الذي رفض تأكيد …، قال إن», «لكن صحيفة "ذي ناشونال" التي تصدر بالإنكليزية، قالت إن»,
 * «إيمان، التي اضطرت للسفر …، قالت إنها»: a relative clause closed by the comma at c stands between
 * the subject and its verb (ANT: ~90 such asides before a reporting verb and its complementizer).
 * The subject runs back from the relative pronoun to a linker, a complementizer or the sentence's
 * start, and opens with a name or a known speaker word.
 */
function subjectBeforeAside(ctx: QuoteContext, c: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[c]];
  for (let r = c - 2; r > first && r >= c - MAX_ASIDE; r--) {
    const t = tokens[r];
    if (t.kind === 'punct' && '.!?؟:'.includes(t.text)) return null;
    if (!is(t, W.RELATIVE) || t.norm === 'ما' || t.norm === 'مما' || t.norm === 'ممن') continue;
    let last = r;
    if (isPunct(tokens[last - 1], '،,')) last--;
    let j = last - 1;
    let n = 0;
    while (j >= first && n < MAX_SUBJECT) {
      const w = tokens[j];
      // («صحيفة "ذي ناشونال"»: a name in quotation marks is part of the subject.)
      if (isPunct(w, '"«»“”')) {
        j--;
        continue;
      }
      if (w.kind !== 'word' || is(w, SUBJECT_BOUNDARY) || ctx.cues[j]) break;
      j--;
      n++;
    }
    if (n === 0 || (j >= first && !is(tokens[j], SUBJECT_BOUNDARY))) continue;
    if (opensWithSpeaker(ctx, j + 1, last)) return [j + 1, last];
  }
  return null;
}

/** Whether the phrase at token a opens with an organization: named there, or a body's head word. */
function opensWithBody(ctx: QuoteContext, a: number): boolean {
  const t = ctx.tokens[a];
  if (mentionsIn(ctx, t.start, t.end).some((m) => m.start === t.start && m.type === 'organization')) return true;
  return headClass(t.norm, ctx.tokens[a + 1]?.norm).organization;
}

/**
 * Whether the words [a, b) before a verb read as its subject: they open with a person, an
 * organization or a place named there, or a known speaker word, and hold no relative clause.
 */
function opensWithSpeaker(ctx: QuoteContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  for (let k = a; k < b; k++) if (is(tokens[k], W.RELATIVE | W.PREPOSITION) && k === a) return false;
  for (let k = a; k < b; k++) if (is(tokens[k], W.RELATIVE)) return false;
  const head = tokens[a];
  if (mentionsIn(ctx, head.start, head.end).some((m) => m.start === head.start)) return true;
  return isKnownHead(headClass(head.norm, tokens[a + 1]?.norm));
}

/**
 * Whether the phrase at token a opens with a finite verb (the derived table lang/ar/verbs.ts, read
 * through a conjunction و) that no name found there covers: a clause, never a speaker. «وتابعت
 * "نعلم" جميعا …» quotes a verb right after its cue; «وأوضح في كلمة ألقاها …» reads a relative
 * clause; «حملة تدعو إلى …» puts a clause before a verb that describes, not reports.
 */
export function opensWithVerb(ctx: QuoteContext, a: number): boolean {
  const t = ctx.tokens[a];
  if (!t || t.kind !== 'word') return false;
  verbForms ??= new Set(VERB_FORMS);
  const w = t.norm.length > 3 && t.norm.startsWith('و') && !verbForms.has(t.norm) ? t.norm.slice(1) : t.norm;
  // («أجراها», «عقدوها»: with an object pronoun; not «ه», which is also a written ة.)
  const bare = w.replace(/(هما|هم|ها)$/, '');
  const forms = bare === w ? [w] : [w, bare, bare.replace(/ا$/, 'ي')];
  // («انتقدوا», «رفعوا»: the plural of a past form the table holds.)
  if (bare.length > 4 && bare.endsWith('وا')) forms.push(bare.slice(0, -2));
  if (!forms.some((f) => f.length >= 3 && verbForms!.has(f))) return false;
  const named = (k: number) => {
    const u = ctx.tokens[k];
    return !!u && mentionsIn(ctx, u.start, u.end).some((m) => m.type === 'person' || m.type === 'organization');
  };
  // («مات بورش»: a given name spelled like a verb, before a surname the names stage found.)
  return !named(a) && !named(a + 1);
}

/**
 * «وصل الوزير إلى بغداد، مؤكدا أن …»: a participle in a sentence with no reporting verb continues
 * the sentence's own subject. When the sentence opens with a verb (a word that is neither a noun
 * with ال nor a particle) followed by a name or a known speaker word, that phrase is the subject.
 */
export function sentenceSubject(ctx: QuoteContext, i: number): [number, number] | null {
  const { tokens } = ctx;
  let first = lastContrastClause(ctx, i);
  first = afterDiscourseAdjunct(ctx, first, i);
  // «أما ترودو فقد عول على …، عندما أكد أن»: the topic «أما» opens is the subject of what follows.
  const topic = topicOfAmma(ctx, first, i);
  if (topic) return topic;
  // «ورغم أن اللاعب غاب عن التدريب، إلا أنه أكد أن …»: the concession's subject is the one the
  // answer's pronoun stands for (ANT: ~80 «إلا أنه/أنها/أنهم» + a cue).
  const conceded = afterConcession(ctx, first, i);
  if (conceded > first) return namedSubjectFirst(ctx, conceded, i);
  // «ولم يشر البيان إلى …، لكنه قال»: the negated verb still has its subject; «وقد رفض …»: so has
  // the verb after its particle of aspect.
  if (is(tokens[first], W.NEGATION) || /^[وف]?(قد|لقد)$/.test(tokens[first]?.norm ?? '')) first++;
  const named = namedSubjectFirst(ctx, first, i);
  if (named) return named;
  const afterKana = subjectAfterKana(ctx, first, i);
  if (afterKana) return afterKana;
  const verb = tokens[first];
  if (!verb || verb.kind !== 'word' || first + 1 >= i) return null;
  // «نقلت الوكالة عن الوزير قوله إن …، لافتا»: the relay's verb; the participle goes on with the
  // source it relayed, remembered as the quote's speaker.
  const cue = ctx.cues[first];
  if (cue?.kind === 'verb' && (cue.entry.transmit || cue.entry.relays)) return null;
  const notVerb = W.PARTICLE | W.PREPOSITION | W.ADJUNCT_STARTER;
  if (hasArticle(verb.norm) || is(verb, notVerb) || isWord(withoutConj(verb.norm), notVerb) || isKnownHead(headClass(verb.norm))) return null;
  const a = first + 1;
  const head = tokens[a];
  // «واقترحت 4 صناديق أميركية …، معتبرة», «وانتقد ثلاثة نواب …، معتبرين»: a counted group of
  // speakers opening the clause is its subject.
  const counted = countedGroupEnd(ctx, a, i);
  if (counted > a) return [a, counted];
  if (head.kind !== 'word') return null;
  const names = mentionsIn(ctx, head.start, head.end).filter((m) => m.type !== 'location' || m.start === head.start);
  let b = a + 1;
  if (names.length > 0) {
    const end = Math.max(...names.map((m) => m.end));
    while (b < i && tokens[b].start < end) b++;
  } else if (!isKnownHead(headClass(head.norm))) {
    // «ودافع المؤيدون عن …، مؤكدين», «وأبدى عدد من المغردين …، قائلين»: a plural participle
    // goes on with a group of people opening the clause.
    const group = ctx.cues[i]?.plural ? peopleGroupEnd(ctx, a, i) : 0;
    if (!group) return null;
    b = group;
  } else {
    // «ولي العهد», «وزير الخارجية»: a two-word title listed as such.
    if (b < i && tokens[b].kind === 'word' && isListedPair(head.norm, tokens[b].norm)) b++;
    // «ورفض المهندس سامر نادر المشروع»: a title with the name after it — or after the title's
    // genitives («جدد الناطق باسم الحكومة الأردنية، محمد المومني، …», «نددت مندوبة إسرائيل في
    // مجلس حقوق الإنسان افيفا راز شيختر بالجلسة»).
    const end = titledName(ctx, b, i);
    if (end > b) b = end;
    // «أكدت صحيفة "معاريف" الإسرائيلية أن»: the name a kind takes in quotation marks.
    const q = b === a + 1 ? quoteOpenAt(ctx, b) : undefined;
    if (q && q.close >= 0 && isNameTakingWord(head.norm)) while (b < i && tokens[b].start <= q.close) b++;
  }
  // Its adjectives: nisba words (الأميركية، السوري); another noun with ال is the verb's object.
  while (b < i && b < a + 6 && tokens[b].kind === 'word' && hasArticle(tokens[b].norm) && isNisba(tokens[b].norm) && !ctx.cues[b]) b++;
  return [a, b];
}

/**
 * A number at token a with its counted noun («4 صناديق أميركية», «ثلاثة نواب»), read as the subject
 * of the cue at i when the cue agrees with a plural: plural itself (people: «معتبرين») or feminine
 * singular (things and bodies: «معتبرة»); a masculine singular cue never goes with it («وقتل 3
 * أشخاص، مضيفا»). The token after the counted noun and its nisba adjectives, or a.
 */
function countedGroupEnd(ctx: QuoteContext, a: number, i: number): number {
  const { tokens } = ctx;
  const t = tokens[a];
  const hit = ctx.cues[i];
  if (!t || !hit || !(hit.plural || hit.gender === 'f')) return a;
  const n = ctx.doc.numbers.find((x) => x.start === t.start);
  if (!n?.counted) return a;
  let b = a;
  while (b < i && tokens[b].start < n.counted.end) b++;
  const noun = tokens[b - 1];
  if (b <= a + 1 || noun.kind !== 'word' || noun.end !== n.counted.end || mentionsIn(ctx, noun.start, noun.end).length > 0) return a;
  while (b < i && tokens[b].kind === 'word' && isNisba(tokens[b].norm) && !ctx.cues[b]) b++;
  return b;
}

let quantifiers: ReadonlySet<string> | null = null;

/** Most genitives read after the head of a group of people («وزراء خارجية مجموعة الدول السبع»). */
const MAX_GROUP_GENITIVES = 4;

/**
 * «محللون», «المؤيدون», «ممثلو», «خبراء», «العلماء»: a plural of people as a subject (nominative:
 * -ون, or -ين after a quantifier, «بعض المؤرخين»), not a present verb («ينظرون»), a word after
 * its preposition («للقضاء», «لمنتقدين») nor a noun in -اء of four letters («القضاء», «البناء»).
 */
function soundOrBrokenPlural(norm: string, genitive: boolean): boolean {
  // (Right after its verb the subject carries no و: «وزراء» is not و + «زراء».)
  const w = norm;
  if (/^(لل|بال|كال)/.test(w) || (!isNisba(w) && /^[يت].{3,}ون$/.test(w))) return false;
  const bare = w.replace(/^ال/, '');
  if (bare.endsWith('اء')) return bare.length >= 5 && pluralOfPeople(bare);
  return bare.length >= 4 && (bare.endsWith('ون') || (bare.endsWith('و') && !w.startsWith('ال')) || (genitive && bare.endsWith('ين')));
}

/**
 * A group of people starting at token a, the subject of the verb before it: a plural of people
 * («المؤيدون», «خبراء التغذية», «ممثلو الشركتين», «محللون عسكريون») or a quantifier of one
 * («عدد من المغردين السعوديين», «بعض المؤرخين»). The token after it, or 0. A sound plural with its
 * ن («محللون») takes no genitive: a definite word after it is the verb's object («واعتبر محللون
 * القرار …»).
 */
function peopleGroupEnd(ctx: QuoteContext, a: number, i: number): number {
  const { tokens } = ctx;
  quantifiers ??= new Set(PEOPLE_QUANTIFIERS.map(normalizeWord));
  const word = (k: number) => (k < i && tokens[k]?.kind === 'word' && !ctx.cues[k] ? tokens[k].norm : '');
  let h = a;
  if (quantifiers.has(withoutConj(word(h)))) {
    h++;
    if (word(h) === 'كبير') h++;
    if (word(h) === 'من') h++;
  }
  const head = word(h);
  if (!head || !(headClass(head).plural || soundOrBrokenPlural(head, h > a)) || mentionsIn(ctx, tokens[h].start, tokens[h].end).length > 0 || is(tokens[h], W.PREPOSITION | W.PARTICLE)) return 0;
  let b = h + 1;
  const definite = hasArticle(head);
  if (!definite && !/(ون|ين)$/.test(head)) {
    // The construct's genitives, a chain ending in a definite word or a name («خبراء التغذية»,
    // «وزراء خارجية مجموعة الدول»), and what و joins to it («خبراء التغذية والصحة»).
    const named = (k: number) => mentionsIn(ctx, tokens[k].start, tokens[k].end).length > 0;
    let e = b;
    while (e < h + 1 + MAX_GROUP_GENITIVES && word(e) && !hasArticle(word(e)) && !named(e) && !is(tokens[e], W.PREPOSITION | W.PARTICLE)) {
      // («ممثلو عدد من الفرق»: a quantifier and its «من» inside the chain.)
      e += quantifiers.has(word(e)) && word(e + 1) === 'من' ? 2 : 1;
    }
    if (word(e) && (hasArticle(word(e)) || named(e))) {
      b = e + 1;
      while (word(b) && /^وال/.test(word(b)) && hasArticle(word(b))) b++;
    }
  }
  // Its adjectives, agreeing in definiteness: «المسؤولون الأمنيون», «محللون عسكريون».
  while (word(b) && isNisba(word(b)) && hasArticle(word(b)) === (definite || b > h + 1)) b++;
  return b;
}

/** Most words between «كان» and «قد» read as the subject. */
const MAX_KANA_SUBJECT = 6;

/**
 * «وكانت السعودية وقطر قد أيدتا …، واعتبرتا أن»: «كان» opening the sentence, then the subject,
 * then «قد» and the verb. The subject's tokens, when it names someone (a name or a speaker word).
 */
function subjectAfterKana(ctx: QuoteContext, first: number, i: number): [number, number] | null {
  const { tokens } = ctx;
  if (!is(tokens[first], W.KANA)) return null;
  const a = first + 1;
  for (let k = a; k < i && k <= a + MAX_KANA_SUBJECT; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || ctx.cues[k]) return null;
    if (t.norm !== 'قد') continue;
    if (k === a) return null;
    const head = tokens[a];
    const names = mentionsIn(ctx, head.start, head.end).some((m) => m.start === head.start);
    return names || isKnownHead(headClass(head.norm, tokens[a + 1]?.norm)) ? [a, k] : null;
  }
  return null;
}

/**
 * «من جهته، أبدى المهاجم … سعادته، وقال»: a discourse adjunct opening the sentence («من جهته»,
 * «من جانبها», with or without its comma) stands before the verb and its subject. The token
 * after it, or `first`.
 */
function afterDiscourseAdjunct(ctx: QuoteContext, first: number, i: number): number {
  const { tokens } = ctx;
  const t = tokens[first];
  const next = tokens[first + 1];
  if (!t || !next || first + 2 >= i || t.kind !== 'word' || withoutConj(t.norm) !== 'من' || next.kind !== 'word' || !isCompanion(next.norm, C.FROM_ADJUNCT)) return first;
  return isPunct(tokens[first + 2], '،,') ? first + 3 : first + 2;
}

/**
 * «وسخر كثيرون من اللاعب، بينما دافع آخرون عنه قائلين»: after «، بينما/لكن» the clause has a verb
 * and a subject of its own, which a participle in it goes on with. That clause's first token, or
 * the sentence's.
 */
function lastContrastClause(ctx: QuoteContext, i: number): number {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  for (let k = i - 2; k > first; k--) if (isPunct(tokens[k - 1], '،,') && CONTRAST_LINKERS.has(tokens[k].norm)) return k + 1;
  return first;
}

/** «رغم/بالرغم (من) أن», «على الرغم من أن» opening a sentence: the token after «أن», or `first`. */
function afterConcession(ctx: QuoteContext, first: number, i: number): number {
  const { tokens } = ctx;
  let k = first;
  const w = (j: number) => (tokens[j]?.kind === 'word' ? withoutConj(tokens[j].norm) : '');
  if (w(k) === 'علي' && w(k + 1) === 'الرغم') k += 2;
  else if (w(k) === 'رغم' || w(k) === 'بالرغم') k += 1;
  else return first;
  if (w(k) === 'من') k++;
  return w(k) === 'ان' && k + 1 < i ? k + 1 : first;
}

/** Most tokens between a title and the person's name it introduces. */
const MAX_TITLE_TAIL = 10;

/**
 * After a title's head word at token b-1: its genitives (definite words, «باسم», names, «في/لدى» +
 * a definite word or a name) up to the person named after them, alone or after a comma. The token
 * after that person's name, or b when no person is named there.
 */
function titledName(ctx: QuoteContext, b: number, i: number): number {
  const { tokens } = ctx;
  const named = (k: number) => !!tokens[k] && mentionsIn(ctx, tokens[k].start, tokens[k].end).length > 0;
  for (let k = b; k < i && k < b + MAX_TITLE_TAIL; k++) {
    const person = personFrom(ctx, k, i) ?? (isPunct(tokens[k], '،,') ? personFrom(ctx, k + 1, i) : null);
    if (person) return person[1];
    const t = tokens[k];
    if (t.kind !== 'word' || ctx.cues[k]) return b;
    if (hasArticle(t.norm) || /^لل../.test(t.norm) || t.norm === 'باسم' || named(k)) continue;
    if ((t.norm === 'في' || t.norm === 'لدي') && (named(k + 1) || (tokens[k + 1]?.kind === 'word' && hasArticle(tokens[k + 1].norm)))) continue;
    return b;
  }
  return b;
}

/** Most words of the topic between «أما» and its «ف». */
const MAX_TOPIC = 8;

/**
 * «أما X فـ…» opening the sentence: X, when it names someone (a name or a known speaker word) and
 * the word after it carries the «ف» that answers «أما». Its tokens, or null.
 */
function topicOfAmma(ctx: QuoteContext, first: number, i: number): [number, number] | null {
  const { tokens } = ctx;
  if (!opensTopic(tokens[first])) return null;
  const a = first + 1;
  const head = tokens[a];
  if (!head || head.kind !== 'word' || a >= i) return null;
  const named = mentionsIn(ctx, head.start, head.end).some((m) => m.start === head.start && m.type !== 'location') || isKnownHead(headClass(head.norm, tokens[a + 1]?.norm));
  if (!named) return null;
  let commas = 0;
  for (let b = a + 1; b < i && b <= a + MAX_TOPIC + commas * MAX_APPOSITION; b++) {
    const u = tokens[b];
    // «أما النائب عن الحزب، شيروان الدوبرداني، فيرى أن»: a name in apposition, between commas.
    if (isPunct(u, '،,') && commas < 2) {
      commas++;
      continue;
    }
    if (u.kind !== 'word') return null;
    if (u.norm.startsWith('ف') && u.norm.length > 2 && !mentionsIn(ctx, u.start, u.end).length) return commas > 0 ? appositionIn(ctx, a, b) : [a, b];
  }
  return null;
}

/** Most tokens of a name in apposition inside a topic. */
const MAX_APPOSITION = 6;

/**
 * In a topic [a, b) holding commas: the person named before or after its first comma (the
 * description on the other side says who that is), or the topic without its trailing comma.
 */
function appositionIn(ctx: QuoteContext, a: number, b: number): [number, number] {
  const { tokens } = ctx;
  const end = isPunct(tokens[b - 1], '،,') ? b - 1 : b;
  // («أما كزافييه جاياكومار، نائب رئيس الحزب، فقال»: the name first, its description after.)
  const first = personFrom(ctx, a, end);
  if (first && isPunct(tokens[first[1]], '،,')) return first;
  for (let k = a + 1; k < end; k++) if (isPunct(tokens[k], '،,')) return personFrom(ctx, k + 1, end) ?? [a, end];
  return [a, end];
}

/** Words that cannot be the verb after a subject opening its sentence. */
const NOT_A_VERB = W.PARTICLE | W.PREPOSITION | W.RELATIVE | W.LINKER | W.COMPLEMENTIZER | W.ADJUNCT_STARTER | W.TIME;

/**
 * «لكن سيلفا بدا حذرا …، متوقعا أن»: a person or organization the names stage found opening the
 * sentence (after a linker), followed by a word that may be its verb (no article, no particle):
 * the subject written before its verb. Its tokens, or null.
 */
function namedSubjectFirst(ctx: QuoteContext, first: number, i: number): [number, number] | null {
  const { tokens } = ctx;
  let a = first;
  if (is(tokens[a], W.LINKER)) a++;
  // «إلا أن الرئيس امتنع عن الرد، موضحا»: the linker's bare «أن» stands before the subject too.
  if (a > first && tokens[a]?.norm === 'ان') a++;
  const head = tokens[a];
  if (!head || head.kind !== 'word' || a >= i) return null;
  const name = mentionsIn(ctx, head.start, head.end).find((m) => m.start === head.start && (m.type === 'person' || m.type === 'organization'));
  let b = a;
  if (name) while (b < i && tokens[b].start < name.end) b++;
  else {
    // «ولكن الوزارة رفضت …، قائلة»: a definite speaker word with its adjectives is a subject too.
    if (!hasArticle(head.norm) || !isKnownHead(headClass(head.norm, tokens[a + 1]?.norm)) || mentionsIn(ctx, head.start, head.end).length > 0) return null;
    // Its adjectives and genitives: «المتحدث الرسمي باسم الخارجية المصرية».
    b = a + 1;
    while (b < i && b < a + 7 && tokens[b].kind === 'word' && (hasArticle(tokens[b].norm) || tokens[b].norm === 'باسم' || mentionsIn(ctx, tokens[b].start, tokens[b].end).length > 0) && !ctx.cues[b]) b++;
  }
  if (b >= i) return null;
  // «لكن الرئيس الذي كان يخاطب الحكومة استدرك قائلا»: a relative clause describes the subject
  // opening its sentence; the main verb comes after it.
  if (isRelativePronoun(tokens[b].norm)) return [a, b];
  // «وكان النادي، على غرار …، قد سحب القميص، مؤكدا»: an aside between commas, then the verb.
  const v = verbAfterAside(ctx, b, i);
  // («لم توافق»: the verb after its negation.)
  const verb = is(tokens[v], W.NEGATION) ? tokens[v + 1] : tokens[v];
  if (v > i || !verb || verb.kind !== 'word' || hasArticle(verb.norm) || is(verb, NOT_A_VERB) || (ctx.cues[verb.index] && verb.index !== i)) return null;
  if (mentionsIn(ctx, verb.start, verb.end).length > 0) return null;
  return [a, b];
}

/** Most tokens of an aside between commas after a subject opening its sentence. */
const MAX_COMMA_ASIDE = 16;

/**
 * The token of the verb after a subject ending at b: b itself, or, when an aside between commas
 * follows the subject («، وهو جندي سابق …،», «، على غرار …،»), the token after the aside's
 * closing comma and an aspect particle («قد»).
 */
function verbAfterAside(ctx: QuoteContext, b: number, i: number): number {
  const { tokens } = ctx;
  if (!isPunct(tokens[b], '،,')) return b;
  for (let k = b + 2; k < i && k <= b + MAX_COMMA_ASIDE; k++) {
    if (tokens[k].kind === 'punct' && !isPunct(tokens[k], '،,"«»“”')) return b;
    if (!isPunct(tokens[k], '،,')) continue;
    const v = /^(قد|لقد)$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    return v < i ? v : b;
  }
  // «وكان يحيى السنوار، رئيس حركة … "حماس" قال …»: an aside left open runs up to the cue itself,
  // whose subject this is.
  return i - b <= MAX_COMMA_ASIDE ? i : b;
}

/**
 * The noun a relative pronoun at token r refers to, as a speaker: the words before it, back to a
 * comma or a clause boundary, when they open with a name or a known speaker word («روسيا التي»,
 * «وزير الخارجية سيرغي لافروف الذي»). A person named last in them stands for the whole.
 */
export function antecedentOf(ctx: QuoteContext, r: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[r]];
  let j = r - 1;
  if (j >= first && isPunct(tokens[j], '،,')) j--;
  const last = j + 1;
  let a = -1;
  // «إذاعة "شذى إف إم"، التي تقول إنها …»: a name in quotation marks after the word that says
  // what it is, a body's head word.
  const close = j >= first && isPunct(tokens[j], QUOTE_MARKS) ? j : -1;
  if (close >= 0) {
    let open = close - 1;
    while (open > first && open > close - 6 && !quoteOpenAt(ctx, open)) open--;
    const head = tokens[open - 1];
    const q = quoteOpenAt(ctx, open);
    if (!q || q.close !== tokens[close].start || !head || head.kind !== 'word' || !headClass(head.norm, tokens[open + 1]?.norm).organization) return null;
    return [open - 1, last];
  }
  for (let k = j; k >= first && k > j - MAX_SUBJECT; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || is(t, SUBJECT_BOUNDARY | W.PREPOSITION) || ctx.cues[k]) break;
    // («وحدد المحققون هوية المرأة، التي أكدت …»: the group's object is where the antecedent starts.)
    if (k < j && objectAfterGroup(ctx, k + 1)) break;
    if (mentionsIn(ctx, t.start, t.end).some((m) => m.start === t.start) || isKnownHead(headClass(t.norm, tokens[k + 1]?.norm))) a = k;
  }
  return a >= 0 && a < last ? [a, last] : null;
}

/** How far back from a relative pronoun the speech event it refers to may stand. */
const MAX_EVENT_BACK = 10;

/**
 * «تصريحات الرئيس الأخيرة التي قال فيها إن», «تغريدة ترامب التي أكد فيها أن»: a relative clause
 * whose verb says «فيه/فيها» (in which) refers to a speech event; who speaks is the event's owner,
 * the name or speaker word right after the event's noun. r is the relative pronoun's token.
 */
export function eventOwner(ctx: QuoteContext, r: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[r]];
  for (let k = r - 1; k >= first && k >= r - MAX_EVENT_BACK; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || !is(t, W.EVENT)) continue;
    const owner = tokens[k + 1];
    if (!owner || k + 1 >= r || owner.kind !== 'word') return null;
    const name = mentionsIn(ctx, owner.start, ctx.tokens[r - 1].end).find((m) => m.start >= owner.start && (m.type === 'person' || m.type === 'organization'));
    if (name) {
      let a = k + 1;
      while (a < r && tokens[a].end <= name.start) a++;
      let b = a;
      while (b < r && tokens[b].start < name.end) b++;
      return b > a ? [a, b] : null;
    }
    return isKnownHead(headClass(owner.norm, tokens[k + 2]?.norm)) ? [k + 1, k + 2] : null;
  }
  return null;
}
