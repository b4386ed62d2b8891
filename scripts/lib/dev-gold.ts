/**
 * The development set in ../shared/dev: each article's text and its hand-made gold, with every gold
 * span located in the text (the gold gives strings; offsets are found here, once, for every scorer).
 * Format: ../shared/dev/README.md. Returns null when ../shared is absent, so callers can skip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from './shared.js';

type GoldSpeakerType = 'person' | 'organization' | 'location' | 'anonymous' | 'document';

export interface GoldQuote {
  /** A verb + noun-phrase report (or a genuinely unclear case): neither required nor penalised. */
  optional?: boolean;
  speaker: string;
  speaker_forms: string[];
  speaker_type: GoldSpeakerType;
  cue: string;
  kind: 'direct' | 'indirect';
  content: string;
  /** Located in the text: [start, end), or -1 when the content is not a substring (a gold error). */
  start: number;
  end: number;
}

interface GoldEntity {
  type: 'person' | 'organization' | 'location';
  forms: string[];
}

export interface GoldNumber {
  text: string;
  value: number;
  counted: string | null;
  approx: string | null;
  start: number;
  end: number;
}

/** Where an article comes from: the two families the dev README names, and the seed on its own. */
type SourceFamily = 'saudi' | 'broadcast' | 'seed';

export interface DevArticle {
  /** File stem, e.g. `syria-idlib-ghouta`. */
  name: string;
  family: SourceFamily;
  /** Kept aside while tuning (`heldOut`): report it separately, never tune on it. */
  heldOut: boolean;
  text: string;
  quotes: GoldQuote[];
  entities: GoldEntity[];
  numbers: GoldNumber[];
  notes?: string;
}

/** The seed article (../shared/seeds), whose gold is also in the dev set. */
export const SEED_NAME = 'syria-idlib-ghouta';

/**
 * Offsets of each string in order: the next occurrence after the previous one of the same string,
 * falling back to the first occurrence (gold lists are mostly, not always, in text order).
 */
function locate(text: string, strings: readonly string[]): [number, number][] {
  const lastOf = new Map<string, number>();
  return strings.map((s) => {
    if (!s) return [-1, -1];
    let at = text.indexOf(s, (lastOf.get(s) ?? -1) + 1);
    if (at < 0) at = text.indexOf(s);
    if (at >= 0) lastOf.set(s, at);
    return [at, at < 0 ? -1 : at + s.length];
  });
}

interface RawGold {
  file: string;
  quotes?: Omit<GoldQuote, 'start' | 'end'>[];
  entities?: GoldEntity[];
  numbers?: Omit<GoldNumber, 'start' | 'end'>[];
  notes?: string;
}

/**
 * The family of a dev or training article from its file stem: `0NN`–`3NN` are SaudiNewsNet, `5NN`
 * and up the broadcasters (ANT 2018), anything else (the seed) its own.
 */
function familyOf(name: string): SourceFamily {
  const m = /^(\d{3})-/.exec(name);
  if (!m) return 'seed';
  return Number(m[1]) < 500 ? 'saudi' : 'broadcast';
}

/**
 * The held-out part of the dev set: about three articles in ten of each family, chosen by a hash of
 * the file stem so the choice never depends on what the engine scores. Tune on the rest; report this
 * part on its own. The seed is never held out (it must stay flawless and is tuned on openly).
 */
function isHeldOut(name: string): boolean {
  if (familyOf(name) === 'seed') return false;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % 10 < 3;
}

/** Every article of the dev set, sorted by name; null when ../shared/dev is not present. */
export function loadDevSet(dir: string | null = sharedPath('dev')): DevArticle[] | null {
  if (!dir) return null;
  const out: DevArticle[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawGold;
    const text = readFileSync(join(dir, gold.file), 'utf8');
    const quotes = gold.quotes ?? [];
    const numbers = gold.numbers ?? [];
    const qSpans = quotes.map((q) => {
      const at = text.indexOf(q.content);
      return [at, at < 0 ? -1 : at + q.content.length] as [number, number];
    });
    const nSpans = locate(text, numbers.map((n) => n.text));
    const name = f.replace(/\.json$/, '');
    out.push({
      name,
      family: familyOf(name),
      heldOut: isHeldOut(name),
      text,
      quotes: quotes.map((q, k) => ({ ...q, start: qSpans[k][0], end: qSpans[k][1] })),
      entities: gold.entities ?? [],
      numbers: numbers.map((n, k) => ({ ...n, start: nSpans[k][0], end: nSpans[k][1] })),
      notes: gold.notes,
    });
  }
  return out;
}
