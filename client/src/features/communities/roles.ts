import type { CommunityKind, MemberRole } from '../../gql/graphql';

/** From the most to the least responsibility, as the directory lists them. */
export const ROLES: readonly MemberRole[] = ['OWNER', 'FACILITATOR', 'MEMBER', 'OBSERVER'];

/** The given roles in the directory's order, e.g. the roles the hub lets the viewer give a member. */
export function inRoleOrder(roles: readonly MemberRole[]): MemberRole[] {
  return ROLES.filter((role) => roles.includes(role));
}

/**
 * The roles to offer when inviting someone who is not a member yet. For members the hub says which
 * roles the viewer may give (Membership.viewerCanGive); for a person not yet in the community it
 * has no such field, so this follows its rule for appointments: owners and admins give any role, a
 * facilitator of a community of practice members and observers only, and the help desk's experts
 * are appointed by its owners and the admins alone. The hub checks the invitation itself anyway.
 */
export function invitableRoles(kind: CommunityKind, viewerIsOwner: boolean, viewerIsAdmin: boolean): readonly MemberRole[] {
  if (viewerIsOwner || viewerIsAdmin) return ROLES;
  return kind === 'HELP_DESK' ? [] : ['MEMBER', 'OBSERVER'];
}

export function isRole(value: unknown): value is MemberRole {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
