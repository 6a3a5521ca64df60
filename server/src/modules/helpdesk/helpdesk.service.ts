import { isUUID } from 'class-validator';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { RequestScope } from '../../core/request-scope';
import { runUseCase } from '../../core/use-case';
import { connectionOf, keysetConnectionOf, keysetWindowOf, windowOf, afterCreated } from '../../graphql/connection';
import { badInput, conflict, forbidden, notFound } from '../../errors';
import { requireViewer } from '../account/account.service';
import { Community, CommunityKind, CommunityVisibility } from '../community/community.entity';
import { authorizeInCommunity } from '../community/community.access';
import { isModerator } from '../community/community.policy';
import { Post } from '../thread/post.entity';
import { QuestionStatus, Thread, ThreadKind } from '../thread/thread.entity';
import { authorizeOnThread } from '../thread/thread.access';
import { startThread } from '../thread/thread.service';
import type { AskQuestionInput, QueueArgs } from '../thread/thread.inputs';
import { FaqEntry } from './faq.entity';
import { threadEvent } from '../thread/thread.events';
import { threadScope } from '../thread/thread.scope';

export const HELP_DESK_SLUG = 'sportello';

/** The help desk exists from the first start: it is created with the reference data. */
export async function ensureHelpDesk(em: EntityManager): Promise<Community> {
  const existing = await em.findOne(Community, { kind: CommunityKind.HELP_DESK });
  if (existing) return existing;
  const helpDesk = em.create(Community, {
    slug: HELP_DESK_SLUG,
    name: 'Sportello del Centro di Competenza',
    description:
      'Il Centro di Competenza di ANCI Lombardia risponde ai quesiti puntuali dei comuni: PNRR, appalti, ' +
      'partenariato pubblico-privato, gestioni associate, ambiente. Ogni comune può porre una domanda, ' +
      'pubblica per tutti i comuni o riservata al proprio ente.',
    themes: ['PNRR', 'APPALTI', 'FORME_ASSOCIATE', 'AMBIENTE'],
    visibility: CommunityVisibility.PUBLIC,
    kind: CommunityKind.HELP_DESK,
    createdBy: null,
  });
  await em.flush();
  return helpDesk;
}

/** The help desk; also without an account, whose readers see its description and its solved public questions. */
export async function findHelpDesk(ctx: RequestScope): Promise<Community> {
  const helpDesk = await ctx.em.findOne(Community, { kind: CommunityKind.HELP_DESK });
  if (!helpDesk) throw notFound('Help desk');
  return helpDesk;
}

export async function askQuestion(ctx: RequestScope, input: AskQuestionInput): Promise<Thread> {
  requireViewer(ctx);
  const helpDesk = await findHelpDesk(ctx);
  return startThread(ctx, { ...input, communityId: helpDesk.id, kind: ThreadKind.QUESTION });
}

/** The experts' queue: open questions, oldest first, by assignee and tag. */
export async function questionQueue(ctx: RequestScope, args: QueueArgs) {
  requireViewer(ctx);
  const helpDesk = await findHelpDesk(ctx);
  const membership = await authorizeInCommunity(ctx, 'read', helpDesk);
  if (!isModerator(membership)) throw forbidden('The queue is for the experts of the help desk');
  const window = keysetWindowOf(args.first, args.after, 2);
  const where: FilterQuery<Thread> = {
    community: helpDesk,
    kind: ThreadKind.QUESTION,
    status: { $in: args.statuses?.length ? args.statuses : [QuestionStatus.OPEN, QuestionStatus.ASSIGNED] },
  };
  if (args.assigneeId) {
    if (!isUUID(args.assigneeId)) throw badInput('assigneeId', 'invalid', 'Not an id');
    where.assignee = args.assigneeId;
  } else if (args.unassigned) {
    where.assignee = null;
  }
  if (args.tag) where.tags = { $contains: [args.tag] };
  const total = await ctx.em.count(Thread, where);
  // Oldest first; the cursor is the last question's (createdAt, id), so new questions never shift a page.
  const after = afterCreated(window, 'asc');
  const rows = await ctx.em.find(Thread, { $and: [where, after as FilterQuery<Thread>] }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: window.limit + 1 });
  return keysetConnectionOf(rows, window, (thread) => [thread.createdAt, thread.id], total);
}

/** Turns a solved public question into a FAQ entry that links back to it. */
export function promoteToFaq(scope: RequestScope, threadId: string, edits: { question?: string; answer?: string }) {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    // Locked: two experts promoting at once make one entry.
    const thread = isUUID(threadId) ? await tx.em.findOne(Thread, { id: threadId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!thread) throw notFound('Thread');
    await authorizeOnThread(tx, 'promote', thread);
    if (await tx.em.count(FaqEntry, { sourceThread: thread })) throw conflict('Already a FAQ entry');
    const accepted = await tx.em.findOneOrFail(Post, { id: thread.acceptedPostId! });
    const entry = tx.em.create(FaqEntry, {
      question: edits.question?.trim() || thread.title,
      answer: edits.answer?.trim() || accepted.body,
      tags: thread.tags,
      sourceThread: thread,
      promotedBy: viewer.id,
    });
    tx.events.push(threadEvent('thread.updated', threadScope(thread.id), { threadId: thread.id, faqEntryId: entry.id }));
    return entry;
  });
}

/** The FAQ, newest first: reviewed answers that anyone may read, signed in or not. */
export async function listFaq(ctx: RequestScope, args: { tag?: string; first?: number; after?: string }) {
  const window = windowOf(args.first, args.after);
  const where: FilterQuery<FaqEntry> = args.tag ? { tags: { $contains: [args.tag] } } : {};
  const [rows, total] = await ctx.em.findAndCount(FaqEntry, where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    offset: window.offset,
    limit: window.limit,
  });
  return connectionOf(rows, window, total);
}

export async function findFaqEntry(ctx: RequestScope, id: string): Promise<FaqEntry> {
  const entry = isUUID(id) ? await ctx.em.findOne(FaqEntry, { id }) : null;
  if (!entry) throw notFound('FAQ entry');
  return entry;
}
