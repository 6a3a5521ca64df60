/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    email\n    jobTitle\n    locale\n    createdAt\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query OrganizationSearch($search: String!, $first: Int!) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n": typeof types.OrganizationSearchDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query MunicipalityDirectory($search: String, $province: String, $sizeBand: SizeBand, $first: Int!, $after: String) {\n    municipalities(search: $search, province: $province, sizeBand: $sizeBand, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          istatCode\n          name\n          province\n          provinceName\n          population\n          sizeBand\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MunicipalityDirectoryDocument,
    "\n  query Municipality($istatCode: ID!) {\n    municipality(istatCode: $istatCode) {\n      istatCode\n      name\n      province\n      provinceName\n      population\n      sizeBand\n      cadastralCode\n    }\n  }\n": typeof types.MunicipalityDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    email\n    jobTitle\n    locale\n    createdAt\n    organization {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  query OrganizationSearch($search: String!, $first: Int!) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n": types.OrganizationSearchDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n": types.ProvincesDocument,
    "\n  query MunicipalityDirectory($search: String, $province: String, $sizeBand: SizeBand, $first: Int!, $after: String) {\n    municipalities(search: $search, province: $province, sizeBand: $sizeBand, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          istatCode\n          name\n          province\n          provinceName\n          population\n          sizeBand\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MunicipalityDirectoryDocument,
    "\n  query Municipality($istatCode: ID!) {\n    municipality(istatCode: $istatCode) {\n      istatCode\n      name\n      province\n      provinceName\n      population\n      sizeBand\n      cadastralCode\n    }\n  }\n": types.MunicipalityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    displayName\n    email\n    jobTitle\n    locale\n    createdAt\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    displayName\n    email\n    jobTitle\n    locale\n    createdAt\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSearch($search: String!, $first: Int!) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSearch($search: String!, $first: Int!) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityDirectory($search: String, $province: String, $sizeBand: SizeBand, $first: Int!, $after: String) {\n    municipalities(search: $search, province: $province, sizeBand: $sizeBand, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          istatCode\n          name\n          province\n          provinceName\n          population\n          sizeBand\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityDirectory($search: String, $province: String, $sizeBand: SizeBand, $first: Int!, $after: String) {\n    municipalities(search: $search, province: $province, sizeBand: $sizeBand, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          istatCode\n          name\n          province\n          provinceName\n          population\n          sizeBand\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipality($istatCode: ID!) {\n    municipality(istatCode: $istatCode) {\n      istatCode\n      name\n      province\n      provinceName\n      population\n      sizeBand\n      cadastralCode\n    }\n  }\n"): (typeof documents)["\n  query Municipality($istatCode: ID!) {\n    municipality(istatCode: $istatCode) {\n      istatCode\n      name\n      province\n      provinceName\n      population\n      sizeBand\n      cadastralCode\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;