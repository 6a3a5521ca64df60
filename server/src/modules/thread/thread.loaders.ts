import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { leanQuery, leanReader } from '../../db/lean-rows';
import { PostRevision, ReactionKind } from './post.entity';
import { Thread } from './thread.entity';
import { Community } from '../community/community.entity';
import { withViewerMembership, type ViewerMemberships } from '../community/community.loaders';
import { carry, inOrder } from '../../lib/by-id-loader';

/** Compared with user ids when nobody is signed in: matches no one. */
const NO_ONE = '00000000-0000-0000-0000-000000000000';

export interface ReactionSummary {
  kind: ReactionKind;
  count: number;
  viewerReacted: boolean;
}

/** Reaction counts of many posts in one grouped query. */
export function reactionsLoader(em: EntityManager, viewerId: string | null) {
  return new DataLoader<string, ReactionSummary[]>(async (postIds) => {
    const knex = em.getKnex();
    const query = knex('reaction')
      .select('post_id', 'kind', knex.raw('count(*) as count'), knex.raw('bool_or(user_id = ?) as mine', [viewerId ?? NO_ONE]))
      .whereIn('post_id', [...postIds])
      .groupBy('post_id', 'kind')
      .orderBy('kind');
    const rows = (await em.execute(query)) as Array<{ post_id: string; kind: ReactionKind; count: string; mine: boolean }>;
    const byPost = new Map<string, ReactionSummary[]>();
    for (const row of rows) {
      const list = byPost.get(row.post_id) ?? [];
      list.push({ kind: row.kind, count: Number(row.count), viewerReacted: row.mine });
      byPost.set(row.post_id, list);
    }
    return postIds.map((id) => byPost.get(id) ?? []);
  });
}

/** Earlier texts of many posts in one query, newest first per post (lean rows when the scope only reads). */
export function revisionsLoader(em: EntityManager, lean: boolean) {
  const reader = leanReader(em, PostRevision);
  return new DataLoader<string, PostRevision[]>(async (postIds) => {
    const rows = lean
      ? (await leanQuery(em, `select ${reader.columns('r')} from post_revision r where r.post_id = any(?) order by r.replaced_at desc`, [[...postIds]])).map((row) =>
          reader.read(row),
        )
      : await em.find(PostRevision, { post: { $in: [...postIds] } }, { orderBy: { replacedAt: 'desc' } });
    return postIds.map((id) => rows.filter((revision) => revision.post.id === id));
  });
}

/**
 * Threads as lean rows, each read with its community and the viewer's membership there in the
 * same statement: whoever reads a thread is next asked whether they may (see `threadAccess`).
 */
export function leanThreadLoader(
  em: EntityManager,
  viewerId: string | null,
  communities: DataLoader<string, Community | null>,
  memberships: ViewerMemberships,
) {
  const threads = leanReader(em, Thread);
  const communityColumns = leanReader(em, Community);
  const membership = withViewerMembership(em, viewerId, memberships);
  return new DataLoader<string, Thread | null>(async (ids) => {
    const rows = await leanQuery(
      em,
      `select ${threads.columns('t')}, ${communityColumns.columns('c', 'c.')}${membership.columns}
         from thread t join community c on c.id = t.community_id ${membership.join}
        where t.id = any(?)`,
      [...membership.params, [...ids]],
    );
    return inOrder(
      ids,
      rows.map((row) => {
        const thread = threads.read(row);
        const community = communityColumns.read(row, 'c.');
        communities.prime(community.id, community);
        membership.prime(community.id, row);
        carry(thread, 'community', community);
        return thread;
      }),
    );
  });
}
