/**
 * Official country names, from the i18n-iso-countries package's Arabic table (its version is
 * recorded with the names model: see models/ner-model.meta.json). The hand-written places,
 * organizations and people are records in names/*.json; index.ts puts them together, and
 * entities/lexicon-index.ts (rules) and entities/tagger/features.ts (the tagger) read them.
 */
import arabicCountries from 'i18n-iso-countries/langs/ar.json';

/**
 * Official names that are also everyday words (مالي "financial", بنين "sons") or poor matches for
 * news usage; they stay out of the place list.
 */
const COUNTRY_EXCLUDE = new Set(['مالي', 'بنين', 'الجبل الأسود', 'الرأس الأخضر', 'جزيرة مان', 'جيرزي', 'سانت مارتن (الجزء الفرنسي)', 'سانت مارتن (الجزء الهولندي)']);

/** Official Arabic country names, in the package's order. */
export function countryNames(): string[] {
  const out: string[] = [];
  const table = (arabicCountries as { countries: Record<string, string | string[]> }).countries;
  for (const v of Object.values(table)) for (const name of Array.isArray(v) ? v : [v]) if (!COUNTRY_EXCLUDE.has(name)) out.push(name);
  return out;
}
