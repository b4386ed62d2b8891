/**
 * Source markers: «بحسب المرصد»، «وفقا للخبراء»، «نقلا عن مصدر»، «على لسان». The marker names a
 * source; the reported clause is the rest of the sentence when the marker opens it («وبحسب تقرير …،
 * سُجلت …»), or the clause before it when the marker closes it («قتل خمسة، بحسب المرصد»).
 * «حسب الرغبة» is no attribution: the source must look like a speaker.
 */
import type { Token } from '../text/tokenize.js';
import { countBefore } from '../spans.js';
import type { QuoteContext } from './context.js';
import { isPunct, mentionsIn, quoteOpenAt, relativeAsideClose } from './context.js';
import type { CueHit } from './cue-index.js';
import { cueAt, documentCueAt } from './cue-index.js';
import { C, W, hasArticle, headClass, is, isCompanion, isKnownHead, isListedPair, isNisba, isWord, withoutConj } from './word-classes.js';
import { normalizeWord } from '../text/normalize.js';
import { readAttribution } from './attribution.js';
import { isDemonstrative } from './adjuncts.js';
import { opensWithVerb } from './subject.js';
import type { Content } from './content.js';
import { clauseEnd, trimContent } from './content.js';
import { originalOffset } from '../text/tokenize.js';
import { CLITIC_POLICIES, readings } from '../text/clitics.js';

export interface MarkerQuote {
  cue: [number, number];
  /** Speaker span in characters. */
  speaker: [number, number];
  /** «بحسب ما نقلت رويترز عن مصدر»: who relays, in characters. */
  relay?: [number, number];
  content: Content;
}

/** The source named after a marker, as a token range: head plus its modifiers and genitives. */
function sourcePhrase(ctx: QuoteContext, k: number, limit: number, attached: number): number {
  const { tokens } = ctx;
  const head = tokens[k];
  const headIndefinite = !hasArticle(head.norm) && !head.norm.startsWith('لل');
  let b = Math.max(k + 1, shortQuotedName(ctx, k));
  // «بحسب "فلان" مراسل الإذاعة»: a title after a quoted name describes it.
  if (b > k + 1 && b < limit && tokens[b].kind === 'word' && headClass(tokens[b].norm).title) b++;
  let adjectives = 0;
  while (b < limit && b < k + 10) {
    const t = tokens[b];
    if (t.kind === 'punct') {
      // «حسب تقديرات "الشبكة العربية …"»: a short quotation in the source is a name.
      const named = shortQuotedName(ctx, b);
      if (named > b && named <= limit) {
        b = named;
        continue;
      }
      if (t.text === '(') {
        let c = b + 1;
        while (c < limit && c < b + 8 && tokens[c].text !== ')') c++;
        if (c < limit && tokens[c].text === ')') {
          b = c + 1;
          continue;
        }
      }
      break;
    }
    if (t.kind !== 'word' || is(t, W.COMPLEMENTIZER) || ctx.cues[b] || is(t, W.TIME)) break;
    const n = t.norm;
    const inName = mentionsIn(ctx, t.start, t.end).length > 0;
    // «وفقا لتقرير للأمم المتحدة»: a genitive with ل (not لا, the negation).
    const genitive = n.length > 3 && !n.startsWith('لا') && readings(n, CLITIC_POLICIES.preposition).length > 0;
    const definite = hasArticle(n);
    const within = (n === 'في' || n === 'من') && b + 1 < limit && tokens[b + 1].kind === 'word' && (hasArticle(tokens[b + 1].norm) || headClass(tokens[b + 1].norm).organization);
    if (b === k + 1 && isListedPair(head.norm.slice(attached), n)) b++;
    else if (inName || definite || genitive) b++;
    else if (within) b += 2;
    // («وفقا لمصادر ميدانية»: an indefinite nisba adjective of an indefinite source head too.)
    else if (headIndefinite && adjectives < 2 && (isCompanion(n, C.SOURCE_ADJECTIVE) || (isNisba(n) && headClass(head.norm.slice(attached)).anonymous))) {
      adjectives++;
      b++;
    } else if (b === k + 1 && headIndefinite && !headClass(head.norm).anonymous && !headClass(head.norm).document) b++;
    else break;
  }
  return b;
}

