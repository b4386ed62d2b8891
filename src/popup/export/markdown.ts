/**
 * The Markdown export: where the article comes from (outlet, author, date, place, address), then
 * the three answers in the reader's language, each fact followed by a footnote citing its source
 * sentence with a text-fragment deep link into the article. Only a direct quote is written inside
 * «»; an indirect one is written as the article reports it, marked as reported speech.
 */
import { quoteLine, quoteLineText } from '../../shared/attribution.js';
import { articleSource } from '../model/source.js';
import type { EntityType, Span } from '../../engine/types.js';
import type { I18n } from '../i18n.js';
import { entityRows } from '../model/entities.js';
import { GROUP_KEYS, KIND_KEYS } from '../model/format.js';
import { ENTITY_SECTION_KEYS, SPEAKER_TYPE_KEYS, groupName } from '../model/labels.js';
import { articleDate, numberSections, readNumber, shownKind } from '../model/numbers.js';
import { groupQuotes } from '../model/quotes.js';
import { sentenceOf } from '../model/spans.js';
import { textFragmentUrl } from '../../shared/text-fragment.js';
import type { ExportInput } from './common.js';

/** Escapes what Markdown would read as markup; Arabic text passes through untouched. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#~])/g, '\\$1').trim();
}

/** Numbered citations, one per distinct sentence, in the order they are first cited. */
class Citations {
  private readonly ids = new Map<string, number>();
  private readonly spans: Span[] = [];
  cite(s: Span): string {
    const key = `${s.start}:${s.end}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      this.spans.push(s);
      id = this.spans.length;
      this.ids.set(key, id);
    }
    return `[^${id}]`;
  }
  footnotes(text: string, url: string | undefined): string[] {
    return this.spans.map((s, i) => {
      const quoted = `«${escapeMarkdown(text.slice(s.start, s.end))}»`;
      return `[^${i + 1}]: ${quoted}${url ? ` <${textFragmentUrl(url, text, s)}>` : ''}`;
    });
  }
}

const ENTITY_ORDER: EntityType[] = ['location', 'person', 'organization'];

export function toMarkdown({ page, text, analysis, frame }: ExportInput, i18n: I18n): string {
  const { t } = i18n;
  const cites = new Citations();
  const sep = i18n.lang === 'ar' ? '، ' : ', ';
  const out: string[] = [];
  const source = articleSource(page, frame);
  out.push(`# ${escapeMarkdown(page?.title || t('untitled'))}`, '');
  const facts = [
    source.outlet ? `**${t('exportOutlet')}:** ${escapeMarkdown(source.outlet)}` : '',
    source.author ? `**${t('exportAuthor')}:** ${escapeMarkdown(source.author)}` : '',
    source.published ? `**${t('exportPublished')}:** ${source.published}` : '',
    source.place ? `**${t('exportDateline')}:** ${escapeMarkdown(source.place)}` : '',
  ].filter(Boolean);
  if (facts.length) out.push(facts.join(' · '), '');
  if (source.url) out.push(`<${source.url}>`, '');

  out.push(`## ${t('quotesHeading')}`, '');
  const groups = groupQuotes(analysis);
  if (!groups.length) out.push(t('emptyQuotes'), '');
  for (const g of groups) {
    const facts = [t(SPEAKER_TYPE_KEYS[g.type]), g.role ? escapeMarkdown(g.role) : ''].filter(Boolean).join(sep);
    out.push(`### ${escapeMarkdown(groupName(g, i18n))} (${facts})`, '');
    for (const q of g.quotes) {
      // A direct quote is the speaker's words: «…». Anything else is the article's report of them.
      const said = q.kind === 'direct' ? `«${escapeMarkdown(q.content.text)}»` : `_${t('exportReported')}:_ ${escapeMarkdown(quoteLineText(quoteLine(text, q)))}`;
      out.push(`- ${said} ${cites.cite(q.sentence)}`);
    }
    out.push('');
  }

  out.push(`## ${t('placesTab')}`, '');
  for (const type of ENTITY_ORDER) {
    const entityList = entityRows(analysis, type);
    out.push(`### ${t(ENTITY_SECTION_KEYS[type])}`, '');
    if (!entityList.length) out.push(t('emptyEntities'));
    for (const r of entityList) {
      const role = r.entity.role ? ` (${escapeMarkdown(r.entity.role)})` : '';
      const refs = r.sentences.map((s) => cites.cite(s.sentence)).join(' ');
      out.push(`- **${escapeMarkdown(r.entity.name)}**${role} — ${t('mentionsCount', i18n.num(r.count))} ${refs}`);
    }
    out.push('');
  }

  out.push(`## ${t('numbersHeading')}`, '');
  const date = articleDate(analysis, i18n);
  if (date) out.push(`${t('numbersArticleDate')}: ${escapeMarkdown(date)}`, '');
  const sections = numberSections(analysis.numbers, 'kind');
  if (!sections.length) out.push(t('emptyNumbers'), '');
  for (const s of sections) {
    if (s.group) out.push(`### ${t(GROUP_KEYS[s.group])}`, '');
    for (const n of s.numbers) {
      const r = readNumber(n, i18n);
      const approx = n.approx && !(n.vague && n.approx === n.text) ? `${t('approxLabel')}: ${escapeMarkdown(n.approx)}` : '';
      const facts = [t(KIND_KEYS[shownKind(n)]), approx].filter(Boolean).join(sep);
      const noun = r.noun ? ` ${escapeMarkdown(r.noun)}` : '';
      out.push(`- **${escapeMarkdown(r.figure)}**${noun} (${facts}) — «${escapeMarkdown(n.text)}» ${cites.cite(sentenceOf(analysis.sentences, n))}`);
    }
    out.push('');
  }

  const notes = cites.footnotes(text, page?.url);
  if (notes.length) out.push(`## ${t('sourcesHeading')}`, '', ...notes, '');
  out.push(`_${t('exportFooter')}_`, '');
  return out.join('\n');
}
