/** The terminal report: who said what, where, with what numbers (page text neutralised: shared/neutral-text.ts). */
import type { Analysis, Entity, Quote } from '../engine/types.js';
import type { NumberGroup, NumberMessage, NumberWords } from '../shared/number-reading.js';
import { articleDate, groupNumbers, readNumber, readingText } from '../shared/number-reading.js';
import en from '../../_locales/en/messages.json';
import { quoteLine, quoteLineText } from '../shared/attribution.js';
import { neutralise } from '../shared/neutral-text.js';
import { shownName } from '../shared/reader-view.js';

const SPEAKER_LABEL: Record<string, string> = {
  person: 'person',
  organization: 'organization',
  location: 'place',
  anonymous: 'anonymous source',
  document: 'document',
  unknown: 'unknown speaker',
};

function groupBySpeaker(quotes: Quote[]): Map<string, Quote[]> {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker.entityId ?? `${q.speaker.type}:${q.speaker.text}`;
    const list = groups.get(key);
    if (list) list.push(q);
    else groups.set(key, [q]);
  }
  return groups;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** The popup's English number words, read from the extension's own English messages. */
const ENGLISH: NumberWords = {
  lang: 'en',
  locale: 'en',
  t(key: NumberMessage, ...subs: (string | number)[]): string {
    const entry = (en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[key];
    if (!entry) return key;
    const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    return entry.message
      .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole)
      .replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
  },
};

const GROUP_TITLES: Record<NumberGroup, string> = {
  counts: en.numbersGroupCounts.message,
  money: en.numbersGroupMoney.message,
  percent: en.numbersGroupPercent.message,
  dates: en.numbersGroupDates.message,
};

export interface ReportOptions {
  title?: string;
  /** Wrap quote content at this many characters (0: no clipping). */
  width?: number;
}

export function formatReport(a: Analysis, text: string, opts: ReportOptions = {}): string {
  const lines: string[] = [];
  const width = opts.width ?? 160;
  const entityById = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  if (opts.title) lines.push(opts.title);
  lines.push(
    `${a.textLength.toLocaleString('en')} characters · ${a.sentences.length} sentences · ${a.quotes.length} quotes · ` +
      `${a.entities.length} names · ${a.numbers.length} numbers · ${a.stats.milliseconds} ms`,
  );
  for (const w of a.warnings) lines.push(`! ${w}`);

  lines.push('', 'WHO SAID WHAT');
  if (a.quotes.length === 0) lines.push('  (no quotes found)');
  for (const [, quotes] of groupBySpeaker(a.quotes)) {
    const s = quotes[0].speaker;
    const entity = s.entityId ? entityById.get(s.entityId) : undefined;
    const name = shownName(entity?.name ?? s.text) || 'unknown speaker';
    const role = entity?.role ? ` — ${entity.role}` : '';
    lines.push(`  ■ ${name} (${SPEAKER_LABEL[s.type] ?? s.type})${role}`);
    for (const q of quotes) {
      // Only a direct quote in «»; an indirect one as the article reports it (shared/attribution.ts).
      const said = q.kind === 'direct' ? `«${q.content.text.replace(/\s+/g, ' ').trim()}»` : quoteLineText(quoteLine(text, q));
      lines.push(`     [${q.kind === 'direct' ? 'quoted' : 'reported'}] ${width ? clip(said, width) : said}`);
    }
  }

  const byType = (type: Entity['type']) =>
    a.entities
      .filter((e) => e.type === type)
      .map((e) => `${shownName(e.name)}${e.mentions.length > 1 ? ` ×${e.mentions.length}` : ''}`)
      .join('، ');
  lines.push('', 'WHERE', `  ${byType('location') || '(no places found)'}`);
  lines.push('', 'PEOPLE', `  ${byType('person') || '(no people found)'}`);
  lines.push('', 'ORGANIZATIONS', `  ${byType('organization') || '(no organizations found)'}`);

  lines.push('', 'WITH WHAT NUMBERS');
  const day = articleDate(a, ENGLISH);
  if (day) lines.push(`  Article date: ${day}`);
  const groups = groupNumbers(a.numbers);
  if (groups.length === 0) lines.push('  (no numbers found)');
  for (const g of groups) {
    lines.push(`  ${GROUP_TITLES[g.group]}`);
    for (const n of g.numbers) {
      const reads = readingText(readNumber(n, ENGLISH), n, ENGLISH);
      const facts = [n.kind, `«${text.slice(n.start, n.end)}»`];
      if (n.approx && !(n.vague && n.approx === n.text)) facts.push(`approx. «${n.approx}»`);
      lines.push(`    ${reads}  — ${facts.join(', ')}`);
    }
  }
  // Page text reaches the terminal with its hidden controls neutralised, as in the popup and the
  // card (shared/neutral-text.ts): an override in a quote must not reorder the report.
  return neutralise(lines.join('\n')) + '\n';
}
