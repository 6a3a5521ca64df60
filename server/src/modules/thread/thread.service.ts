import { isUUID } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { connectionOf, windowOf, type ConnectionShape } from '../../graphql/connection';
import { badInput, conflict, notFound } from '../../errors';
import { requireViewer } from '../account/account.service';
import { User } from '../account/user.entity';
import { Community, CommunityKind, Membership } from '../community/community.entity';
import { authorizeInCommunity } from '../community/community.access';
import { findCommunity } from '../community/community.service';
import { isModerator } from '../community/community.policy';
import { NotificationKind } from '../notification/notification.entity';
import { notify, recipientsOf } from '../notification/notification.service';
import { commitWithEvents, scopes, type PendingEvent } from '../../realtime/events';
import { moderatorIdsOf } from '../community/community.loaders';
import { mentionedUserIds } from './mentions';
import { Post, PostRevision, Reaction, ReactionKind } from './post.entity';
import { QuestionStatus, QuestionVisibility, Thread, ThreadKind } from './thread.entity';
import { authorizeOnPost, authorizeOnThread, threadFacts, type ThreadAccess } from './thread.access';
import { canOnThread } from './thread.policy';
import { POST_MAX_LENGTH, type ReplyInput, type StartThreadInput, type ThreadsArgs } from './thread.inputs';

/**
 * Where a change to a thread is announced: its own room, and its community's room unless it is a
 * private help desk question (whose existence only its side and the experts may know).
 */
function threadScopes(thread: Thread): string[] {
  const inCommunity = thread.visibility !== QuestionVisibility.PRIVATE;
  return inCommunity ? [scopes.thread(thread.id), scopes.community(thread.community.id)] : [scopes.thread(thread.id)];
}

function threadChanged(thread: Thread, type: string, payload: Record<string, unknown>): PendingEvent[] {
  return threadScopes(thread).map((scope) => ({ scope, type, payload: { threadId: thread.id, ...payload } }));
}

/** A thread the viewer may read; NOT_FOUND otherwise, whether it exists or not. */
export async function findThread(ctx: Context, id: string): Promise<Thread> {
  requireViewer(ctx);
  const thread = isUUID(id) ? await ctx.loaders.thread.load(id) : null;
  if (!thread) throw notFound('Thread');
  await authorizeOnThread(ctx, 'read', thread);
  return thread;
}

async function findPost(ctx: Context, id: string): Promise<{ post: Post; thread: Thread }> {
  requireViewer(ctx);
  const post = isUUID(id) ? await ctx.loaders.post.load(id) : null;
  if (!post) throw notFound('Post');
  const thread = (await ctx.loaders.thread.load(post.thread.id))!;
  await authorizeOnThread(ctx, 'read', thread).catch(() => {
    throw notFound('Post');
  });
  return { post, thread };
}

/** Notifies the people a text mentions, among those who may read the thread: a mention never leaks it. */
async function notifyMentions(ctx: Context, body: string, thread: Thread, community: Community, postId: string): Promise<PendingEvent[]> {
  const ids = mentionedUserIds(body);
  if (!ids.length) return [];
  const [users, memberships] = await Promise.all([
    ctx.em.find(User, { id: { $in: ids } }),
    ctx.em.find(Membership, { community, user: { $in: ids } }),
  ]);
  const membershipOf = new Map(memberships.map((m) => [m.user.id, m]));
  const readers = users
    .filter((u) => canOnThread({ id: u.id, organizationId: u.organization.id }, 'read', threadFacts(thread), community, membershipOf.get(u.id)))
    .map((u) => u.id);
  return notify(ctx.em, readers, NotificationKind.MENTION, {
    actorId: ctx.viewer!.id,
    communityId: community.id,
    threadId: thread.id,
    postId,
  });
}

