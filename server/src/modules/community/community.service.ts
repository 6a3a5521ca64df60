import { LockMode } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import type { RequestScope } from '../../core/request-scope';
import { runUseCase } from '../../core/use-case';
import type { FilterQuery } from '@mikro-orm/core';
import { connectionOf, keysetConnectionOf, keysetWindowOf, windowOf, type ConnectionShape, afterCreated } from '../../graphql/connection';
import { badInput, conflict, forbidden, notFound } from '../../errors';
import { foldForSearch } from '../../lib/text';
import { requireViewer, normalizeEmail } from '../account/account.service';
import { userScope } from '../account/account.scope';
import { User } from '../account/user.entity';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notification.service';
import { Appointment, Community, CommunityKind, MemberRole, Membership, MembershipStatus } from './community.entity';
import type { CommunitiesArgs, CreateCommunityInput, InviteMemberInput, UpdateCommunityInput } from './community.inputs';
import { authorizeInCommunity, membershipOf, viewerFacts } from './community.access';
import { canAppoint, canInCommunity, type CommunityAction } from './community.policy';
import { moderatorIdsOf } from './community.loaders';
import { communityEvent } from './community.events';
import { communityScope } from './community.scope';

function slugify(name: string): string {
  return foldForSearch(name).replace(/\s+/g, '-').slice(0, 60).replace(/-+$/, '') || 'comunita';
}

/** A community by id or slug, as any signed-in person may see it (its content has its own checks). */
export async function findCommunity(scope: RequestScope, where: { id?: string; slug?: string }): Promise<Community> {
  requireViewer(scope);
  if (where.id !== undefined && !isUUID(where.id)) throw notFound('Community');
  const bySlug = scope.loaders.communityBySlug;
  const community = where.id
    ? await scope.loaders.community.load(where.id)
    : await (bySlug ? bySlug.load(where.slug!) : scope.em.findOne(Community, { slug: where.slug }));
  if (!community) throw notFound('Community');
  return community;
}

/**
 * Locks the community's row until the transaction ends, so that changes to its members take
 * turns, and reads the actor's membership as the lock reveals it.
 */
