import type { RequestScope } from '../../core/request-scope';
import { andThen, type MaybePromise } from '../../lib/maybe-async';
import { related } from '../../lib/by-id-loader';
import { leanQuery, leanReader } from '../../db/lean-rows';
import { forbidden, notFound, unauthenticated } from '../../errors';
import { Membership, type Community } from '../community/community.entity';
import { User } from '../account/user.entity';
import { factsOfUser, viewerFacts } from '../community/community.access';
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

export async function threadAccess(scope: RequestScope, thread: Thread): Promise<ThreadAccess> {
  const community = (await related(thread.community, scope.loaders.community))!;
  return { community, membership: await scope.loaders.viewerMemberships.of(community.id) };
}

export async function canDoOnThread(scope: RequestScope, action: ThreadAction, thread: Thread): Promise<boolean> {
  const { community, membership } = await threadAccess(scope, thread);
  return canOnThread(viewerFacts(scope), action, threadFacts(thread), community, membership);
}

/** A thread's community and the viewer's membership, read once per request (and at once after the first time). */
function threadAccessOnce(scope: RequestScope, thread: Thread): MaybePromise<ThreadAccess> {
  return scope.loaders.threadAccess.get(thread.id, () => threadAccess(scope, thread));
}

/** What the viewer may do in a thread, for any action. For the fields a reading client asks (viewerCan). */
export function threadPermissions(scope: RequestScope, thread: Thread): MaybePromise<(action: ThreadAction) => boolean> {
  return andThen(threadAccessOnce(scope, thread), ({ community, membership }) => {
    const viewer = viewerFacts(scope);
    const facts = threadFacts(thread);
    return (action: ThreadAction) => canOnThread(viewer, action, facts, community, membership);
  });
}

/** What the viewer may do with a post, for any action. For the fields a reading client asks (viewerCan). */
export function postPermissions(scope: RequestScope, post: Post, thread: Thread): MaybePromise<(action: PostAction) => boolean> {
  return andThen(threadAccessOnce(scope, thread), ({ community, membership }) => {
    const viewer = viewerFacts(scope);
    const facts = threadFacts(thread);
    const postFacts = { authorId: post.author.id, deletedAt: post.deletedAt };
    return (action: PostAction) => canOnPost(viewer, action, postFacts, facts, community, membership);
  });
}

export async function canDoOnPost(scope: RequestScope, action: PostAction, post: Post, thread: Thread): Promise<boolean> {
  const { community, membership } = await threadAccess(scope, thread);
  return canOnPost(viewerFacts(scope), action, { authorId: post.author.id, deletedAt: post.deletedAt }, threadFacts(thread), community, membership);
}

/**
 * NOT_FOUND for a thread the actor may not read (it might as well not exist), FORBIDDEN for the
 * rest. Without an account: the help desk's public knowledge may be read, and anything else,
 * reading included, asks to sign in (UNAUTHENTICATED), saying nothing of what exists.
 */
export async function authorizeOnThread(scope: RequestScope, action: ThreadAction, thread: Thread): Promise<ThreadAccess> {
  const facts = viewerFacts(scope);
  const access = await threadAccess(scope, thread);
  if (!facts) {
    if (canOnThread(null, action, threadFacts(thread), access.community, access.membership)) return access;
    throw unauthenticated();
  }
  if (!canOnThread(facts, 'read', threadFacts(thread), access.community, access.membership)) throw notFound('Thread');
  if (!canOnThread(facts, action, threadFacts(thread), access.community, access.membership)) throw forbidden();
  return access;
}

export async function authorizeOnPost(scope: RequestScope, action: PostAction, post: Post, thread: Thread): Promise<ThreadAccess> {
  // Every action on a post needs an account, even on a thread that anyone may read.
  if (!viewerFacts(scope)) throw unauthenticated();
  const access = await authorizeOnThread(scope, 'read', thread);
  if (!(await canDoOnPost(scope, action, post, thread))) throw forbidden();
  return access;
}

/** A SQL condition with its positional parameters. */
export interface SqlCondition {
  sql: string;
  params: string[];
}

/** `isPublicKnowledge` in SQL: the solved public questions of the help desk, which anyone may read. */
function publicKnowledge(alias: string): SqlCondition {
  return {
    sql: `(${alias}.kind = 'QUESTION' and ${alias}.visibility = 'PUBLIC' and ${alias}.status = 'CLOSED' and ${alias}.accepted_post_id is not null
        and exists (select 1 from community c where c.id = ${alias}.community_id and c.kind = 'HELP_DESK'))`,
    params: [],
  };
}

/**
 * The threads the actor may read, as a SQL condition on the thread aliased `alias`: the read rule
 * of `canOnThread` written once for every list, search and later caller. A test checks it
 * against the policy on every combination of community, membership and question.
 */
export function readableThreads(scope: RequestScope, alias = 't'): SqlCondition {
  const viewer = viewerFacts(scope);
  if (!viewer) return publicKnowledge(alias);
  const membership = (roles: string) =>
    `exists (select 1 from membership m where m.community_id = ${alias}.community_id and m.user_id = ? and m.status = 'ACTIVE'${roles})`;
  // The asking organisation's side counts only for a verified affiliation.
  const askerSide = viewer.organizationId ? `or ${alias}.asker_organization_id = ?` : '';
  return {
    sql: `exists (select 1 from community c where c.id = ${alias}.community_id and (
        (c.visibility = 'PUBLIC' or c.kind = 'HELP_DESK' or ${membership('')})
        and (c.kind <> 'HELP_DESK' or ${alias}.visibility is distinct from 'PRIVATE' or ${alias}.author_id = ?
             ${askerSide} or ${membership(" and m.role in ('OWNER', 'FACILITATOR')")})))`,
    params: [viewer.id, viewer.id, ...(viewer.organizationId ? [viewer.organizationId] : []), viewer.id],
  };
}

/** Those of `userIds` who may read the thread now: nobody is notified about a space they cannot (or no longer) read. */
export async function readersAmong(scope: RequestScope, thread: Thread, community: Community, userIds: string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const users = leanReader(scope.em, User);
  const members = leanReader(scope.em, Membership);
  const rows = await leanQuery(
    scope.em,
    `select ${users.columns('u')}, ${members.columns('m', 'm.')}
       from app_user u left join membership m on m.user_id = u.id and m.community_id = ?
      where u.id = any(?)`,
    [community.id, userIds],
  );
  return rows
    .filter((row) => canOnThread(factsOfUser(users.read(row)), 'read', threadFacts(thread), community, row['m.id'] ? members.read(row, 'm.') : null))
    .map((row) => row.id as string);
}
