import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** One Apollo Client for the page, talking to the hub on the same origin with its session cookie. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      // The hub refuses requests that a plain HTML form could send (CSRF); this header proves otherwise.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        Municipality: { keyFields: ['istatCode'] },
        Province: { keyFields: ['code'] },
        Query: {
          fields: {
            // "Carica altri" appends the next page to the list already shown for the same filters.
            municipalities: relayStylePagination(['search', 'province', 'sizeBand']),
          },
        },
      },
    }),
  });
}
