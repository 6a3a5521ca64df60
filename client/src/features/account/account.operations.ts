import { graphql } from '../../gql';

export const ViewerFields = graphql(`
  fragment ViewerFields on User {
    id
    displayName
    email
    jobTitle
    locale
    createdAt
    affiliationStatus
    referente
    platformRole
    organization {
      id
      name
      kind
      province
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...ViewerFields
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...ViewerFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...ViewerFields
    }
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      current
      userAgent
      createdAt
      lastSeenAt
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const OrganizationSearchQuery = graphql(`
  query OrganizationSearch($search: String!, $first: Int!) {
    organizations(search: $search, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          kind
          province
        }
      }
    }
  }
`);

/** Claims waiting for the viewer's decision, oldest first: a referente's organisation's, or all of them for an admin. */
export const AffiliationRequestsQuery = graphql(`
  query AffiliationRequests($first: Int!, $after: String) {
    affiliationRequests(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          displayName
          jobTitle
          createdAt
          affiliationStatus
          organization {
            id
            name
            kind
            province
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

export const DecideAffiliationMutation = graphql(`
  mutation DecideAffiliation($userId: ID!, $approve: Boolean!) {
    decideAffiliation(userId: $userId, approve: $approve) {
      id
      affiliationStatus
    }
  }
`);
