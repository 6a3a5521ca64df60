import { useTranslation } from 'react-i18next';

/** A small busy indicator with a text that screen readers announce. */
export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="d-flex align-items-center gap-3 py-4" role="status">
      <div className="progress-spinner progress-spinner-active size-sm" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
