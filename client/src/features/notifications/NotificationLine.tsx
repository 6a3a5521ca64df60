import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../account/useViewer';
import { RelativeTime } from '../../ui/RelativeTime';
import { describeNotification, type NotificationItem } from './notificationText';

interface NotificationLineProps {
  notification: NotificationItem;
  /** Called as the person follows the link, so the notification counts as read. */
  onOpen: (notification: NotificationItem) => void;
}

/** One notification: what happened, when, and a link to it; unread ones are marked as such. */
export function NotificationLine({ notification, onOpen }: NotificationLineProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { text, href } = describeNotification(t, notification, viewer?.id);
  const unread = !notification.readAt;
  return (
    <div className={`cantiere-notification${unread ? ' cantiere-notification-unread' : ''}`}>
      {unread && <span className="visually-hidden">{t('notifications.unreadLabel')}</span>}
      {href ? (
        <Link to={href} onClick={() => unread && onOpen(notification)}>
          {text}
        </Link>
      ) : (
        <span>{text}</span>
      )}
      <small className="d-block text-secondary">
        <RelativeTime iso={notification.createdAt} />
      </small>
    </div>
  );
}
