import type { ApolloCache } from '@apollo/client';
import { isReference } from '@apollo/client/utilities';
import {
  NotificationsDocument as NotificationsQuery,
  UnreadNotificationCountDocument as UnreadNotificationCountQuery,
  type NotificationsQuery as NotificationsResult,
} from '../../gql/graphql';
import type { HubEvent } from '../../realtime/events';
import { registerLiveReactions } from '../../realtime/live-reactions';

type Notification = NotificationsResult['notifications']['edges'][number]['node'];

/** The ids of the notifications in the cache's lists. */
function cachedNotificationIds(cache: ApolloCache): string[] {
  const ids = new Set<string>();
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      // Read only: the list is given back as it is.
      notifications(list, { readField }) {
        for (const edge of (list as { edges?: Array<{ node?: unknown }> }).edges ?? []) {
          const id = isReference(edge.node) ? readField<string>('id', edge.node) : undefined;
          if (id) ids.add(id);
        }
        return list;
      },
    },
  });
  return [...ids];
}

/**
 * Notifications read on another screen look read here at once, and the bell's count follows: to 0
 * when all were marked, down by those this tab knew unread otherwise. When some of the ids are not
 * in the cache, whether they were unread is unknown: the count is fetched again instead.
 */
function markReadInCache(cache: ApolloCache, { payload, at }: HubEvent<'notification.read'>) {
  const ids = payload.ids ?? cachedNotificationIds(cache);
  let known = 0;
  let nowRead = 0;
  for (const id of ids) {
    cache.modify<Notification>({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: {
        readAt(readAt) {
          known++;
          if (readAt) return readAt;
          nowRead++;
          return at;
        },
      },
    });
  }
  if (payload.ids && known < payload.ids.length) return [UnreadNotificationCountQuery];
  cache.updateQuery({ query: UnreadNotificationCountQuery }, (data) =>
    data ? { unreadNotificationCount: payload.ids ? Math.max(0, data.unreadNotificationCount - nowRead) : 0 } : undefined,
  );
  return [];
}

registerLiveReactions('notifications', {
  events: {
    // Never one's own: nobody is notified of what they did themselves.
    'notification.created': { refetch: [UnreadNotificationCountQuery, NotificationsQuery] },
    'notification.read': {
      cache: markReadInCache,
      // A list of unread ones only drops those now read.
      refetch: [NotificationsQuery],
      // useMarkNotificationsRead refetches the count and the lists itself.
      skipOwn: { cache: true, refetch: [UnreadNotificationCountQuery, NotificationsQuery] },
    },
  },
  scopes: { user: [UnreadNotificationCountQuery, NotificationsQuery] },
});
