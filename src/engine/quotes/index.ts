/**
 * Who said what: the quote stage of the pipeline. Runs after numbers and entities and fills
 * `doc.quotes`. One pass over the tokens in text order (the state of the pass: scan.ts):
 *
 * 1. at a paragraph's start, a quotation reopened from the previous paragraph continues its
 *    speaker, and a headline may name its speaker («فلان: …», headlines.ts);
 * 2. a reporting verb or participle (cue-index.ts over lang/ar/cues.ts) is read with the speaker
 *    after it and what introduces the content (attribution.ts) — a complementizer, a colon, a
 *    quotation; with no speaker named, the subject may stand before the verb (subject.ts) or the cue
 *    continues an earlier speaker (وأضاف، مضيفا): the candidates (remembered speakers, names nearby,
 *    the sentence's subject) are ranked by a model learned from annotated news (resolution.ts);
 *    a description that points back («الأخير», «وأضاف الوزير», «وأضاف البيان») is the person or
 *    issuer it stands for (coreference.ts); the content runs to the clause's end (content.ts);
 *    a subject written before the verb («وكانت الهيئة أكدت …», «لكن القائد، الذي …، قال») speaks,
 *    and what follows the verb is its object; a document's issuer speaks for it («بيان صادر عن
 *    X»); «…، كما قال المرصد.», «…، هكذا قال X.», «…، تقول X.» point back to the clause before;
 * 3. a cue in a relative clause («روسيا التي أعلنت أن») reports for the noun before it, or for
 *    the owner of the speech event it is about («تصريحات الرئيس التي قال فيها إن»);
 * 4. a verbal noun of reporting with its subject («بعد إعلان الشركة أنها …») reports as its verb;
 * 5. a source marker (بحسب، وفقا لـ…) gives a quote of its own (markers.ts), and «حسب تعبيره»
 *    gives the quotation before it to whoever the pronoun stands for.
 *
 * The lexicon's lookups for a token are made once per document (word classes by token index,
 * cues and source markers in context.ts), so the pass stays cheap per token.
 * Cues inside a direct quotation belong to the quoted speaker's words and are skipped. Every step
 * looks at a bounded window of tokens, so the stage is linear in the length of the text.
 */
import type { Doc } from '../doc.js';
import { buildContext } from './context.js';
import { cueAt, documentCueAt, documentPronounCueAt, mayOpenFallbackCue, pronounMarkerAt, verbalNounCueAt } from './cue-index.js';
import type { QuoteObserver } from './scan.js';
import { QuoteScan } from './scan.js';
import { bindDocument } from './word-classes.js';

export function findQuotes(doc: Doc, observer?: QuoteObserver): void {
  bindDocument(doc.tokens);
  try {
    readQuotes(doc, observer);
  } finally {
    bindDocument(null);
  }
}

function readQuotes(doc: Doc, observer?: QuoteObserver): void {
  const ctx = buildContext(doc);
  const { tokens } = ctx;
  const scan = new QuoteScan(ctx, observer);
  let paragraph = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.tokParagraph[i] !== paragraph) {
      paragraph = ctx.tokParagraph[i];
      if (scan.reopenedQuotation(i, paragraph) || scan.headline(i)) continue;
    }
    if (scan.covered(i)) continue;
    const cue = ctx.cues[i];
    if (cue) {
      scan.reportingCue(i, cue, i + 1);
      continue;
    }
    // «ما تقول سول إنه …»: what was said stands before the verb, its speaker after it.
    if (tokens[i - 1]?.norm === 'ما' && tokens[i].kind === 'word' && cueAt(tokens[i]) && scan.relativeCue(i)) continue;
    // «… روسيا التي أعلنت أنها …»: the noun before the relative pronoun speaks.
    if (ctx.relativeCues[i]) {
      scan.relativeCue(i);
      continue;
    }
    if (mayOpenFallbackCue(tokens[i])) {
      // «جاء في البيان أن»: reading starts at the document's first word.
      const documentCue = documentCueAt(tokens, i);
      if (documentCue) {
        scan.reportingCue(i, documentCue, i + 2);
        continue;
      }
      // «أصدر الوزير بيانا جاء فيه أن»: the document was named before; reading starts after «فيه».
      const pronounDocument = documentPronounCueAt(tokens, i);
      if (pronounDocument) {
        scan.reportingCue(i, pronounDocument, i + 2);
        continue;
      }
      // «بعد إعلان الشركة أنها …»: a verbal noun of reporting with its subject.
      const nounCue = verbalNounCueAt(tokens, i);
      if (nounCue && scan.verbalNounCue(i, nounCue)) continue;
      // «"…"، حسب تعبيره»: a quotation given to whoever the pronoun stands for.
      const pronounMarker = pronounMarkerAt(tokens, i);
      if (pronounMarker && scan.pronounMarker(i, pronounMarker.hit, pronounMarker.next)) continue;
    }
    scan.sourceMarker(i);
  }
  doc.quotes = scan.quotes();
}