/** Most words in a quoted name after a marker («بحسب "مراسلون بلا حدود"»). */
const MAX_QUOTED_NAME_WORDS = 6;

/** After a short closed quotation opening at token k that names a source (not a clause), the token after it; else k. */
function shortQuotedName(ctx: QuoteContext, k: number): number {
  const q = quoteOpenAt(ctx, k);
  if (!q || q.close < 0) return k;
  let c = k + 1;
  let words = 0;
  while (c < ctx.tokens.length && ctx.tokens[c].start < q.close) {
    const t = ctx.tokens[c];
    if (t.kind === 'word' && (++words > MAX_QUOTED_NAME_WORDS || is(t, W.COMPLEMENTIZER) || ctx.cues[c])) return k;
    c++;
  }
  return words > 0 ? c + 1 : k;
}

/**
 * «حسب تصريح علاء عابد», «بحسب تصريحات وزير المالية»: a speech event whose genitive is a name or a
 * speaker word names its source as a document does («حسب تقرير البنك») — not «حسب البيان» alone,
 * nor «حسب الحديث» about something.
 */
function eventOfSpeaker(ctx: QuoteContext, stem: string, g: number): boolean {
  const owner = ctx.tokens[g];
  if (!isWord(stem, W.EVENT) || !owner || owner.kind !== 'word' || g >= ctx.sentLast[ctx.tokSentence[g]]) return false;
  return mentionsIn(ctx, owner.start, owner.end).some((m) => m.start === owner.start) || isKnownHead(headClass(owner.norm, ctx.tokens[g + 1]?.norm));
}

/** Most words of a marker verb's adjuncts after its subject («عبر صفحتها الرسمية على موقع تويتر»). */
const MAX_VERB_TAIL = 12;

/**
 * After «بحسب ما + verb + subject», words that go on with that verb rather than the reported
 * clause: an adjunct opened by a preposition or a relative clause on the source, running to a comma
 * (or, for a marker closing its clause, the end of the sentence) with no cue or complementizer
 * inside. The token after them, or k.
 */
function verbTailEnd(ctx: QuoteContext, k: number, limit: number, opening: boolean): number {
  const t = ctx.tokens[k];
  if (!t || k >= limit || t.kind !== 'word' || !is(t, W.PREPOSITION | W.RELATIVE)) return k;
  for (let c = k; c < limit && c < k + MAX_VERB_TAIL; c++) {
    const u = ctx.tokens[c];
    if (isPunct(u, '،,')) return c;
    if (ctx.cues[c] || is(u, W.COMPLEMENTIZER) || quoteOpenAt(ctx, c)) return k;
    // (Opening its sentence, the marker's clause ends at a comma; the statement follows.)
    if (u.kind === 'punct' && !isPunct(u, '()')) return isPunct(u, '.!؟?') && !opening ? c : k;
  }
  return limit <= k + MAX_VERB_TAIL && !opening ? limit : k;
}

/** Only linkers, punctuation and conjunctions before token i in its sentence. */
function opensSentence(ctx: QuoteContext, i: number): boolean {
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  for (let k = first; k < i; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'punct' || is(t, W.LINKER) || t.norm === 'و') continue;
    return false;
  }
  return true;
}

