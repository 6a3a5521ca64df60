import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormProblem } from '../../ui/FormProblem';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { NotificationLine } from './NotificationLine';
import { NotificationsQuery } from './notifications.operations';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

const SHOWN = 5;

/** The bell's menu: the latest notifications, "mark all read" and the way to the full list. */
export default function NotificationMenu() {
  const { t } = useTranslation();
  const { data, error } = useQuery(NotificationsQuery, { variables: { first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const { markRead, loading: marking } = useMarkNotificationsRead();
  const notifications = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const anyUnread = notifications.some((notification) => !notification.readAt);

  return (
    <section aria-label={t('notifications.menuLabel')}>
      <h2 className="h6 mb-2">{t('notifications.menuHeading')}</h2>
      {!data && !error && <Spinner />}
      {error && !data && <FormProblem problem={problemOf(error)} />}
      {data && notifications.length === 0 && <p className="mb-2">{t('notifications.empty')}</p>}
      {notifications.length > 0 && (
        <ul className="cantiere-plain-list">
          {notifications.map((notification) => (
            <li key={notification.id}>
              <NotificationLine notification={notification} onOpen={(opened) => void markRead([opened.id]).catch(() => undefined)} />
            </li>
          ))}
        </ul>
      )}
      <div className="d-flex flex-wrap gap-2 justify-content-between align-items-center mt-2">
        <Link to="/notifiche">{t('notifications.seeAll')}</Link>
        {anyUnread && (
          <button type="button" className="cantiere-menu-action" onClick={() => void markRead().catch(() => undefined)} disabled={marking}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
    </section>
  );
}
