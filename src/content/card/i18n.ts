/**
 * In-page UI strings from _locales (keys prefixed `card`), with English fallbacks so the card still
 * reads well outside the extension (unit tests) or when a key is missing.
 */
import { ext } from '../ext.js';

export function t(key: string, fallback: string, ...substitutions: (string | number)[]): string {
  let message = '';
  try {
    message = ext()?.i18n.getMessage(key, substitutions.map(String)) ?? '';
  } catch {
    // No extension context: use the fallback.
  }
  if (message) return message;
  return substitutions.reduce<string>((s, v, i) => s.replace(`$${i + 1}`, String(v)), fallback);
}
