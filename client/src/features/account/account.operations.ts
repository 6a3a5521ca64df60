import { graphql } from '../../gql';

export const ViewerFields = graphql(`
  fragment ViewerFields on User {
    id
    displayName
    email
    jobTitle
    locale
    createdAt
    organization {
      id
      name
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
