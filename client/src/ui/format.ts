/** Number and date formats for the interface language; times always in the comuni's time zone. */

const TIME_ZONE = 'Europe/Rome';

function localeTag(language: string): string {
  return language === 'en' ? 'en-GB' : 'it-IT';
}

/**
 * A whole number with thousands separators ("1.502" in Italian). Italian conventions leave
 * four-digit numbers ungrouped, but municipal documents write 1.502: grouping is forced.
 */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeTag(language), { useGrouping: 'always' }).format(value);
}

/** A date and time such as "12 mar 2026, 10:15", read in Europe/Rome whatever the device says. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** A calendar date such as "12 marzo 2026", in Europe/Rome. */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 ore fa", "ieri", "2 settimane fa": how long ago, in words. Past a month, the date itself. */
export function formatRelativeTime(iso: string, language: string, now: number): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const elapsed = Math.abs(seconds);
  const relative = new Intl.RelativeTimeFormat(localeTag(language), { numeric: 'auto' });
  if (elapsed < MINUTE) return relative.format(0, 'second');
  if (elapsed < HOUR) return relative.format(Math.round(seconds / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(Math.round(seconds / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relative.format(Math.round(seconds / DAY), 'day');
  if (elapsed < 30 * DAY) return relative.format(Math.round(seconds / (7 * DAY)), 'week');
  return formatDate(iso, language);
}

/** A length of time in words, at most two units: "2 giorni e 3 ore", "45 minuti". */
export function formatDuration(totalSeconds: number, language: string): string {
  const locale = localeTag(language);
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const days = Math.floor(totalSeconds / DAY);
  const hours = Math.floor((totalSeconds % DAY) / HOUR);
  const minutes = Math.floor((totalSeconds % HOUR) / MINUTE);
  const parts =
    days > 0
      ? [unit(days, 'day'), hours > 0 ? unit(hours, 'hour') : null]
      : hours > 0
        ? [unit(hours, 'hour'), minutes > 0 ? unit(minutes, 'minute') : null]
        : [unit(minutes, 'minute')];
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts.filter((part): part is string => part !== null));
}
