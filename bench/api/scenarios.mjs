// The operations bench:api sends to the hub: the client's own queries for a community page, its
// feed and a thread page (the fragments of client/src/features/*/…operations.ts, written out),
// and the reply mutation.

export const S1 = {
  name: 'S1',
  title: 'one community by slug, a few scalars',
  query: `query CommunityHeader($slug: String!) { community(slug: $slug) { id slug name memberCount } }`,
  variables: (fixture) => ({ slug: fixture.community.slug }),
};

const THREAD_SUMMARY = `
  fragment ThreadSummaryFields on Thread {
    id title kind status visibility tags pinned locked replyCount createdAt lastActivityAt
    author { id displayName organization { id name } }
    askerOrganization { id name }
    assignee { id displayName }
    lastPost { id createdAt author { id displayName } }
  }
  fragment ThreadPageFields on ThreadConnection {
    totalCount
    edges { cursor node { ...ThreadSummaryFields } }
    pageInfo { hasNextPage endCursor }
  }`;

export const S2 = {
  name: 'S2',
  title: 'community feed: 20 threads with author, comune, reply count, last post',
  query: `query CommunityThreads($slug: String!, $first: Int!, $after: String) {
    community(slug: $slug) { id threads(first: $first, after: $after) { ...ThreadPageFields } }
  }${THREAD_SUMMARY}`,
  variables: (fixture) => ({ slug: fixture.community.slug, first: 20 }),
};

const POST_FIELDS = `
  fragment PostFields on Post {
    id body createdAt editedAt deletedAt replyToId
    author { id displayName nameHidden organization { id name } }
    reactions { kind count viewerReacted }
    revisions { id body replacedAt }
    viewerCan { edit delete react accept }
  }
  fragment ThreadDetailFields on Thread {
    id title kind status visibility tags pinned locked createdAt
    askerOrganization { id name }
    assignee { id displayName }
    acceptedPost { id }
    timeToFirstAnswerSeconds timeToSolutionSeconds faqEntryId
    community { id slug name kind }
    viewerCan { reply react moderate accept assign promote reopen }
  }`;

export const S3 = {
  name: 'S3',
  title: 'thread page: 50 posts with authors and reactions',
  query: `query Thread($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      ...ThreadDetailFields
      posts(first: $first, after: $after) {
        totalCount
        edges { cursor node { ...PostFields } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }${POST_FIELDS}`,
  variables: (fixture) => ({ id: fixture.threadId, first: 50 }),
};

export const W1 = {
  name: 'W1',
  title: 'reply to a thread (post, event, notifications)',
  query: `mutation Reply($input: ReplyInput!) { reply(input: $input) { id createdAt } }`,
  variables: (fixture) => ({ input: { threadId: fixture.writeThreadId ?? fixture.threadId, body: 'Confermo: anche da noi la scadenza è il 31 dicembre.' } }),
};

export const SCENARIOS = { S1, S2, S3, W1 };
