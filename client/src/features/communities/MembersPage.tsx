import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { communityPath } from '../../app/paths';
import type { CommunityQuery as CommunityResult } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { formatNumber } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useLiveScope } from '../../realtime/RealtimeProvider';
import { isAdmin } from '../account/affiliation';
import { useViewer } from '../account/useViewer';
import { AppointmentsLog } from './AppointmentsLog';
import { CommunityMembersQuery, CommunityQuery } from './communities.operations';
import { CommunityNotFound } from './CommunityNotFound';
import { InviteMemberForm } from './InviteMemberForm';
import { MemberRow } from './MemberRow';
import { invitableRoles } from './roles';
import { WaitingMembers } from './WaitingMembers';

type Community = CommunityResult['community'];

const PAGE_SIZE = 30;

export default function MembersPage() {
  const slug = useParams().slug ?? '';
  const { data, error } = useQuery(CommunityQuery, { variables: { slug } });
  if (!data && !error) return <Spinner />;
  if (!data) return problemOf(error).code === 'NOT_FOUND' ? <CommunityNotFound /> : <FormProblem problem={problemOf(error)} />;
  return <Members community={data.community} />;
}

function Members({ community }: { community: Community }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const title = t('members.heading', { name: community.name });
  const inviteRoles = invitableRoles(community.kind, community.viewerCan.edit, isAdmin(viewer));
  // The hub shows the log to the owners and the admins only, and answers anyone else FORBIDDEN.
  const showsAppointments = community.viewerCan.edit || isAdmin(viewer);
  // Members who join or leave, and roles that change, show while the page is open.
  useLiveScope(community.viewerCan.read ? `community:${community.id}` : null);
  return (
    <>
      <Breadcrumb trail={[{ to: '/comunita', label: t('nav.communities') }, { to: communityPath(community.slug), label: community.name }]} current={t('members.title')} />
      <PageHeading title={title}>{title}</PageHeading>
      {!community.viewerCan.read ? (
        <p>{t('members.membersOnly')}</p>
      ) : (
        <>
          {community.viewerCan.manageMembers && (
            <div className="row g-5 mt-1 mb-4">
              <div className="col-lg-7">
                <WaitingMembers slug={community.slug} />
              </div>
              {inviteRoles.length > 0 && (
                <div className="col-lg-5">
                  <InviteMemberForm community={community} roles={inviteRoles} />
                </div>
              )}
            </div>
          )}
          <MemberDirectory community={community} />
          {showsAppointments && <AppointmentsLog slug={community.slug} />}
        </>
      )}
    </>
  );
}

function MemberDirectory({ community }: { community: Community }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 300);
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(CommunityMembersQuery, {
    variables: { slug: community.slug, search: search || null, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const members = (data ?? previousData)?.community.members;

  return (
    <section aria-labelledby="directory-heading">
      <h2 id="directory-heading" className="h3">
        {t('members.directory')}
      </h2>
      <form role="search" className="cantiere-form" onSubmit={(event) => event.preventDefault()}>
        <TextField id="members-search" label={t('members.search')} type="search" autoComplete="off" maxLength={100} value={text} onChange={setText} />
      </form>
      <p role="status" className="fw-semibold">
        {members ? t('members.count', { count: members.totalCount, formatted: formatNumber(members.totalCount, language) }) : ''}
      </p>
      {!members && !error && <Spinner />}
      {error && !members && <FormProblem problem={problemOf(error)} />}
      {members && members.edges.length > 0 && (
        <ul className="cantiere-members" data-testid="members">
          {members.edges.map(({ node }) => (
            <MemberRow key={node.id} membership={node} />
          ))}
        </ul>
      )}
      {members && (
        <LoadMore
          shown={members.edges.length}
          total={members.totalCount}
          hasMore={members.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={() => void fetchMore({ variables: { after: members.pageInfo.endCursor } })}
          label={t('members.loadMore')}
        />
      )}
    </section>
  );
}
