import type { ApolloClient } from '@apollo/client';
import type { HubEvent } from './sequence';

/**
 * The queries (by operation name) that show what each kind of event changes. Refetching them,
 * instead of editing the cache by hand, reads the change through GraphQL and its authorization:
 * events carry ids only, so nothing here could show what the viewer may not read. Only queries
 * on screen are refetched, and they keep showing their data meanwhile.
 */
const QUERIES_BY_EVENT: Record<string, string[]> = {
  'thread.created': ['CommunityThreads', 'HelpDeskQuestions', 'QuestionQueue'],
  'question.created': ['HelpDeskQuestions', 'QuestionQueue'],
  'thread.updated': ['Thread', 'CommunityThreads', 'HelpDeskQuestions', 'QuestionQueue'],
  'post.created': ['Thread'],
  'post.deleted': ['Thread'],
  'post.edited': ['Thread'],
  'reaction.changed': ['Thread'],
  'member.joined': ['Community', 'CommunityMembers', 'WaitingMembers', 'PendingRequestCount'],
  'member.updated': ['Community', 'CommunityMembers'],
  'member.left': ['Community', 'CommunityMembers'],
  'community.updated': ['Community', 'Communities'],
  'membership.changed': ['Community', 'Communities', 'CommunityThreads'],
  'notification.created': ['UnreadNotificationCount', 'Notifications', 'PendingRequestCount'],
  'notification.read': ['UnreadNotificationCount', 'Notifications'],
};

const QUERIES_BY_SCOPE_KIND: Record<string, string[]> = {
  community: ['Community', 'CommunityThreads', 'CommunityMembers', 'HelpDeskQuestions'],
  thread: ['Thread'],
  user: ['UnreadNotificationCount', 'Notifications', 'Communities'],
};

/** Events arriving together (a burst of replies, a replay) cost one refetch per query. */
const BATCH_MS = 150;

export class QueryRefresher {
  private readonly due = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly client: ApolloClient) {}

  /** Applies an event: the queries that show its change are fetched again. */
  apply(event: HubEvent) {
    this.refresh(QUERIES_BY_EVENT[event.type] ?? []);
  }

  /** After a resync (too much missed), everything a scope's page shows is fetched again. */
  resync(scope: string) {
    this.refresh(QUERIES_BY_SCOPE_KIND[scope.split(':')[0]] ?? []);
  }

  private refresh(names: string[]) {
    names.forEach((name) => this.due.add(name));
    if (this.timer || !this.due.size) return;
    this.timer = setTimeout(() => {
      const names = new Set(this.due);
      this.due.clear();
      this.timer = null;
      for (const query of this.client.getObservableQueries('active')) {
        if (query.queryName && names.has(query.queryName)) void query.refetch().catch(() => undefined);
      }
    }, BATCH_MS);
  }
}
