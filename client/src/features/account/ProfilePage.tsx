import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf, type Problem } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { SignOutMutation } from './account.operations';
import { AffiliationBadge, AffiliationExplanation, VerifierRole } from './AffiliationState';
import { ProfileForm } from './ProfileForm';
import { SessionList } from './SessionList';
import { SIGNED_OUT_URL } from './session';
import { useViewer } from './useViewer';

export default function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return <Spinner />;
  const language = i18n.resolvedLanguage ?? 'it';

  return (
    <>
      <PageHeading title={t('profile.title')}>{t('profile.heading')}</PageHeading>
      <section className="my-4" aria-labelledby="profile-account">
        <h2 id="profile-account" className="h4">
          {t('profile.account')}
        </h2>
        <dl className="row cantiere-facts mb-0">
          <div className="col-md-4">
            <dt>{t('profile.email')}</dt>
            <dd>{viewer.email}</dd>
          </div>
          <div className="col-md-4">
            <dt>{t('profile.organization')}</dt>
            <dd>
              {viewer.organization.name} <AffiliationBadge status={viewer.affiliationStatus} />
            </dd>
          </div>
          <div className="col-md-4">
            <dt>{t('profile.memberSince')}</dt>
            <dd>{formatDate(viewer.createdAt, language)}</dd>
          </div>
        </dl>
        <div className="mt-3 d-flex flex-column gap-2" data-testid="affiliation">
          <AffiliationExplanation viewer={viewer} where="profile" />
          <VerifierRole viewer={viewer} />
        </div>
      </section>
      <section className="my-5" aria-labelledby="profile-edit">
        <h2 id="profile-edit" className="h4 mb-4">
          {t('profile.editHeading')}
        </h2>
        <ProfileForm viewer={viewer} />
      </section>
      <section className="my-5" aria-labelledby="profile-sessions">
        <h2 id="profile-sessions" className="h4">
          {t('profile.sessionsHeading')}
        </h2>
        <p>{t('profile.sessionsIntro')}</p>
        <SessionList />
      </section>
      <SignOutSection />
    </>
  );
}

function SignOutSection() {
  const { t } = useTranslation();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const [problem, setProblem] = useState<Problem | null>(null);

  const leave = async () => {
    setProblem(null);
    try {
      await signOut();
    } catch (error) {
      return setProblem(problemOf(error));
    }
    // A full page load, not a client-side move: on a shared computer at the town hall nothing of
    // the previous person may stay in memory.
    window.location.assign(SIGNED_OUT_URL);
  };

  return (
    <section className="my-5" aria-labelledby="profile-sign-out">
      <h2 id="profile-sign-out" className="h4">
        {t('profile.signOutHeading')}
      </h2>
      <p>{t('profile.signOutIntro')}</p>
      <FormProblem problem={problem} />
      <button type="button" className="btn btn-outline-primary" onClick={leave} disabled={loading}>
        {loading ? t('profile.signingOut') : t('profile.signOut')}
      </button>
    </section>
  );
}
