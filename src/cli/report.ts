/** The terminal report: who said what, where, with what numbers. */
import type { Analysis, DateValue, Entity, Quote } from '../engine/types.js';
import { quoteLine, quoteLineText } from '../shared/attribution.js';

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

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RELATIVE: Record<number, string> = { [-2]: 'the day before yesterday', [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' };

/** «أمس الثلاثاء» → "yesterday, Tuesday"; «20 يناير 2018» → "day 20, month 1, year 2018". */
function describeDate(d: DateValue): string {
  const parts: string[] = [];
  if (d.relativeDays !== undefined) parts.push(RELATIVE[d.relativeDays] ?? `${d.relativeDays} days from the publication day`);
  if (d.weekday !== undefined) parts.push(WEEKDAYS[d.weekday] ?? `weekday ${d.weekday}`);
  if (d.day !== undefined) parts.push(`day ${d.day}`);
  if (d.month !== undefined) parts.push(`month ${d.month}`);
  if (d.year !== undefined) parts.push(`year ${d.year}`);
  if (d.calendar === 'hijri') parts.push('Hijri calendar');
  return parts.join(', ') || 'a date';
}

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
    const name = entity?.name ?? (s.text || 'unknown speaker');
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
      .map((e) => `${e.name}${e.mentions.length > 1 ? ` ×${e.mentions.length}` : ''}`)
      .join('، ');
  lines.push('', 'WHERE', `  ${byType('location') || '(no places found)'}`);
  lines.push('', 'PEOPLE', `  ${byType('person') || '(no people found)'}`);
  lines.push('', 'ORGANIZATIONS', `  ${byType('organization') || '(no organizations found)'}`);

  lines.push('', 'WITH WHAT NUMBERS');
  if (a.numbers.length === 0) lines.push('  (no numbers found)');
  for (const n of a.numbers) {
    const facts = [`${n.kind}`, n.date ? describeDate(n.date) : `value ${n.to !== undefined ? `${n.value}–${n.to}` : n.value}${n.unit ? ` ${n.unit}` : ''}`];
    if (n.counted) facts.push(`counts «${n.counted.text}»`);
    if (n.approx) facts.push(`approx. «${n.approx}»`);
    lines.push(`  ${text.slice(n.start, n.end)}  — ${facts.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
