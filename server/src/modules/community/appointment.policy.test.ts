import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/hub';
import { createCommunity, makeHelpDeskExpert, signUpAs } from '../../../test/factories';
import { CommunityKind, CommunityVisibility, MemberRole, MembershipStatus } from './community.entity';
import { canAppoint, type MembershipFacts } from './community.policy';

const person = { id: 'u1', organizationId: 'o1' };
const admin = { ...person, platformAdmin: true };
const active = (role: MemberRole): MembershipFacts => ({ role, status: MembershipStatus.ACTIVE });
const practice = { visibility: CommunityVisibility.PUBLIC, kind: CommunityKind.PRACTICE };
const helpDesk = { visibility: CommunityVisibility.PUBLIC, kind: CommunityKind.HELP_DESK };

/** The moves, in the order of the columns below: from a role (– for not a member) to a role (– for removed). */
const MOVES: Array<[MemberRole | null, MemberRole | null]> = [
  [null, MemberRole.MEMBER],
  [null, MemberRole.OBSERVER],
  [null, MemberRole.FACILITATOR],
  [null, MemberRole.OWNER],
  [MemberRole.MEMBER, MemberRole.OBSERVER],
  [MemberRole.OBSERVER, MemberRole.MEMBER],
  [MemberRole.MEMBER, MemberRole.FACILITATOR],
  [MemberRole.FACILITATOR, MemberRole.MEMBER],
  [MemberRole.MEMBER, MemberRole.OWNER],
  [MemberRole.OWNER, MemberRole.MEMBER],
  [MemberRole.MEMBER, null],
  [MemberRole.OBSERVER, null],
  [MemberRole.FACILITATOR, null],
  [MemberRole.OWNER, null],
];

// Written out by hand: who may make each move.
//                 –→M –→O –→F –→Ow M→O O→M M→F F→M M→Ow Ow→M M→– O→– F→– Ow→–
const PRACTICE: Record<string, number[]> = {
  stranger:      [0,  0,  0,  0,   0,  0,  0,  0,  0,   0,   0,  0,  0,  0],
  observer:      [0,  0,  0,  0,   0,  0,  0,  0,  0,   0,   0,  0,  0,  0],
  member:        [0,  0,  0,  0,   0,  0,  0,  0,  0,   0,   0,  0,  0,  0],
  facilitator:   [1,  1,  0,  0,   1,  1,  0,  0,  0,   0,   1,  1,  0,  0],
  owner:         [1,  1,  1,  1,   1,  1,  1,  1,  1,   1,   1,  1,  1,  1],
  admin:         [1,  1,  1,  1,   1,  1,  1,  1,  1,   1,   1,  1,  1,  1],
};
// On the help desk the facilitators are its experts: appointed by its owners and the admins only.
const HELP_DESK: Record<string, number[]> = {
  stranger:      [0,  0,  0,  0,   0,  0,  0,  0,  0,   0,   0,  0,  0,  0],
  observer:      [0,  0,  0,  0,   0,  0,  0,  0,  0,   0,   0,  0,  0,  0],
  member:        [0,  0,  0,  0,   0,  0,  0,  0,  0,   0,   0,  0,  0,  0],
  facilitator:   [0,  0,  0,  0,   0,  0,  0,  0,  0,   0,   0,  0,  0,  0],
  owner:         [1,  1,  1,  1,   1,  1,  1,  1,  1,   1,   1,  1,  1,  1],
  admin:         [1,  1,  1,  1,   1,  1,  1,  1,  1,   1,   1,  1,  1,  1],
};

function matrixOf(community: typeof practice, archivedAt: Date | null = null) {
  const who: Record<string, [typeof person, MembershipFacts | null]> = {
    stranger: [person, null],
    observer: [person, active(MemberRole.OBSERVER)],
    member: [person, active(MemberRole.MEMBER)],
    facilitator: [person, active(MemberRole.FACILITATOR)],
    owner: [person, active(MemberRole.OWNER)],
    admin: [admin, null],
  };
  return Object.fromEntries(
    Object.entries(who).map(([name, [viewer, membership]]) => [
      name,
      MOVES.map(([from, to]) => (canAppoint(viewer, { ...community, archivedAt }, membership, from, to) ? 1 : 0)),
    ]),
  );
}

describe('who may appoint whom', () => {
  it('follows the written-out matrix in a community of practice', () => {
    expect(matrixOf(practice)).toEqual(PRACTICE);
  });

  it('follows the written-out matrix on the help desk', () => {
    expect(matrixOf(helpDesk)).toEqual(HELP_DESK);
  });

  it('lets nobody appoint in an archived community', () => {
    const none = Object.fromEntries(Object.keys(PRACTICE).map((name) => [name, MOVES.map(() => 0)]));
    expect(matrixOf(practice, new Date())).toEqual(none);
  });
});

