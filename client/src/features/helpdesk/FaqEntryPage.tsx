import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ASK_PATH, threadPath } from '../../app/paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { formatDate } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { PageHeading } from '../../ui/PageHeading';
import { markdownExcerpt } from '../../ui/plainText';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { useViewer } from '../account/useViewer';
import { Markdown } from '../threads/Markdown';
import { TagList } from '../threads/ThreadBadges';
import { FaqEntryQuery } from './helpdesk.operations';
import { SignInToAsk } from './SignInToAsk';

/** How long a page's description is: about what search engines and link previews show. */
const DESCRIPTION_LENGTH = 160;

/** One FAQ entry: open to everyone; to signed-out visitors the reviewer is their organisation. */
export default function FaqEntryPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const id = useParams().id ?? '';
  const { viewer, loading } = useViewer();
  const { data, error } = useQuery(FaqEntryQuery, { variables: { id } });
  if (!data && !error) return <Spinner />;
  if (!data) {
    // An address whose id is not one (mistyped, cut short) is as missing as a removed entry.
    const code = problemOf(error).code;
    if (code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT') return <FormProblem problem={problemOf(error)} />;
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
        <PageHeading title={entry.question} description={markdownExcerpt(entry.answer, DESCRIPTION_LENGTH)}>
          {entry.question}
        </PageHeading>
        <TagList tags={entry.tags} />
        <section aria-label={t('faq.answer')} className="cantiere-faq-answer mt-4 mb-3">
          <Markdown source={entry.answer} />
        </section>
        <p className="small text-secondary">
          {t('faq.reviewedBy', { name: entry.promotedBy.displayName, date: formatDate(entry.createdAt, language) })}
        </p>
        {/* The original question is linked only while the viewer may read it. */}
        {entry.sourceThread && (
          <p>
            <Link to={threadPath(entry.sourceThread.id)}>{t('faq.source', { title: entry.sourceThread.title })}</Link>
          </p>
        )}
        {viewer ? (
          <p>
            {t('faq.notAnswered')} <Link to={ASK_PATH}>{t('helpDesk.ask')}</Link>
          </p>
        ) : (
          !loading && <SignInToAsk />
        )}
      </div>
    </div>
  );
}
