import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { useViewer } from '../account/useViewer';
import { NotificationLine } from './NotificationLine';
import { describeNotification } from './notificationText';
import { NotificationsQuery } from './notifications.operations';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

const PAGE_SIZE = 20;

export default function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(NotificationsQuery, {
    variables: { unreadOnly: unreadOnly || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { markRead, loading: marking, error: markError } = useMarkNotificationsRead();
  const { viewer } = useViewer();
  const shown = (data ?? previousData)?.notifications;
  const notifications = shown?.edges.map((edge) => edge.node) ?? [];
  const anyUnread = notifications.some((notification) => !notification.readAt);

  return (
    <>
      <PageHeading title={t('notifications.title')}>{t('notifications.title')}</PageHeading>
      <p className="lead">{t('notifications.intro')}</p>
      <div className="d-flex flex-wrap gap-3 align-items-center my-4">
        <div className="form-check m-0">
          <input id="notifications-unread-only" type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />
          <label htmlFor="notifications-unread-only">{t('notifications.unreadOnly')}</label>
        </div>
        {anyUnread && (
          <button type="button" className="btn btn-outline-primary" onClick={() => void markRead().catch(() => undefined)} disabled={marking}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {markError && <FormProblem problem={problemOf(markError)} />}
      {!shown && !error && <Spinner />}
      {error && !shown && <FormProblem problem={problemOf(error)} />}
      {shown && notifications.length === 0 && <p>{unreadOnly ? t('notifications.noneUnread') : t('notifications.empty')}</p>}
      {notifications.length > 0 && (
        <ul className="cantiere-plain-list cantiere-notification-list" data-testid="notifications">
          {notifications.map((notification) => (
            <li key={notification.id} className="d-flex flex-wrap justify-content-between align-items-start gap-2">
              <NotificationLine notification={notification} onOpen={(opened) => void markRead([opened.id]).catch(() => undefined)} />
              {!notification.readAt && (
                <button
                  type="button"
                  className="btn btn-outline-secondary btn-sm"
                  onClick={() => void markRead([notification.id]).catch(() => undefined)}
                  disabled={marking}
                  aria-label={t('notifications.markReadLabel', { text: describeNotification(t, notification, viewer?.id).text })}
                >
                  {t('notifications.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <LoadMore
          shown={notifications.length}
          total={shown.totalCount}
          hasMore={shown.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={() => void fetchMore({ variables: { after: shown.pageInfo.endCursor } })}
          label={t('notifications.loadMore')}
        />
      )}
    </>
  );
}
