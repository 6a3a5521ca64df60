import { isUUID } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestScope } from '../../core/request-scope';
import { runUseCase } from '../../core/use-case';
import { keysetConnectionOf, keysetWindowOf, afterCreated } from '../../graphql/connection';
import { requireViewer } from '../account/account.service';
import { Notification, NotificationKind } from './notification.entity';
import type { PendingEvent } from '../../realtime/events';
import { userScope } from '../account/account.scope';
import { notificationEvent } from './notification.events';

export interface NotificationTarget {
  actorId: string | null;
  communityId?: string | null;
  threadId?: string | null;
  postId?: string | null;
}

/**
 * Queues one notification per recipient in the unit of work, never to the actor themselves and
 * never twice to the same person for the same change. Returns the events that bring each one
 * live to its recipient, to be committed with it.
 */
export function notify(em: EntityManager, recipients: Iterable<string>, kind: NotificationKind, target: NotificationTarget): PendingEvent[] {
  const unique = new Set(recipients);
  if (target.actorId) unique.delete(target.actorId);
  return [...unique].map((userId) => {
    const notification = em.create(Notification, {
      user: userId,
      kind,
      actor: target.actorId,
      communityId: target.communityId ?? null,
      threadId: target.threadId ?? null,
      postId: target.postId ?? null,
    });
    return notificationEvent('notification.created', userScope(userId), {
      notificationId: notification.id,
      kind,
      threadId: target.threadId ?? null,
      communityId: target.communityId ?? null,
    });
  });
}

/** The user ids that a list of notification events goes to. */
export function recipientsOf(events: PendingEvent[]): string[] {
  return events.map((event) => event.scope.slice('user:'.length));
}

/** Newest first; the cursor is the last one's (createdAt, id), so notifications arriving meanwhile shift nothing. */
export async function listNotifications(scope: RequestScope, args: { unreadOnly?: boolean; first?: number; after?: string }) {
  const viewer = requireViewer(scope);
  const window = keysetWindowOf(args.first, args.after, 2);
  const where: FilterQuery<Notification> = { user: viewer.id, ...(args.unreadOnly ? { readAt: null } : {}) };
  const total = await scope.em.count(Notification, where);
  const after = afterCreated(window, 'desc');
  const rows = await scope.em.find(Notification, { $and: [where, after as FilterQuery<Notification>] }, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: window.limit + 1,
  });
  return keysetConnectionOf(rows, window, (notification) => [notification.createdAt, notification.id], total);
}

export async function unreadCount(ctx: RequestScope): Promise<number> {
  const viewer = requireViewer(ctx);
  return ctx.em.count(Notification, { user: viewer.id, readAt: null });
}

/** Marks the given notifications of the viewer read, or all of them when no ids are given. */
export function markRead(scope: RequestScope, ids: string[] | null | undefined): Promise<number> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const valid = ids ? ids.filter((id) => isUUID(id)) : null;
    const where = { user: viewer.id, readAt: null, ...(valid ? { id: { $in: valid } } : {}) };
    const marked = await tx.em.nativeUpdate(Notification, where, { readAt: new Date() });
    // The viewer's other open screens update their unread count.
    if (marked) tx.events.push(notificationEvent('notification.read', userScope(viewer.id), { ids: valid }));
    return marked;
  });
}
