/**
 * Where the whole engine differs from the tagger on BIO-labelled sentences: every entity the tagger
 * gets right and the engine does not ("lost"), and every wrong entity the engine outputs that the
 * tagger did not ("added"), each classed as dropped / spurious (no overlap with gold), boundary
 * (overlaps a gold entity of the same type) or type (same span or overlap, other type). Counts per
 * class and type, with the most frequent surface forms, so the rule stage's costs can be ranked.
 */
import { chunks } from '../../src/engine/entities/tagger/bio.js';

type Chunk = { type: string; start: number; end: number };
const key = (c: Chunk) => `${c.type}:${c.start}:${c.end}`;
const overlaps = (a: Chunk, b: Chunk) => a.start < b.end && b.start < a.end;

/** The class of a wrong chunk `c` against the gold chunks of its sentence. */
function classOf(c: Chunk, gold: readonly Chunk[]): string {
  const o = gold.filter((g) => overlaps(g, c));
  if (!o.length) return 'spurious';
  if (o.some((g) => g.type === c.type)) return 'boundary';
  return 'type';
}

export function breakdown(words: readonly (readonly string[])[], gold: readonly (readonly string[])[], tagger: readonly (readonly string[])[], engine: readonly (readonly string[])[], types: readonly string[], examples = 12): string {
  const counts = new Map<string, Map<string, number>>();
  const add = (cls: string, form: string) => {
    let m = counts.get(cls);
    if (!m) counts.set(cls, (m = new Map()));
    m.set(form, (m.get(form) ?? 0) + 1);
  };
  for (let s = 0; s < gold.length; s++) {
    const pick = (tags: readonly string[]) => chunks(tags as string[]).filter((x) => types.includes(x.type));
    const g = pick(gold[s]);
    const t = pick(tagger[s]);
    const e = pick(engine[s]);
    const gk = new Set(g.map(key));
    const tk = new Set(t.map(key));
    const ek = new Set(e.map(key));
    const text = (c: Chunk) => words[s].slice(c.start, c.end).join(' ');
    for (const c of t) {
      if (!gk.has(key(c)) || ek.has(key(c))) continue;
      const over = e.filter((x) => overlaps(x, c));
      const why = !over.length ? 'dropped' : over.some((x) => x.type === c.type) ? 'boundary' : 'type';
      const got = over.map((x) => `${x.type} ${text(x)}`).join(' + ');
      add(`lost ${c.type} ${why}`, got ? `${text(c)} → ${got}` : text(c));
    }
    for (const c of e) {
      if (gk.has(key(c)) || tk.has(key(c))) continue;
      const cls = classOf(c, g);
      const gold = g.filter((x) => overlaps(x, c)).map((x) => `${x.type} ${text(x)}`).join(' + ');
      add(`added ${c.type} ${cls}`, gold ? `${text(c)} (gold ${gold})` : text(c));
    }
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const lines: string[] = [];
  for (const [cls, m] of [...counts].sort((a, b) => total(b[1]) - total(a[1]))) {
    lines.push(`${cls}: ${total(m)}`);
    for (const [form, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, examples)) lines.push(`    ${n}× ${form}`);
  }
  return lines.join('\n');
}
