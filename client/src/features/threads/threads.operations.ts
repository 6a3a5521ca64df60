import { graphql } from '../../gql';

export const PostFields = graphql(`
  fragment PostFields on Post {
    id
    body
    createdAt
    editedAt
    deletedAt
    replyToId
    author {
      id
      displayName
      nameHidden
      organization {
        id
        name
      }
    }
    reactions {
      kind
      count
      viewerReacted
    }
    revisions {
      id
      body
      replacedAt
    }
    viewerCan {
      edit
      delete
      react
      accept
    }
  }
`);

export const ThreadDetailFields = graphql(`
  fragment ThreadDetailFields on Thread {
    id
    title
    kind
    status
    visibility
    tags
    pinned
    locked
    createdAt
    askerOrganization {
      id
      name
    }
    assignee {
      id
      displayName
    }
    acceptedPost {
      id
    }
    timeToFirstAnswerSeconds
    timeToSolutionSeconds
    faqEntryId
    community {
      id
      slug
      name
      kind
    }
    viewerCan {
      reply
      react
      moderate
      accept
      assign
      promote
      reopen
    }
  }
`);

export const ThreadQuery = graphql(`
  query Thread($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      ...ThreadDetailFields
      posts(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...PostFields
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

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($slug: String!, $search: String!, $first: Int!) {
    community(slug: $slug) {
      id
      members(search: $search, first: $first) {
        edges {
          node {
            id
            user {
              id
              displayName
              organization {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const StartThreadMutation = graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
    }
  }
`);

export const ReplyMutation = graphql(`
  mutation Reply($input: ReplyInput!) {
    reply(input: $input) {
      ...PostFields
    }
  }
`);

export const EditPostMutation = graphql(`
  mutation EditPost($postId: ID!, $body: String!) {
    editPost(postId: $postId, body: $body) {
      ...PostFields
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($postId: ID!) {
    deletePost(postId: $postId) {
      ...PostFields
    }
  }
`);

export const ReactMutation = graphql(`
  mutation React($postId: ID!, $kind: ReactionKind!) {
    react(postId: $postId, kind: $kind) {
      id
      reactions {
        kind
        count
        viewerReacted
      }
    }
  }
`);

export const UnreactMutation = graphql(`
  mutation Unreact($postId: ID!, $kind: ReactionKind!) {
    unreact(postId: $postId, kind: $kind) {
      id
      reactions {
        kind
        count
        viewerReacted
      }
    }
  }
`);

export const SetThreadPinnedMutation = graphql(`
  mutation SetThreadPinned($threadId: ID!, $pinned: Boolean!) {
    setThreadPinned(threadId: $threadId, pinned: $pinned) {
      ...ThreadDetailFields
    }
  }
`);

export const SetThreadLockedMutation = graphql(`
  mutation SetThreadLocked($threadId: ID!, $locked: Boolean!) {
    setThreadLocked(threadId: $threadId, locked: $locked) {
      ...ThreadDetailFields
    }
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($postId: ID!) {
    acceptAnswer(postId: $postId) {
      ...ThreadDetailFields
    }
  }
`);

export const ReopenQuestionMutation = graphql(`
  mutation ReopenQuestion($threadId: ID!) {
    reopenQuestion(threadId: $threadId) {
      ...ThreadDetailFields
    }
  }
`);

export const AssignQuestionMutation = graphql(`
  mutation AssignQuestion($threadId: ID!, $assigneeId: ID) {
    assignQuestion(threadId: $threadId, assigneeId: $assigneeId) {
      ...ThreadDetailFields
    }
  }
`);
