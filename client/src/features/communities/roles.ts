import type { MemberRole } from '../../gql/graphql';

/** From the most to the least responsibility, as the directory lists them. */
export const ROLES: readonly MemberRole[] = ['OWNER', 'FACILITATOR', 'MEMBER', 'OBSERVER'];

/** The roles a moderator may give: only owners make other owners. */
export function assignableRoles(viewerIsOwner: boolean): readonly MemberRole[] {
  return viewerIsOwner ? ROLES : ROLES.filter((role) => role !== 'OWNER');
}

export function isRole(value: unknown): value is MemberRole {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
