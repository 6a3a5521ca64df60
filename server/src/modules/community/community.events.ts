import { eventsOf, field, type EventCatalogue } from '../../realtime/event-catalogue';
import { MemberRole, MembershipStatus } from './community.entity';

const roles = field.oneOf(Object.values(MemberRole) as [MemberRole, ...MemberRole[]]);
const statuses = field.oneOf(Object.values(MembershipStatus) as [MembershipStatus, ...MembershipStatus[]]);

const member = {
  communityId: field.id,
  memberCount: field.integer,
  membershipId: field.id,
  userId: field.id,
  role: roles,
  status: statuses,
};

export const communityEvents = {
  'community.updated': {
    scopes: ['community'],
    description: 'The community’s name, description, themes, visibility or archive state changed.',
    payload: { communityId: field.id, memberCount: field.integer, archivedAt: field.optional(field.nullable(field.time)) },
  },
  'member.joined': { scopes: ['community'], description: 'Someone became an active member.', payload: member },
  'member.updated': { scopes: ['community'], description: 'A member’s role changed.', payload: member },
  'member.left': { scopes: ['community'], description: 'A member left or was removed.', payload: member },
  'membership.changed': {
    scopes: ['user'],
    description: 'The person’s own place in a community changed (joined, invited, role, left, request declined).',
    payload: {
      communityId: field.id,
      memberCount: field.optional(field.integer),
      membershipId: field.optional(field.id),
      userId: field.optional(field.id),
      role: field.optional(roles),
      status: field.nullable(statuses),
    },
  },
} satisfies EventCatalogue;

export const communityEvent = eventsOf(communityEvents);
