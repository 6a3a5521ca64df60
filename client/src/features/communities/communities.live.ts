import type { ApolloCache } from '@apollo/client';
import {
  CommunitiesDocument as CommunitiesQuery,
  CommunityAppointmentsDocument as CommunityAppointmentsQuery,
  CommunityDocument as CommunityQuery,
  CommunityMembersDocument as CommunityMembersQuery,
  CommunityThreadsDocument as CommunityThreadsQuery,
  PendingRequestCountDocument as PendingRequestCountQuery,
  WaitingMembersDocument as WaitingMembersQuery,
  type CommunitySummaryFieldsFragment,
} from '../../gql/graphql';
import type { HubEvent } from '../../realtime/events';
import { registerLiveReactions } from '../../realtime/live-reactions';
import { ViewerQuery } from '../account/account.operations';

type MemberEvent = HubEvent<'member.joined' | 'member.updated' | 'member.left'>;

/** Every member event says how many members the community has now. */
function writeMemberCount(cache: ApolloCache, { payload }: MemberEvent) {
  cache.modify<CommunitySummaryFieldsFragment>({
    id: cache.identify({ __typename: 'Community', id: payload.communityId }),
    fields: { memberCount: () => payload.memberCount },
  });
}

/**
 * A member who left or was removed leaves every list of members at once (the lists drop what
 * the cache no longer has). The viewer's own membership stays until the community is fetched
 * again, so that the page never shows them neither in nor out.
 */
function forgetMember(cache: ApolloCache, event: HubEvent<'member.left'>) {
  writeMemberCount(cache, event);
  if (event.payload.userId === cache.readQuery({ query: ViewerQuery })?.me?.id) return;
  cache.evict({ id: cache.identify({ __typename: 'Membership', id: event.payload.membershipId }) });
  cache.gc();
}

// What the community pages show: the community with the viewer's place and permissions
// (CommunityQuery), its threads, its members, the requests and invitations waiting, and the count
// of requests. Mutations from this tab and what they already bring (so their own events skip it):
// - JoinCommunity, LeaveCommunity (community page): refetch CommunityQuery;
// - DecideJoinRequest (members page): refetch the waiting members, the directory, the community,
//   the count of requests and the log of appointments; InviteMember: the waiting members, the
//   directory, the community and the log;
// - RemoveMember: the directory, the community and the log;
// - ChangeMemberRole returns the new role (and what the viewer may still do) and refetches the log:
//   the directory is still refetched, since owners and facilitators come first;
// - StartThread (new thread page) refetches the community's threads.
registerLiveReactions('communities', {
  events: {
    'thread.created': { refetch: [CommunityThreadsQuery], skipOwn: { refetch: [CommunityThreadsQuery] } },
    'thread.updated': { refetch: [CommunityThreadsQuery] },
    'member.joined': {
      cache: writeMemberCount,
      refetch: [CommunityQuery, CommunityMembersQuery, WaitingMembersQuery, PendingRequestCountQuery, CommunityAppointmentsQuery],
      skipOwn: { refetch: [CommunityQuery, CommunityMembersQuery, WaitingMembersQuery, CommunityAppointmentsQuery] },
    },
    'member.updated': {
      cache: writeMemberCount,
      refetch: [CommunityQuery, CommunityMembersQuery, CommunityAppointmentsQuery],
      skipOwn: { refetch: [CommunityAppointmentsQuery] },
    },
    'member.left': {
      cache: forgetMember,
      refetch: [CommunityQuery, CommunityMembersQuery, CommunityAppointmentsQuery],
      skipOwn: { refetch: [CommunityQuery, CommunityMembersQuery, CommunityAppointmentsQuery] },
    },
    'community.updated': { refetch: [CommunityQuery, CommunitiesQuery] },
    // The viewer's own place changed: what they may do and read, here and in the list.
    'membership.changed': { refetch: [CommunityQuery, CommunitiesQuery, CommunityThreadsQuery], skipOwn: { refetch: [CommunityQuery] } },
    // A request to join reaches the moderators as a notification only; so does an invitation its invitee.
    'notification.created': {
      refetch: ({ payload }) =>
        payload.kind === 'JOIN_REQUEST'
          ? [PendingRequestCountQuery, WaitingMembersQuery]
          : payload.kind === 'INVITATION'
            ? [CommunityQuery, CommunitiesQuery]
            : [],
    },
  },
  scopes: {
    community: [CommunityQuery, CommunityThreadsQuery, CommunityMembersQuery, WaitingMembersQuery, PendingRequestCountQuery, CommunityAppointmentsQuery],
    user: [CommunityQuery, CommunitiesQuery, CommunityThreadsQuery, PendingRequestCountQuery, WaitingMembersQuery],
  },
});