async function lockCommunity(tx: RequestScope, communityId: string): Promise<{ community: Community; membership: Membership | null }> {
  const community = await tx.em.findOneOrFail(Community, { id: communityId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  tx.loaders.viewerMemberships.clear();
  return { community, membership: await membershipOf(tx, community) };
}

/**
 * The community for a change that must see its memberships settle: authorized as it stood, then
 * locked, then authorized again. Rights lost to a change committed meanwhile are a CONFLICT: the
 * request raced that change.
 */
async function lockCommunityFor(tx: RequestScope, communityId: string, action: CommunityAction): Promise<{ community: Community; membership: Membership | null }> {
  const seen = await findCommunity(tx, { id: communityId });
  await authorizeInCommunity(tx, action, seen);
  const locked = await lockCommunity(tx, seen.id);
  if (!canInCommunity(viewerFacts(tx), action, locked.community, locked.membership)) {
    throw conflict('Your role in this community changed meanwhile: reload and try again');
  }
  return locked;
}

/** Counts the active members again, in SQL: the count never drifts from the rows. */
async function recountMembers(tx: RequestScope, community: Community): Promise<void> {
  await tx.em.flush();
  const [row] = await tx.em.execute(
    `update community set member_count = (select count(*) from membership where community_id = ? and status = 'ACTIVE')
      where id = ? returning member_count`,
    [community.id, community.id],
  );
  community.memberCount = Number(row.member_count);
}

export function createCommunity(scope: RequestScope, input: CreateCommunityInput): Promise<Community> {
  const viewer = requireViewer(scope);
  return runUseCase(
    scope,
    async (tx) => {
      const community = tx.em.create(Community, {
        name: input.name.trim(),
        slug: input.slug ?? slugify(input.name),
        description: input.description,
        themes: [...new Set(input.themes)],
        visibility: input.visibility,
        createdBy: tx.em.getReference(User, viewer.id),
        memberCount: 1,
      });
      tx.em.create(Membership, { community, user: viewer.id, role: MemberRole.OWNER, status: MembershipStatus.ACTIVE });
      return community;
    },
    { onUniqueViolation: (constraint) => (constraint.includes('slug') ? badInput('slug', 'taken', 'This address is already used') : null) },
  );
}

export function updateCommunity(scope: RequestScope, id: string, input: UpdateCommunityInput): Promise<Community> {
  return runUseCase(scope, async (tx) => {
    const { community } = await lockCommunityFor(tx, id, 'edit');
    const visibility = community.visibility;
    if (input.name) community.name = input.name.trim();
    if (input.description !== undefined && input.description !== null) community.description = input.description;
    if (input.themes) community.themes = [...new Set(input.themes)];
    if (input.visibility) community.visibility = input.visibility;
    tx.events.push(communityChanged(community, 'community.updated'));
    // Who may read changed: everyone following the community or its threads is checked again.
    if (community.visibility !== visibility) tx.events.accessChange(communityScope(community.id));
    return community;
  });
}

/** Archiving keeps everything readable and stops every change. */
export function archiveCommunity(scope: RequestScope, id: string): Promise<Community> {
  return runUseCase(scope, async (tx) => {
    const { community } = await lockCommunityFor(tx, id, 'edit');
    if (community.kind === CommunityKind.HELP_DESK) throw forbidden('The help desk cannot be archived');
    community.archivedAt ??= new Date();
    tx.events.push(communityChanged(community, 'community.updated', community.archivedAt.toISOString()));
    tx.events.accessChange(communityScope(community.id));
    return community;
  });
}

export async function listCommunities(scope: RequestScope, args: CommunitiesArgs): Promise<ConnectionShape<Community>> {
  const viewer = requireViewer(scope);
  const window = windowOf(args.first, args.after);
  const query = scope.em.createQueryBuilder(Community, 'c').select('c.*');
  query.where('1 = 1');
  if (args.mine) {
    query.andWhere('c.id in (select community_id from membership where user_id = ? and status = ?)', [viewer.id, MembershipStatus.ACTIVE]);
  }
  if (args.theme) query.andWhere('? = any(c.themes)', [args.theme]);
  const search = args.search?.trim();
  if (search) {
    query.andWhere(
      `(c.name ilike ? or to_tsvector('italian', c.name || ' ' || c.description) @@ plainto_tsquery('italian', ?))`,
      [`%${search.replace(/[%_\\]/g, '')}%`, search],
    );
  }
  const total = await query.clone().getCount();
  // The help desk first (HELP_DESK is declared after PRACTICE), then communities by name.
  const rows = await query
    .orderBy({ kind: 'desc', name: 'asc', id: 'asc' })
    .offset(window.offset)
    .limit(window.limit)
    .getResultList();
  return connectionOf(rows, window, total);
}

function communityChanged(community: Community, type: 'community.updated', archivedAt?: string) {
  return communityEvent(type, communityScope(community.id), {
    communityId: community.id,
    memberCount: community.memberCount,
    ...(archivedAt ? { archivedAt } : {}),
  });
}

type MemberEventType = 'member.joined' | 'member.updated' | 'member.left';

/** The community's room hears of the member; the person's own screens learn that their place changed. */
function memberChanged(tx: RequestScope, membership: Membership, community: Community, type: MemberEventType): void {
  const payload = {
    communityId: community.id,
    memberCount: community.memberCount,
    membershipId: membership.id,
    userId: membership.user.id,
    role: membership.role,
    status: membership.status,
  };
  tx.events.push(
    communityEvent(type, communityScope(community.id), payload),
    communityEvent('membership.changed', userScope(membership.user.id), type === 'member.left' ? { ...payload, status: null } : payload),
  );
}

/** Joins a public community, or accepts an invitation. Joining twice is joining once. */
export function joinCommunity(scope: RequestScope, communityId: string): Promise<Membership> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const { community, membership: existing } = await lockCommunity(tx, (await findCommunity(tx, { id: communityId })).id);
    if (existing?.status === MembershipStatus.ACTIVE) return existing;
    await authorizeInCommunity(tx, 'join', community);
    const membership =
      existing ?? tx.em.create(Membership, { community, user: viewer.id, role: MemberRole.MEMBER, status: MembershipStatus.ACTIVE });
    membership.status = MembershipStatus.ACTIVE;
    await recountMembers(tx, community);
    memberChanged(tx, membership, community, 'member.joined');
    return membership;
  });
}

/** Asks the moderators of a private community to let the viewer in. Asking twice is asking once. */
export function requestToJoin(scope: RequestScope, communityId: string): Promise<Membership> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const { community, membership: existing } = await lockCommunity(tx, (await findCommunity(tx, { id: communityId })).id);
    if (existing?.status === MembershipStatus.REQUESTED) return existing;
    await authorizeInCommunity(tx, 'requestToJoin', community);
    const membership = tx.em.create(Membership, { community, user: viewer.id, role: MemberRole.MEMBER, status: MembershipStatus.REQUESTED });
    tx.events.push(
      ...notify(tx.em, await moderatorIdsOf(tx.em, community.id), NotificationKind.JOIN_REQUEST, { actorId: viewer.id, communityId: community.id }),
    );
    return membership;
  });
}

