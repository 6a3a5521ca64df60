import { useMutation } from '@apollo/client/react';
import { MarkNotificationsReadMutation, NotificationsQuery, UnreadNotificationCountQuery } from './notifications.operations';

/** Marks some notifications read (all of them without ids); the bell and the lists follow. */
export function useMarkNotificationsRead() {
  const [mark, { loading, error }] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: [UnreadNotificationCountQuery, NotificationsQuery],
  });
  const markRead = (ids?: string[]) => mark({ variables: { ids: ids ?? null } });
  return { markRead, loading, error };
}
