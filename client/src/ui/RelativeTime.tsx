import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime } from './format';
import { useNow } from './useNow';

/** "3 ore fa", with the exact date and time for those who hover or read the markup. */
export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const now = useNow();
  const language = i18n.resolvedLanguage ?? 'it';
  const exact = formatDateTime(iso, language);
  return (
    <time dateTime={iso} title={exact}>
      {formatRelativeTime(iso, language, now)}
    </time>
  );
}
