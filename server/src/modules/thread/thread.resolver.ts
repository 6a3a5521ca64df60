import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import type { Context } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { PageArgs } from '../organization/organization.inputs';
import { Organization } from '../organization/organization.entity';
import { User } from '../account/user.entity';
import { Community } from '../community/community.entity';
import { Post, PostRevision, ReactionKind } from './post.entity';
import { Thread } from './thread.entity';
import { canDoOnPost, canDoOnThread } from './thread.access';
import { ReplyInput, StartThreadInput, ThreadsArgs } from './thread.inputs';
import type { PostAction, ThreadAction } from './thread.policy';
import { textFor } from './public-reading.policy';
import { viewerFacts } from '../community/community.access';
import * as threads from './thread.service';

@ObjectType()
export class ThreadConnection extends Connection(Thread) {}

@ObjectType()
export class PostConnection extends Connection(Post) {}

@ObjectType({ description: 'What the viewer may do in a thread' })
export class ThreadPermissions {
  @Field(() => Boolean) reply!: boolean;
  @Field(() => Boolean) react!: boolean;
  @Field(() => Boolean) moderate!: boolean;
  @Field(() => Boolean) accept!: boolean;
  @Field(() => Boolean) assign!: boolean;
  @Field(() => Boolean) promote!: boolean;
  @Field(() => Boolean) reopen!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a post' })
export class PostPermissions {
  @Field(() => Boolean) edit!: boolean;
  @Field(() => Boolean) delete!: boolean;
  @Field(() => Boolean) react!: boolean;
  @Field(() => Boolean) accept!: boolean;
}

@ObjectType()
export class ReactionCount {
  @Field(() => ReactionKind) kind!: ReactionKind;
  @Field(() => Int) count!: number;
  @Field(() => Boolean) viewerReacted!: boolean;
}

const seconds = (from: Date, to: Date | null | undefined) => (to ? Math.round((to.getTime() - from.getTime()) / 1000) : null);

@Resolver(() => Thread)
export class ThreadResolver {
  @Query(() => Thread, { description: 'A thread or question; NOT_FOUND when the viewer may not read it' })
  thread(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return threads.findThread(ctx, id);
  }

  @FieldResolver(() => Community)
  async community(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return (await ctx.loaders.community.load(thread.community.id))!;
  }

