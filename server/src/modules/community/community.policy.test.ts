import { describe, expect, it } from 'vitest';
import { CommunityKind, CommunityVisibility, MemberRole, MembershipStatus } from './community.entity';
import { canInCommunity, type CommunityAction, type MembershipFacts } from './community.policy';

const viewer = { id: 'u1', organizationId: 'o1' };
const ACTIONS: CommunityAction[] = ['read', 'join', 'requestToJoin', 'leave', 'startThread', 'announce', 'moderate', 'manageMembers', 'manageOwners', 'edit'];

const who: Record<string, MembershipFacts | null> = {
  stranger: null,
  requested: { role: MemberRole.MEMBER, status: MembershipStatus.REQUESTED },
  invited: { role: MemberRole.MEMBER, status: MembershipStatus.INVITED },
  observer: { role: MemberRole.OBSERVER, status: MembershipStatus.ACTIVE },
  member: { role: MemberRole.MEMBER, status: MembershipStatus.ACTIVE },
  facilitator: { role: MemberRole.FACILITATOR, status: MembershipStatus.ACTIVE },
  owner: { role: MemberRole.OWNER, status: MembershipStatus.ACTIVE },
};

// Each row is written out by hand: what each person may do, action by action, in the order of ACTIONS.
//                     read join reqJ leave start annc  mod  mMem mOwn edit
const PUBLIC_MATRIX: Record<string, number[]> = {
  stranger:    [1,   1,   0,   0,    0,    0,    0,   0,   0,   0],
  requested:   [1,   0,   0,   1,    0,    0,    0,   0,   0,   0],
  invited:     [1,   1,   0,   1,    0,    0,    0,   0,   0,   0],
  observer:    [1,   0,   0,   1,    0,    0,    0,   0,   0,   0],
  member:      [1,   0,   0,   1,    1,    0,    0,   0,   0,   0],
  facilitator: [1,   0,   0,   1,    1,    1,    1,   1,   0,   0],
  owner:       [1,   0,   0,   1,    1,    1,    1,   1,   1,   1],
};
const PRIVATE_MATRIX: Record<string, number[]> = {
  stranger:    [0,   0,   1,   0,    0,    0,    0,   0,   0,   0],
  requested:   [0,   0,   0,   1,    0,    0,    0,   0,   0,   0],
  invited:     [0,   1,   0,   1,    0,    0,    0,   0,   0,   0],
  observer:    [1,   0,   0,   1,    0,    0,    0,   0,   0,   0],
  member:      [1,   0,   0,   1,    1,    0,    0,   0,   0,   0],
  facilitator: [1,   0,   0,   1,    1,    1,    1,   1,   0,   0],
  owner:       [1,   0,   0,   1,    1,    1,    1,   1,   1,   1],
};

function matrixOf(visibility: CommunityVisibility, archivedAt: Date | null = null) {
  const community = { visibility, kind: CommunityKind.PRACTICE, archivedAt };
  return Object.fromEntries(
    Object.entries(who).map(([name, membership]) => [
      name,
      ACTIONS.map((action) => Number(canInCommunity(viewer, action, community, membership))),
    ]),
  );
}

describe('community policy', () => {
  it('gives every role on a public community exactly its rights', () => {
    expect(matrixOf(CommunityVisibility.PUBLIC)).toEqual(PUBLIC_MATRIX);
  });

  it('gives every role on a private community exactly its rights', () => {
    expect(matrixOf(CommunityVisibility.PRIVATE)).toEqual(PRIVATE_MATRIX);
  });

  it('freezes an archived community: reading and leaving stay, every change stops (owners keep editing)', () => {
    const archived = matrixOf(CommunityVisibility.PUBLIC, new Date());
    for (const name of Object.keys(who)) {
      const row = archived[name];
      expect(row[ACTIONS.indexOf('read')]).toBe(1);
      for (const action of ['join', 'requestToJoin', 'startThread', 'announce', 'moderate', 'manageMembers'] as const) {
        expect(row[ACTIONS.indexOf(action)], `${name} ${action}`).toBe(0);
      }
    }
  });

  it('lets anyone signed in ask the help desk, and nobody signed out do anything', () => {
    const helpDesk = { visibility: CommunityVisibility.PUBLIC, kind: CommunityKind.HELP_DESK };
    expect(canInCommunity(viewer, 'startThread', helpDesk, null)).toBe(true);
    expect(canInCommunity(viewer, 'join', helpDesk, null)).toBe(false);
    for (const action of ACTIONS) {
      expect(canInCommunity(null, action, { visibility: CommunityVisibility.PUBLIC, kind: CommunityKind.PRACTICE }, null)).toBe(false);
    }
  });
});
