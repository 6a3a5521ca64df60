import { LockMode } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import type { RequestScope } from '../../core/request-scope';
import { runUseCase } from '../../core/use-case';
import { keysetConnectionOf, keysetWindowOf, type ConnectionShape } from '../../graphql/connection';
import { connectionOf, windowOf } from '../../graphql/connection';
import { badInput, conflict, notFound, unauthenticated } from '../../errors';
import { requireViewer } from '../account/account.service';
import { userScope } from '../account/account.scope';
import { AffiliationStatus, User } from '../account/user.entity';
import { Community, CommunityKind, Membership } from '../community/community.entity';
import { authorizeInCommunity, viewerFacts } from '../community/community.access';
import { findCommunity } from '../community/community.service';
import { isModerator } from '../community/community.policy';
import { communityScope } from '../community/community.scope';
import { NotificationKind } from '../notification/notification.entity';
import { notify, recipientsOf } from '../notification/notification.service';
import { moderatorIdsOf } from '../community/community.loaders';
import type { PendingEvent } from '../../realtime/events';
import { mentionedUserIds } from './mentions';
import { Post, PostRevision, Reaction, ReactionKind } from './post.entity';
import { QuestionStatus, QuestionVisibility, Thread, ThreadKind } from './thread.entity';
import { authorizeOnPost, authorizeOnThread, readersAmong, type ThreadAccess } from './thread.access';
import { threadEvent } from './thread.events';
import { readPostPage, readThreadPage } from './thread.reads';
import { leanQuery } from '../../db/lean-rows';
import { threadScope } from './thread.scope';
import { POST_MAX_LENGTH, type ReplyInput, type StartThreadInput, type ThreadsArgs } from './thread.inputs';
import type { PayloadOf } from '../../realtime/event-catalogue';
import type { threadEvents } from './thread.events';

type ThreadChange = Omit<PayloadOf<(typeof threadEvents)['thread.updated']>, 'threadId'>;

/**
 * Where a change to a thread is announced: its own room, and its community's room unless it is a
 * private help desk question (whose existence only its side and the experts may know).
 */
function threadChanged(thread: Thread, change: ThreadChange): PendingEvent[] {
  const inCommunity = thread.visibility !== QuestionVisibility.PRIVATE;
  const scopes = inCommunity ? [threadScope(thread.id), communityScope(thread.community.id)] : [threadScope(thread.id)];
  return scopes.map((scope) => threadEvent('thread.updated', scope, { threadId: thread.id, ...change }));
}

/**
 * A thread the actor may read; NOT_FOUND otherwise, whether it exists or not. Without an account,
 * the help desk's public knowledge only, and UNAUTHENTICATED for any other id, existing or not.
 */
export async function findThread(scope: RequestScope, id: string): Promise<Thread> {
  const thread = isUUID(id) ? await scope.loaders.thread.load(id) : null;
  if (!thread) throw viewerFacts(scope) ? notFound('Thread') : unauthenticated();
  await authorizeOnThread(scope, 'read', thread);
  return thread;
}

/**
 * A readable thread with its row locked until the transaction ends: changes to one thread take
 * turns, so its status, counts and accepted answer move from one committed state to the next.
 */
async function lockThread(tx: RequestScope, id: string): Promise<Thread> {
  const thread = isUUID(id) ? await tx.em.findOne(Thread, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!thread) throw notFound('Thread');
  await authorizeOnThread(tx, 'read', thread);
  return thread;
}

/** A readable post and its thread, the thread locked. */
async function lockPost(tx: RequestScope, id: string): Promise<{ post: Post; thread: Thread }> {
  requireViewer(tx);
  const found = isUUID(id) ? await tx.em.findOne(Post, { id }, { fields: ['thread'] }) : null;
  if (!found) throw notFound('Post');
  const thread = await lockThread(tx, found.thread.id).catch(() => {
    throw notFound('Post');
  });
  const post = await tx.em.findOneOrFail(Post, { id }, { refresh: true });
  return { post, thread };
}

/** Notifies the people a text mentions, among those who may read the thread: a mention never leaks it. */
async function notifyMentions(tx: RequestScope, body: string, thread: Thread, community: Community, postId: string): Promise<PendingEvent[]> {
  const readers = await readersAmong(tx, thread, community, mentionedUserIds(body));
  return notify(tx.em, readers, NotificationKind.MENTION, {
    actorId: requireViewer(tx).id,
    communityId: community.id,
    threadId: thread.id,
    postId,
  });
}