/** A source-marker attribution at token i, or null. */
export function readSourceMarker(ctx: QuoteContext, i: number): MarkerQuote | null {
  const { tokens } = ctx;
  const m = ctx.markers[i];
  if (!m) return null;
  const s = ctx.tokSentence[i];
  const limit = ctx.sentLast[s];
  let k = m.next;
  if (k >= limit) return null;
  let speakerFirst = k;
  let speakerEnd: number;
  let speakerStart: number;
  let relay: [number, number] | undefined;
  // «بحسب ما أفاد المرصد», «حسبما ذكرت الوكالة», «وفقا لما ذكره»: the source is the verb's subject.
  const viaMa = tokens[k].norm === 'ما' || tokens[i].norm.endsWith('حسبما') || (m.attached === 1 && tokens[k].norm === 'لما');
  if (viaMa) {
    if (tokens[k].norm === 'ما' || tokens[k].norm === 'لما') k++;
    // The context drops verbs after «ما» (their subject is unseen); here the source is that subject.
    // («بحسب ما جاء في تقرير البنك»: a document verb reads its document as the speaker.)
    const hit: CueHit | null = tokens[k] ? documentCueAt(tokens, k, true) ?? cueAt(tokens[k]) : null;
    if (!hit || hit.kind !== 'verb') return null;
    // (A document verb's reading starts at the document, after its «في».)
    const att = readAttribution(ctx, k, hit, hit.entry.lemma === 'جاء في' ? k + 2 : k + 1);
    if (!att.speaker) return null;
    speakerFirst = att.speaker[0];
    speakerStart = tokens[speakerFirst].start;
    speakerEnd = tokens[att.speaker[1] - 1].end;
    k = att.speaker[1];
    if (att.relay) relay = [tokens[att.relay[0]].start, tokens[att.relay[1] - 1].end];
  } else {
    const head = tokens[k];
    if (head.kind !== 'word' && !quoteOpenAt(ctx, k)) return null;
    const stem = m.attached ? head.norm.slice(m.attached) : head.norm;
    // «بحسب "فلان" مراسل الإذاعة»: a short name in quotation marks is the source.
    const quotedName = shortQuotedName(ctx, k) > k;
    const known = quotedName || isKnownHead(headClass(m.attached === 2 ? 'ال' + stem : stem)) || mentionsIn(ctx, head.start, head.end).length > 0 || eventOfSpeaker(ctx, stem, k + 1);
    // «وبحسب موقع الجيش، فإن …»: a marker opening its sentence, its source closed by a comma, names a
    // source whatever its head (ANT: nine in ten sentence-opening markers do).
    const opening = opensSentence(ctx, i) && commaAhead(ctx, k, limit) > k;
    if (!(known || opening) || isWord(head.norm, W.NON_SOURCE) || isWord(stem, W.NON_SOURCE)) return null;
    // «ووفقا لذلك، …», «وبحسب هذا»: accordingly — a demonstrative standing alone names no source
    // («وفقا لهذا التقرير» does).
    if (isDemonstrative(stem) && !(tokens[k + 1]?.kind === 'word' && hasArticle(tokens[k + 1].norm))) return null;
    let b = sourcePhrase(ctx, k, limit, m.attached);
    // «طبقا لاستطلاع أجرته مجلة …»: how the document was made is part of the source, up to a comma.
    if (b < limit && is(tokens[b], W.DOCUMENT_CLAUSE_VERB)) {
      // A quotation, or a preposition opening one («صدر عن المكتب إلى "…"»), is what was reported.
      while (b < limit && !isPunct(tokens[b], '،,') && !is(tokens[b], W.COMPLEMENTIZER) && !ctx.cues[b] && !quoteNext(ctx, b)) b++;
    }
    // «وحسب المتحدث باسم الخارجية، فإن …»: opening the sentence (or its clause, with ف), the
    // source runs to its comma.
    if (opensSentence(ctx, i) || opensWithFa(tokens[i])) {
      for (let c = b; c < limit && c < k + 12; c++) {
        const t = tokens[c];
        if (isPunct(t, '،,')) {
          b = c;
          break;
        }
        // («بحسب تقرير لـ"دويتشه فيله"، …»: a name in quotation marks is part of the source.)
        if (isPunct(t, '"«»“”')) continue;
        // («وبحسب البيان فقد أصدرت المحكمة …»: ف answers the marker; the statement starts there.)
        if (t.kind !== 'word' || ctx.cues[c] || is(t, W.COMPLEMENTIZER) || isAnsweringFa(t)) break;
      }
    }
    speakerStart = m.attached ? originalOffset(head, m.attached) : head.start;
    speakerEnd = tokens[b - 1].end;
    k = b;
  }
  // «بحسب ما أدلى به نشطاء مقربون منه.»: a few words left before the sentence ends still describe
  // the source; the marker closes its clause.
  // After a marker inside its sentence, any such words do («… بحسب وكالة الأنباء الأردنية بترا.»,
  // «… نقلا عن مصدر بالنادي.», «… وفقا لموقع Coindesk الإلكتروني.»; ANT: ~1 in 100 markers read
  // them as the words reported); opening its sentence the words after it may be the statement
  // («وبحسب الوزير ارتفعت الأسعار.»).
  const [tail, described] = tailOfSource(ctx, k, limit, !opensSentence(ctx, i));
  if (tail > k) {
    if (described > k) speakerEnd = tokens[described - 1].end;
    k = tail;
  } else if (viaMa) {
    // «حسبما ذكرت الوزارة عبر صفحتها على تويتر.», «بحسب ما جاء في القرار الذي نشر الأحد، فإن …»:
    // after the subject of «ما» + verb, the verb's own adjuncts and the source's relative clause
    // still belong to the marker, up to the comma or the sentence end.
    k = verbTailEnd(ctx, k, limit, opensSentence(ctx, i));
  }
  // «وحسب التصريحات، التي نقلتها الصحيفة عن …، فإن …»: a relative aside about the source, closed
  // by a comma right before what answers the marker, still describes the source.
  const aside = relativeAsideClose(tokens, k, limit);
  if (aside > 0 && (is(tokens[aside + 1], W.COMPLEMENTIZER) || isAnsweringFa(tokens[aside + 1]))) k = aside;
  const cue: [number, number] = [tokens[i].start, viaMa ? tokens[speakerFirst - 1].end : m.attached ? speakerStart : tokens[m.next - 1].end];
  const speaker: [number, number] = [speakerStart, speakerEnd];

  // What follows the source: «، فإن …», «، …», or more of the clause.
  let after = k;
  while (after < limit && (tokens[after].kind === 'punct' || is(tokens[after], W.COMPLEMENTIZER) || isAnsweringFa(tokens[after]))) after++;
  const sentenceStart = tokens[ctx.sentFirst[s]].start;
  let content: Content | null = null;
  const restStart = after < limit ? tokens[after].start : -1;
  if (opensSentence(ctx, i)) {
    // «وبحسب رويترز، فقد ذكر المسؤول أن …»: the clause after the source is an attribution of its
    // own; the marker only says who relays it.
    let v = after;
    while (v < limit && v < after + 2 && is(tokens[v], W.LINKER)) v++;
    const inner = v < limit ? ctx.cues[v] : null;
    if (inner && inner.kind === 'verb' && !inner.present) return null;
    if (restStart >= 0) content = span(ctx, restStart, clauseEnd(ctx, restStart));
    // «… المفاوضات. بحسب رويترز.»: a marker standing alone attributes the sentence before it.
    else content = sentenceBefore(ctx, s);
  } else {
    const commaBefore = i > 0 && isPunct(tokens[i - 1], '،,');
    // «ذكرت صحيفة محلية، نقلا عن مسؤول، أن …»: between commas, right before the complementizer of
    // a reporting verb, the marker is an aside of that attribution (ANT: ~30), which reads it; it
    // attributes nothing of its own.
    // (Time words may stand between: «، حسبما أوردت صحيفة …، السبت، أن …».)
    let pastTime = k;
    while (pastTime < limit && (isPunct(tokens[pastTime], '،,') || is(tokens[pastTime], W.TIME))) pastTime++;
    if (commaBefore && pastTime > k && isPunct(tokens[k], '،,') && is(tokens[pastTime], W.COMPLEMENTIZER) && cueBefore(ctx, i, MAX_CUE_BEFORE_ASIDE, true)) return null;
    const nothingAfter = restStart < 0;
    // «… سجل انكماشا بحسب بيانات الوزارة، في حين …»: mid-sentence, a marker closes the clause before
    // it (ANT: most markers without a comma do), unless a complementizer takes up the clause after
    // the source («بحسب الخبراء فإن …») or the marker opens a clause of its own («والتي بحسب …»).
    // A clause that runs on after the source, without a comma, holds the marker inside it («رفضت
    // المحكمة حسب الوكالة طلبا …»): read forward.
    let forward = i > 0 && is(tokens[i - 1], W.RELATIVE | W.COMPLEMENTIZER | W.LINKER);
    if (!isPunct(tokens[k], '،,؛;')) forward = true;
    for (let c = k; c < after && !forward; c++) if (is(tokens[c], W.COMPLEMENTIZER)) forward = true;
    // «…، فبحسب تقرير للوكالة، فازت شركات …»: with ف the marker opens the clause after it.
    const consequent = opensWithFa(tokens[i]) && !nothingAfter;
    // «كما استهدفت مدفعية الجيش، وفقا للمصادر، مواقع للميليشيا»: between commas inside a clause
    // that goes on after it (its object, no new clause), the marker attributes the whole clause.
    const parenthetical = commaBefore && isPunct(tokens[k], '،,') && goesOnAfter(ctx, k + 1, limit);
    if (parenthetical) content = span(ctx, clauseStartBefore(ctx, i, sentenceStart), clauseEnd(ctx, tokens[k + 1].start));
    else if (!consequent && (commaBefore || nothingAfter || !forward)) {
      // «…، وباتت تسيطر على ثمانين بالمئة منها بحسب المرصد»: with no comma before it, the marker
      // attributes only the conjoined clause it closes (dev and quotes-train gold: 7 of 9 such markers).
      const start = clauseStartBefore(ctx, i, sentenceStart);
      content = span(ctx, commaBefore ? start : Math.max(start, conjoinedClauseBefore(ctx, i)), tokens[i].start);
    }
    else content = span(ctx, restStart, clauseEnd(ctx, restStart));
  }
  if (!content) return null;
  return relay ? { cue, speaker, relay, content } : { cue, speaker, content };
}

