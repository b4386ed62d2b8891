/** Number facts in words for the interface: values, units, dates. */
import type { DateValue, NumberKind, NumberMention } from '../../engine/types.js';
import type { I18n, MessageKey } from '../i18n.js';

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

function money(value: number, unit: string, i18n: I18n): string | null {
  if (!/^[A-Z]{3}$/.test(unit)) return null;
  try {
    return new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: unit, currencyDisplay: 'code', maximumFractionDigits: 2 }).format(value);
  } catch {
    return null;
  }
}

/** One value in the unit of the mention: «2,500,000 USD», «40%», «0.5». */
function one(value: number, n: NumberMention, i18n: I18n): string {
  if (!Number.isFinite(value)) return '?';
  if (n.kind === 'percent' || n.unit === '%') return `${i18n.num(value, { maximumFractionDigits: 2 })}%`;
  if (n.kind === 'money' && n.unit) return money(value, n.unit, i18n) ?? `${i18n.num(value)} ${n.unit}`;
  if (n.kind === 'year' || n.kind === 'date') return String(value);
  const s = i18n.num(value, { maximumFractionDigits: 4 });
  return n.unit && n.kind !== 'money' ? `${s} ${n.unit}` : s;
}

/** The value as a reader wants it: range bounds, currency or percent, no grouping in years. */
export function formatValue(n: NumberMention, i18n: I18n): string {
  const low = one(n.value, n, i18n);
  if (n.to !== undefined && Number.isFinite(n.to) && n.to !== n.value) return `${low} – ${one(n.to, n, i18n)}`;
  return low;
}

/** Weekday 0 = Sunday … 6 = Saturday, as JavaScript's Date counts them. */
export function weekdayName(weekday: number, i18n: I18n): string | null {
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) return null;
  // 1 January 2023 was a Sunday.
  return new Intl.DateTimeFormat(i18n.locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + weekday));
}

export function monthName(month: number, calendar: DateValue['calendar'], i18n: I18n): string | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (calendar === 'hijri') return i18n.t('hijriMonths').split(',')[month - 1]?.trim() || null;
  return new Intl.DateTimeFormat(i18n.locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, 1));
}

export function relativeDay(days: number, i18n: I18n): string | null {
  if (!Number.isInteger(days)) return null;
  try {
    return new Intl.RelativeTimeFormat(i18n.locale, { numeric: 'auto' }).format(days, 'day');
  } catch {
    return null;
  }
}

/** The date facts in words: «الثلاثاء 12 أغسطس 2026», «أمس», «9 رمضان (هجري)». */
export function describeDate(date: DateValue, i18n: I18n): string {
  const parts: string[] = [];
  if (date.relativeDays !== undefined) {
    const r = relativeDay(date.relativeDays, i18n);
    if (r) parts.push(r);
  }
  if (date.weekday !== undefined) {
    const w = weekdayName(date.weekday, i18n);
    if (w) parts.push(w);
  }
  const calendarDate: string[] = [];
  if (date.day !== undefined && Number.isFinite(date.day)) calendarDate.push(String(date.day));
  if (date.month !== undefined) {
    const m = monthName(date.month, date.calendar, i18n);
    if (m) calendarDate.push(m);
  }
  if (date.year !== undefined && Number.isFinite(date.year)) calendarDate.push(String(date.year));
  if (calendarDate.length) parts.push(calendarDate.join(' '));
  if (date.calendar === 'hijri') parts.push(i18n.t('calendarHijri'));
  return parts.join(i18n.lang === 'ar' ? '، ' : ', ');
}