export function startThread(scope: RequestScope, input: StartThreadInput): Promise<Thread> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const seen = await findCommunity(tx, { id: input.communityId });
    // Shared lock: threads start side by side, but not while the community is archived or its members change.
    const community = await tx.em.findOneOrFail(Community, { id: seen.id }, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
    await authorizeInCommunity(tx, input.kind === ThreadKind.ANNOUNCEMENT ? 'announce' : 'startThread', community);
    const helpDesk = community.kind === CommunityKind.HELP_DESK;
    if (helpDesk && input.kind !== ThreadKind.QUESTION) throw badInput('kind', 'invalid', 'The help desk takes questions only');
    const question = input.kind === ThreadKind.QUESTION;
    const thread = tx.em.create(Thread, {
      community,
      kind: input.kind,
      title: input.title.trim(),
      author: viewer.id,
      // A private question belongs to the asking organisation only when the affiliation is verified.
      askerOrganization: question && viewer.affiliationStatus === AffiliationStatus.VERIFIED ? viewer.organization.id : null,
      status: question ? QuestionStatus.OPEN : null,
      visibility: helpDesk ? (input.visibility ?? QuestionVisibility.PRIVATE) : question ? QuestionVisibility.PUBLIC : null,
      tags: question ? [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))] : [],
    });
    const post = tx.em.create(Post, { thread, author: viewer.id, body: input.body });
    thread.lastPostId = post.id;
    tx.events.push(...(await notifyMentions(tx, input.body, thread, community, post.id)));
    const created = { threadId: thread.id, kind: thread.kind, authorId: viewer.id };
    if (thread.visibility === QuestionVisibility.PRIVATE) {
      // Experts learn of a private question in their own rooms, not in the help desk's.
      for (const expertId of await moderatorIdsOf(tx.em, community.id)) {
        tx.events.push(threadEvent('question.created', userScope(expertId), { ...created, communityId: community.id }));
      }
    } else {
      tx.events.push(threadEvent('thread.created', communityScope(community.id), created));
    }
    return thread;
  });
}

/** The order of a community's threads, newest activity first; also the keyset of its cursors. */
const threadKey = (thread: Thread) => [thread.pinned, thread.lastActivityAt, thread.id];

/**
 * Threads of a community: pinned first, then by last activity; private questions only for their
 * side. Without an account, only the help desk lists anything: its solved public questions.
 */
export async function listThreads(scope: RequestScope, community: Community, args: ThreadsArgs): Promise<ConnectionShape<Thread>> {
  if (viewerFacts(scope)) await authorizeInCommunity(scope, 'read', community);
  else if (community.kind !== CommunityKind.HELP_DESK) throw unauthenticated();
  const window = keysetWindowOf(args.first, args.after, 3);
  const { rows, total } = await readThreadPage(scope, { communityId: community.id, kind: args.kind, after: window.after, limit: window.limit + 1 });
  return keysetConnectionOf(rows, window, threadKey, total);
}

