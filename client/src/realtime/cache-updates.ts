import type { ApolloCache } from '@apollo/client';
import type { HubEvent } from './sequence';

function evictEntity(cache: ApolloCache, typename: string, id: unknown) {
  if (typeof id === 'string') cache.evict({ id: cache.identify({ __typename: typename, id }) });
}

function evictField(cache: ApolloCache, typename: string, id: unknown, fieldName: string) {
  if (typeof id === 'string') cache.evict({ id: cache.identify({ __typename: typename, id }), fieldName });
}

/**
 * Applies an event to the Apollo cache by forgetting what it changed: the queries on screen that
 * read those objects or lists fetch them again, through GraphQL and its authorization. Events
 * carry ids only, so nothing here could show what the viewer may not read.
 */
export function applyToCache(cache: ApolloCache, event: HubEvent) {
  const p = event.payload;
  switch (event.type) {
    case 'thread.created':
    case 'question.created':
      evictField(cache, 'Community', p.communityId ?? event.scope.split(':')[1], 'threads');
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'questionQueue' });
      break;
    case 'thread.updated':
      evictEntity(cache, 'Thread', p.threadId);
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'questionQueue' });
      break;
    case 'post.created':
    case 'post.deleted':
      evictField(cache, 'Thread', p.threadId, 'posts');
      evictEntity(cache, 'Post', p.postId);
      break;
    case 'post.edited':
    case 'reaction.changed':
      evictEntity(cache, 'Post', p.postId);
      break;
    case 'member.joined':
    case 'member.updated':
    case 'member.left':
    case 'community.updated':
    case 'membership.changed':
      evictEntity(cache, 'Community', p.communityId);
      break;
    case 'notification.created':
    case 'notification.read':
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'unreadNotificationCount' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
      break;
  }
  cache.gc();
}

/** After a resync (too much missed), everything the scope's page shows is fetched again. */
export function refetchScope(cache: ApolloCache, scope: string) {
  const [kind, id] = scope.split(':');
  if (kind === 'community') evictEntity(cache, 'Community', id);
  if (kind === 'thread') evictEntity(cache, 'Thread', id);
  if (kind === 'user') {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'unreadNotificationCount' });
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
  }
  cache.gc();
}
