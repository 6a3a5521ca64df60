import { eventsOf, field, type EventCatalogue } from '../../realtime/event-catalogue';
import { NotificationKind } from './notification.entity';

export const notificationEvents = {
  'notification.created': {
    scopes: ['user'],
    description: 'A notification for the person.',
    payload: {
      notificationId: field.id,
      kind: field.oneOf(Object.values(NotificationKind) as [NotificationKind, ...NotificationKind[]]),
      threadId: field.nullable(field.id),
      communityId: field.nullable(field.id),
    },
  },
  'notification.read': {
    scopes: ['user'],
    description: 'Some (ids) or all (null) of the person’s notifications were marked read.',
    payload: { ids: field.nullable(field.ids) },
  },
} satisfies EventCatalogue;

export const notificationEvent = eventsOf(notificationEvents);
