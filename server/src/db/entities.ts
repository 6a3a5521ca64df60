import { Organization } from '../modules/organization/organization.entity';
import { User } from '../modules/account/user.entity';
import { Session } from '../modules/account/session.entity';
import { RateLimitCounter } from '../modules/account/rate-limit.entity';
import { Appointment, Community, Membership } from '../modules/community/community.entity';
import { Thread } from '../modules/thread/thread.entity';
import { Post, PostRevision, Reaction } from '../modules/thread/post.entity';
import { FaqEntry } from '../modules/helpdesk/faq.entity';
import { Notification } from '../modules/notification/notification.entity';
import { Event, EventScope, SocketIoAttachment } from '../realtime/event.entity';

/** Every entity the ORM maps; listed by hand so discovery needs no file scanning. */
export const entities = [
  Organization,
  User,
  Session,
  RateLimitCounter,
  Community,
  Membership,
  Appointment,
  Thread,
  Post,
  PostRevision,
  Reaction,
  FaqEntry,
  Notification,
  Event,
  EventScope,
  SocketIoAttachment,
];
