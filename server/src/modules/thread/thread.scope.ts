import { isUUID } from 'class-validator';
import type { ScopeKind } from '../../realtime/scope-registry';
import { communityScope } from '../community/community.scope';
import { canDoOnThread } from './thread.access';

export const threadScope = (threadId: string) => `thread:${threadId}`;

/** A thread's room: its posts and reactions as they come, who is reading, who is typing. */
export const threadScopeKind: ScopeKind = {
  kind: 'thread',
  async authorize(scope, id) {
    const thread = isUUID(id) ? await scope.loaders.thread.load(id) : null;
    if (!thread || !(await canDoOnThread(scope, 'read', thread))) return null;
    // Leaving the community, or the community turning private, reaches the thread's room too.
    return { parents: [communityScope(thread.community.id)] };
  },
  presence: true,
  typing: true,
  limits: { typingIntervalMs: 1000 },
};
