import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { connectionOf, windowOf, type ConnectionShape } from '../../graphql/connection';
import { badInput, conflict, forbidden, notFound } from '../../errors';
import { foldForSearch } from '../../lib/text';
import { requireViewer, normalizeEmail } from '../account/account.service';
import { User } from '../account/user.entity';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notification.service';
import { Community, CommunityKind, MemberRole, Membership, MembershipStatus } from './community.entity';
import type { CommunitiesArgs, CreateCommunityInput, InviteMemberInput, UpdateCommunityInput } from './community.inputs';
import { authorizeInCommunity, viewerFacts } from './community.access';
import { canInCommunity } from './community.policy';
import { moderatorIdsOf } from './community.loaders';
import { commitWithEvents, scopes, type PendingEvent } from '../../realtime/events';
import { isUUID } from 'class-validator';

function slugify(name: string): string {
  return foldForSearch(name).replace(/\s+/g, '-').slice(0, 60).replace(/-+$/, '') || 'comunita';
}

/** A community by id or slug, as any signed-in person may see it (its content has its own checks). */
export async function findCommunity(ctx: Context, where: { id?: string; slug?: string }): Promise<Community> {
  requireViewer(ctx);
  if (where.id !== undefined && !isUUID(where.id)) throw notFound('Community');
  const community = where.id ? await ctx.loaders.community.load(where.id) : await ctx.em.findOne(Community, { slug: where.slug });
  if (!community) throw notFound('Community');
  return community;
}

export async function createCommunity(ctx: Context, input: CreateCommunityInput): Promise<Community> {
  const viewer = requireViewer(ctx);
  const community = ctx.em.create(Community, {
    name: input.name.trim(),
    slug: input.slug ?? slugify(input.name),
    description: input.description,
    themes: [...new Set(input.themes)],
    visibility: input.visibility,
    createdBy: viewer,
    memberCount: 1,
  });
  ctx.em.create(Membership, { community, user: viewer, role: MemberRole.OWNER, status: MembershipStatus.ACTIVE });
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw badInput('slug', 'taken', 'This address is already used');
    throw error;
  }
  ctx.loaders.viewerMemberships.clear();
  return community;
}

export async function updateCommunity(ctx: Context, id: string, input: UpdateCommunityInput): Promise<Community> {
  const community = await findCommunity(ctx, { id });
  await authorizeInCommunity(ctx, 'edit', community);
  if (input.name) community.name = input.name.trim();
  if (input.description !== undefined && input.description !== null) community.description = input.description;
  if (input.themes) community.themes = [...new Set(input.themes)];
  if (input.visibility) community.visibility = input.visibility;
  await commitWithEvents(ctx, [communityChanged(community, 'community.updated', {})]);
  return community;
}

/** Archiving keeps everything readable and stops every change. */
export async function archiveCommunity(ctx: Context, id: string): Promise<Community> {
  const community = await findCommunity(ctx, { id });
  await authorizeInCommunity(ctx, 'edit', community);
  if (community.kind === CommunityKind.HELP_DESK) throw forbidden('The help desk cannot be archived');
  community.archivedAt ??= new Date();
  await commitWithEvents(ctx, [communityChanged(community, 'community.updated', { archivedAt: community.archivedAt.toISOString() })]);
  return community;
}

