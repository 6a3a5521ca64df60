import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { IsOptional } from 'class-validator';
import type { Context } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { PageArgs } from '../organization/organization.inputs';
import { User } from '../account/user.entity';
import { Community } from '../community/community.entity';
import { Thread } from '../thread/thread.entity';
import { canDoOnThread } from '../thread/thread.access';
import { Notification } from './notification.entity';
import * as notifications from './notification.service';

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  unreadOnly?: boolean;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first" })
  notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: Context) {
    return notifications.listNotifications(ctx, args);
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: Context) {
    return notifications.unreadCount(ctx);
  }

  @Mutation(() => Int, { description: 'Marks these notifications read, or all when no ids are given; returns how many' })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: Context) {
    return notifications.markRead(ctx, ids?.slice(0, 200));
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Parent() notification: Notification, @Ctx() ctx: Context) {
    return notification.actor ? ctx.loaders.user.load(notification.actor.id) : null;
  }

  /** Communities are discoverable by anyone signed in; a thread only while the viewer may still read it. */
  @FieldResolver(() => Community, { nullable: true })
  community(@Parent() notification: Notification, @Ctx() ctx: Context) {
    return notification.communityId ? ctx.loaders.community.load(notification.communityId) : null;
  }

  @FieldResolver(() => Thread, { nullable: true })
  async thread(@Parent() notification: Notification, @Ctx() ctx: Context) {
    const thread = notification.threadId ? await ctx.loaders.thread.load(notification.threadId) : null;
    return thread && (await canDoOnThread(ctx, 'read', thread)) ? thread : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  postId(@Parent() notification: Notification) {
    return notification.postId ?? null;
  }
}
