import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context';
import { connectionOf, windowOf } from '../../graphql/connection';
import { requireViewer } from '../account/account.service';
import { Notification, NotificationKind } from './notification.entity';
import { commitWithEvents, scopes, type PendingEvent } from '../../realtime/events';

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
    return {
      scope: scopes.user(userId),
      type: 'notification.created',
      payload: { notificationId: notification.id, kind, threadId: target.threadId ?? null, communityId: target.communityId ?? null },
    };
  });
}

/** The user ids that a list of notification events goes to. */
export function recipientsOf(events: PendingEvent[]): string[] {
  return events.map((event) => event.scope.slice('user:'.length));
}

export async function listNotifications(ctx: Context, args: { unreadOnly?: boolean; first?: number; after?: string }) {
  const viewer = requireViewer(ctx);
  const window = windowOf(args.first, args.after);
  const where = { user: viewer.id, ...(args.unreadOnly ? { readAt: null } : {}) };
  const [rows, total] = await ctx.em.findAndCount(Notification, where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    offset: window.offset,
    limit: window.limit,
  });
  return connectionOf(rows, window, total);
}

export async function unreadCount(ctx: Context): Promise<number> {
  const viewer = requireViewer(ctx);
  return ctx.em.count(Notification, { user: viewer.id, readAt: null });
}

/** Marks the given notifications of the viewer read, or all of them when no ids are given. */
export async function markRead(ctx: Context, ids: string[] | null | undefined): Promise<number> {
  const viewer = requireViewer(ctx);
  const where = { user: viewer.id, readAt: null, ...(ids ? { id: { $in: ids } } : {}) };
  const marked = await ctx.em.nativeUpdate(Notification, where, { readAt: new Date() });
  // The viewer's other open screens update their unread count.
  if (marked) await commitWithEvents(ctx, [{ scope: scopes.user(viewer.id), type: 'notification.read', payload: { ids: ids ?? null } }]);
  return marked;
}
