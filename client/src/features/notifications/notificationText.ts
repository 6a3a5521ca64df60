import type { TFunction } from 'i18next';
import type { NotificationsQuery } from '../../gql/graphql';
import { communityPath, membersPath, threadPath } from '../../app/paths';

export type NotificationItem = NotificationsQuery['notifications']['edges'][number]['node'];

/** What a notification says, and where it leads. */
export function describeNotification(t: TFunction, notification: NotificationItem, viewerId: string | undefined) {
  const actor = notification.actor?.displayName ?? t('notifications.someone');
  const { thread, community } = notification;
  const threadTitle = thread?.title ?? t('notifications.unavailableThread');
  const communityName = community?.name ?? '';
  const values = { actor, thread: threadTitle, community: communityName };
  const threadLink = thread ? threadPath(thread.id, notification.postId) : community ? communityPath(community.slug) : null;
  switch (notification.kind) {
    case 'MENTION':
      return { text: t('notifications.kinds.MENTION', values), href: threadLink };
    case 'REPLY':
      return { text: t('notifications.kinds.REPLY', values), href: threadLink };
    case 'ANSWER':
      // The same kind tells an asker about an answer, and an answerer that it was accepted.
      return {
        text: thread?.author.id === viewerId ? t('notifications.kinds.ANSWER', values) : t('notifications.kinds.ANSWER_ACCEPTED', values),
        href: threadLink,
      };
    case 'ASSIGNMENT':
      return { text: t('notifications.kinds.ASSIGNMENT', values), href: threadLink };
    case 'JOIN_REQUEST':
      return { text: t('notifications.kinds.JOIN_REQUEST', values), href: community ? membersPath(community.slug) : null };
    case 'JOIN_APPROVED':
      return { text: t('notifications.kinds.JOIN_APPROVED', values), href: community ? communityPath(community.slug) : null };
    case 'INVITATION':
      return { text: t('notifications.kinds.INVITATION', values), href: community ? communityPath(community.slug) : null };
  }
}
