import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </>
  );
}
