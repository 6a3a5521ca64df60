import type { ApolloCache } from '@apollo/client';
import { ThreadDocument as ThreadQuery, type PostFieldsFragment } from '../../gql/graphql';
import { registerLiveReactions } from '../../realtime/live-reactions';

/** A deleted post keeps its place as a tombstone: its text and earlier versions leave the screen at once. */
function leaveTombstone(cache: ApolloCache, postId: string, at: string) {
  cache.modify<PostFieldsFragment>({
    id: cache.identify({ __typename: 'Post', id: postId }),
    fields: { body: () => null, revisions: () => [], deletedAt: (deletedAt) => deletedAt ?? at },
  });
}

// The thread page (ThreadQuery) shows the posts, their reactions and the thread's state. Each
// mutation that changes them from this tab returns what it changed or refetches the thread, so
// the event that comes back to the same tab refetches nothing:
// - Reply: refetchQueries ThreadQuery, awaited before the composer says "sent";
// - EditPost, DeletePost: return the post's fields (DeletePost also refetches the thread);
// - React, Unreact: return the post's reactions;
// - SetThreadPinned, SetThreadLocked, AcceptAnswer, ReopenQuestion, AssignQuestion: return the
//   thread's fields (and refetch it from the thread page); PromoteToFaq returns its faqEntryId.
registerLiveReactions('threads', {
  events: {
    'post.created': { refetch: [ThreadQuery], skipOwn: { refetch: [ThreadQuery] } },
    'post.edited': { refetch: [ThreadQuery], skipOwn: { refetch: [ThreadQuery] } },
    'post.deleted': {
      cache: (cache, { payload, at }) => leaveTombstone(cache, payload.postId, at),
      // The counts, the accepted answer and the permissions come with the thread.
      refetch: [ThreadQuery],
      skipOwn: { cache: true, refetch: [ThreadQuery] },
    },
    'reaction.changed': { refetch: [ThreadQuery], skipOwn: { refetch: [ThreadQuery] } },
    'thread.updated': { refetch: [ThreadQuery], skipOwn: { refetch: [ThreadQuery] } },
    // A new role in the community (moderator, expert) changes what the reader may do in the thread.
    'membership.changed': { refetch: [ThreadQuery] },
    // A verified affiliation opens the organisation's private questions: one the page could not show may now be readable.
    'notification.created': { refetch: ({ payload }) => (payload.kind === 'AFFILIATION_VERIFIED' ? [ThreadQuery] : []) },
  },
  scopes: { thread: [ThreadQuery], user: [ThreadQuery] },
});