/** A membership and its community, the community's row locked: the membership cannot change under the caller. */
async function lockMembership(tx: RequestScope, membershipId: string, action: CommunityAction) {
  const found = isUUID(membershipId) ? await tx.em.findOne(Membership, { id: membershipId }) : null;
  if (!found) throw notFound('Membership');
  const { community } = await lockCommunityFor(tx, found.community.id, action);
  const membership = await tx.em.findOne(Membership, { id: membershipId }, { refresh: true });
  if (!membership) throw conflict('This membership changed meanwhile: reload');
  return { community, membership };
}

/** Approves or declines a join request; declining forgets it, so the person may ask again. */
export function decideJoinRequest(scope: RequestScope, membershipId: string, approve: boolean): Promise<Membership> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const { community, membership } = await lockMembership(tx, membershipId, 'manageMembers');
    if (membership.status !== MembershipStatus.REQUESTED) throw conflict('There is no pending request');
    authorizeAppointment(tx, community, await membershipOf(tx, community), null, membership.role);
    if (approve) {
      membership.status = MembershipStatus.ACTIVE;
      await recountMembers(tx, community);
      recordAppointment(tx, community, membership.user.id, null, membership.role, MembershipStatus.ACTIVE);
      tx.events.push(...notify(tx.em, [membership.user.id], NotificationKind.JOIN_APPROVED, { actorId: viewer.id, communityId: community.id }));
      memberChanged(tx, membership, community, 'member.joined');
    } else {
      tx.em.remove(membership);
      tx.events.push(communityEvent('membership.changed', userScope(membership.user.id), { communityId: community.id, status: null }));
    }
    return membership;
  });
}

export function inviteMember(scope: RequestScope, input: InviteMemberInput): Promise<Membership> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const { community, membership: viewerMembership } = await lockCommunityFor(tx, input.communityId, 'manageMembers');
    const role = input.role ?? MemberRole.MEMBER;
    const invitee = await tx.em.findOne(User, { email: normalizeEmail(input.email) });
    if (!invitee) throw badInput('email', 'unknown', 'Nobody with this email has an account');
    const existing = await tx.em.findOne(Membership, { community, user: invitee });
    if (existing?.status === MembershipStatus.ACTIVE) throw conflict('Already a member');
    authorizeAppointment(tx, community, viewerMembership, heldRole(existing), role);
    const membership = existing ?? tx.em.create(Membership, { community, user: invitee, role, status: MembershipStatus.INVITED });
    const from = heldRole(existing);
    membership.role = role;
    if (membership.status === MembershipStatus.REQUESTED) {
      membership.status = MembershipStatus.ACTIVE;
      await recountMembers(tx, community);
      memberChanged(tx, membership, community, 'member.joined');
    } else {
      tx.events.push(...notify(tx.em, [invitee.id], NotificationKind.INVITATION, { actorId: viewer.id, communityId: community.id }));
    }
    recordAppointment(tx, community, invitee.id, from, role, membership.status);
    return membership;
  });
}

/** The role a membership holds as an appointment: none until the person is in (or invited). */
function heldRole(membership: Membership | null): MemberRole | null {
  return membership && membership.status !== MembershipStatus.REQUESTED ? membership.role : null;
}

/** FORBIDDEN unless the viewer may move the person from `from` to `to` (null: out of the community). */
function authorizeAppointment(tx: RequestScope, community: Community, viewerMembership: Membership | null, from: MemberRole | null, to: MemberRole | null) {
  if (!canAppoint(viewerFacts(tx), community, viewerMembership, from, to)) throw forbidden('You may not give or take away this role');
}

/** Writes down who gave whom which role (or removed them), for the community's owners to read. */
function recordAppointment(tx: RequestScope, community: Community, userId: string, from: MemberRole | null, to: MemberRole | null, status: MembershipStatus | null) {
  tx.em.create(Appointment, { community, actor: requireViewer(tx).id, user: userId, fromRole: from, toRole: to, status });
}

async function ownerCount(tx: RequestScope, communityId: string): Promise<number> {
  return tx.em.count(Membership, { community: communityId, role: MemberRole.OWNER, status: MembershipStatus.ACTIVE });
}