export async function startThread(ctx: Context, input: StartThreadInput): Promise<Thread> {
  const viewer = requireViewer(ctx);
  const community = await findCommunity(ctx, { id: input.communityId });
  await authorizeInCommunity(ctx, input.kind === ThreadKind.ANNOUNCEMENT ? 'announce' : 'startThread', community);
  const helpDesk = community.kind === CommunityKind.HELP_DESK;
  if (helpDesk && input.kind !== ThreadKind.QUESTION) throw badInput('kind', 'invalid', 'The help desk takes questions only');
  const question = input.kind === ThreadKind.QUESTION;
  const thread = ctx.em.create(Thread, {
    community,
    kind: input.kind,
    title: input.title.trim(),
    author: viewer,
    askerOrganization: question ? viewer.organization : null,
    status: question ? QuestionStatus.OPEN : null,
    visibility: helpDesk ? (input.visibility ?? QuestionVisibility.PRIVATE) : question ? QuestionVisibility.PUBLIC : null,
    tags: question ? [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))] : [],
  });
  const post = ctx.em.create(Post, { thread, author: viewer, body: input.body });
  thread.lastPostId = post.id;
  const events = await notifyMentions(ctx, input.body, thread, community, post.id);
  const created = { threadId: thread.id, kind: thread.kind, authorId: viewer.id };
  if (thread.visibility === QuestionVisibility.PRIVATE) {
    // Experts learn of a private question in their own rooms, not in the help desk's.
    for (const expertId of await moderatorIdsOf(ctx.em, community.id)) {
      events.push({ scope: scopes.user(expertId), type: 'question.created', payload: { ...created, communityId: community.id } });
    }
  } else {
    events.push({ scope: scopes.community(community.id), type: 'thread.created', payload: created });
  }
  await commitWithEvents(ctx, events);
  return thread;
}

/** Threads of a community: pinned first, then by last activity; private questions only for their side. */
export async function listThreads(ctx: Context, community: Community, args: ThreadsArgs): Promise<ConnectionShape<Thread>> {
  const viewer = requireViewer(ctx);
  const membership = await authorizeInCommunity(ctx, 'read', community);
  const window = windowOf(args.first, args.after);
  const where: FilterQuery<Thread> = { community };
  if (args.kind) where.kind = args.kind;
  if (community.kind === CommunityKind.HELP_DESK && !isModerator(membership)) {
    where.$or = [
      { visibility: { $ne: QuestionVisibility.PRIVATE } },
      { author: viewer.id },
      { askerOrganization: viewer.organization.id },
    ];
  }
  const [rows, total] = await ctx.em.findAndCount(Thread, where, {
    orderBy: { pinned: 'desc', lastActivityAt: 'desc', id: 'desc' },
    offset: window.offset,
    limit: window.limit,
  });
  return connectionOf(rows, window, total);
}

