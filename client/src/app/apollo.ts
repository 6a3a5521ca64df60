import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { ViewerQuery } from '../features/account/account.operations';
import { TAB_HEADER, TAB_ID } from '../realtime/tab';

/** One Apollo Client for the page, talking to the hub on the same origin with its session cookie. */
export function createApolloClient() {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The hub refuses requests that a plain HTML form could send (CSRF); this header proves otherwise.
    // The tab's id comes back with the live events a request causes: the tab skips what it has.
    headers: { 'apollo-require-preflight': 'true', [TAB_HEADER]: TAB_ID },
  });

  // A session can end elsewhere (expired, or signed out from another device): when the hub says
  // so, the page stops showing the person as signed in and protected pages ask to sign in again.
  const sessionEnded = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      client.writeQuery({ query: ViewerQuery, data: { me: null } });
    }
  });

  const client = new ApolloClient({
    link: ApolloLink.from([sessionEnded, http]),
    cache: new InMemoryCache({
      typePolicies: {
        Municipality: { keyFields: ['istatCode'] },
        Province: { keyFields: ['code'] },
        // Permissions have no id of their own: pages asking for different ones add up.
        CommunityPermissions: { merge: true },
        ThreadPermissions: { merge: true },
        PostPermissions: { merge: true },
        // A hit's snippet depends on the words searched: it belongs to its result list only.
        SearchHit: { keyFields: false },
        Query: {
          fields: {
            // "Carica altri" appends the next page to the list already shown for the same filters.
            municipalities: relayStylePagination(['search', 'province', 'sizeBand']),
            communities: relayStylePagination(['search', 'theme', 'mine']),
            questionQueue: relayStylePagination(['assigneeId', 'unassigned', 'tag', 'statuses']),
            faqEntries: relayStylePagination(['tag']),
            notifications: relayStylePagination(['unreadOnly']),
            affiliationRequests: relayStylePagination(),
            search: relayStylePagination(['query', 'types', 'communityId']),
          },
        },
        Community: {
          fields: {
            threads: relayStylePagination(['kind']),
            members: relayStylePagination(['status', 'search']),
            appointments: relayStylePagination(),
          },
        },
        Thread: {
          fields: {
            posts: relayStylePagination(),
          },
        },
      },
    }),
  });
  return client;
}
