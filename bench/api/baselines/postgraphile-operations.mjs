// What bench:api sends PostGraphile in place of the hub's S2 and S3: the same data through its
// generated schema (relations by foreign key, connections with totalCount and cursors). Fields
// that only the hub has, which PostGraphile cannot know (viewerCan, viewerReacted, the
// reactions counted by kind, the time-to-answer figures), are left out; the reactions come as
// their rows, for the client to count.

export const S2 = {
  query: `query CommunityThreads($slug: String!, $first: Int!) {
    communityBySlug(slug: $slug) {
      id
      threadsByCommunityId(first: $first, orderBy: [PINNED_DESC, LAST_ACTIVITY_AT_DESC, ID_DESC]) {
        totalCount
        edges {
          cursor
          node {
            id title kind status visibility tags pinned locked replyCount createdAt lastActivityAt
            author: appUserByAuthorId { id displayName organization: organizationByOrganizationId { id name } }
            askerOrganization: organizationByAskerOrganizationId { id name }
            assignee: appUserByAssigneeId { id displayName }
            lastPost: postByLastPostId { id createdAt author: appUserByAuthorId { id displayName } }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`,
  variables: (fixture) => ({ slug: fixture.community.slug, first: 20 }),
};

export const S3 = {
  query: `query Thread($id: UUID!, $first: Int!) {
    threadById(id: $id) {
      id title kind status visibility tags pinned locked createdAt
      askerOrganization: organizationByAskerOrganizationId { id name }
      assignee: appUserByAssigneeId { id displayName }
      acceptedPostId
      community: communityByCommunityId { id slug name kind }
      posts: postsByThreadId(first: $first, orderBy: [CREATED_AT_ASC, ID_ASC]) {
        totalCount
        edges {
          cursor
          node {
            id body createdAt editedAt deletedAt parentId
            author: appUserByAuthorId { id displayName organization: organizationByOrganizationId { id name } }
            reactions: reactionsByPostId { nodes { kind userId } }
            revisions: postRevisionsByPostId { nodes { id body replacedAt } }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`,
  variables: (fixture) => ({ id: fixture.threadId, first: 50 }),
};

export const OPERATIONS = { S2, S3 };
