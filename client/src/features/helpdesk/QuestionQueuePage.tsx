import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useLiveScope } from '../../realtime/RealtimeProvider';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { threadPath } from '../../app/paths';
import type { ThreadSummaryFieldsFragment } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf, type Problem } from '../../ui/problems';
import { SelectField } from '../../ui/SelectField';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useViewer } from '../account/useViewer';
import { ThreadList } from '../threads/ThreadList';
import { AssignQuestionMutation } from '../threads/threads.operations';
import { HelpDeskQuery, QuestionQueueQuery } from './helpdesk.operations';

const PAGE_SIZE = 30;

const SCOPES = ['all', 'mine', 'unassigned'] as const;
type Scope = (typeof SCOPES)[number];

function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export default function QuestionQueuePage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(HelpDeskQuery);
  // Questions asked and answered elsewhere appear while the page is open.
  useLiveScope(data ? `community:${data.helpDesk.id}` : null);
  const heading = <PageHeading title={t('queue.title')}>{t('queue.heading')}</PageHeading>;
  if (!data && !error) return <Spinner />;
  if (!data) return <FormProblem problem={problemOf(error)} />;
  if (!data.helpDesk.viewerCan.moderate) {
    return (
      <>
        {heading}
        <p>{t('queue.expertsOnly')}</p>
        <Link to="/sportello">{t('queue.backToHelpDesk')}</Link>
      </>
    );
  }
  return (
    <>
      <Breadcrumb trail={[{ to: '/sportello', label: t('nav.helpDesk') }]} current={t('queue.title')} />
      {heading}
      <p className="lead">{t('queue.intro')}</p>
      <Queue />
    </>
  );
}

function Queue() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [scope, setScope] = useState<Scope>('all');
  const [tagText, setTagText] = useState('');
  const tag = useDebouncedValue(tagText.trim(), 300);
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(
    QuestionQueueQuery,
    viewer
      ? {
          variables: {
            assigneeId: scope === 'mine' ? viewer.id : null,
            unassigned: scope === 'unassigned' || null,
            tag: tag || null,
            first: PAGE_SIZE,
          },
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        }
      : skipToken,
  );
  const [assign, assigning] = useMutation(AssignQuestionMutation, { refetchQueries: [QuestionQueueQuery] });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  const queue = (data ?? previousData)?.questionQueue;

  const take = async (question: ThreadSummaryFieldsFragment) => {
    if (!viewer) return;
    setProblem(null);
    setTaken(null);
    try {
      await assign({ variables: { threadId: question.id, assigneeId: viewer.id } });
      setTaken(question.title);
    } catch (failure) {
      setProblem(problemOf(failure));
    }
  };

  return (
    <>
      <form role="search" className="row g-4 align-items-start" onSubmit={(event) => event.preventDefault()}>
        <div className="col-md-6 col-lg-4">
          <SelectField id="queue-scope" label={t('queue.scope')} value={scope} onChange={(value) => isScope(value) && setScope(value)}>
            {SCOPES.map((option) => (
              <option key={option} value={option}>
                {t(`queue.scopes.${option}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-4">
          <TextField
            id="queue-tag"
            label={t('queue.tag')}
            hint={t('queue.tagHint')}
            autoComplete="off"
            maxLength={60}
            value={tagText}
            onChange={setTagText}
          />
        </div>
      </form>
      <p role="status" className="fw-semibold">
        {queue ? t('queue.count', { count: queue.totalCount }) : ''}
      </p>
      {taken && <Notice tone="success">{t('queue.taken', { title: taken })}</Notice>}
      <FormProblem problem={problem} />
      {!queue && !error && <Spinner />}
      {error && !queue && <FormProblem problem={problemOf(error)} />}
      {queue && queue.totalCount === 0 && <p>{t('queue.empty')}</p>}
      {queue && queue.edges.length > 0 && (
        <div data-testid="queue">
          <ThreadList
            threads={queue.edges.map((edge) => edge.node)}
            showWaiting
            actions={(question) => (
              <div className="d-flex flex-wrap gap-2 mt-2">
                {question.assignee?.id !== viewer?.id && (
                  <button
                    type="button"
                    className="btn btn-primary btn-sm"
                    disabled={assigning.loading}
                    onClick={() => void take(question)}
                    aria-label={t('queue.takeLabel', { title: question.title })}
                  >
                    {t('questions.take')}
                  </button>
                )}
                <Link to={threadPath(question.id)} className="btn btn-outline-primary btn-sm" aria-label={t('queue.openLabel', { title: question.title })}>
                  {t('queue.open')}
                </Link>
              </div>
            )}
          />
        </div>
      )}
      {queue && (
        <LoadMore
          shown={queue.edges.length}
          total={queue.totalCount}
          hasMore={queue.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}
          label={t('queue.loadMore')}
        />
      )}
    </>
  );
}
