import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AffiliationBadge, AffiliationExplanation } from '../account/AffiliationState';
import { useViewer } from '../account/useViewer';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { PageHeading } from '../../ui/PageHeading';
import { Spinner } from '../../ui/Spinner';

export default function HomePage() {
  const { viewer, loading } = useViewer();
  if (loading) return <Spinner />;
  return viewer ? <Welcome viewer={viewer} /> : <Introduction />;
}

/** What a visitor sees: what Cantiere is and how to get in. */
function Introduction() {
  const { t } = useTranslation();
  return (
    <div className="row">
      <div className="col-lg-8">
        <PageHeading title={t('home.title')} className="display-5">
          {t('home.heading')}
        </PageHeading>
        <p className="lead my-4">{t('home.intro')}</p>
        <div className="d-flex flex-wrap gap-3">
          <Link to="/registrati" className="btn btn-primary btn-lg">
            {t('home.signUpCta')}
          </Link>
          <Link to="/accedi" className="btn btn-outline-primary btn-lg">
            {t('home.signInCta')}
          </Link>
          <Link to="/faq" className="btn btn-link btn-lg">
            {t('publicKnowledge.readFaq')}
          </Link>
          <Link to="/comuni" className="btn btn-link btn-lg">
            {t('home.browseCta')}
          </Link>
        </div>
      </div>
    </div>
  );
}

/** A signed-in person's starting point: the hub's services, one card each. */
function Welcome({ viewer }: { viewer: ViewerFieldsFragment }) {
  const { t } = useTranslation();
  const cards = [
    { to: '/comunita', title: t('home.communitiesCardTitle'), text: t('home.communitiesCardText') },
    { to: '/sportello', title: t('home.helpDeskCardTitle'), text: t('home.helpDeskCardText') },
    { to: '/faq', title: t('home.faqCardTitle'), text: t('home.faqCardText') },
    { to: '/comuni', title: t('home.directoryCardTitle'), text: t('home.directoryCardText') },
    { to: '/profilo', title: t('home.profileCardTitle'), text: t('home.profileCardText') },
  ];
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.welcome', { name: viewer.displayName })}</PageHeading>
      <p className="lead">
        {t('home.affiliation', { jobTitle: viewer.jobTitle, organization: viewer.organization.name })}{' '}
        <AffiliationBadge status={viewer.affiliationStatus} />
      </p>
      <AffiliationExplanation viewer={viewer} where="home" />
      <div className="row g-4 my-2">
        {cards.map((card) => (
          <div className="col-md-6 col-lg-4" key={card.to}>
            <div className="card card-bg h-100">
              <div className="card-body">
                <h2 className="card-title h4">
                  <Link to={card.to} className="stretched-link">
                    {card.title}
                  </Link>
                </h2>
                <p className="card-text">{card.text}</p>
              </div>
            </div>
          </div>
        ))}
      </div>
      <p className="mt-4">{t('home.comingSoon')}</p>
    </>
  );
}
