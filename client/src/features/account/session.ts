import type { ApolloClient } from '@apollo/client';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { changeLanguage, isLanguage } from '../../i18n';
import { ViewerQuery } from './account.operations';

/**
 * Records who has just signed in; every page watching the viewer updates at once. Nothing of a
 * previous person can be in the cache: signing out reloads the page, and the sign-in and
 * sign-up pages are only shown to signed-out visitors. The account's language wins over the
 * device's: a preference set on the office PC follows the person.
 */
export async function enterSession(client: ApolloClient, viewer: ViewerFieldsFragment) {
  if (isLanguage(viewer.locale)) await changeLanguage(viewer.locale);
  client.writeQuery({ query: ViewerQuery, data: { me: viewer } });
}

/** Where signing out lands: the sign-in page, saying the session was closed. */
export const SIGNED_OUT_URL = '/accedi?sessione=chiusa';
