import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { AFFILIATION_REQUESTS_PATH } from '../paths';
import { canVerifyAffiliations } from '../../features/account/affiliation';
import { useViewer } from '../../features/account/useViewer';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

/** Bootstrap-italia header: slim bar (owner, language, account), brand, and the main menu. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();

  return (
    <header className="it-header-wrapper cantiere-header">
      <div className="it-header-slim-wrapper">
        <div className="container">
          <div className="it-header-slim-wrapper-content">
            <a
              className="navbar-brand"
              href="https://www.anci.lombardia.it"
              target="_blank"
              rel="noreferrer"
              aria-label={t('layout.ownerLinkLabel')}
            >
              {t('layout.owner')}
            </a>
            <div className="it-header-slim-right-zone gap-3">
              <LanguageSwitch />
              {!loading &&
                (viewer ? (
                  <>
                    <NotificationBell />
                    <Link
                      to="/profilo"
                      className="cantiere-account-link"
                      aria-label={t('layout.signedInAs', { name: viewer.displayName })}
                    >
                      <Icon icon="it-user" size="sm" color="white" aria-hidden />
                      <span>{viewer.displayName}</span>
                    </Link>
                  </>
                ) : (
                  <Link to="/accedi" className="btn btn-primary btn-sm cantiere-sign-in-button">
                    {t('nav.signIn')}
                  </Link>
                ))}
            </div>
          </div>
        </div>
      </div>
      <div className="it-header-center-wrapper">
        <div className="container">
          <div className="it-header-center-content-wrapper">
            <div className="it-brand-wrapper">
              <Link to="/" className="cantiere-brand">
                <svg className="icon cantiere-brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                  <path d="M6 26V13l10-7 10 7v13h-7v-8h-6v8z" fill="currentColor" />
                </svg>
                <div className="it-brand-text">
                  <div className="it-brand-title">{t('app.name')}</div>
                  <div className="it-brand-tagline">{t('app.tagline')}</div>
                </div>
              </Link>
            </div>
          </div>
        </div>
      </div>
      <div className="it-header-navbar-wrapper">
        <div className="container">
          <nav id="navigazione" className="cantiere-nav" aria-label={t('layout.mainNavigation')} tabIndex={-1}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              {viewer && (
                <>
                  <li>
                    <NavLink to="/comunita">{t('nav.communities')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/sportello">{t('nav.helpDesk')}</NavLink>
                  </li>
                </>
              )}
              {/* The FAQ and the search over the help desk's public knowledge are open to everyone. */}
              <li>
                <NavLink to="/faq">{t('nav.faq')}</NavLink>
              </li>
              <li>
                <NavLink to="/comuni">{t('nav.directory')}</NavLink>
              </li>
              <li>
                <NavLink to="/cerca">{t('nav.search')}</NavLink>
              </li>
              {viewer ? (
                <>
                  {canVerifyAffiliations(viewer) && (
                    <li>
                      <NavLink to={AFFILIATION_REQUESTS_PATH}>{t('nav.verifications')}</NavLink>
                    </li>
                  )}
                  <li>
                    <NavLink to="/profilo">{t('nav.profile')}</NavLink>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <NavLink to="/accedi">{t('nav.signIn')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/registrati">{t('nav.signUp')}</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
