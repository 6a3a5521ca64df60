import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AFFILIATION_REQUESTS_PATH, PROFILE_PATH } from '../../app/paths';
import type { AffiliationStatus, ViewerFieldsFragment } from '../../gql/graphql';
import { Notice } from '../../ui/Notice';
import { canVerifyAffiliations, isAdmin, organizationWord } from './affiliation';

const BADGE_CLASS: Record<AffiliationStatus, string> = {
  CLAIMED: 'cantiere-badge-claimed',
  VERIFIED: 'cantiere-badge-verified',
  DECLINED: 'cantiere-badge-declined',
};

/** "Verificata", "Da verificare" or "Non confermata", beside the name of the person's organisation. */
export function AffiliationBadge({ status }: { status: AffiliationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`cantiere-badge ${BADGE_CLASS[status]}`} data-testid="affiliation-status">
      <span className="visually-hidden">{t('affiliation.label')}: </span>
      {t(`affiliation.status.${status}`)}
    </span>
  );
}

interface AffiliationExplanationProps {
  viewer: ViewerFieldsFragment;
  /** On the home page a claim not yet verified links to the profile; the profile says what to do there. */
  where: 'home' | 'profile';
}

/**
 * The person's affiliation in plain words: whether it is verified, what that means for the
 * organisation's private questions, and what to do next.
 */
export function AffiliationExplanation({ viewer, where }: AffiliationExplanationProps) {
  const { t } = useTranslation();
  const word = organizationWord(viewer.organization.kind);
  const values = { organization: viewer.organization.name };
  const toProfile = where === 'home' && <Link to={PROFILE_PATH}>{t('affiliation.toProfile')}</Link>;
  switch (viewer.affiliationStatus) {
    case 'CLAIMED':
      return (
        <Notice tone="warning">
          <p className="mb-1">{t(`affiliation.claimed.${word}`, values)}</p>
          <p className="mb-0">
            {t('affiliation.ownPrivateQuestions')} {toProfile}
          </p>
        </Notice>
      );
    case 'DECLINED':
      return (
        <Notice tone="warning">
          <p className="mb-1">{t(`affiliation.declined.${word}`, values)}</p>
          <p className="mb-0">
            {toProfile || (
              <>
                {t('affiliation.declinedWhatToDo')}{' '}
                <a href="https://www.anci.lombardia.it" target="_blank" rel="noreferrer">
                  {t('affiliation.contactAnci')}
                  <span className="visually-hidden"> {t('affiliation.externalLink')}</span>
                </a>
                .
              </>
            )}
          </p>
        </Notice>
      );
    case 'VERIFIED':
      return where === 'profile' ? <p className="mb-0">{t(`affiliation.verified.${word}`, values)}</p> : null;
  }
}

/** For referenti and admins: that they verify others' affiliations, and the way to the queue. */
export function VerifierRole({ viewer }: { viewer: ViewerFieldsFragment }) {
  const { t } = useTranslation();
  if (!canVerifyAffiliations(viewer)) return null;
  return (
    <p className="mb-0">
      {isAdmin(viewer) ? t('affiliation.admin') : t('affiliation.referente', { organization: viewer.organization.name })}{' '}
      <Link to={AFFILIATION_REQUESTS_PATH}>{t('affiliation.queueLink')}</Link>
    </p>
  );
}
