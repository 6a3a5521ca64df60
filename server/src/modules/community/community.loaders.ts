import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { leanQuery, leanReader } from '../../db/lean-rows';
import { inOrder } from '../../lib/by-id-loader';
import { Community, Membership, MembershipStatus } from './community.entity';

/**
 * The viewer's memberships, by community, batched: a list of 50 threads in one community costs
 * one membership query, and a page about one community reads only that membership. Lean rows in
 * read-only requests; managed entities in use cases, which may change them.
 */
export function viewerMembershipsLoader(em: EntityManager, viewerId: string | null, lean: boolean) {
  let refresh = false;
  const reader = leanReader(em, Membership);
  const load = async (communityIds: readonly string[]): Promise<Array<Membership | null>> => {
    const found = lean
      ? (await leanQuery(em, `select ${reader.columns('m')} from membership m where m.user_id = ? and m.community_id = any(?)`, [viewerId, [...communityIds]])).map(
          (row) => reader.read(row),
        )
      : await em.find(Membership, { user: viewerId, community: { $in: [...communityIds] } }, { refresh });
    const byCommunity = new Map(found.map((m) => [m.community.id, m]));
    return communityIds.map((id) => byCommunity.get(id) ?? null);
  };
  let loader = new DataLoader(load);
  return {
    async of(communityId: string): Promise<Membership | null> {
      return viewerId ? loader.load(communityId) : null;
    },
    /** Tells what a query that read the community already found, so that no second query asks. */
    prime(communityId: string, membership: Membership | null): void {
      loader.prime(communityId, membership);
    },
    /** Forgets what was read: the next question reads the memberships as they are now (e.g. after taking a lock). */
    clear() {
      loader = new DataLoader(load);
      refresh = true;
    },
  };
}

export type ViewerMemberships = ReturnType<typeof viewerMembershipsLoader>;

/** Active moderators (owners and facilitators) per community, e.g. to notify them of join requests. */
export async function moderatorIdsOf(em: EntityManager, communityId: string): Promise<string[]> {
  const rows = await em.find(
    Membership,
    { community: communityId, status: MembershipStatus.ACTIVE, role: { $in: ['OWNER', 'FACILITATOR'] as never } },
    { fields: ['user'] },
  );
  return rows.map((m) => m.user.id);
}

/**
 * The viewer's membership in the community aliased `c`, read in the same statement: the columns
 * to add (under `m.`), the join, its parameters, and how to hand what was found to the loader.
 */
export function withViewerMembership(em: EntityManager, viewerId: string | null, memberships: ViewerMemberships) {
  const members = leanReader(em, Membership);
  if (!viewerId) return { columns: '', join: '', params: [], prime: () => undefined };
  return {
    columns: `, ${members.columns('m', 'm.')}`,
    join: 'left join membership m on m.community_id = c.id and m.user_id = ?',
    params: [viewerId],
    prime(communityId: string, row: Record<string, unknown>) {
      memberships.prime(communityId, row['m.id'] ? members.read(row, 'm.') : null);
    },
  };
}

/**
 * Communities as lean rows, each read with the viewer's membership in the same statement: every
 * page about a community asks for both, for its permissions.
 */
export function leanCommunityLoaders(em: EntityManager, viewerId: string | null, memberships: ViewerMemberships) {
  const communities = leanReader(em, Community);
  const membership = withViewerMembership(em, viewerId, memberships);
  const read = async (column: 'id' | 'slug', keys: readonly string[]): Promise<Community[]> => {
    const rows = await leanQuery(
      em,
      `select ${communities.columns('c')}${membership.columns} from community c ${membership.join} where c.${column} = any(?)`,
      [...membership.params, [...keys]],
    );
    return rows.map((row) => {
      const community = communities.read(row);
      membership.prime(community.id, row);
      return community;
    });
  };
  const byId: DataLoader<string, Community | null> = new DataLoader(async (ids) => inOrder(ids, await read('id', ids)));
  const bySlug = new DataLoader<string, Community | null>(async (slugs) => {
    const found = await read('slug', slugs);
    found.forEach((community) => byId.prime(community.id, community));
    const bySlugMap = new Map(found.map((community) => [community.slug, community]));
    return slugs.map((slug) => bySlugMap.get(slug) ?? null);
  });
  return { byId, bySlug };
}
