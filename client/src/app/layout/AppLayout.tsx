import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Spinner } from '../../ui/Spinner';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Every page: skip links, header, the page itself (loaded on demand), footer. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <div className="cantiere-app">
      <div className="skiplinks">
        <a className="visually-hidden-focusable" href="#contenuto">
          {t('layout.skipToContent')}
        </a>
        <a className="visually-hidden-focusable" href="#navigazione">
          {t('layout.skipToNavigation')}
        </a>
      </div>
      <SiteHeader />
      <main id="contenuto" className="container cantiere-main" tabIndex={-1}>
        <Suspense fallback={<Spinner />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </div>
  );
}
