import { CommunityKind, CommunityVisibility, MemberRole, MembershipStatus } from './community.entity';

/** What a policy needs to know about the person asking: nothing that needs the database. */
export interface ViewerFacts {
  id: string;
  /** The person's organisation once their affiliation is verified; null while it is only claimed. */
  organizationId: string | null;
  /** ANCI staff running the hub: they appoint in any community they can read, the help desk's experts included. */
  platformAdmin?: boolean;
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
      return open && isModerator(membership);
    case 'manageMembers':
      return open && (isModerator(membership) || viewer.platformAdmin === true);
    case 'manageOwners':
    case 'edit':
      return role === MemberRole.OWNER;
  }
}

/** Roles a facilitator may give and take away: never an owner's or another facilitator's. */
const MINOR_ROLES: Array<MemberRole | null> = [null, MemberRole.MEMBER, MemberRole.OBSERVER];

/**
 * Whether the viewer may move a person from `from` (null: not a member yet) to `to` (null:
 * removed): invitations, approvals, role changes and removals. Owners and platform admins appoint
 * anyone; in a community of practice a facilitator manages members and observers only; the help
 * desk's experts (its facilitators) are appointed by its owners and the admins alone.
 */
export function canAppoint(
  viewer: ViewerFacts | null,
  community: CommunityFacts,
  membership: MembershipFacts | null | undefined,
  from: MemberRole | null,
  to: MemberRole | null,
): boolean {
  if (!viewer || community.archivedAt) return false;
  if (viewer.platformAdmin) return true;
  const role = activeRole(membership);
  if (role === MemberRole.OWNER) return true;
  if (role !== MemberRole.FACILITATOR || community.kind === CommunityKind.HELP_DESK) return false;
  return MINOR_ROLES.includes(from) && MINOR_ROLES.includes(to);
}
