import type { Context } from '../../graphql/context';
import { forbidden, notFound, unauthenticated } from '../../errors';
import type { Community, Membership } from './community.entity';
import { canInCommunity, type CommunityAction, type ViewerFacts } from './community.policy';

/** The facts about the viewer that policies read. */
export function viewerFacts(ctx: Context): ViewerFacts | null {
  return ctx.viewer ? { id: ctx.viewer.id, organizationId: ctx.viewer.organization.id } : null;
}

export function membershipOf(ctx: Context, community: Community): Promise<Membership | null> {
  return ctx.loaders.viewerMemberships.of(community.id);
}

export async function canDoInCommunity(ctx: Context, action: CommunityAction, community: Community): Promise<boolean> {
  return canInCommunity(viewerFacts(ctx), action, community, await membershipOf(ctx, community));
}

/** Actions about the membership itself; the rest touch the community's content. */
const MEMBERSHIP_ACTIONS: CommunityAction[] = ['join', 'requestToJoin', 'leave'];

/**
 * Throws unless the viewer may do `action`: UNAUTHENTICATED without a session; NOT_FOUND when
 * the action touches content they may not read (a private community's threads and members stay
 * invisible to non-members); FORBIDDEN otherwise.
 */
export async function authorizeInCommunity(ctx: Context, action: CommunityAction, community: Community): Promise<Membership | null> {
  if (!ctx.viewer) throw unauthenticated();
  const membership = await membershipOf(ctx, community);
  const facts = viewerFacts(ctx);
  if (!MEMBERSHIP_ACTIONS.includes(action) && !canInCommunity(facts, 'read', community, membership)) {
    throw notFound('Community');
  }
  if (!canInCommunity(facts, action, community, membership)) throw forbidden();
  return membership;
}