  @FieldResolver(() => User)
  async author(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(thread.author.id))!;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Questions: the organisation that asked' })
  async askerOrganization(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return thread.askerOrganization ? ctx.loaders.organization.load(thread.askerOrganization.id) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  async assignee(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return thread.assignee ? ctx.loaders.user.load(thread.assignee.id) : null;
  }

  @FieldResolver(() => Post, { nullable: true })
  async lastPost(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return thread.lastPostId ? ctx.loaders.post.load(thread.lastPostId) : null;
  }

  @FieldResolver(() => Post, { nullable: true })
  async acceptedPost(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return thread.acceptedPostId ? ctx.loaders.post.load(thread.acceptedPostId) : null;
  }

  @FieldResolver(() => PostConnection, { description: 'The opening post first, then replies in order' })
  posts(@Parent() thread: Thread, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return threads.listPosts(ctx, thread, args);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Questions: seconds from asking to the first answer' })
  timeToFirstAnswerSeconds(@Parent() thread: Thread) {
    return seconds(thread.createdAt, thread.firstAnsweredAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Questions: seconds from asking to the accepted answer' })
  timeToSolutionSeconds(@Parent() thread: Thread) {
    return seconds(thread.createdAt, thread.solvedAt);
  }

  @FieldResolver(() => ThreadPermissions)
  async viewerCan(@Parent() thread: Thread, @Ctx() ctx: Context): Promise<ThreadPermissions> {
    const actions: ThreadAction[] = ['reply', 'react', 'moderate', 'accept', 'assign', 'promote', 'reopen'];
    const answers = await Promise.all(actions.map((action) => canDoOnThread(ctx, action, thread)));
    return Object.fromEntries(actions.map((action, i) => [action, answers[i]])) as unknown as ThreadPermissions;
  }

  @Mutation(() => Thread)
  startThread(@Arg('input', () => StartThreadInput) input: StartThreadInput, @Ctx() ctx: Context) {
    return threads.startThread(ctx, input);
  }

  @Mutation(() => Post)
  reply(@Arg('input', () => ReplyInput) input: ReplyInput, @Ctx() ctx: Context) {
    return threads.reply(ctx, input);
  }

  @Mutation(() => Thread)
  setThreadPinned(@Arg('threadId', () => ID) threadId: string, @Arg('pinned', () => Boolean) pinned: boolean, @Ctx() ctx: Context) {
    return threads.moderateThread(ctx, threadId, { pinned });
  }

  @Mutation(() => Thread)
  setThreadLocked(@Arg('threadId', () => ID) threadId: string, @Arg('locked', () => Boolean) locked: boolean, @Ctx() ctx: Context) {
    return threads.moderateThread(ctx, threadId, { locked });
  }

  @Mutation(() => Thread, { description: 'Marks a reply as the accepted answer: the question is solved' })
  acceptAnswer(@Arg('postId', () => ID) postId: string, @Ctx() ctx: Context) {
    return threads.acceptAnswer(ctx, postId);
  }

  @Mutation(() => Thread)
  reopenQuestion(@Arg('threadId', () => ID) threadId: string, @Ctx() ctx: Context) {
    return threads.reopenQuestion(ctx, threadId);
  }

  @Mutation(() => Thread, { description: 'Assigns a question to an expert, or unassigns it with null' })
  assignQuestion(
    @Arg('threadId', () => ID) threadId: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
    @Ctx() ctx: Context,
  ) {
    return threads.assignQuestion(ctx, threadId, assigneeId ?? null);
  }
}

@Resolver(() => Community)
export class CommunityThreadsField {
  @FieldResolver(() => ThreadConnection, { description: 'Pinned first, then by last activity' })
  threads(@Parent() community: Community, @Args(() => ThreadsArgs) args: ThreadsArgs, @Ctx() ctx: Context) {
    return threads.listThreads(ctx, community, args);
  }
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Markdown as written (mentions hidden from readers who may not see people); null once deleted' })
  body(@Parent() post: Post, @Ctx() ctx: Context) {
    return post.deletedAt ? null : textFor(viewerFacts(ctx), post.body);
  }

  @FieldResolver(() => ID)
  threadId(@Parent() post: Post) {
    return post.thread.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The post this one replies to' })
  replyToId(@Parent() post: Post) {
    return post.parentId ?? null;
  }

  @FieldResolver(() => User)
  async author(@Parent() post: Post, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(post.author.id))!;
  }

  @FieldResolver(() => [ReactionCount])
  reactions(@Parent() post: Post, @Ctx() ctx: Context) {
    return ctx.loaders.reactions.load(post.id);
  }

  @FieldResolver(() => [PostRevision], { description: 'Earlier texts, newest first; empty once deleted' })
  async revisions(@Parent() post: Post, @Ctx() ctx: Context) {
    if (post.deletedAt || !post.editedAt) return [];
    return ctx.loaders.revisions.load(post.id);
  }

  @FieldResolver(() => PostPermissions)
  async viewerCan(@Parent() post: Post, @Ctx() ctx: Context): Promise<PostPermissions> {
    const thread = (await ctx.loaders.thread.load(post.thread.id))!;
    const actions: PostAction[] = ['edit', 'delete', 'react', 'accept'];
    const answers = await Promise.all(actions.map((action) => canDoOnPost(ctx, action, post, thread)));
    return Object.fromEntries(actions.map((action, i) => [action, answers[i]])) as unknown as PostPermissions;
  }

  @Mutation(() => Post)
  editPost(@Arg('postId', () => ID) postId: string, @Arg('body', () => String) body: string, @Ctx() ctx: Context) {
    return threads.editPost(ctx, postId, body);
  }

  @Mutation(() => Post, { description: 'Deletes a post, leaving a tombstone in the thread' })
  deletePost(@Arg('postId', () => ID) postId: string, @Ctx() ctx: Context) {
    return threads.deletePost(ctx, postId);
  }

  @Mutation(() => Post)
  react(@Arg('postId', () => ID) postId: string, @Arg('kind', () => ReactionKind) kind: ReactionKind, @Ctx() ctx: Context) {
    return threads.setReaction(ctx, postId, kind, true);
  }

  @Mutation(() => Post)
  unreact(@Arg('postId', () => ID) postId: string, @Arg('kind', () => ReactionKind) kind: ReactionKind, @Ctx() ctx: Context) {
    return threads.setReaction(ctx, postId, kind, false);
  }
}

@Resolver(() => PostRevision)
export class PostRevisionFields {
  @FieldResolver(() => String)
  body(@Parent() revision: PostRevision, @Ctx() ctx: Context) {
    return textFor(viewerFacts(ctx), revision.body);
  }
}
