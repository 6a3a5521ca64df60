import { CommunityKind, CommunityVisibility, MemberRole, MembershipStatus } from './community.entity';

/** What a policy needs to know about the person asking: nothing that needs the database. */
export interface ViewerFacts {
  id: string;
  organizationId: string;
}

export interface CommunityFacts {
  visibility: CommunityVisibility;
  kind: CommunityKind;
  archivedAt?: Date | null;
}

export interface MembershipFacts {
  role: MemberRole;
  status: MembershipStatus;
}

export type CommunityAction =
  | 'read'
  | 'join'
  | 'requestToJoin'
  | 'leave'
  | 'startThread'
  | 'announce'
  | 'moderate'
  | 'manageMembers'
  | 'manageOwners'
  | 'edit';

const MODERATORS = [MemberRole.OWNER, MemberRole.FACILITATOR];

/** The viewer's role, if they are an active member. */
export function activeRole(membership: MembershipFacts | null | undefined): MemberRole | null {
  return membership?.status === MembershipStatus.ACTIVE ? membership.role : null;
}

export function isModerator(membership: MembershipFacts | null | undefined): boolean {
  const role = activeRole(membership);
  return role !== null && MODERATORS.includes(role);
}

/**
 * Whether the viewer may do `action` in the community. Pure: the GraphQL services, the
 * `viewerCan` fields and the realtime room checks all ask this same function.
 */
export function canInCommunity(
  viewer: ViewerFacts | null,
  action: CommunityAction,
  community: CommunityFacts,
  membership: MembershipFacts | null | undefined,
): boolean {
  if (!viewer) return false;
  const role = activeRole(membership);
  const open = !community.archivedAt;
  const helpDesk = community.kind === CommunityKind.HELP_DESK;
  switch (action) {
    case 'read':
      return community.visibility === CommunityVisibility.PUBLIC || helpDesk || role !== null;
    case 'join':
      // Joining a public community, or accepting an invitation to any community.
      if (!open || role !== null) return false;
      return membership?.status === MembershipStatus.INVITED || (!membership && community.visibility === CommunityVisibility.PUBLIC && !helpDesk);
    case 'requestToJoin':
      return open && !membership && community.visibility === CommunityVisibility.PRIVATE;
    case 'leave':
      return membership !== null && membership !== undefined;
    case 'startThread':
      // Every comune may ask the help desk; elsewhere members speak and observers read.
      return open && (helpDesk || (role !== null && role !== MemberRole.OBSERVER));
    case 'announce':
    case 'moderate':
    case 'manageMembers':
      return open && isModerator(membership);
    case 'manageOwners':
    case 'edit':
      return role === MemberRole.OWNER;
  }
}
