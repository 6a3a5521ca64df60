import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ASK_PATH } from '../../app/paths';
import type { SignInPageState } from '../../app/RequireSignIn';

/**
 * For signed-out visitors of the help desk's public pages: reading is open to all, asking takes
 * an account. Signing in from here lands on the question form.
 */
export function SignInToAsk() {
  const { t } = useTranslation();
  const state: SignInPageState = { from: ASK_PATH };
  return (
    <aside className="cantiere-sign-in-to-ask" aria-labelledby="sign-in-to-ask" data-testid="sign-in-to-ask">
      <h2 id="sign-in-to-ask" className="h5">
        {t('publicKnowledge.ctaHeading')}
      </h2>
      <p>{t('publicKnowledge.ctaText')}</p>
      <div className="d-flex flex-wrap align-items-center gap-3">
        <Link to="/accedi" state={state} className="btn btn-primary">
          {t('publicKnowledge.signInToAsk')}
        </Link>
        <span>
          {t('publicKnowledge.noAccount')} <Link to="/registrati">{t('publicKnowledge.signUp')}</Link>
        </span>
      </div>
    </aside>
  );
}
