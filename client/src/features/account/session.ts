import type { ApolloClient } from '@apollo/client';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { changeLanguage, isLanguage } from '../../i18n';
import { ViewerQuery } from './account.operations';

/**
 * Records who has just signed in; every page watching the viewer updates at once. Nothing of a
 * previous person can be in the cache: signing out reloads the page, and the sign-in and
 * sign-up pages are only shown to signed-out visitors. What a signed-out visitor read (the FAQ,
 * solved questions, their people shown as organisations and nothing permitted) is dropped, so
 * that every page asks the hub again as the person. The account's language wins over the
 * device's: a preference set on the office PC follows the person.
 */
export async function enterSession(client: ApolloClient, viewer: ViewerFieldsFragment) {
  if (isLanguage(viewer.locale)) await changeLanguage(viewer.locale);
  // The queries on screen (the viewer's) are asked again, now with the session's cookie.
  await client.resetStore();
  client.writeQuery({ query: ViewerQuery, data: { me: viewer } });
}

/** Where signing out lands: the sign-in page, saying the session was closed. */
export const SIGNED_OUT_URL = '/accedi?sessione=chiusa';
