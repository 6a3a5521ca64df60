import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useLiveScope } from '../../realtime/RealtimeProvider';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ThreadSummaryFieldsFragment } from '../../gql/graphql';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { useViewer } from '../account/useViewer';
import { Markdown } from '../threads/Markdown';
import { ThreadList } from '../threads/ThreadList';
import { HelpDeskQuery, HelpDeskQuestionsQuery } from './helpdesk.operations';

const PAGE_SIZE = 50;

export default function HelpDeskPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(HelpDeskQuery);
  // Questions asked and answered elsewhere appear while the page is open.
  useLiveScope(data ? `community:${data.helpDesk.id}` : null);
  if (!data && !error) return <Spinner />;
  if (!data) return <FormProblem problem={problemOf(error)} />;
  const { helpDesk } = data;
  return (
    <>
      <PageHeading title={t('helpDesk.title')}>{helpDesk.name}</PageHeading>
      <div className="row">
        <div className="col-lg-8">
          <Markdown source={helpDesk.description} className="lead" />
        </div>
      </div>
      <div className="d-flex flex-wrap gap-3 my-4">
        {helpDesk.viewerCan.startThread && (
          <Link to="/sportello/nuova-domanda" className="btn btn-primary btn-lg">
            {t('helpDesk.ask')}
          </Link>
        )}
        {helpDesk.viewerCan.moderate && (
          <Link to="/sportello/coda" className="btn btn-outline-primary btn-lg">
            {t('helpDesk.queue')}
          </Link>
        )}
        <Link to="/faq" className="btn btn-link btn-lg">
          {t('helpDesk.faq')}
        </Link>
      </div>
      <Questions />
    </>
  );
}

/**
 * The questions the viewer may read: first those of their own comune, then the others (public
 * ones, and for experts every question). The hub lists them together; the page separates them.
 */
function Questions() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, error, networkStatus, fetchMore } = useQuery(HelpDeskQuestionsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!data && !error) return <Spinner />;
  if (!data) return <FormProblem problem={problemOf(error)} />;
  const threads = data.helpDesk.threads;
  const questions = threads.edges.map((edge) => edge.node);
  const ours = (question: ThreadSummaryFieldsFragment) =>
    question.author.id === viewer?.id || (!!viewer && question.askerOrganization?.id === viewer.organization.id);
  const mine = questions.filter(ours);
  const others = questions.filter((question) => !ours(question));

  return (
    <>
      <section aria-labelledby="my-questions" className="mt-4" data-testid="my-questions">
        <h2 id="my-questions" className="h3">
          {t('helpDesk.myQuestions', { organization: viewer?.organization.name ?? '' })}
        </h2>
        {mine.length ? <ThreadList threads={mine} /> : <p>{t('helpDesk.noQuestionsYet')}</p>}
      </section>
      <section aria-labelledby="other-questions" className="mt-5">
        <h2 id="other-questions" className="h3">
          {t('helpDesk.otherQuestions')}
        </h2>
        {others.length ? <ThreadList threads={others} /> : <p>{t('helpDesk.noOtherQuestions')}</p>}
      </section>
      <LoadMore
        shown={questions.length}
        total={threads.totalCount}
        hasMore={threads.pageInfo.hasNextPage}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={() => void fetchMore({ variables: { after: threads.pageInfo.endCursor } })}
        label={t('helpDesk.loadMore')}
      />
    </>
  );
}
