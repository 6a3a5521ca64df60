import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

interface PageHeadingProps {
  /** Goes into the browser tab title, e.g. "Comuni — Cantiere". */
  title: string;
  children: ReactNode;
  className?: string;
}

/**
 * The page's h1. After moving to another page inside the app it takes the focus, so that
 * screen reader and keyboard users start from the new page's title instead of the old link.
 */
export function PageHeading({ title, children, className }: PageHeadingProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <h1 ref={heading} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
