import { useTranslation } from 'react-i18next';

interface LoadMoreProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** The button's text, e.g. "Carica altre discussioni". */
  label: string;
}

/** "Mostrati 20 di 54" and the button that fetches the next page. */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore, label }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <div className="d-flex flex-wrap align-items-center gap-3 mt-4">
      <span>{t('list.shown', { shown, total })}</span>
      <button type="button" className="btn btn-outline-primary" onClick={onLoadMore} disabled={loading}>
        {loading ? t('app.loading') : label}
      </button>
    </div>
  );
}
