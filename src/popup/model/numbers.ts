/**
 * The numbers a reader is shown and in which order (src/shared/number-reading.ts reads each one):
 * grouped by what a reader came for, or as in the article; ordinals and the article's own dateline
 * are left out of the list, the dateline is shown once as the article's date.
 */
import type { NumberMention } from '../../engine/types.js';
import type { NumberGroup } from '../../shared/number-reading.js';
import { groupNumbers, listedNumbers } from '../../shared/number-reading.js';

export type NumberOrder = 'kind' | 'article';

export { articleDate, readNumber, shownKind } from '../../shared/number-reading.js';

/** The list as sections: by group (counts, money, percentages, dates), or one section in article order. */
export function numberSections(numbers: readonly NumberMention[], order: NumberOrder): { group: NumberGroup | null; numbers: NumberMention[] }[] {
  if (order === 'article') {
    const all = listedNumbers(numbers);
    return all.length ? [{ group: null, numbers: all }] : [];
  }
  return groupNumbers(numbers);
}

/** How many numbers the list shows (the tab's count). */
export function numberCount(numbers: readonly NumberMention[]): number {
  return listedNumbers(numbers).length;
}