export async function listPosts(ctx: Context, thread: Thread, args: { first?: number; after?: string }) {
  await authorizeOnThread(ctx, 'read', thread);
  const window = windowOf(args.first, args.after, 50);
  const [rows, total] = await ctx.em.findAndCount(
    Post,
    { thread },
    { orderBy: { createdAt: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit },
  );
  return connectionOf(rows, window, total);
}

/** An expert's (or, in a community, anybody else's) first reply answers the question. */
function recordAnswer(thread: Thread, access: ThreadAccess, authorId: string) {
  if (thread.kind !== ThreadKind.QUESTION) return false;
  const helpDesk = access.community.kind === CommunityKind.HELP_DESK;
  const answers = helpDesk ? isModerator(access.membership) : authorId !== thread.author.id;
  if (!answers) return false;
  thread.firstAnsweredAt ??= new Date();
  if (thread.status === QuestionStatus.OPEN || thread.status === QuestionStatus.ASSIGNED) thread.status = QuestionStatus.ANSWERED;
  return true;
}

export async function reply(ctx: Context, input: ReplyInput): Promise<Post> {
  const viewer = requireViewer(ctx);
  const thread = await findThread(ctx, input.threadId);
  const access = await authorizeOnThread(ctx, 'reply', thread);
  let parent: Post | null = null;
  if (input.parentId) {
    parent = isUUID(input.parentId) ? await ctx.loaders.post.load(input.parentId) : null;
    if (!parent || parent.thread.id !== thread.id) throw badInput('parentId', 'unknown', 'No such post in this thread');
  }
  const post = ctx.em.create(Post, { thread, author: viewer, body: input.body, parentId: parent?.id ?? null });
  thread.replyCount += 1;
  thread.lastActivityAt = post.createdAt;
  thread.lastPostId = post.id;
  const answered = recordAnswer(thread, access, viewer.id);
  const events = await notifyMentions(ctx, input.body, thread, access.community, post.id);
  const target = { actorId: viewer.id, communityId: access.community.id, threadId: thread.id, postId: post.id };
  const alreadyTold = new Set(recipientsOf(events));
  if (answered && !alreadyTold.has(thread.author.id)) {
    events.push(...notify(ctx.em, [thread.author.id], NotificationKind.ANSWER, target));
    alreadyTold.add(thread.author.id);
  }
  const replyTo = parent?.author.id ?? thread.author.id;
  if (!alreadyTold.has(replyTo)) events.push(...notify(ctx.em, [replyTo], NotificationKind.REPLY, target));
  events.push({
    scope: scopes.thread(thread.id),
    type: 'post.created',
    payload: { threadId: thread.id, postId: post.id, authorId: viewer.id, replyToId: post.parentId ?? null },
  });
  events.push(...threadChanged(thread, 'thread.updated', { replyCount: thread.replyCount, status: thread.status ?? null, lastPostId: post.id }));
  await commitWithEvents(ctx, events);
  return post;
}

export async function editPost(ctx: Context, postId: string, body: string): Promise<Post> {
  if (!body.trim()) throw badInput('body', 'tooShort', 'A post cannot be empty');
  if (body.length > POST_MAX_LENGTH) throw badInput('body', 'tooLong', 'The post is too long');
  const { post, thread } = await findPost(ctx, postId);
  const access = await authorizeOnPost(ctx, 'edit', post, thread);
  if (body === post.body) return post;
  const editedAt = new Date();
  ctx.em.create(PostRevision, { post, body: post.body, replacedAt: editedAt });
  const before = new Set(mentionedUserIds(post.body));
  post.body = body;
  post.editedAt = editedAt;
  // Only people newly mentioned by the edit are told.
  const added = mentionedUserIds(body).filter((id) => !before.has(id));
  const events = added.length ? await notifyMentions(ctx, added.map((id) => `@[x](user:${id})`).join(' '), thread, access.community, post.id) : [];
  events.push({ scope: scopes.thread(thread.id), type: 'post.edited', payload: { threadId: thread.id, postId: post.id, editedAt: editedAt.toISOString() } });
  await commitWithEvents(ctx, events);
  return post;
}

/** Leaves a tombstone: the post keeps its place and replies, its text is gone from the API. */
export async function deletePost(ctx: Context, postId: string): Promise<Post> {
  const { post, thread } = await findPost(ctx, postId);
  await authorizeOnPost(ctx, 'delete', post, thread);
  post.deletedAt = new Date();
  const opening = await ctx.em.findOne(Post, { thread }, { orderBy: { createdAt: 'asc', id: 'asc' }, fields: ['id'] });
  if (opening?.id !== post.id) thread.replyCount = Math.max(0, thread.replyCount - 1);
  if (thread.acceptedPostId === post.id) {
    thread.acceptedPostId = null;
    thread.solvedAt = null;
    if (thread.status === QuestionStatus.CLOSED) thread.status = QuestionStatus.ANSWERED;
  }
  await commitWithEvents(ctx, [
    { scope: scopes.thread(thread.id), type: 'post.deleted', payload: { threadId: thread.id, postId: post.id } },
    ...threadChanged(thread, 'thread.updated', { replyCount: thread.replyCount, status: thread.status ?? null }),
  ]);
  return post;
}

export async function setReaction(ctx: Context, postId: string, kind: ReactionKind, on: boolean): Promise<Post> {
  const viewer = requireViewer(ctx);
  const { post, thread } = await findPost(ctx, postId);
  await authorizeOnPost(ctx, 'react', post, thread);
  const existing = await ctx.em.findOne(Reaction, { post, user: viewer, kind });
  if (on && !existing) ctx.em.create(Reaction, { post, user: viewer, kind });
  if (!on && existing) ctx.em.remove(existing);
  await commitWithEvents(ctx, [{ scope: scopes.thread(thread.id), type: 'reaction.changed', payload: { threadId: thread.id, postId: post.id } }]);
  ctx.loaders.reactions.clear(post.id);
  return post;
}

export async function moderateThread(ctx: Context, threadId: string, change: { pinned?: boolean; locked?: boolean }) {
  const thread = await findThread(ctx, threadId);
  await authorizeOnThread(ctx, 'moderate', thread);
  if (change.pinned !== undefined) thread.pinned = change.pinned;
  if (change.locked !== undefined) thread.locked = change.locked;
  await commitWithEvents(ctx, threadChanged(thread, 'thread.updated', { pinned: thread.pinned, locked: thread.locked }));
  return thread;
}

/** Marks one reply as the accepted answer: the question is solved and closed. */
export async function acceptAnswer(ctx: Context, postId: string): Promise<Thread> {
  const viewer = requireViewer(ctx);
  const { post, thread } = await findPost(ctx, postId);
  await authorizeOnPost(ctx, 'accept', post, thread);
  thread.acceptedPostId = post.id;
  thread.status = QuestionStatus.CLOSED;
  thread.solvedAt = new Date();
  thread.firstAnsweredAt ??= post.createdAt;
  await commitWithEvents(ctx, [
    ...notify(ctx.em, [post.author.id], NotificationKind.ANSWER, {
      actorId: viewer.id,
      communityId: thread.community.id,
      threadId: thread.id,
      postId: post.id,
    }),
    ...threadChanged(thread, 'thread.updated', { status: thread.status, acceptedPostId: post.id }),
  ]);
  return thread;
}

export async function reopenQuestion(ctx: Context, threadId: string): Promise<Thread> {
  const thread = await findThread(ctx, threadId);
  await authorizeOnThread(ctx, 'reopen', thread);
  thread.acceptedPostId = null;
  thread.solvedAt = null;
  thread.status = thread.firstAnsweredAt ? QuestionStatus.ANSWERED : thread.assignee ? QuestionStatus.ASSIGNED : QuestionStatus.OPEN;
  await commitWithEvents(ctx, threadChanged(thread, 'thread.updated', { status: thread.status, acceptedPostId: null }));
  return thread;
}

/** Assigns a question to an expert of its community (an expert takes one by assigning it to themselves). */
export async function assignQuestion(ctx: Context, threadId: string, assigneeId: string | null): Promise<Thread> {
  const viewer = requireViewer(ctx);
  const thread = await findThread(ctx, threadId);
  await authorizeOnThread(ctx, 'assign', thread);
  const events: PendingEvent[] = [];
  if (assigneeId === null) {
    thread.assignee = null;
    if (thread.status === QuestionStatus.ASSIGNED) thread.status = QuestionStatus.OPEN;
  } else {
    const expertship = isUUID(assigneeId) ? await ctx.em.findOne(Membership, { community: thread.community, user: assigneeId }) : null;
    if (!expertship || !isModerator(expertship)) throw badInput('assigneeId', 'notExpert', 'Only an expert of the help desk can be assigned');
    if (thread.status === QuestionStatus.CLOSED) throw conflict('The question is closed');
    thread.assignee = ctx.em.getReference(User, assigneeId);
    if (thread.status === QuestionStatus.OPEN) thread.status = QuestionStatus.ASSIGNED;
    events.push(
      ...notify(ctx.em, [assigneeId], NotificationKind.ASSIGNMENT, {
        actorId: viewer.id,
        communityId: thread.community.id,
        threadId: thread.id,
      }),
    );
  }
  events.push(...threadChanged(thread, 'thread.updated', { status: thread.status, assigneeId }));
  await commitWithEvents(ctx, events);
  return thread;
}

