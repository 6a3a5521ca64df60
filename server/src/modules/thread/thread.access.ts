import type { Context } from '../../graphql/context';
import { forbidden, notFound, unauthenticated } from '../../errors';
import type { Community, Membership } from '../community/community.entity';
import { viewerFacts } from '../community/community.access';
import type { Post } from './post.entity';
import type { Thread } from './thread.entity';
import { canOnPost, canOnThread, type PostAction, type ThreadAction, type ThreadFacts } from './thread.policy';

export function threadFacts(thread: Thread): ThreadFacts {
  return {
    kind: thread.kind,
    authorId: thread.author.id,
    askerOrganizationId: thread.askerOrganization?.id ?? null,
    visibility: thread.visibility,
    locked: thread.locked,
    status: thread.status,
    acceptedPostId: thread.acceptedPostId,
  };
}

export interface ThreadAccess {
  community: Community;
  membership: Membership | null;
}

export async function threadAccess(ctx: Context, thread: Thread): Promise<ThreadAccess> {
  const community = (await ctx.loaders.community.load(thread.community.id))!;
  return { community, membership: await ctx.loaders.viewerMemberships.of(community.id) };
}

export async function canDoOnThread(ctx: Context, action: ThreadAction, thread: Thread): Promise<boolean> {
  const { community, membership } = await threadAccess(ctx, thread);
  return canOnThread(viewerFacts(ctx), action, threadFacts(thread), community, membership);
}

export async function canDoOnPost(ctx: Context, action: PostAction, post: Post, thread: Thread): Promise<boolean> {
  const { community, membership } = await threadAccess(ctx, thread);
  return canOnPost(viewerFacts(ctx), action, { authorId: post.author.id, deletedAt: post.deletedAt }, threadFacts(thread), community, membership);
}

/** NOT_FOUND for a thread the viewer may not read (it might as well not exist), FORBIDDEN for the rest. */
export async function authorizeOnThread(ctx: Context, action: ThreadAction, thread: Thread): Promise<ThreadAccess> {
  if (!ctx.viewer) throw unauthenticated();
  const access = await threadAccess(ctx, thread);
  const facts = viewerFacts(ctx);
  if (!canOnThread(facts, 'read', threadFacts(thread), access.community, access.membership)) throw notFound('Thread');
  if (!canOnThread(facts, action, threadFacts(thread), access.community, access.membership)) throw forbidden();
  return access;
}

export async function authorizeOnPost(ctx: Context, action: PostAction, post: Post, thread: Thread): Promise<ThreadAccess> {
  const access = await authorizeOnThread(ctx, 'read', thread);
  if (!(await canDoOnPost(ctx, action, post, thread))) throw forbidden();
  return access;
}
