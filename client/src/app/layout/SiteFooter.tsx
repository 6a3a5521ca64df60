import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container py-4">
          <p className="h4 text-white mb-2">{t('app.name')}</p>
          <p className="mb-2">{t('layout.footerAbout')}</p>
          <p className="mb-0 small">
            {t('layout.footerData')} {t('layout.footerLicense')}
          </p>
        </div>
      </div>
    </footer>
  );
}
