import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, MembershipStatus } from './community.entity';

/**
 * All of the viewer's memberships in one query, keyed by community: every policy check of a
 * request reads from here, so a list of 50 threads costs no membership query per row.
 */
export function viewerMembershipsLoader(em: EntityManager, viewerId: string | null) {
  let memberships: Promise<Map<string, Membership>> | undefined;
  let refresh = false;
  return {
    async of(communityId: string): Promise<Membership | null> {
      const id = viewerId;
      if (!id) return null;
      memberships ??= em
        .find(Membership, { user: id }, { refresh })
        .then((rows) => new Map(rows.map((m) => [m.community.id, m])));
      return (await memberships).get(communityId) ?? null;
    },
    /** Forgets what was read: the next question reads the memberships as they are now (e.g. after taking a lock). */
    clear() {
      memberships = undefined;
      refresh = true;
    },
  };
}

/** Active moderators (owners and facilitators) per community, e.g. to notify them of join requests. */
export async function moderatorIdsOf(em: EntityManager, communityId: string): Promise<string[]> {
  const rows = await em.find(
    Membership,
    { community: communityId, status: MembershipStatus.ACTIVE, role: { $in: ['OWNER', 'FACILITATOR'] as never } },
    { fields: ['user'] },
  );
  return rows.map((m) => m.user.id);
}
