/** The interface's names for kinds and groups of numbers. */
import type { NumberKind } from '../../engine/types.js';
import type { NumberGroup } from '../../shared/number-reading.js';
import type { MessageKey } from '../i18n.js';

export const KIND_KEYS: Record<NumberKind, MessageKey> = {
  cardinal: 'kindCardinal',
  ordinal: 'kindOrdinal',
  fraction: 'kindFraction',
  percent: 'kindPercent',
  money: 'kindMoney',
  date: 'kindDate',
  year: 'kindYear',
  time: 'kindTime',
  range: 'kindRange',
  multiple: 'kindMultiple',
};

export const GROUP_KEYS: Record<NumberGroup, MessageKey> = {
  counts: 'numbersGroupCounts',
  money: 'numbersGroupMoney',
  percent: 'numbersGroupPercent',
  dates: 'numbersGroupDates',
};
