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
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    email\n    jobTitle\n    locale\n    createdAt\n    affiliationStatus\n    referente\n    platformRole\n    organization {\n      id\n      name\n      kind\n      province\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query OrganizationSearch($search: String!, $first: Int!) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n": typeof types.OrganizationSearchDocument,
    "\n  query AffiliationRequests($first: Int!, $after: String) {\n    affiliationRequests(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          jobTitle\n          createdAt\n          affiliationStatus\n          organization {\n            id\n            name\n            kind\n            province\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AffiliationRequestsDocument,
    "\n  mutation DecideAffiliation($userId: ID!, $approve: Boolean!) {\n    decideAffiliation(userId: $userId, approve: $approve) {\n      id\n      affiliationStatus\n    }\n  }\n": typeof types.DecideAffiliationDocument,
    "\n  fragment CommunitySummaryFields on Community {\n    id\n    slug\n    name\n    description\n    kind\n    visibility\n    themes\n    memberCount\n    archivedAt\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n": typeof types.CommunitySummaryFieldsFragmentDoc,
    "\n  query Communities($search: String, $theme: String, $mine: Boolean, $first: Int!, $after: String) {\n    communities(search: $search, theme: $theme, mine: $mine, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunitySummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  fragment CommunityPermissionFields on CommunityPermissions {\n    read\n    join\n    requestToJoin\n    leave\n    startThread\n    announce\n    moderate\n    manageMembers\n    edit\n  }\n": typeof types.CommunityPermissionFieldsFragmentDoc,
    "\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      ...CommunitySummaryFields\n      viewerCan {\n        ...CommunityPermissionFields\n      }\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    kind\n    status\n    visibility\n    tags\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n    askerOrganization {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    lastPost {\n      id\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ThreadSummaryFieldsFragmentDoc,
    "\n  fragment ThreadPageFields on ThreadConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ThreadSummaryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.ThreadPageFieldsFragmentDoc,
    "\n  query CommunityThreads($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      threads(first: $first, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": typeof types.CommunityThreadsDocument,
    "\n  query PendingRequestCount($slug: String!) {\n    community(slug: $slug) {\n      id\n      members(status: REQUESTED, first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.PendingRequestCountDocument,
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    viewerCanGive\n    viewerCanRemove\n    user {\n      id\n      displayName\n      jobTitle\n      organization {\n        id\n        name\n        province\n      }\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query CommunityMembers($slug: String!, $search: String, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(search: $search, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CommunityMembersDocument,
    "\n  query CommunityAppointments($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      appointments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            fromRole\n            toRole\n            status\n            createdAt\n            actor {\n              id\n              displayName\n            }\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CommunityAppointmentsDocument,
    "\n  query WaitingMembers($slug: String!, $first: Int!) {\n    community(slug: $slug) {\n      id\n      requested: members(status: REQUESTED, first: $first) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n      }\n      invited: members(status: INVITED, first: $first) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.WaitingMembersDocument,
    "\n  fragment MembershipResult on Membership {\n    id\n    role\n    status\n    community {\n      id\n      memberCount\n      viewerMembership {\n        id\n        role\n        status\n      }\n      viewerCan {\n        ...CommunityPermissionFields\n      }\n    }\n  }\n": typeof types.MembershipResultFragmentDoc,
    "\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      ...MembershipResult\n    }\n  }\n": typeof types.JoinCommunityDocument,
    "\n  mutation RequestToJoinCommunity($communityId: ID!) {\n    requestToJoinCommunity(communityId: $communityId) {\n      ...MembershipResult\n    }\n  }\n": typeof types.RequestToJoinCommunityDocument,
    "\n  mutation LeaveCommunity($communityId: ID!) {\n    leaveCommunity(communityId: $communityId)\n  }\n": typeof types.LeaveCommunityDocument,
    "\n  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {\n    decideJoinRequest(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n    }\n  }\n": typeof types.DecideJoinRequestDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      viewerCanGive\n      viewerCanRemove\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunitySummaryFields\n    }\n  }\n": typeof types.CreateCommunityDocument,
    "\n  query HelpDesk {\n    helpDesk {\n      id\n      name\n      description\n      viewerCan {\n        startThread\n        moderate\n      }\n    }\n  }\n": typeof types.HelpDeskDocument,
    "\n  query HelpDeskQuestions($first: Int!, $after: String) {\n    helpDesk {\n      id\n      threads(kind: QUESTION, first: $first, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": typeof types.HelpDeskQuestionsDocument,
    "\n  query QuestionQueue($assigneeId: ID, $unassigned: Boolean, $tag: String, $first: Int!, $after: String) {\n    questionQueue(assigneeId: $assigneeId, unassigned: $unassigned, tag: $tag, first: $first, after: $after) {\n      ...ThreadPageFields\n    }\n  }\n": typeof types.QuestionQueueDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  mutation PromoteToFaq($threadId: ID!, $question: String, $answer: String) {\n    promoteToFaq(threadId: $threadId, question: $question, answer: $answer) {\n      id\n      sourceThread {\n        id\n        faqEntryId\n      }\n    }\n  }\n": typeof types.PromoteToFaqDocument,
    "\n  query FaqEntries($tag: String, $first: Int!, $after: String) {\n    faqEntries(tag: $tag, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          question\n          tags\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FaqEntriesDocument,
    "\n  query FaqEntry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      question\n      answer\n      tags\n      createdAt\n      promotedBy {\n        id\n        displayName\n      }\n      sourceThread {\n        id\n        title\n      }\n    }\n  }\n": typeof types.FaqEntryDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query MunicipalityDirectory($search: String, $province: String, $sizeBand: SizeBand, $first: Int!, $after: String) {\n    municipalities(search: $search, province: $province, sizeBand: $sizeBand, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          istatCode\n          name\n          province\n          provinceName\n          population\n          sizeBand\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MunicipalityDirectoryDocument,
    "\n  query Municipality($istatCode: ID!) {\n    municipality(istatCode: $istatCode) {\n      istatCode\n      name\n      province\n      provinceName\n      population\n      sizeBand\n      cadastralCode\n    }\n  }\n": typeof types.MunicipalityDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          postId\n          actor {\n            id\n            displayName\n            organization {\n              id\n              name\n            }\n          }\n          community {\n            id\n            slug\n            name\n          }\n          thread {\n            id\n            title\n            author {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Search($query: String!, $types: [SearchHitType!], $first: Int!, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          type\n          id\n          title\n          snippet\n          communitySlug\n          threadId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment PostFields on Post {\n    id\n    body\n    createdAt\n    editedAt\n    deletedAt\n    replyToId\n    author {\n      id\n      displayName\n      nameHidden\n      organization {\n        id\n        name\n      }\n    }\n    reactions {\n      kind\n      count\n      viewerReacted\n    }\n    revisions {\n      id\n      body\n      replacedAt\n    }\n    viewerCan {\n      edit\n      delete\n      react\n      accept\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  fragment ThreadDetailFields on Thread {\n    id\n    title\n    kind\n    status\n    visibility\n    tags\n    pinned\n    locked\n    createdAt\n    askerOrganization {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    acceptedPost {\n      id\n    }\n    timeToFirstAnswerSeconds\n    timeToSolutionSeconds\n    faqEntryId\n    community {\n      id\n      slug\n      name\n      kind\n    }\n    viewerCan {\n      reply\n      react\n      moderate\n      accept\n      assign\n      promote\n      reopen\n    }\n  }\n": typeof types.ThreadDetailFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      ...ThreadDetailFields\n      posts(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query MentionCandidates($slug: String!, $search: String!, $first: Int!) {\n    community(slug: $slug) {\n      id\n      members(search: $search, first: $first) {\n        edges {\n          node {\n            id\n            user {\n              id\n              displayName\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": typeof types.StartThreadDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    reply(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation EditPost($postId: ID!, $body: String!) {\n    editPost(postId: $postId, body: $body) {\n      ...PostFields\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation React($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  mutation SetThreadPinned($threadId: ID!, $pinned: Boolean!) {\n    setThreadPinned(threadId: $threadId, pinned: $pinned) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.SetThreadPinnedDocument,
    "\n  mutation SetThreadLocked($threadId: ID!, $locked: Boolean!) {\n    setThreadLocked(threadId: $threadId, locked: $locked) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.SetThreadLockedDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation ReopenQuestion($threadId: ID!) {\n    reopenQuestion(threadId: $threadId) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.ReopenQuestionDocument,
    "\n  mutation AssignQuestion($threadId: ID!, $assigneeId: ID) {\n    assignQuestion(threadId: $threadId, assigneeId: $assigneeId) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.AssignQuestionDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    email\n    jobTitle\n    locale\n    createdAt\n    affiliationStatus\n    referente\n    platformRole\n    organization {\n      id\n      name\n      kind\n      province\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  query OrganizationSearch($search: String!, $first: Int!) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n": types.OrganizationSearchDocument,
    "\n  query AffiliationRequests($first: Int!, $after: String) {\n    affiliationRequests(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          jobTitle\n          createdAt\n          affiliationStatus\n          organization {\n            id\n            name\n            kind\n            province\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AffiliationRequestsDocument,
    "\n  mutation DecideAffiliation($userId: ID!, $approve: Boolean!) {\n    decideAffiliation(userId: $userId, approve: $approve) {\n      id\n      affiliationStatus\n    }\n  }\n": types.DecideAffiliationDocument,
    "\n  fragment CommunitySummaryFields on Community {\n    id\n    slug\n    name\n    description\n    kind\n    visibility\n    themes\n    memberCount\n    archivedAt\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n": types.CommunitySummaryFieldsFragmentDoc,
    "\n  query Communities($search: String, $theme: String, $mine: Boolean, $first: Int!, $after: String) {\n    communities(search: $search, theme: $theme, mine: $mine, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunitySummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CommunitiesDocument,
    "\n  fragment CommunityPermissionFields on CommunityPermissions {\n    read\n    join\n    requestToJoin\n    leave\n    startThread\n    announce\n    moderate\n    manageMembers\n    edit\n  }\n": types.CommunityPermissionFieldsFragmentDoc,
    "\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      ...CommunitySummaryFields\n      viewerCan {\n        ...CommunityPermissionFields\n      }\n    }\n  }\n": types.CommunityDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    kind\n    status\n    visibility\n    tags\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n    askerOrganization {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    lastPost {\n      id\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.ThreadSummaryFieldsFragmentDoc,
    "\n  fragment ThreadPageFields on ThreadConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ThreadSummaryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.ThreadPageFieldsFragmentDoc,
    "\n  query CommunityThreads($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      threads(first: $first, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": types.CommunityThreadsDocument,
    "\n  query PendingRequestCount($slug: String!) {\n    community(slug: $slug) {\n      id\n      members(status: REQUESTED, first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.PendingRequestCountDocument,
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    viewerCanGive\n    viewerCanRemove\n    user {\n      id\n      displayName\n      jobTitle\n      organization {\n        id\n        name\n        province\n      }\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query CommunityMembers($slug: String!, $search: String, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(search: $search, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CommunityMembersDocument,
    "\n  query CommunityAppointments($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      appointments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            fromRole\n            toRole\n            status\n            createdAt\n            actor {\n              id\n              displayName\n            }\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CommunityAppointmentsDocument,
    "\n  query WaitingMembers($slug: String!, $first: Int!) {\n    community(slug: $slug) {\n      id\n      requested: members(status: REQUESTED, first: $first) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n      }\n      invited: members(status: INVITED, first: $first) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n      }\n    }\n  }\n": types.WaitingMembersDocument,
    "\n  fragment MembershipResult on Membership {\n    id\n    role\n    status\n    community {\n      id\n      memberCount\n      viewerMembership {\n        id\n        role\n        status\n      }\n      viewerCan {\n        ...CommunityPermissionFields\n      }\n    }\n  }\n": types.MembershipResultFragmentDoc,
    "\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      ...MembershipResult\n    }\n  }\n": types.JoinCommunityDocument,
    "\n  mutation RequestToJoinCommunity($communityId: ID!) {\n    requestToJoinCommunity(communityId: $communityId) {\n      ...MembershipResult\n    }\n  }\n": types.RequestToJoinCommunityDocument,
    "\n  mutation LeaveCommunity($communityId: ID!) {\n    leaveCommunity(communityId: $communityId)\n  }\n": types.LeaveCommunityDocument,
    "\n  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {\n    decideJoinRequest(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n    }\n  }\n": types.DecideJoinRequestDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      viewerCanGive\n      viewerCanRemove\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunitySummaryFields\n    }\n  }\n": types.CreateCommunityDocument,
    "\n  query HelpDesk {\n    helpDesk {\n      id\n      name\n      description\n      viewerCan {\n        startThread\n        moderate\n      }\n    }\n  }\n": types.HelpDeskDocument,
    "\n  query HelpDeskQuestions($first: Int!, $after: String) {\n    helpDesk {\n      id\n      threads(kind: QUESTION, first: $first, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": types.HelpDeskQuestionsDocument,
    "\n  query QuestionQueue($assigneeId: ID, $unassigned: Boolean, $tag: String, $first: Int!, $after: String) {\n    questionQueue(assigneeId: $assigneeId, unassigned: $unassigned, tag: $tag, first: $first, after: $after) {\n      ...ThreadPageFields\n    }\n  }\n": types.QuestionQueueDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n": types.AskQuestionDocument,
    "\n  mutation PromoteToFaq($threadId: ID!, $question: String, $answer: String) {\n    promoteToFaq(threadId: $threadId, question: $question, answer: $answer) {\n      id\n      sourceThread {\n        id\n        faqEntryId\n      }\n    }\n  }\n": types.PromoteToFaqDocument,
    "\n  query FaqEntries($tag: String, $first: Int!, $after: String) {\n    faqEntries(tag: $tag, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          question\n          tags\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FaqEntriesDocument,
    "\n  query FaqEntry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      question\n      answer\n      tags\n      createdAt\n      promotedBy {\n        id\n        displayName\n      }\n      sourceThread {\n        id\n        title\n      }\n    }\n  }\n": types.FaqEntryDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n": types.ProvincesDocument,
    "\n  query MunicipalityDirectory($search: String, $province: String, $sizeBand: SizeBand, $first: Int!, $after: String) {\n    municipalities(search: $search, province: $province, sizeBand: $sizeBand, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          istatCode\n          name\n          province\n          provinceName\n          population\n          sizeBand\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MunicipalityDirectoryDocument,
    "\n  query Municipality($istatCode: ID!) {\n    municipality(istatCode: $istatCode) {\n      istatCode\n      name\n      province\n      provinceName\n      population\n      sizeBand\n      cadastralCode\n    }\n  }\n": types.MunicipalityDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          postId\n          actor {\n            id\n            displayName\n            organization {\n              id\n              name\n            }\n          }\n          community {\n            id\n            slug\n            name\n          }\n          thread {\n            id\n            title\n            author {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Search($query: String!, $types: [SearchHitType!], $first: Int!, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          type\n          id\n          title\n          snippet\n          communitySlug\n          threadId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment PostFields on Post {\n    id\n    body\n    createdAt\n    editedAt\n    deletedAt\n    replyToId\n    author {\n      id\n      displayName\n      nameHidden\n      organization {\n        id\n        name\n      }\n    }\n    reactions {\n      kind\n      count\n      viewerReacted\n    }\n    revisions {\n      id\n      body\n      replacedAt\n    }\n    viewerCan {\n      edit\n      delete\n      react\n      accept\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  fragment ThreadDetailFields on Thread {\n    id\n    title\n    kind\n    status\n    visibility\n    tags\n    pinned\n    locked\n    createdAt\n    askerOrganization {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    acceptedPost {\n      id\n    }\n    timeToFirstAnswerSeconds\n    timeToSolutionSeconds\n    faqEntryId\n    community {\n      id\n      slug\n      name\n      kind\n    }\n    viewerCan {\n      reply\n      react\n      moderate\n      accept\n      assign\n      promote\n      reopen\n    }\n  }\n": types.ThreadDetailFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      ...ThreadDetailFields\n      posts(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query MentionCandidates($slug: String!, $search: String!, $first: Int!) {\n    community(slug: $slug) {\n      id\n      members(search: $search, first: $first) {\n        edges {\n          node {\n            id\n            user {\n              id\n              displayName\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": types.StartThreadDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    reply(input: $input) {\n      ...PostFields\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation EditPost($postId: ID!, $body: String!) {\n    editPost(postId: $postId, body: $body) {\n      ...PostFields\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation React($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n": types.UnreactDocument,
    "\n  mutation SetThreadPinned($threadId: ID!, $pinned: Boolean!) {\n    setThreadPinned(threadId: $threadId, pinned: $pinned) {\n      ...ThreadDetailFields\n    }\n  }\n": types.SetThreadPinnedDocument,
    "\n  mutation SetThreadLocked($threadId: ID!, $locked: Boolean!) {\n    setThreadLocked(threadId: $threadId, locked: $locked) {\n      ...ThreadDetailFields\n    }\n  }\n": types.SetThreadLockedDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadDetailFields\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation ReopenQuestion($threadId: ID!) {\n    reopenQuestion(threadId: $threadId) {\n      ...ThreadDetailFields\n    }\n  }\n": types.ReopenQuestionDocument,
    "\n  mutation AssignQuestion($threadId: ID!, $assigneeId: ID) {\n    assignQuestion(threadId: $threadId, assigneeId: $assigneeId) {\n      ...ThreadDetailFields\n    }\n  }\n": types.AssignQuestionDocument,
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
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    displayName\n    email\n    jobTitle\n    locale\n    createdAt\n    affiliationStatus\n    referente\n    platformRole\n    organization {\n      id\n      name\n      kind\n      province\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    displayName\n    email\n    jobTitle\n    locale\n    createdAt\n    affiliationStatus\n    referente\n    platformRole\n    organization {\n      id\n      name\n      kind\n      province\n    }\n  }\n"];
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
export function graphql(source: "\n  query AffiliationRequests($first: Int!, $after: String) {\n    affiliationRequests(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          jobTitle\n          createdAt\n          affiliationStatus\n          organization {\n            id\n            name\n            kind\n            province\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AffiliationRequests($first: Int!, $after: String) {\n    affiliationRequests(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          jobTitle\n          createdAt\n          affiliationStatus\n          organization {\n            id\n            name\n            kind\n            province\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAffiliation($userId: ID!, $approve: Boolean!) {\n    decideAffiliation(userId: $userId, approve: $approve) {\n      id\n      affiliationStatus\n    }\n  }\n"): (typeof documents)["\n  mutation DecideAffiliation($userId: ID!, $approve: Boolean!) {\n    decideAffiliation(userId: $userId, approve: $approve) {\n      id\n      affiliationStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunitySummaryFields on Community {\n    id\n    slug\n    name\n    description\n    kind\n    visibility\n    themes\n    memberCount\n    archivedAt\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CommunitySummaryFields on Community {\n    id\n    slug\n    name\n    description\n    kind\n    visibility\n    themes\n    memberCount\n    archivedAt\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities($search: String, $theme: String, $mine: Boolean, $first: Int!, $after: String) {\n    communities(search: $search, theme: $theme, mine: $mine, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunitySummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Communities($search: String, $theme: String, $mine: Boolean, $first: Int!, $after: String) {\n    communities(search: $search, theme: $theme, mine: $mine, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunitySummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityPermissionFields on CommunityPermissions {\n    read\n    join\n    requestToJoin\n    leave\n    startThread\n    announce\n    moderate\n    manageMembers\n    edit\n  }\n"): (typeof documents)["\n  fragment CommunityPermissionFields on CommunityPermissions {\n    read\n    join\n    requestToJoin\n    leave\n    startThread\n    announce\n    moderate\n    manageMembers\n    edit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      ...CommunitySummaryFields\n      viewerCan {\n        ...CommunityPermissionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      ...CommunitySummaryFields\n      viewerCan {\n        ...CommunityPermissionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    kind\n    status\n    visibility\n    tags\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n    askerOrganization {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    lastPost {\n      id\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    kind\n    status\n    visibility\n    tags\n    pinned\n    locked\n    replyCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n      organization {\n        id\n        name\n      }\n    }\n    askerOrganization {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    lastPost {\n      id\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadPageFields on ThreadConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ThreadSummaryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadPageFields on ThreadConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ThreadSummaryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityThreads($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      threads(first: $first, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityThreads($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      threads(first: $first, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingRequestCount($slug: String!) {\n    community(slug: $slug) {\n      id\n      members(status: REQUESTED, first: 1) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingRequestCount($slug: String!) {\n    community(slug: $slug) {\n      id\n      members(status: REQUESTED, first: 1) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    viewerCanGive\n    viewerCanRemove\n    user {\n      id\n      displayName\n      jobTitle\n      organization {\n        id\n        name\n        province\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    viewerCanGive\n    viewerCanRemove\n    user {\n      id\n      displayName\n      jobTitle\n      organization {\n        id\n        name\n        province\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMembers($slug: String!, $search: String, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(search: $search, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityMembers($slug: String!, $search: String, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(search: $search, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityAppointments($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      appointments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            fromRole\n            toRole\n            status\n            createdAt\n            actor {\n              id\n              displayName\n            }\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityAppointments($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      appointments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            fromRole\n            toRole\n            status\n            createdAt\n            actor {\n              id\n              displayName\n            }\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingMembers($slug: String!, $first: Int!) {\n    community(slug: $slug) {\n      id\n      requested: members(status: REQUESTED, first: $first) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n      }\n      invited: members(status: INVITED, first: $first) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaitingMembers($slug: String!, $first: Int!) {\n    community(slug: $slug) {\n      id\n      requested: members(status: REQUESTED, first: $first) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n      }\n      invited: members(status: INVITED, first: $first) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...MemberFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipResult on Membership {\n    id\n    role\n    status\n    community {\n      id\n      memberCount\n      viewerMembership {\n        id\n        role\n        status\n      }\n      viewerCan {\n        ...CommunityPermissionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipResult on Membership {\n    id\n    role\n    status\n    community {\n      id\n      memberCount\n      viewerMembership {\n        id\n        role\n        status\n      }\n      viewerCan {\n        ...CommunityPermissionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      ...MembershipResult\n    }\n  }\n"): (typeof documents)["\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      ...MembershipResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoinCommunity($communityId: ID!) {\n    requestToJoinCommunity(communityId: $communityId) {\n      ...MembershipResult\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoinCommunity($communityId: ID!) {\n    requestToJoinCommunity(communityId: $communityId) {\n      ...MembershipResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveCommunity($communityId: ID!) {\n    leaveCommunity(communityId: $communityId)\n  }\n"): (typeof documents)["\n  mutation LeaveCommunity($communityId: ID!) {\n    leaveCommunity(communityId: $communityId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {\n    decideJoinRequest(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {\n    decideJoinRequest(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      viewerCanGive\n      viewerCanRemove\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      viewerCanGive\n      viewerCanRemove\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunitySummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunitySummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpDesk {\n    helpDesk {\n      id\n      name\n      description\n      viewerCan {\n        startThread\n        moderate\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpDesk {\n    helpDesk {\n      id\n      name\n      description\n      viewerCan {\n        startThread\n        moderate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpDeskQuestions($first: Int!, $after: String) {\n    helpDesk {\n      id\n      threads(kind: QUESTION, first: $first, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpDeskQuestions($first: Int!, $after: String) {\n    helpDesk {\n      id\n      threads(kind: QUESTION, first: $first, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionQueue($assigneeId: ID, $unassigned: Boolean, $tag: String, $first: Int!, $after: String) {\n    questionQueue(assigneeId: $assigneeId, unassigned: $unassigned, tag: $tag, first: $first, after: $after) {\n      ...ThreadPageFields\n    }\n  }\n"): (typeof documents)["\n  query QuestionQueue($assigneeId: ID, $unassigned: Boolean, $tag: String, $first: Int!, $after: String) {\n    questionQueue(assigneeId: $assigneeId, unassigned: $unassigned, tag: $tag, first: $first, after: $after) {\n      ...ThreadPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromoteToFaq($threadId: ID!, $question: String, $answer: String) {\n    promoteToFaq(threadId: $threadId, question: $question, answer: $answer) {\n      id\n      sourceThread {\n        id\n        faqEntryId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PromoteToFaq($threadId: ID!, $question: String, $answer: String) {\n    promoteToFaq(threadId: $threadId, question: $question, answer: $answer) {\n      id\n      sourceThread {\n        id\n        faqEntryId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqEntries($tag: String, $first: Int!, $after: String) {\n    faqEntries(tag: $tag, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          question\n          tags\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaqEntries($tag: String, $first: Int!, $after: String) {\n    faqEntries(tag: $tag, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          question\n          tags\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqEntry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      question\n      answer\n      tags\n      createdAt\n      promotedBy {\n        id\n        displayName\n      }\n      sourceThread {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaqEntry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      question\n      answer\n      tags\n      createdAt\n      promotedBy {\n        id\n        displayName\n      }\n      sourceThread {\n        id\n        title\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          postId\n          actor {\n            id\n            displayName\n            organization {\n              id\n              name\n            }\n          }\n          community {\n            id\n            slug\n            name\n          }\n          thread {\n            id\n            title\n            author {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          postId\n          actor {\n            id\n            displayName\n            organization {\n              id\n              name\n            }\n          }\n          community {\n            id\n            slug\n            name\n          }\n          thread {\n            id\n            title\n            author {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $types: [SearchHitType!], $first: Int!, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          type\n          id\n          title\n          snippet\n          communitySlug\n          threadId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $types: [SearchHitType!], $first: Int!, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          type\n          id\n          title\n          snippet\n          communitySlug\n          threadId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    body\n    createdAt\n    editedAt\n    deletedAt\n    replyToId\n    author {\n      id\n      displayName\n      nameHidden\n      organization {\n        id\n        name\n      }\n    }\n    reactions {\n      kind\n      count\n      viewerReacted\n    }\n    revisions {\n      id\n      body\n      replacedAt\n    }\n    viewerCan {\n      edit\n      delete\n      react\n      accept\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    body\n    createdAt\n    editedAt\n    deletedAt\n    replyToId\n    author {\n      id\n      displayName\n      nameHidden\n      organization {\n        id\n        name\n      }\n    }\n    reactions {\n      kind\n      count\n      viewerReacted\n    }\n    revisions {\n      id\n      body\n      replacedAt\n    }\n    viewerCan {\n      edit\n      delete\n      react\n      accept\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadDetailFields on Thread {\n    id\n    title\n    kind\n    status\n    visibility\n    tags\n    pinned\n    locked\n    createdAt\n    askerOrganization {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    acceptedPost {\n      id\n    }\n    timeToFirstAnswerSeconds\n    timeToSolutionSeconds\n    faqEntryId\n    community {\n      id\n      slug\n      name\n      kind\n    }\n    viewerCan {\n      reply\n      react\n      moderate\n      accept\n      assign\n      promote\n      reopen\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadDetailFields on Thread {\n    id\n    title\n    kind\n    status\n    visibility\n    tags\n    pinned\n    locked\n    createdAt\n    askerOrganization {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    acceptedPost {\n      id\n    }\n    timeToFirstAnswerSeconds\n    timeToSolutionSeconds\n    faqEntryId\n    community {\n      id\n      slug\n      name\n      kind\n    }\n    viewerCan {\n      reply\n      react\n      moderate\n      accept\n      assign\n      promote\n      reopen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      ...ThreadDetailFields\n      posts(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      ...ThreadDetailFields\n      posts(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($slug: String!, $search: String!, $first: Int!) {\n    community(slug: $slug) {\n      id\n      members(search: $search, first: $first) {\n        edges {\n          node {\n            id\n            user {\n              id\n              displayName\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($slug: String!, $search: String!, $first: Int!) {\n    community(slug: $slug) {\n      id\n      members(search: $search, first: $first) {\n        edges {\n          node {\n            id\n            user {\n              id\n              displayName\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($input: ReplyInput!) {\n    reply(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation Reply($input: ReplyInput!) {\n    reply(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($postId: ID!, $body: String!) {\n    editPost(postId: $postId, body: $body) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($postId: ID!, $body: String!) {\n    editPost(postId: $postId, body: $body) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation React($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThreadPinned($threadId: ID!, $pinned: Boolean!) {\n    setThreadPinned(threadId: $threadId, pinned: $pinned) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetThreadPinned($threadId: ID!, $pinned: Boolean!) {\n    setThreadPinned(threadId: $threadId, pinned: $pinned) {\n      ...ThreadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThreadLocked($threadId: ID!, $locked: Boolean!) {\n    setThreadLocked(threadId: $threadId, locked: $locked) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetThreadLocked($threadId: ID!, $locked: Boolean!) {\n    setThreadLocked(threadId: $threadId, locked: $locked) {\n      ...ThreadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenQuestion($threadId: ID!) {\n    reopenQuestion(threadId: $threadId) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenQuestion($threadId: ID!) {\n    reopenQuestion(threadId: $threadId) {\n      ...ThreadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignQuestion($threadId: ID!, $assigneeId: ID) {\n    assignQuestion(threadId: $threadId, assigneeId: $assigneeId) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignQuestion($threadId: ID!, $assigneeId: ID) {\n    assignQuestion(threadId: $threadId, assigneeId: $assigneeId) {\n      ...ThreadDetailFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;