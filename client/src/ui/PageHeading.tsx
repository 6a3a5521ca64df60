import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * The location key of the page the browser opened (or reloaded): React Router's "default" on a
 * fresh visit, or the key it saved in the history entry before a reload.
 */
const FIRST_LOCATION_KEY: string = (window.history.state as { key?: string } | null)?.key ?? 'default';

interface PageHeadingProps {
  /** Goes into the browser tab title, e.g. "Comuni — Cantiere". */
  title: string;
  /** The page's meta description, for link previews and search engines; the hub's own otherwise. */
  description?: string;
  children: ReactNode;
  className?: string;
}

/** Sets `<meta name="description">`, adding it if index.html has none. */
function setMetaDescription(content: string) {
  let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'description';
    document.head.append(meta);
  }
  meta.content = content;
}

/**
 * The page's h1. After moving to another page inside the app it takes the focus, so that
 * screen reader and keyboard users start from the new page's title instead of the old link.
 */
export function PageHeading({ title, description, children, className }: PageHeadingProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const arrivedByNavigation = useRef(key !== FIRST_LOCATION_KEY);

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);

  useEffect(() => {
    setMetaDescription(description ?? t('app.description'));
  }, [t, description]);

  useEffect(() => {
    // Only when the heading first appears: filters that rewrite the address must not steal focus.
    if (arrivedByNavigation.current) heading.current?.focus();
  }, []);

  return (
    <h1 ref={heading} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
