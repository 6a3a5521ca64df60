import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { threadPath } from '../../app/paths';
import type { ThreadSummaryFieldsFragment } from '../../gql/graphql';
import { RelativeTime } from '../../ui/RelativeTime';
import { TagList, ThreadBadges } from './ThreadBadges';

interface ThreadListProps {
  threads: readonly ThreadSummaryFieldsFragment[];
  /** Extra content under one thread, e.g. the expert's "Prendi in carico" button. */
  actions?: (thread: ThreadSummaryFieldsFragment) => ReactNode;
  /** Questions waiting for an answer say since when they wait rather than their last message. */
  showWaiting?: boolean;
}

/** Threads as the hub ordered them, each with its author, comune, replies and last message. */
export function ThreadList({ threads, actions, showWaiting = false }: ThreadListProps) {
  const { t } = useTranslation();
  return (
    <ul className="cantiere-threads">
      {threads.map((thread) => {
        const organization = thread.askerOrganization?.name ?? thread.author.organization.name;
        return (
          <li key={thread.id} className="cantiere-thread">
            <ThreadBadges kind={thread.kind} status={thread.status} visibility={thread.visibility} pinned={thread.pinned} locked={thread.locked} />
            <h3 className="h5 mb-1">
              <Link to={threadPath(thread.id)}>{thread.title}</Link>
            </h3>
            <p className="mb-1 small">
              {t('threads.byline', { author: thread.author.displayName, organization })}
              {' · '}
              {t('threads.replyCount', { count: thread.replyCount })}
              {thread.assignee && (
                <>
                  {' · '}
                  {t('questions.assignedTo', { name: thread.assignee.displayName })}
                </>
              )}
            </p>
            <p className="mb-0 small text-secondary">
              {showWaiting ? (
                <>
                  {t('questions.askedAgo')} <RelativeTime iso={thread.createdAt} />
                </>
              ) : thread.lastPost ? (
                <>
                  {t('threads.lastPost', { author: thread.lastPost.author.displayName })} <RelativeTime iso={thread.lastPost.createdAt} />
                </>
              ) : (
                <RelativeTime iso={thread.lastActivityAt} />
              )}
            </p>
            <TagList tags={thread.tags} />
            {actions?.(thread)}
          </li>
        );
      })}
    </ul>
  );
}
