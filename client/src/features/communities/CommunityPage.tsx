import { NetworkStatus } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useLiveScope } from '../../realtime/RealtimeProvider';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { membersPath, newThreadPath } from '../../app/paths';
import type { CommunityQuery as CommunityResult } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { formatNumber } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { Markdown } from '../threads/Markdown';
import { ThreadList } from '../threads/ThreadList';
import { CommunityQuery, CommunityThreadsQuery, PendingRequestCountQuery } from './communities.operations';
import { CommunityBadges } from './CommunityBadges';
import { CommunityNotFound } from './CommunityNotFound';
import { MembershipPanel } from './MembershipPanel';

type Community = CommunityResult['community'];

const PAGE_SIZE = 20;

export default function CommunityPage() {
  const slug = useParams().slug ?? '';
  const { data, error } = useQuery(CommunityQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  if (!data && !error) return <Spinner />;
  if (!data) return problemOf(error).code === 'NOT_FOUND' ? <CommunityNotFound /> : <FormProblem problem={problemOf(error)} />;
  // The help desk has pages of its own.
  if (data.community.kind === 'HELP_DESK') return <Navigate to="/sportello" replace />;
  return <CommunityView community={data.community} />;
}

function CommunityView({ community }: { community: Community }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const can = community.viewerCan;
  // New discussions and members appear while the page is open, for those who may read them; the
  // scope is followed again when that right comes back.
  useLiveScope(can.read ? `community:${community.id}` : null);
  const pending = useQuery(PendingRequestCountQuery, can.manageMembers ? { variables: { slug: community.slug } } : skipToken);
  const requests = pending.data?.community.members.totalCount ?? 0;

  return (
    <>
      <Breadcrumb trail={[{ to: '/comunita', label: t('nav.communities') }]} current={community.name} />
      <PageHeading title={community.name}>{community.name}</PageHeading>
      <CommunityBadges visibility={community.visibility} themes={community.themes} />
      <p className="mt-2">
        {t('communities.memberCount', { count: community.memberCount, formatted: formatNumber(community.memberCount, language) })}
        {can.read && (
          <>
            {' · '}
            <Link to={membersPath(community.slug)}>{can.manageMembers ? t('communities.manageMembers') : t('communities.seeMembers')}</Link>
          </>
        )}
        {requests > 0 && (
          <>
            {' · '}
            <Link to={membersPath(community.slug)} className="fw-semibold">
              {t('communities.pendingRequests', { count: requests })}
            </Link>
          </>
        )}
      </p>
      <div className="row">
        <div className="col-lg-8">
          <Markdown source={community.description} className="lead" />
        </div>
      </div>
      <MembershipPanel community={community} />
      <section className="mt-5" aria-labelledby="threads-heading">
        <div className="d-flex flex-wrap justify-content-between align-items-center gap-3 mb-3">
          <h2 id="threads-heading" className="h3 mb-0">
            {t('threads.heading')}
          </h2>
          {can.startThread && (
            <Link to={newThreadPath(community.slug)} className="btn btn-primary">
              {t('threads.start')}
            </Link>
          )}
        </div>
        {can.read ? <CommunityThreads slug={community.slug} /> : <p>{t('communities.threadsMembersOnly')}</p>}
      </section>
    </>
  );
}

function CommunityThreads({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, error, networkStatus, fetchMore } = useQuery(CommunityThreadsQuery, {
    variables: { slug, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!data && !error) return <Spinner />;
  if (!data) return <FormProblem problem={problemOf(error)} />;
  const threads = data.community.threads;
  if (threads.totalCount === 0) return <p>{t('threads.empty')}</p>;
  return (
    <>
      <ThreadList threads={threads.edges.map((edge) => edge.node)} />
      <LoadMore
        shown={threads.edges.length}
        total={threads.totalCount}
        hasMore={threads.pageInfo.hasNextPage}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={() => void fetchMore({ variables: { after: threads.pageInfo.endCursor } })}
        label={t('threads.loadMore')}
      />
    </>
  );
}