/** «أحد/إحدى …», «ذي الأصول …», a participle in م… ending in ا/ة («مرجعة», «مضيفا»). */
const DESCRIBES_SOURCE = /^(احد|احدي|ذي|ذو|ذات|م..+[اه])$/;

/**
 * Whether the word at k goes on with the clause before a parenthetical marker: a plain word (its
 * object or more of it), not one opening a clause of its own (و/ف, a verb of saying, a linker, a
 * complementizer, a preposition or an adjunct).
 */
function goesOnAfter(ctx: QuoteContext, k: number, limit: number): boolean {
  const t = ctx.tokens[k];
  if (k >= limit || !t || t.kind !== 'word' || ctx.cues[k] || /^[وف]/.test(t.norm) || hasArticle(t.norm)) return false;
  // («بحسب ياو، التي تقول», «بحسب ما يقوله نيوكوم، أحد خبراء …», «بحسب الصحيفة، مرجعة ذلك إلى»:
  // who the source is or how it went on — a name, a description, a circumstantial participle.)
  if (mentionsIn(ctx, t.start, t.end).length > 0 || isKnownHead(headClass(t.norm, ctx.tokens[k + 1]?.norm)) || DESCRIBES_SOURCE.test(t.norm)) return false;
  // «وأسفرت المعارك، بحسب المصدر، عن مقتل …», «وبدا، بحسب الصحيفة، أن …»: the verb's own
  // preposition or complement after the marker goes on with its clause.
  if (is(t, W.PREPOSITION | W.COMPLEMENTIZER) && !is(t, W.LINKER | W.CLAUSE_BREAK | W.RELATIVE)) return true;
  return !is(t, W.LINKER | W.PARTICLE | W.ADJUNCT_STARTER | W.CLAUSE_BREAK | W.TIME | W.MANNER | W.RELATIVE);
}

