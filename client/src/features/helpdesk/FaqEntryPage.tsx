import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { threadPath } from '../../app/paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { formatDate } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { Markdown } from '../threads/Markdown';
import { TagList } from '../threads/ThreadBadges';
import { FaqEntryQuery } from './helpdesk.operations';

export default function FaqEntryPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const id = useParams().id ?? '';
  const { data, error } = useQuery(FaqEntryQuery, { variables: { id } });
  if (!data && !error) return <Spinner />;
  if (!data) {
    if (problemOf(error).code !== 'NOT_FOUND') return <FormProblem problem={problemOf(error)} />;
    return (
      <>
        <PageHeading title={t('faq.notFoundTitle')}>{t('faq.notFoundTitle')}</PageHeading>
        <p>{t('faq.notFound')}</p>
        <Link to="/faq">{t('faq.backToList')}</Link>
      </>
    );
  }
  const entry = data.faqEntry;
  return (
    <div className="row">
      <div className="col-lg-9">
        <Breadcrumb trail={[{ to: '/faq', label: t('nav.faq') }]} current={entry.question} />
        <p className="text-uppercase fw-semibold text-secondary mb-1">{t('faq.kicker')}</p>
        <PageHeading title={entry.question}>{entry.question}</PageHeading>
        <TagList tags={entry.tags} />
        <section aria-label={t('faq.answer')} className="cantiere-faq-answer mt-4 mb-3">
          <Markdown source={entry.answer} />
        </section>
        <p className="small text-secondary">
          {t('faq.reviewedBy', { name: entry.promotedBy.displayName, date: formatDate(entry.createdAt, language) })}
        </p>
        <p>
          <Link to={threadPath(entry.sourceThread.id)}>{t('faq.source', { title: entry.sourceThread.title })}</Link>
        </p>
        <p>
          {t('faq.notAnswered')} <Link to="/sportello/nuova-domanda">{t('helpDesk.ask')}</Link>
        </p>
      </div>
    </div>
  );
}
