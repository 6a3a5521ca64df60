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
