import { isUUID } from 'class-validator';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context';
import { connectionOf, windowOf } from '../../graphql/connection';
import { badInput, conflict, forbidden, notFound } from '../../errors';
import { requireViewer } from '../account/account.service';
import { Community, CommunityKind, CommunityVisibility } from '../community/community.entity';
import { authorizeInCommunity } from '../community/community.access';
import { isModerator } from '../community/community.policy';
import { Post } from '../thread/post.entity';
import { QuestionStatus, Thread, ThreadKind } from '../thread/thread.entity';
import { authorizeOnThread } from '../thread/thread.access';
import { findThread, startThread } from '../thread/thread.service';
import type { AskQuestionInput, QueueArgs } from '../thread/thread.inputs';
import { FaqEntry } from './faq.entity';
import { commitWithEvents, scopes } from '../../realtime/events';

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

export async function findHelpDesk(ctx: Context): Promise<Community> {
  requireViewer(ctx);
  const helpDesk = await ctx.em.findOne(Community, { kind: CommunityKind.HELP_DESK });
  if (!helpDesk) throw notFound('Help desk');
  return helpDesk;
}

export async function askQuestion(ctx: Context, input: AskQuestionInput): Promise<Thread> {
  const helpDesk = await findHelpDesk(ctx);
  return startThread(ctx, { ...input, communityId: helpDesk.id, kind: ThreadKind.QUESTION });
}

/** The experts' queue: open questions, oldest first, by assignee and tag. */
export async function questionQueue(ctx: Context, args: QueueArgs) {
  const helpDesk = await findHelpDesk(ctx);
  const membership = await authorizeInCommunity(ctx, 'read', helpDesk);
  if (!isModerator(membership)) throw forbidden('The queue is for the experts of the help desk');
  const window = windowOf(args.first, args.after);
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
  const [rows, total] = await ctx.em.findAndCount(Thread, where, {
    orderBy: { createdAt: 'asc', id: 'asc' },
    offset: window.offset,
    limit: window.limit,
  });
  return connectionOf(rows, window, total);
}

/** Turns a solved public question into a FAQ entry that links back to it. */
export async function promoteToFaq(ctx: Context, threadId: string, edits: { question?: string; answer?: string }) {
  const viewer = requireViewer(ctx);
  const thread = await findThread(ctx, threadId);
  await authorizeOnThread(ctx, 'promote', thread);
  if (await ctx.em.count(FaqEntry, { sourceThread: thread })) throw conflict('Already a FAQ entry');
  const accepted = await ctx.em.findOneOrFail(Post, { id: thread.acceptedPostId! });
  const entry = ctx.em.create(FaqEntry, {
    question: edits.question?.trim() || thread.title,
    answer: edits.answer?.trim() || accepted.body,
    tags: thread.tags,
    sourceThread: thread,
    promotedBy: viewer,
  });
  await commitWithEvents(ctx, [
    { scope: scopes.thread(thread.id), type: 'thread.updated', payload: { threadId: thread.id, faqEntryId: entry.id } },
  ]);
  return entry;
}

export async function listFaq(ctx: Context, args: { tag?: string; first?: number; after?: string }) {
  requireViewer(ctx);
  const window = windowOf(args.first, args.after);
  const where: FilterQuery<FaqEntry> = args.tag ? { tags: { $contains: [args.tag] } } : {};
  const [rows, total] = await ctx.em.findAndCount(FaqEntry, where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    offset: window.offset,
    limit: window.limit,
  });
  return connectionOf(rows, window, total);
}

export async function findFaqEntry(ctx: Context, id: string): Promise<FaqEntry> {
  requireViewer(ctx);
  const entry = isUUID(id) ? await ctx.em.findOne(FaqEntry, { id }) : null;
  if (!entry) throw notFound('FAQ entry');
  return entry;
}