/** A page of a thread's posts; `withReactions` when the caller will show them (they are read in the same statement). */
export async function listPosts(scope: RequestScope, thread: Thread, args: { first?: number; after?: string }, withReactions = false) {
  await authorizeOnThread(scope, 'read', thread);
  const window = windowOf(args.first, args.after, 50);
  const { rows, total } = await readPostPage(scope, thread, window, withReactions);
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

const REPLIES_OF_THREAD = `select count(*) from post p where p.thread_id = ? and p.deleted_at is null
   and p.id <> (select o.id from post o where o.thread_id = ? order by o.created_at, o.id limit 1)`;

/** A thread's replies as written so far: the posts after the opening one that are not deleted. */
async function countReplies(tx: RequestScope, threadId: string): Promise<number> {
  const [row] = await leanQuery<{ count: string }>(tx.em, REPLIES_OF_THREAD, [threadId, threadId]);
  return Number(row.count);
}

/** Counts a thread's replies again, in SQL: the posts after the opening one that are not deleted. */
async function recountReplies(tx: RequestScope, thread: Thread): Promise<void> {
  await tx.em.flush();
  const [row] = await tx.em.execute(`update thread set reply_count = (${REPLIES_OF_THREAD}) where id = ? returning reply_count`, [
    thread.id,
    thread.id,
    thread.id,
  ]);
  thread.replyCount = Number(row.reply_count);
}

export function reply(scope: RequestScope, input: ReplyInput): Promise<Post> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const thread = await lockThread(tx, input.threadId);
    const access = await authorizeOnThread(tx, 'reply', thread);
    let parent: Post | null = null;
    if (input.parentId) {
      parent = isUUID(input.parentId) ? await tx.loaders.post.load(input.parentId) : null;
      if (!parent || parent.thread.id !== thread.id) throw badInput('parentId', 'unknown', 'No such post in this thread');
    }
    const post = tx.em.create(Post, { thread, author: viewer.id, body: input.body, parentId: parent?.id ?? null });
    thread.lastActivityAt = post.createdAt;
    thread.lastPostId = post.id;
    const answered = recordAnswer(thread, access, viewer.id);
    // Counted in SQL before the new post is written, the thread's row locked: these, plus this one.
    thread.replyCount = (await countReplies(tx, thread.id)) + 1;
    const events = await notifyMentions(tx, input.body, thread, access.community, post.id);
    const target = { actorId: viewer.id, communityId: access.community.id, threadId: thread.id, postId: post.id };
    const alreadyTold = new Set(recipientsOf(events));
    const replyTo = parent?.author.id ?? thread.author.id;
    // Only people who may still read the thread hear of it: not those who left its community.
    const readers = new Set(await readersAmong(tx, thread, access.community, [thread.author.id, replyTo]));
    if (answered && readers.has(thread.author.id) && !alreadyTold.has(thread.author.id)) {
      events.push(...notify(tx.em, [thread.author.id], NotificationKind.ANSWER, target));
      alreadyTold.add(thread.author.id);
    }
    if (readers.has(replyTo) && !alreadyTold.has(replyTo)) events.push(...notify(tx.em, [replyTo], NotificationKind.REPLY, target));
    events.push(
      threadEvent('post.created', threadScope(thread.id), { threadId: thread.id, postId: post.id, authorId: viewer.id, replyToId: post.parentId ?? null }),
      ...threadChanged(thread, { replyCount: thread.replyCount, status: thread.status ?? null, lastPostId: post.id }),
    );
    tx.events.push(...events);
    return post;
  });
}

export function editPost(scope: RequestScope, postId: string, body: string): Promise<Post> {
  if (!body.trim()) throw badInput('body', 'tooShort', 'A post cannot be empty');
  if (body.length > POST_MAX_LENGTH) throw badInput('body', 'tooLong', 'The post is too long');
  return runUseCase(scope, async (tx) => {
    const { post, thread } = await lockPost(tx, postId);
    const access = await authorizeOnPost(tx, 'edit', post, thread);
    if (body === post.body) return post;
    const editedAt = new Date();
    tx.em.create(PostRevision, { post, body: post.body, replacedAt: editedAt });
    const before = new Set(mentionedUserIds(post.body));
    post.body = body;
    post.editedAt = editedAt;
    // Only people newly mentioned by the edit are told.
    const added = mentionedUserIds(body).filter((id) => !before.has(id));
    if (added.length) tx.events.push(...(await notifyMentions(tx, added.map((id) => `@[x](user:${id})`).join(' '), thread, access.community, post.id)));
    tx.events.push(threadEvent('post.edited', threadScope(thread.id), { threadId: thread.id, postId: post.id, editedAt: editedAt.toISOString() }));
    return post;
  });
}

/** Leaves a tombstone: the post keeps its place and replies, its text is gone from the API. Deleting twice is deleting once. */
export function deletePost(scope: RequestScope, postId: string): Promise<Post> {
  return runUseCase(scope, async (tx) => {
    const { post, thread } = await lockPost(tx, postId);
    if (post.deletedAt) return post;
    await authorizeOnPost(tx, 'delete', post, thread);
    post.deletedAt = new Date();
    if (thread.acceptedPostId === post.id) {
      thread.acceptedPostId = null;
      thread.solvedAt = null;
      if (thread.status === QuestionStatus.CLOSED) thread.status = QuestionStatus.ANSWERED;
    }
    await recountReplies(tx, thread);
    tx.events.push(
      threadEvent('post.deleted', threadScope(thread.id), { threadId: thread.id, postId: post.id }),
      ...threadChanged(thread, { replyCount: thread.replyCount, status: thread.status ?? null }),
    );
    return post;
  });
}