/** Under the community's lock, so that two owners demoting each other cannot leave it without one. */
async function ensureAnotherOwner(tx: RequestScope, membership: Membership, message: string): Promise<void> {
  if (membership.role === MemberRole.OWNER && membership.status === MembershipStatus.ACTIVE && (await ownerCount(tx, membership.community.id)) <= 1) {
    throw conflict(message);
  }
}

/**
 * Changes a member's role. The last owner is checked first, under the community's lock: two owners
 * demoting each other at once leave one owner, and the request that lost the race hears why (CONFLICT).
 */
export function changeMemberRole(scope: RequestScope, membershipId: string, role: MemberRole): Promise<Membership> {
  return runUseCase(scope, async (tx) => {
    const { community, membership } = await lockMembership(tx, membershipId, 'read');
    if (membership.role === role) return membership;
    if (role !== MemberRole.OWNER) await ensureAnotherOwner(tx, membership, 'A community needs at least one owner');
    const viewerMembership = await authorizeInCommunity(tx, 'manageMembers', community);
    authorizeAppointment(tx, community, viewerMembership, heldRole(membership), role);
    recordAppointment(tx, community, membership.user.id, heldRole(membership), role, membership.status);
    membership.role = role;
    memberChanged(tx, membership, community, 'member.updated');
    // What the person may read changed (a help desk expert reads private questions): their rooms are checked again.
    tx.events.accessChange(userScope(membership.user.id));
    return membership;
  });
}

async function removeMembership(tx: RequestScope, community: Community, membership: Membership): Promise<void> {
  await ensureAnotherOwner(tx, membership, 'The last owner cannot leave: make someone else owner first');
  tx.em.remove(membership);
  await recountMembers(tx, community);
  memberChanged(tx, membership, community, 'member.left');
  // Whoever leaves stops hearing the community at once, on every open screen and every process.
  tx.events.accessChange(userScope(membership.user.id));
}

export function removeMember(scope: RequestScope, membershipId: string): Promise<boolean> {
  return runUseCase(scope, async (tx) => {
    const { community, membership } = await lockMembership(tx, membershipId, 'read');
    await ensureAnotherOwner(tx, membership, 'The last owner cannot be removed: make someone else owner first');
    const viewerMembership = await authorizeInCommunity(tx, 'manageMembers', community);
    authorizeAppointment(tx, community, viewerMembership, heldRole(membership), null);
    recordAppointment(tx, community, membership.user.id, heldRole(membership), null, null);
    await removeMembership(tx, community, membership);
    return true;
  });
}

/** Leaves a community; leaving one already left is harmless. */
export function leaveCommunity(scope: RequestScope, communityId: string): Promise<boolean> {
  return runUseCase(scope, async (tx) => {
    const { community, membership } = await lockCommunity(tx, (await findCommunity(tx, { id: communityId })).id);
    if (!membership) return true;
    await removeMembership(tx, community, membership);
    return true;
  });
}

/** The member directory: active members, owners and facilitators first. Members only for a private community. */
export async function listMembers(
  scope: RequestScope,
  community: Community,
  args: { first?: number; after?: string; status?: MembershipStatus; search?: string },
) {
  const status = args.status ?? MembershipStatus.ACTIVE;
  await authorizeInCommunity(scope, status === MembershipStatus.ACTIVE ? 'read' : 'manageMembers', community);
  const window = windowOf(args.first, args.after, 50);
  const [rows, total] = await scope.em.findAndCount(
    Membership,
    { community: community.id, status, ...(args.search?.trim() ? { user: { displayName: { $ilike: `%${args.search.trim().replace(/[%_\\]/g, '')}%` } } } : {}) },
    { orderBy: { role: 'asc', createdAt: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit },
  );
  return connectionOf(rows, window, total);
}

/** Appointments and removals in a community, newest first: for its owners and the platform admins. */
export async function listAppointments(scope: RequestScope, community: Community, args: { first?: number; after?: string }) {
  const membership = await authorizeInCommunity(scope, 'read', community);
  const facts = viewerFacts(scope);
  if (!canInCommunity(facts, 'manageOwners', community, membership) && !facts?.platformAdmin) throw forbidden('Appointments are for the owners');
  const window = keysetWindowOf(args.first, args.after, 2);
  const after = afterCreated(window, 'desc');
  const where = { community: community.id };
  const total = await scope.em.count(Appointment, where);
  const rows = await scope.em.find(Appointment, { $and: [where, after as FilterQuery<Appointment>] }, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: window.limit + 1,
  });
  return keysetConnectionOf(rows, window, (row) => [row.createdAt, row.id], total);
}
