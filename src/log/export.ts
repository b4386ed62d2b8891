/**
 * The whole log as files: JSON (the log's own format, which the import reads back), CSV (one row
 * per quote, for a spreadsheet) and Markdown (quotes by speaker, each cited with a footnote that
 * links to its sentence). Direct quotes are in quotation marks; reported speech never is.
 */
import type { LogExport } from '../shared/log/read.js';

const csvCell = (v: string | number | undefined) => {
  const s = v === undefined ? '' : String(v);
  // A cell starting with = + - @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function logJson(data: LogExport): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

export function logCsv(data: LogExport): string {
  const rows = [['published', 'read', 'outlet', 'title', 'speaker', 'role', 'kind', 'quote', 'sentence', 'link', 'article']];
  for (const a of data.articles)
    for (const q of a.quotes) rows.push([a.publishedAt ?? '', a.readAt, a.outlet, a.title, q.speaker, q.role ?? '', q.kind, q.content, q.sentence, q.link, a.url]);
  // A byte-order mark so spreadsheet programs read the Arabic as UTF-8.
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\s+/g, ' ').trim();

/** Quotes grouped by speaker (most quoted first), each with a footnote citing its article and sentence. */
export function logMarkdown(data: LogExport, title: string): string {
  const bySpeaker = new Map<string, { name: string; lines: string[] }>();
  const notes: string[] = [];
  const sorted = [...data.articles].sort((a, b) => (a.publishedAt ?? a.readAt).localeCompare(b.publishedAt ?? b.readAt));
  for (const a of sorted)
    for (const q of a.quotes) {
      const n = notes.length + 1;
      const date = (a.publishedAt ?? a.readAt).slice(0, 10);
      notes.push(`[^${n}]: ${mdEscape(a.outlet)}, ${date}, «${mdEscape(a.title)}», ${a.url} — <${q.link}>`);
      const said = q.kind === 'direct' ? `«${mdEscape(q.content)}»` : mdEscape(`${q.cue} ${q.content}`);
      const group = bySpeaker.get(q.key) ?? bySpeaker.set(q.key, { name: q.speaker, lines: [] }).get(q.key)!;
      group.lines.push(`- ${date}, ${mdEscape(a.outlet)}: ${said}[^${n}]`);
    }
  const groups = [...bySpeaker.values()].sort((a, b) => b.lines.length - a.lines.length);
  const body = groups.map((g) => `## ${mdEscape(g.name)}\n\n${g.lines.join('\n')}`).join('\n\n');
  return `# ${title}\n\n${body}\n\n${notes.join('\n')}\n`;
}