describe('appointments through the API', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  const CHANGE_ROLE = 'mutation($m: ID!, $r: MemberRole!) { changeMemberRole(membershipId: $m, role: $r) { role } }';
  const INVITE = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { role status } }';
  const MEMBERS = `query($slug: String!) { community(slug: $slug) {
    members { edges { node { id role viewerCanGive viewerCanRemove user { id } } } }
  } }`;
  const APPOINTMENTS = `query($slug: String!) { community(slug: $slug) {
    appointments { totalCount edges { node { fromRole toRole status actor { displayName } user { displayName } } } }
  } }`;

  it('keeps a facilitator away from owners and facilitators, records every appointment for the owners', async () => {
    const owner = await signUpAs(hub, { displayName: 'Titolare' });
    const community = await createCommunity(owner.client);
    const [facilitator, other, member] = await Promise.all(['Facilitatrice', 'Altra Facilitatrice', 'Membro'].map((displayName) => signUpAs(hub, { displayName })));
    for (const p of [facilitator, other, member]) await p.client.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    const idOf = async (userId: string) => {
      const rows = await hub.orm.em.fork().execute('select id from membership where community_id = ? and user_id = ?', [community.id, userId]);
      return rows[0].id as string;
    };
    expect((await owner.client.request(CHANGE_ROLE, { m: await idOf(facilitator.userId), r: 'FACILITATOR' })).data!.changeMemberRole.role).toBe('FACILITATOR');
    expect((await owner.client.request(CHANGE_ROLE, { m: await idOf(other.userId), r: 'FACILITATOR' })).data!.changeMemberRole.role).toBe('FACILITATOR');

    const refused = [
      await facilitator.client.request(CHANGE_ROLE, { m: await idOf(other.userId), r: 'MEMBER' }),
      await facilitator.client.request('mutation($m: ID!) { removeMember(membershipId: $m) }', { m: await idOf(other.userId) }),
      await facilitator.client.request(CHANGE_ROLE, { m: await idOf(member.userId), r: 'FACILITATOR' }),
      await facilitator.client.request('mutation($m: ID!) { removeMember(membershipId: $m) }', { m: await idOf(owner.userId) }),
    ];
    // The sole owner is checked first: nobody may remove them, whatever their role.
    expect(refused.map((r) => r.errors![0].extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'CONFLICT']);
    expect((await facilitator.client.request(CHANGE_ROLE, { m: await idOf(member.userId), r: 'OBSERVER' })).data!.changeMemberRole.role).toBe('OBSERVER');

    // What the facilitator is offered is what the server allows.
    const seen = (await facilitator.client.request(MEMBERS, { slug: community.slug })).data!.community;
    const offered = Object.fromEntries(seen.members.edges.map((e: any) => [e.node.user.id, [e.node.viewerCanGive, e.node.viewerCanRemove]]));
    expect(offered[other.userId]).toEqual([[], false]);
    expect(offered[owner.userId]).toEqual([[], false]);
    expect(offered[member.userId]).toEqual([['MEMBER'], true]);
    expect((await facilitator.client.request(APPOINTMENTS, { slug: community.slug })).errors![0].extensions!.code).toBe('FORBIDDEN');

    const log = (await owner.client.request(APPOINTMENTS, { slug: community.slug })).data!.community.appointments;
    expect(log.edges.map((e: any) => [e.node.actor.displayName, e.node.user.displayName, e.node.fromRole, e.node.toRole])).toEqual([
      ['Facilitatrice', 'Membro', 'MEMBER', 'OBSERVER'],
      ['Titolare', 'Altra Facilitatrice', 'MEMBER', 'FACILITATOR'],
      ['Titolare', 'Facilitatrice', 'MEMBER', 'FACILITATOR'],
    ]);
  });

  it('lets only the help desk’s owners and the admins appoint its experts', async () => {
    const expert = await signUpAs(hub, { istatCode: '015146' });
    await makeHelpDeskExpert(hub, expert.userId);
    const candidate = await signUpAs(hub);
    const [helpDesk] = await hub.orm.em.fork().execute(`select id from community where kind = 'HELP_DESK'`);
    const invite = { i: { communityId: helpDesk.id, email: candidate.input.email, role: 'FACILITATOR' } };
    expect((await expert.client.request(INVITE, invite)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const anci = await signUpAs(hub, { istatCode: '015146' });
    await hub.orm.em.fork().execute(`update app_user set platform_role = 'ADMIN' where id = ?`, [anci.userId]);
    expect((await anci.client.request(INVITE, invite)).data!.inviteMember).toEqual({ role: 'FACILITATOR', status: 'INVITED' });
  });
});
