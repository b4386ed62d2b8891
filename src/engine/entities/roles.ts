/**
 * What the document says of an entity beyond its mentions: its canonical name, and for a person
 * the role the text gives them («مدير المرصد رامي عبد الرحمن», «حسن علي القيادي بجماعة …»).
 */
import type { Doc } from '../doc.js';
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import type { NameLexicon, NameType } from './lexicon-index.js';
import { ADMIN_LOC_HEADS, ORG_KIND_HEADS } from '../lang/ar/triggers.js';
import { MEDIA_HEADS } from '../lang/ar/outlets.js';
import { nameLexicon, stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';

const ADMIN_HEADS: ReadonlySet<string> = new Set(ADMIN_LOC_HEADS.map(normalizeWord));
const MEDIA: ReadonlySet<string> = new Set(MEDIA_HEADS.map(normalizeWord));
const KINDS: ReadonlySet<string> = new Set(ORG_KIND_HEADS.map(normalizeWord));
const BANKS: ReadonlySet<string> = new Set(['بنك', 'مصرف'].map(normalizeWord));

/**
 * The most complete mention as written (the article restored when a ل ate its alef: «للمرصد»);
 * a place called by an administrative head, or an outlet by its kind, is named without it
 * («محافظة صعدة» → صعدة, «صحيفة الوئام» → الوئام).
 */
export function canonicalName(doc: Doc, mentions: readonly Mention[], type?: NameType): string {
  let best = mentions[0];
  for (const m of mentions) {
    if (m.words.length > best.words.length || (m.words.length === best.words.length && m.end - m.start > best.end - best.start && m.source !== 'glued')) best = m;
  }
  // (An agency keeps its kind before a descriptive name: «وكالة الأنباء السعودية», «وكالة تونس
  // إفريقيا للأنباء»; «وكالة رويترز» is «رويترز».)
  const agency = best.words[0] === 'وكاله' && best.words.slice(1).some((w) => /^(ال|لل|انباء)/.test(w));
  if (best.words.length > 1 && ((type === 'LOC' && ADMIN_HEADS.has(best.words[0])) || (type === 'ORG' && MEDIA.has(best.words[0]) && !agency))) {
    return asWritten(doc.text.slice(doc.tokens[best.first + 1].start, best.end));
  }
  // «فريق ريال مدريد», «جماعة أحرار الشام»: a kind before a proper name is not part of the name.
  // (Not a bank before a place: «بنك إنجلترا» is the bank, «إنجلترا» the country; a club is
  // called by its city, «نادي موناكو» is «موناكو».)
  const ofPlace = () => BANKS.has(best.words[0]) && nameLexicon().phrases.matchAt(doc.tokens, best.first + 1, best.last)?.entry.type === 'LOC';
  if (type === 'ORG' && best.words.length > 1 && KINDS.has(best.words[0]) && !best.words[1].startsWith('ال') && doc.tokens[best.first + 1].kind !== 'punct' && !ofPlace()) {
    return asWritten(doc.text.slice(doc.tokens[best.first + 1].start, best.end));
  }
  const text = asWritten(doc.text.slice(best.start, best.end));
  // «للمرصد» (ل + المرصد, the article's alef gone) is named «المرصد»; «للجنة» (ل + اللجنة, one ل
  // for two) «اللجنة».
  if (best.words[0].startsWith('ال') && !normalizeWord(text).startsWith('ال')) {
    if (!normalizeWord(text).startsWith('لل')) return 'ا' + text;
    return best.words[0].startsWith('الل') && !normalizeWord(text).startsWith('للل') ? 'ال' + text.slice(1) : 'ا' + text.slice(1);
  }
  return text;
}

/**
 * A name as the article writes it, one space between words. A hashtag's «#» and «_» stay («#منى_واصف»),
 * as the annotators write them and a reader searches for them; the reader's view shows them as
 * words (src/shared/reader-view.ts).
 */
function asWritten(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Words that end a role phrase: verbs of saying, complementizers. */
function endsRole(lex: NameLexicon, t: Token): boolean {
  return t.kind === 'punct' && !'()'.includes(t.text) || t.kind === 'number' || lex.notName.has(t.norm) && t.norm !== 'في';
}

/**
 * The role the text gives a person: a title before a mention («مدير المرصد رامي عبد الرحمن»)
 * or a role word right after it («حسن علي القيادي بجماعة …»). The first mention that has one wins.
 */
export function findRole(doc: Doc, mentions: readonly Mention[], otherEnds: ReadonlySet<number>, lex: NameLexicon): string | undefined {
  const { tokens, text } = doc;
  for (const m of mentions) {
    if (m.source === 'glued') continue;
    // Before: the nearest title within six tokens, with nothing in between that ends a phrase.
    for (let j = m.first - 1; j >= Math.max(0, m.first - 6); j--) {
      const t = tokens[j];
      if (endsRole(lex, t)) break;
      const title = stemIn(t.norm, lex.titles);
      if (title) {
        // «المتحدث باسم …», «الأمين العام …» keep their second word; a leading و/ف is dropped.
        const from = originalOffset(t, title.prefix.length);
        let role = asWritten(text.slice(from, tokens[m.first - 1].end)).trim();
        // «للفريق» (ل + الفريق, the article's alef gone): the role is «الفريق».
        if (title.stem.startsWith('ال') && !normalizeWord(role).startsWith('ال')) role = 'ا' + role;
        if (role) return role;
      }
    }
    // After: a role word directly after the name, up to the end of an organization it names.
    const after = m.last;
    const t = tokens[after];
    // (With a preposition attached it is no role of the name: «التقى فلان | بالوزير».)
    const post = t && t.kind === 'word' ? stemIn(t.norm, lex.postRoles) : null;
    if (post && (post.prefix === '' || post.prefix === 'و')) {
      let end = after + 1;
      let cut = after + 1;
      while (end < tokens.length && end - after < 8 && !endsRole(lex, tokens[end])) {
        end++;
        if (otherEnds.has(end)) cut = end;
      }
      if (cut === after + 1) cut = Math.min(end, after + 3);
      // A bracket opened inside the role is closed with it when it closes soon after
      // («القيادي بجماعة (جيش إدلب الحر)»); otherwise the role stops before it.
      let open = -1;
      for (let k = after + 1; k < cut; k++) if (tokens[k].text === '(') open = k;
      if (open < 0 && tokens[cut]?.text === '(') open = cut;
      if (open >= 0) {
        let close = -1;
        for (let k = open + 1; k < Math.min(tokens.length, open + 8) && close < 0; k++) if (tokens[k].text === ')') close = k;
        cut = close >= 0 ? close + 1 : open;
      }
      const role = asWritten(text.slice(tokens[after].start, tokens[cut - 1].end)).trim();
      if (role) return role;
    }
  }
  return undefined;
}