/** «فقد», «فلقد»: the ف answering a marker that opens its sentence («وبحسب البيان فقد …»). */
function isAnsweringFa(t: Token): boolean {
  return t.norm === 'فقد' || t.norm === 'فلقد';
}

/** «فبحسب», «فوفقا»: a marker carrying ف, which opens the clause after it (not «فحسب», only). */
function opensWithFa(t: Token): boolean {
  return /^ف(ب?حسب|وفقا|طبقا)$/.test(t.norm);
}

/** How far before an aside marker the reporting verb it interrupts may stand, in tokens. */
const MAX_CUE_BEFORE_ASIDE = 12;

/** Longest run of words after a source that still belongs to it when its sentence ends right after. */
const MAX_SOURCE_TAIL = 3;
/** … and when it is a title apposed to a person's name («رئيس لجنة العمل بالبرلمان المصري»). */
const MAX_APPOSED_TAIL = 6;

/** A quotation, or a preposition opening one, at token c. */
function quoteNext(ctx: QuoteContext, c: number): boolean {
  return !!quoteOpenAt(ctx, c) || (is(ctx.tokens[c], W.PREPOSITION) && !!quoteOpenAt(ctx, c + 1));
}

/** Words that go on describing a noun («منه», «المحلية», a name), not an adjunct («بسبب …»). */
function describes(ctx: QuoteContext, t: Token): boolean {
  return is(t, W.PRONOUN_PREP) || hasArticle(t.norm) || mentionsIn(ctx, t.start, t.end).length > 0;
}

