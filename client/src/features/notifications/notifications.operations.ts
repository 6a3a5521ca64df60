import { graphql } from '../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          kind
          createdAt
          readAt
          postId
          actor {
            id
            displayName
            organization {
              id
              name
            }
          }
          community {
            id
            slug
            name
          }
          thread {
            id
            title
            author {
              id
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