/** Adds or removes one reaction. Idempotent: a double click, or ten, leaves one reaction. */
export function setReaction(scope: RequestScope, postId: string, kind: ReactionKind, on: boolean): Promise<Post> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const found = isUUID(postId) ? await tx.em.findOne(Post, { id: postId }) : null;
    if (!found) throw notFound('Post');
    const thread = (await tx.loaders.thread.load(found.thread.id))!;
    await authorizeOnThread(tx, 'read', thread).catch(() => {
      throw notFound('Post');
    });
    await authorizeOnPost(tx, 'react', found, thread);
    const changed = on
      ? (await tx.em.execute(
          `insert into reaction (id, post_id, user_id, kind, created_at) values (gen_random_uuid(), ?, ?, ?, now())
           on conflict (post_id, user_id, kind) do nothing returning id`,
          [found.id, viewer.id, kind],
        )).length
      : await tx.em.nativeDelete(Reaction, { post: found.id, user: viewer.id, kind });
    if (changed) tx.events.push(threadEvent('reaction.changed', threadScope(thread.id), { threadId: thread.id, postId: found.id }));
    scope.loaders.reactions.clear(found.id);
    return found;
  });
}

export function moderateThread(scope: RequestScope, threadId: string, change: { pinned?: boolean; locked?: boolean }) {
  requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const thread = await lockThread(tx, threadId);
    await authorizeOnThread(tx, 'moderate', thread);
    if (change.pinned !== undefined) thread.pinned = change.pinned;
    if (change.locked !== undefined) thread.locked = change.locked;
    tx.events.push(...threadChanged(thread, { pinned: thread.pinned, locked: thread.locked }));
    return thread;
  });
}

/** Marks one reply as the accepted answer: the question is solved and closed. */
export function acceptAnswer(scope: RequestScope, postId: string): Promise<Thread> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const { post, thread } = await lockPost(tx, postId);
    if (thread.acceptedPostId === post.id) return thread;
    await authorizeOnPost(tx, 'accept', post, thread);
    thread.acceptedPostId = post.id;
    thread.status = QuestionStatus.CLOSED;
    thread.solvedAt = new Date();
    thread.firstAnsweredAt ??= post.createdAt;
    const community = (await tx.loaders.community.load(thread.community.id))!;
    const told = await readersAmong(tx, thread, community, [post.author.id]);
    tx.events.push(
      ...notify(tx.em, told, NotificationKind.ANSWER, {
        actorId: viewer.id,
        communityId: thread.community.id,
        threadId: thread.id,
        postId: post.id,
      }),
      ...threadChanged(thread, { status: thread.status, acceptedPostId: post.id }),
    );
    return thread;
  });
}

export function reopenQuestion(scope: RequestScope, threadId: string): Promise<Thread> {
  requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const thread = await lockThread(tx, threadId);
    await authorizeOnThread(tx, 'reopen', thread);
    thread.acceptedPostId = null;
    thread.solvedAt = null;
    thread.status = thread.firstAnsweredAt ? QuestionStatus.ANSWERED : thread.assignee ? QuestionStatus.ASSIGNED : QuestionStatus.OPEN;
    tx.events.push(...threadChanged(thread, { status: thread.status, acceptedPostId: null }));
    return thread;
  });
}

/** Assigns a question to an expert of its community (an expert takes one by assigning it to themselves). */
export function assignQuestion(scope: RequestScope, threadId: string, assigneeId: string | null): Promise<Thread> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const thread = await lockThread(tx, threadId);
    await authorizeOnThread(tx, 'assign', thread);
    if (assigneeId === null) {
      thread.assignee = null;
      if (thread.status === QuestionStatus.ASSIGNED) thread.status = QuestionStatus.OPEN;
    } else {
      const expertship = isUUID(assigneeId) ? await tx.em.findOne(Membership, { community: thread.community, user: assigneeId }) : null;
      if (!expertship || !isModerator(expertship)) throw badInput('assigneeId', 'notExpert', 'Only an expert of the help desk can be assigned');
      if (thread.status === QuestionStatus.CLOSED) throw conflict('The question is closed');
      thread.assignee = tx.em.getReference(User, assigneeId);
      if (thread.status === QuestionStatus.OPEN) thread.status = QuestionStatus.ASSIGNED;
      tx.events.push(
        ...notify(tx.em, [assigneeId], NotificationKind.ASSIGNMENT, {
          actorId: viewer.id,
          communityId: thread.community.id,
          threadId: thread.id,
        }),
      );
    }
    tx.events.push(...threadChanged(thread, { status: thread.status ?? null, assigneeId }));
    return thread;
  });
}