/**
 * Words of the clause, not of its source, after a trailing marker: closing adverbs («بحسب مراسل
 * الإذاعة هناك.») and the openings of an adjunct («وفقا للمحللين بسبب الركود»).
 */
const CLAUSE_WORDS = new Set(['هناك', 'هنالك', 'ايضا', 'كذلك', 'انذاك', 'حينها', 'بسبب', 'بفضل', 'رغم', 'جراء', 'نتيجه', 'اثر', 'عقب', 'بعد', 'قبل', 'منذ', 'حتي', 'لان', 'بينما']);

/**
 * A word after a trailing source that still names it though it is no definite word nor a known
 * name («مصدر بالنادي», «موقع Coindesk», «وكالة الأنباء الأردنية بترا.», «وسائل إعلام رسمية»,
 * «مراسل الوكالة في حلب»): any but an adjunct's opening («بسبب الركود») or a closing adverb.
 */
function looseSourceWord(ctx: QuoteContext, e: number): boolean {
  const t = ctx.tokens[e];
  if (is(t, W.LINKER | W.EVENT) || CLAUSE_WORDS.has(t.norm)) return false;
  if (!is(t, W.ADJUNCT_STARTER | W.PREPOSITION | W.PARTICLE)) return true;
  // A preposition before a name or a definite noun still places the source («عن وزارة المالية»,
  // «في حلب», «قريبة من الملف»), not before an event («في بيان», «في حينه»).
  const n = ctx.tokens[e + 1];
  return !!n && n.kind === 'word' && (hasArticle(n.norm) || mentionsIn(ctx, n.start, n.end).some((m) => m.start === n.start && m.type !== 'person'));
}

function namesPerson(ctx: QuoteContext, t: Token): boolean {
  return mentionsIn(ctx, t.start, t.end).some((m) => m.type === 'person');
}

function usable(ctx: QuoteContext, t: Token): boolean {
  return t.kind === 'word' && !is(t, W.COMPLEMENTIZER) && !ctx.cues[t.index];
}

/**
 * The words that end the sentence after the source at k: the token after them, and the token after
 * those that still describe the source (a time word after them, «الخميس», is the clause's, not the
 * source's). [k, k] when there are none or too many.
 */
