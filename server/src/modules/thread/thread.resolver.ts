import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selects } from '../../graphql/selection';
import { Parent } from '../../graphql/parent';
import type { Context } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { PageArgs } from '../organization/organization.inputs';
import { Organization } from '../organization/organization.entity';
import { User } from '../account/user.entity';
import { Community } from '../community/community.entity';
import { Post, PostRevision, ReactionKind } from './post.entity';
import { Thread } from './thread.entity';
import { postPermissions, threadPermissions } from './thread.access';
import { related } from '../../lib/by-id-loader';
import { andThen, type MaybePromise } from '../../lib/maybe-async';
import { ReplyInput, StartThreadInput, ThreadsArgs } from './thread.inputs';
import type { PostAction, ThreadAction } from './thread.policy';

const THREAD_ACTIONS: ThreadAction[] = ['reply', 'react', 'moderate', 'accept', 'assign', 'promote', 'reopen'];
const POST_ACTIONS: PostAction[] = ['edit', 'delete', 'react', 'accept'];

/** One answer per action, as the permissions object the client reads. */
function permissionsOf<A extends string>(actions: A[], can: (action: A) => boolean): Record<A, boolean> {
  return Object.fromEntries(actions.map((action) => [action, can(action)])) as Record<A, boolean>;
}
import { textFor } from './public-reading.policy';
import { viewerFacts } from '../community/community.access';
import * as threads from './thread.service';
import { carriedLastPost } from './thread.reads';

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
  community(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return related(thread.community, ctx.loaders.community);
  }

  @FieldResolver(() => User)
  author(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return related(thread.author, ctx.loaders.user);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Questions: the organisation that asked' })
  askerOrganization(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return thread.askerOrganization ? related(thread.askerOrganization, ctx.loaders.organization) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return thread.assignee ? related(thread.assignee, ctx.loaders.user) : null;
  }

  @FieldResolver(() => Post, { nullable: true })
  lastPost(@Parent() thread: Thread, @Ctx() ctx: Context) {
    if (!thread.lastPostId) return null;
    return carriedLastPost(thread) ?? ctx.loaders.post.load(thread.lastPostId);
  }

  @FieldResolver(() => Post, { nullable: true })
  acceptedPost(@Parent() thread: Thread, @Ctx() ctx: Context) {
    return thread.acceptedPostId ? ctx.loaders.post.load(thread.acceptedPostId) : null;
  }

  @FieldResolver(() => PostConnection, { description: 'The opening post first, then replies in order' })
  posts(@Parent() thread: Thread, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return threads.listPosts(ctx, thread, args, selects(info, 'edges.node.reactions'));
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
  viewerCan(@Parent() thread: Thread, @Ctx() ctx: Context): MaybePromise<ThreadPermissions> {
    return andThen(threadPermissions(ctx, thread), (can) => permissionsOf(THREAD_ACTIONS, can) as ThreadPermissions);
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
  author(@Parent() post: Post, @Ctx() ctx: Context) {
    return related(post.author, ctx.loaders.user);
  }

  @FieldResolver(() => [ReactionCount])
  reactions(@Parent() post: Post, @Ctx() ctx: Context) {
    return ctx.loaders.reactions.load(post.id);
  }

  @FieldResolver(() => [PostRevision], { description: 'Earlier texts, newest first; empty once deleted' })
  revisions(@Parent() post: Post, @Ctx() ctx: Context) {
    if (post.deletedAt || !post.editedAt) return [];
    return ctx.loaders.revisions.load(post.id);
  }

  @FieldResolver(() => PostPermissions)
  viewerCan(@Parent() post: Post, @Ctx() ctx: Context): MaybePromise<PostPermissions> {
    return andThen(related(post.thread, ctx.loaders.thread), (thread) =>
      andThen(postPermissions(ctx, post, thread!), (can) => permissionsOf(POST_ACTIONS, can) as PostPermissions),
    );
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
