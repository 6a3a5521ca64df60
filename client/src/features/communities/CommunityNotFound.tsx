import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';

/** A community that does not exist (or an address mistyped). */
export function CommunityNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('communities.notFoundTitle')}>{t('communities.notFoundTitle')}</PageHeading>
      <p>{t('communities.notFound')}</p>
      <Link to="/comunita">{t('communities.backToList')}</Link>
    </>
  );
}
