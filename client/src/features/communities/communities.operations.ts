import { graphql } from '../../gql';

export const CommunitySummaryFields = graphql(`
  fragment CommunitySummaryFields on Community {
    id
    slug
    name
    description
    kind
    visibility
    themes
    memberCount
    archivedAt
    viewerMembership {
      id
      role
      status
    }
  }
`);

export const CommunitiesQuery = graphql(`
  query Communities($search: String, $theme: String, $mine: Boolean, $first: Int!, $after: String) {
    communities(search: $search, theme: $theme, mine: $mine, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...CommunitySummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CommunityPermissionFields = graphql(`
  fragment CommunityPermissionFields on CommunityPermissions {
    read
    join
    requestToJoin
    leave
    startThread
    announce
    moderate
    manageMembers
    edit
  }
`);

export const CommunityQuery = graphql(`
  query Community($slug: String!) {
    community(slug: $slug) {
      ...CommunitySummaryFields
      viewerCan {
        ...CommunityPermissionFields
      }
    }
  }
`);

export const ThreadSummaryFields = graphql(`
  fragment ThreadSummaryFields on Thread {
    id
    title
    kind
    status
    visibility
    tags
    pinned
    locked
    replyCount
    createdAt
    lastActivityAt
    author {
      id
      displayName
      organization {
        id
        name
      }
    }
    askerOrganization {
      id
      name
    }
    assignee {
      id
      displayName
    }
    lastPost {
      id
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

/** One page of a thread list; community, help desk and queue pages all page through threads the same way. */
export const ThreadPageFields = graphql(`
  fragment ThreadPageFields on ThreadConnection {
    totalCount
    edges {
      cursor
      node {
        ...ThreadSummaryFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

/** Separate from the community itself: a private community's threads answer NOT_FOUND to outsiders. */
export const CommunityThreadsQuery = graphql(`
  query CommunityThreads($slug: String!, $first: Int!, $after: String) {
    community(slug: $slug) {
      id
      threads(first: $first, after: $after) {
        ...ThreadPageFields
      }
    }
  }
`);

export const PendingRequestCountQuery = graphql(`
  query PendingRequestCount($slug: String!) {
    community(slug: $slug) {
      id
      members(status: REQUESTED, first: 1) {
        totalCount
      }
    }
  }
`);

export const MemberFields = graphql(`
  fragment MemberFields on Membership {
    id
    role
    createdAt
    viewerCanGive
    viewerCanRemove
    user {
      id
      displayName
      jobTitle
      organization {
        id
        name
        province
      }
    }
  }
`);

export const CommunityMembersQuery = graphql(`
  query CommunityMembers($slug: String!, $search: String, $first: Int!, $after: String) {
    community(slug: $slug) {
      id
      members(search: $search, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...MemberFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** Who gave whom which role, newest first: for the community's owners and the hub's admins. */
export const CommunityAppointmentsQuery = graphql(`
  query CommunityAppointments($slug: String!, $first: Int!, $after: String) {
    community(slug: $slug) {
      id
      appointments(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            fromRole
            toRole
            status
            createdAt
            actor {
              id
              displayName
            }
            user {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const WaitingMembersQuery = graphql(`
  query WaitingMembers($slug: String!, $first: Int!) {
    community(slug: $slug) {
      id
      requested: members(status: REQUESTED, first: $first) {
        totalCount
        edges {
          cursor
          node {
            ...MemberFields
          }
        }
      }
      invited: members(status: INVITED, first: $first) {
        totalCount
        edges {
          cursor
          node {
            ...MemberFields
          }
        }
      }
    }
  }
`);

/** What joining, requesting or accepting an invitation changes on the community page. */
export const MembershipResultFields = graphql(`
  fragment MembershipResult on Membership {
    id
    role
    status
    community {
      id
      memberCount
      viewerMembership {
        id
        role
        status
      }
      viewerCan {
        ...CommunityPermissionFields
      }
    }
  }
`);
export const JoinCommunityMutation = graphql(`
  mutation JoinCommunity($communityId: ID!) {
    joinCommunity(communityId: $communityId) {
      ...MembershipResult
    }
  }
`);

export const RequestToJoinMutation = graphql(`
  mutation RequestToJoinCommunity($communityId: ID!) {
    requestToJoinCommunity(communityId: $communityId) {
      ...MembershipResult
    }
  }
`);

export const LeaveCommunityMutation = graphql(`
  mutation LeaveCommunity($communityId: ID!) {
    leaveCommunity(communityId: $communityId)
  }
`);

export const DecideJoinRequestMutation = graphql(`
  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {
    decideJoinRequest(membershipId: $membershipId, approve: $approve) {
      id
      status
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...MemberFields
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
      role
      viewerCanGive
      viewerCanRemove
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

export const CreateCommunityMutation = graphql(`
  mutation CreateCommunity($input: CreateCommunityInput!) {
    createCommunity(input: $input) {
      ...CommunitySummaryFields
    }
  }
`);