function tailOfSource(ctx: QuoteContext, k: number, limit: number, loose: boolean): [number, number] {
  let e = k;
  // Loosely, any word of the source's; but a person's name after a ل-word is another's («الإحصاءات
  // الرسمية لإدارة ترامب» is not Trump's source; «وزير الداخلية الإيطالي ماتيو سالفيني» is).
  for (; e < limit && usable(ctx, ctx.tokens[e]) && !is(ctx.tokens[e], W.TIME); e++) {
    const t = ctx.tokens[e];
    const ofPerson = loose && namesPerson(ctx, t) && e > k && ctx.tokens[e - 1].norm.startsWith('ل') && !describes(ctx, ctx.tokens[e - 1]);
    if (ofPerson) break;
    if (describes(ctx, t)) continue;
    if (!loose || namesPerson(ctx, t) || !looseSourceWord(ctx, e)) break;
  }
  const described = e;
  while (e < limit && usable(ctx, ctx.tokens[e]) && is(ctx.tokens[e], W.TIME)) e++;
  // «… حسب تصريح سعيد الأحمد رئيس لجنة العمل بالبرلمان.»: a title apposed to the source runs longer.
  // (k may be the end of the text: the source is its last word.)
  const apposed = k > 0 && k < limit && namesPerson(ctx, ctx.tokens[k - 1]) && ctx.tokens[k].kind === 'word' && headClass(ctx.tokens[k].norm).title;
  if (e === k || e - k > (apposed ? MAX_APPOSED_TAIL : MAX_SOURCE_TAIL)) return [k, k];
  // Only a sentence end (or nothing) may follow.
  for (let j = e; j < limit; j++) if (!isPunct(ctx.tokens[j], '.!؟?»”")')) return [k, k];
  return [e, described];
}

/** Start of the clause a trailing marker attributes: after the last complementizer, else the sentence start. */
function clauseStartBefore(ctx: QuoteContext, i: number, sentenceStart: number): number {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  // «…، الأمر الذي يثير الشكوك، وفقا لـ…»: the journalist's clause just before is what is attributed.
  const before = i > 0 && isPunct(tokens[i - 1], '،,') ? tokens[i - 1].start : tokens[i].start;
  const own = lastClauseStartBefore(ctx, before - 1);
  if (own > sentenceStart && own < tokens[i].start) {
    for (let k = i - 1; k >= first && tokens[k].start >= own; k--) if (is(tokens[k], W.COMPLEMENTIZER) && governedByCue(ctx, k)) return tokens[k + 1].start;
    return own;
  }
  for (let k = i - 1; k >= first && k > i - 80; k--) {
    const t = tokens[k];
    // After the complementizer of a reporting verb («قال إن …، بحسب …»), not of «حتى يتسنى أن».
    if (is(t, W.COMPLEMENTIZER) && governedByCue(ctx, k)) return tokens[k + 1].start;
  }
  return sentenceStart;
}

/** Start of the last clause conjoined after a comma («، وباتت …») before token i in its sentence, or -1. */
function conjoinedClauseBefore(ctx: QuoteContext, i: number): number {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  for (let k = i - 1; k > first; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.norm.length <= 2 || !t.norm.startsWith('و') || !isPunct(tokens[k - 1], '،,')) continue;
    // «…، وذلك بحسب …», «…، وهو الأدنى منذ عام، بحسب …»: a pronoun or demonstrative refers back to
    // all that came before, which the marker then attributes.
    // (A verb opens the clause: «، وجرح نحو 57» after «مقتل 29» and «، وواحدة في …» in a list go on
    // with the phrase before.)
    const w = withoutConj(t.norm);
    return isDemonstrative(w) || PRONOUNS.has(w) ? -1 : opensWithVerb(ctx, k) ? t.start : -1;
  }
  return -1;
}

const PRONOUNS: ReadonlySet<string> = new Set(['هو', 'هي', 'هم'].map(normalizeWord));

/** The last clause start at or before pos, or -1. */
function lastClauseStartBefore(ctx: QuoteContext, pos: number): number {
  const a = ctx.clauseStarts;
  const n = countBefore(a, pos + 1, (x) => x);
  return n > 0 ? a[n - 1] : -1;
}