export async function listCommunities(ctx: Context, args: CommunitiesArgs): Promise<ConnectionShape<Community>> {
  const viewer = requireViewer(ctx);
  const window = windowOf(args.first, args.after);
  const query = ctx.em.createQueryBuilder(Community, 'c').select('c.*');
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

function communityChanged(community: Community, type: string, payload: Record<string, unknown>): PendingEvent {
  return { scope: scopes.community(community.id), type, payload: { communityId: community.id, memberCount: community.memberCount, ...payload } };
}

function memberChanged(membership: Membership, type: string): PendingEvent[] {
  const payload = { membershipId: membership.id, userId: membership.user.id, role: membership.role, status: membership.status };
  return [
    communityChanged(membership.community, type, payload),
    // The person's own screens learn that their place in the community changed.
    { scope: scopes.user(membership.user.id), type: 'membership.changed', payload: { communityId: membership.community.id, ...payload } },
  ];
}

function activate(membership: Membership) {
  if (membership.status !== MembershipStatus.ACTIVE) {
    membership.status = MembershipStatus.ACTIVE;
    membership.community.memberCount += 1;
  }
}

/** Joins a public community, or accepts an invitation. */
export async function joinCommunity(ctx: Context, communityId: string): Promise<Membership> {
  const viewer = requireViewer(ctx);
  const community = await findCommunity(ctx, { id: communityId });
  const existing = await authorizeInCommunity(ctx, 'join', community);
  const membership = existing ?? ctx.em.create(Membership, { community, user: viewer, role: MemberRole.MEMBER, status: MembershipStatus.REQUESTED });
  activate(membership);
  await commitWithEvents(ctx, memberChanged(membership, 'member.joined'));
  ctx.loaders.viewerMemberships.clear();
  return membership;
}

/** Asks the moderators of a private community to let the viewer in. */
export async function requestToJoin(ctx: Context, communityId: string): Promise<Membership> {
  const viewer = requireViewer(ctx);
  const community = await findCommunity(ctx, { id: communityId });
  await authorizeInCommunity(ctx, 'requestToJoin', community);
  const membership = ctx.em.create(Membership, { community, user: viewer, role: MemberRole.MEMBER, status: MembershipStatus.REQUESTED });
  const events = notify(ctx.em, await moderatorIdsOf(ctx.em, community.id), NotificationKind.JOIN_REQUEST, {
    actorId: viewer.id,
    communityId: community.id,
  });
  await commitWithEvents(ctx, events);
  ctx.loaders.viewerMemberships.clear();
  return membership;
}

async function findMembership(ctx: Context, membershipId: string): Promise<Membership> {
  const membership = isUUID(membershipId)
    ? await ctx.em.findOne(Membership, { id: membershipId }, { populate: ['community'] })
    : null;
  if (!membership) throw notFound('Membership');
  return membership;
}

/** Approves or declines a join request; declining forgets it, so the person may ask again. */
export async function decideJoinRequest(ctx: Context, membershipId: string, approve: boolean): Promise<Membership> {
  const viewer = requireViewer(ctx);
  const membership = await findMembership(ctx, membershipId);
  await authorizeInCommunity(ctx, 'manageMembers', membership.community);
  if (membership.status !== MembershipStatus.REQUESTED) throw conflict('There is no pending request');
  const events: PendingEvent[] = [];
  if (approve) {
    activate(membership);
    events.push(...notify(ctx.em, [membership.user.id], NotificationKind.JOIN_APPROVED, { actorId: viewer.id, communityId: membership.community.id }));
    events.push(...memberChanged(membership, 'member.joined'));
  } else {
    ctx.em.remove(membership);
    events.push({ scope: scopes.user(membership.user.id), type: 'membership.changed', payload: { communityId: membership.community.id, status: null } });
  }
  await commitWithEvents(ctx, events);
  return membership;
}

export async function inviteMember(ctx: Context, input: InviteMemberInput): Promise<Membership> {
  const viewer = requireViewer(ctx);
  const community = await findCommunity(ctx, { id: input.communityId });
  const viewerMembership = await authorizeInCommunity(ctx, 'manageMembers', community);
  const role = input.role ?? MemberRole.MEMBER;
  if (role === MemberRole.OWNER && !canInCommunity(viewerFacts(ctx), 'manageOwners', community, viewerMembership)) throw forbidden();
  const invitee = await ctx.em.findOne(User, { email: normalizeEmail(input.email) });
  if (!invitee) throw badInput('email', 'unknown', 'Nobody with this email has an account');
  const existing = await ctx.em.findOne(Membership, { community, user: invitee });
  if (existing?.status === MembershipStatus.ACTIVE) throw conflict('Already a member');
  const membership = existing ?? ctx.em.create(Membership, { community, user: invitee, role, status: MembershipStatus.INVITED });
  membership.role = role;
  const events: PendingEvent[] = [];
  if (membership.status === MembershipStatus.REQUESTED) {
    activate(membership);
    events.push(...memberChanged(membership, 'member.joined'));
  } else {
    events.push(...notify(ctx.em, [invitee.id], NotificationKind.INVITATION, { actorId: viewer.id, communityId: community.id }));
  }
  await commitWithEvents(ctx, events);
  return membership;
}

async function ownerCount(ctx: Context, communityId: string): Promise<number> {
  return ctx.em.count(Membership, { community: communityId, role: MemberRole.OWNER, status: MembershipStatus.ACTIVE });
}

export async function changeMemberRole(ctx: Context, membershipId: string, role: MemberRole): Promise<Membership> {
  const membership = await findMembership(ctx, membershipId);
  const viewerMembership = await authorizeInCommunity(ctx, 'manageMembers', membership.community);
  const touchesOwner = role === MemberRole.OWNER || membership.role === MemberRole.OWNER;
  if (touchesOwner && !canInCommunity(viewerFacts(ctx), 'manageOwners', membership.community, viewerMembership)) throw forbidden();
  if (membership.role === MemberRole.OWNER && role !== MemberRole.OWNER && (await ownerCount(ctx, membership.community.id)) <= 1) {
    throw conflict('A community needs at least one owner');
  }
  membership.role = role;
  await commitWithEvents(ctx, memberChanged(membership, 'member.updated'));
  return membership;
}

async function removeMembership(ctx: Context, membership: Membership) {
  if (membership.role === MemberRole.OWNER && membership.status === MembershipStatus.ACTIVE && (await ownerCount(ctx, membership.community.id)) <= 1) {
    throw conflict('The last owner cannot leave: make someone else owner first');
  }
  if (membership.status === MembershipStatus.ACTIVE) membership.community.memberCount -= 1;
  const events = memberChanged(membership, 'member.left');
  ctx.em.remove(membership);
  await commitWithEvents(ctx, events);
  ctx.loaders.viewerMemberships.clear();
  // Whoever leaves stops hearing the community at once, on every open screen.
  await ctx.app.realtime.evictFromCommunity(membership.user.id, membership.community.id);
}

export async function removeMember(ctx: Context, membershipId: string): Promise<boolean> {
  const membership = await findMembership(ctx, membershipId);
  const viewerMembership = await authorizeInCommunity(ctx, 'manageMembers', membership.community);
  if (membership.role === MemberRole.OWNER && !canInCommunity(viewerFacts(ctx), 'manageOwners', membership.community, viewerMembership)) {
    throw forbidden();
  }
  await removeMembership(ctx, membership);
  return true;
}

export async function leaveCommunity(ctx: Context, communityId: string): Promise<boolean> {
  const community = await findCommunity(ctx, { id: communityId });
  const membership = await authorizeInCommunity(ctx, 'leave', community);
  await removeMembership(ctx, membership!);
  return true;
}

/** The member directory: active members, owners and facilitators first. Members only for a private community. */
export async function listMembers(
  ctx: Context,
  community: Community,
  args: { first?: number; after?: string; status?: MembershipStatus; search?: string },
) {
  const status = args.status ?? MembershipStatus.ACTIVE;
  await authorizeInCommunity(ctx, status === MembershipStatus.ACTIVE ? 'read' : 'manageMembers', community);
  const window = windowOf(args.first, args.after, 50);
  const [rows, total] = await ctx.em.findAndCount(
    Membership,
    { community, status, ...(args.search?.trim() ? { user: { displayName: { $ilike: `%${args.search.trim().replace(/[%_\\]/g, '')}%` } } } : {}) },
    { orderBy: { role: 'asc', createdAt: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit },
  );
  return connectionOf(rows, window, total);
}
