import { graphql } from '../../gql';

export const SearchQuery = graphql(`
  query Search($query: String!, $types: [SearchHitType!], $first: Int!, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          type
          id
          title
          snippet
          communitySlug
          threadId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
