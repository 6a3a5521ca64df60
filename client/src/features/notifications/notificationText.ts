import type { TFunction } from 'i18next';
import type { NotificationKind, NotificationsQuery } from '../../gql/graphql';
import { AFFILIATION_REQUESTS_PATH, PROFILE_PATH, communityPath, membersPath, threadPath } from '../../app/paths';

export type NotificationItem = NotificationsQuery['notifications']['edges'][number]['node'];

/** What a notification says, and where it leads (nowhere when what it is about is gone). */
export interface NotificationDescription {
  text: string;
  href: string | null;
}

interface Context {
  t: TFunction;
  notification: NotificationItem;
  viewerId: string | undefined;
  values: { actor: string; thread: string; community: string; organization: string };
  threadLink: string | null;
  communityLink: string | null;
}

type Describe = (context: Context) => NotificationDescription;

/** One entry per kind: a kind added to the schema does not compile until it is described here. */
const DESCRIPTIONS: Record<NotificationKind, Describe> = {
  MENTION: ({ t, values, threadLink }) => ({ text: t('notifications.kinds.MENTION', values), href: threadLink }),
  REPLY: ({ t, values, threadLink }) => ({ text: t('notifications.kinds.REPLY', values), href: threadLink }),
  // The same kind tells an asker about an answer, and an answerer that it was accepted.
  ANSWER: ({ t, notification, viewerId, values, threadLink }) => ({
    text: notification.thread?.author.id === viewerId ? t('notifications.kinds.ANSWER', values) : t('notifications.kinds.ANSWER_ACCEPTED', values),
    href: threadLink,
  }),
  ASSIGNMENT: ({ t, values, threadLink }) => ({ text: t('notifications.kinds.ASSIGNMENT', values), href: threadLink }),
  JOIN_REQUEST: ({ t, notification, values }) => ({
    text: t('notifications.kinds.JOIN_REQUEST', values),
    href: notification.community ? membersPath(notification.community.slug) : null,
  }),
  JOIN_APPROVED: ({ t, values, communityLink }) => ({ text: t('notifications.kinds.JOIN_APPROVED', values), href: communityLink }),
  INVITATION: ({ t, values, communityLink }) => ({ text: t('notifications.kinds.INVITATION', values), href: communityLink }),
  AFFILIATION_REQUEST: ({ t, values }) => ({ text: t('notifications.kinds.AFFILIATION_REQUEST', values), href: AFFILIATION_REQUESTS_PATH }),
  AFFILIATION_VERIFIED: ({ t, values }) => ({ text: t('notifications.kinds.AFFILIATION_VERIFIED', values), href: PROFILE_PATH }),
  AFFILIATION_DECLINED: ({ t, values }) => ({ text: t('notifications.kinds.AFFILIATION_DECLINED', values), href: PROFILE_PATH }),
};

/** What a notification says, and where it leads. */
export function describeNotification(t: TFunction, notification: NotificationItem, viewerId: string | undefined): NotificationDescription {
  const { actor, thread, community } = notification;
  const values = {
    actor: actor?.displayName ?? t('notifications.someone'),
    thread: thread?.title ?? t('notifications.unavailableThread'),
    community: community?.name ?? '',
    organization: actor?.organization.name ?? t('notifications.anOrganization'),
  };
  const communityLink = community ? communityPath(community.slug) : null;
  const threadLink = thread ? threadPath(thread.id, notification.postId) : communityLink;
  // A hub newer than this page may send a kind the page does not know yet: it still shows, unlinked.
  const describe: Describe | undefined = DESCRIPTIONS[notification.kind];
  if (!describe) return { text: t('notifications.unknownKind'), href: null };
  return describe({ t, notification, viewerId, values, threadLink, communityLink });
}