/** Whether a reporting cue stands within the few words before the complementizer at k. */
function governedByCue(ctx: QuoteContext, k: number): boolean {
  return cueBefore(ctx, k, 10, false);
}

/**
 * Whether a reporting cue (a verb only, with `verbsOnly`) stands in token k's sentence within
 * `window` tokens before it.
 */
function cueBefore(ctx: QuoteContext, k: number, window: number, verbsOnly: boolean): boolean {
  const first = ctx.sentFirst[ctx.tokSentence[k]];
  for (let j = k - 1; j >= first && j >= k - window; j--) {
    const hit = ctx.cues[j];
    if (hit && (!verbsOnly || hit.kind === 'verb')) return true;
    // («…، وفق الشبكة التي أضافت، نقلا عن المصدر، أن …»: a cue in a relative clause counts too.)
    if (ctx.relativeCues[j]) return true;
  }
  return false;
}

/** The token of the comma that closes a source opening its sentence, or k when none comes soon. */
function commaAhead(ctx: QuoteContext, k: number, limit: number): number {
  for (let c = k + 1; c < limit && c < k + 12; c++) {
    const t = ctx.tokens[c];
    if (isPunct(t, '،,')) return c;
    if (t.kind === 'punct' || ctx.cues[c] || is(t, W.COMPLEMENTIZER)) return k;
  }
  return k;
}

/** The sentence before sentence s in the same paragraph, as content. */
function sentenceBefore(ctx: QuoteContext, s: number): Content | null {
  if (s === 0) return null;
  const prev = ctx.doc.sentences[s - 1];
  const here = ctx.doc.sentences[s];
  if (!prev || ctx.tokParagraph[ctx.sentFirst[s - 1]] !== ctx.tokParagraph[ctx.sentFirst[s]] || here.start - prev.end > 2) return null;
  return span(ctx, prev.start, prev.end);
}

function span(ctx: QuoteContext, start: number, end: number): Content | null {
  const [s, e] = trimContent(ctx, start, end);
  if (e - s < 3) return null;
  const q = ctx.marks.byOpen.get(s - 1);
  const kind = q && q.innerEnd >= e && q.innerEnd - e <= 2 ? 'direct' : 'indirect';
  return { start: s, end: e, kind };
}

/** Most words after the speaker of «، كما قال X» before the sentence ends («الخميس», «في بيان»). */
const MAX_KAMA_TAIL = 6;

/**
 * «…، كما قال المرصد.», «…، كما أفادت مصادر رسمية الخميس.», «…، هكذا قال الوزير.»: «كما» or
 * «هكذا» + a cue closing its sentence after a comma points back, as a trailing source marker does:
 * the clause before the comma is what was said (ANT: 226 «، كما قال/أكد…», 13 unquoted «هكذا قال…»).
 * `after` is the token after the speaker. The content, or null.
 */
export function clauseBeforeKama(ctx: QuoteContext, i: number, after: number, afterComma = false): Content | null {
  const { tokens } = ctx;
  // («…، تقول سلمى.»: a present verb of saying right after the comma, `afterComma`.)
  const comma = afterComma ? i - 1 : i - 2;
  if (comma < 1 || !isPunct(tokens[comma], '،,')) return null;
  if (!afterComma && tokens[i - 1].norm !== 'كما' && tokens[i - 1].norm !== 'هكذا') return null;
  const s = ctx.tokSentence[i];
  const limit = ctx.sentLast[s];
  let words = 0;
  for (let k = after; k < limit; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (!isPunct(t, '.!؟?')) return null;
      continue;
    }
    if (ctx.cues[k] || is(t, W.COMPLEMENTIZER) || ++words > MAX_KAMA_TAIL) return null;
  }
  const sentenceStart = tokens[ctx.sentFirst[s]].start;
  return span(ctx, clauseStartBefore(ctx, comma + 1, sentenceStart), tokens[comma].start);
}
