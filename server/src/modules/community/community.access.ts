import type { RequestScope } from '../../core/request-scope';
import { userOf } from '../../core/actor';
import { AffiliationStatus, PlatformRole, type User } from '../account/user.entity';
import { forbidden, notFound, unauthenticated } from '../../errors';
import type { Community, Membership } from './community.entity';
import { canInCommunity, type CommunityAction, type ViewerFacts } from './community.policy';

/** The facts about the actor that policies read: a person's, or none (partners and the hub read public data only). */
export function viewerFacts(scope: RequestScope): ViewerFacts | null {
  const user = userOf(scope.actor);
  return user ? factsOfUser(user) : null;
}

/** A person's facts for the policies: their organisation counts only once the affiliation is verified. */
export function factsOfUser(user: User): ViewerFacts {
  return {
    id: user.id,
    organizationId: user.affiliationStatus === AffiliationStatus.VERIFIED ? user.organization.id : null,
    platformAdmin: user.platformRole === PlatformRole.ADMIN,
  };
}

export function membershipOf(scope: RequestScope, community: Community): Promise<Membership | null> {
  return scope.loaders.viewerMemberships.of(community.id);
}

export async function canDoInCommunity(scope: RequestScope, action: CommunityAction, community: Community): Promise<boolean> {
  return canInCommunity(viewerFacts(scope), action, community, await membershipOf(scope, community));
}

/** Actions about the membership itself; the rest touch the community's content. */
const MEMBERSHIP_ACTIONS: CommunityAction[] = ['join', 'requestToJoin', 'leave'];

/**
 * Throws unless the actor may do `action`: UNAUTHENTICATED without a session; NOT_FOUND when
 * the action touches content they may not read (a private community's threads and members stay
 * invisible to non-members); FORBIDDEN otherwise.
 */
export async function authorizeInCommunity(scope: RequestScope, action: CommunityAction, community: Community): Promise<Membership | null> {
  const facts = viewerFacts(scope);
  if (!facts) throw unauthenticated();
  const membership = await membershipOf(scope, community);
  if (!MEMBERSHIP_ACTIONS.includes(action) && !canInCommunity(facts, 'read', community, membership)) {
    throw notFound('Community');
  }
  if (!canInCommunity(facts, action, community, membership)) throw forbidden();
  return membership;
}
