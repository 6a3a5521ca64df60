import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/hub';
import { createCommunity, signUpAs, startThread } from '../../../test/factories';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const COMMUNITY = `query($slug: String!) { community(slug: $slug) {
  id name memberCount viewerMembership { role status }
  viewerCan { read join requestToJoin leave startThread moderate manageMembers }
} }`;
const MEMBERS = `query($slug: String!, $status: MembershipStatus) { community(slug: $slug) {
  members(status: $status) { totalCount edges { node { id role status user { displayName jobTitle organization { name } } } } }
} }`;

describe('communities', () => {
  it('makes the creator its owner and derives the address from the name', async () => {
    const { client } = await signUpAs(hub);
    const created = await client.request(
      'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { slug memberCount themes viewerMembership { role } } }',
      { input: { name: 'Comunità Energetiche Rinnovabili', description: 'CER nei comuni', themes: ['AMBIENTE'], visibility: 'PUBLIC' } },
    );
    expect(created.data!.createCommunity).toEqual({
      slug: 'comunita-energetiche-rinnovabili',
      memberCount: 1,
      themes: ['AMBIENTE'],
      viewerMembership: { role: 'OWNER' },
    });
    const taken = await client.request(
      'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }',
      { input: { name: 'Comunità Energetiche Rinnovabili', description: '', themes: [], visibility: 'PUBLIC' } },
    );
    expect(taken.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug', reason: 'taken' });
  });

  it('lets anyone join a public community, and shows each member with comune and job title', async () => {
    const { client: owner } = await signUpAs(hub, { displayName: 'Giulia Ferrari' });
    const community = await createCommunity(owner);
    const { client: official } = await signUpAs(hub, { displayName: 'Marco Rota', istatCode: '016226' });
    const joined = await official.request('mutation($id: ID!) { joinCommunity(communityId: $id) { role status } }', { id: community.id });
    expect(joined.data!.joinCommunity).toEqual({ role: 'MEMBER', status: 'ACTIVE' });
    const members = await official.request(MEMBERS, { slug: community.slug });
    expect(members.data!.community.members.totalCount).toBe(2);
    expect(members.data!.community.members.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({ role: 'MEMBER', user: { displayName: 'Marco Rota', jobTitle: 'Responsabile ufficio tecnico', organization: { name: 'Valleve' } } }),
    );
    const view = await official.request(COMMUNITY, { slug: community.slug });
    expect(view.data!.community).toMatchObject({ memberCount: 2, viewerCan: { join: false, leave: true, startThread: true, moderate: false } });
  });

  it('hides a private community’s threads and members from non-members, who may still ask to join', async () => {
    const { client: owner, userId: ownerId } = await signUpAs(hub);
    const community = await createCommunity(owner, { visibility: 'PRIVATE' });
    const thread = await startThread(owner, community.id, { title: 'Bozza di convenzione riservata' });
    const { client: outsider } = await signUpAs(hub, { istatCode: '016024' });

    const view = await outsider.request(COMMUNITY, { slug: community.slug });
    expect(view.data!.community.viewerCan).toMatchObject({ read: false, join: false, requestToJoin: true });
    const members = await outsider.request(MEMBERS, { slug: community.slug });
    expect(members.errors![0].extensions!.code).toBe('NOT_FOUND');
    const threads = await outsider.request('query($s: String!) { community(slug: $s) { threads { totalCount } } }', { s: community.slug });
    expect(threads.errors![0].extensions!.code).toBe('NOT_FOUND');
    const direct = await outsider.request('query($id: ID!) { thread(id: $id) { title } }', { id: thread.id });
    expect(direct.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(JSON.stringify(direct)).not.toContain('riservata');
    const join = await outsider.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    expect(join.errors![0].extensions!.code).toBe('FORBIDDEN');

    const request = await outsider.request('mutation($id: ID!) { requestToJoinCommunity(communityId: $id) { id status } }', { id: community.id });
    expect(request.data!.requestToJoinCommunity.status).toBe('REQUESTED');
    const notified = await owner.request('{ notifications { edges { node { kind community { id } } } } }');
    expect(notified.data!.notifications.edges[0].node).toEqual({ kind: 'JOIN_REQUEST', community: { id: community.id } });

    const pending = await owner.request(MEMBERS, { slug: community.slug, status: 'REQUESTED' });
    const requestId = pending.data!.community.members.edges[0].node.id;
    const byOutsider = await outsider.request('mutation($m: ID!) { decideJoinRequest(membershipId: $m, approve: true) { id } }', { m: requestId });
    expect(byOutsider.errors![0].extensions!.code).toBe('NOT_FOUND');
    const approved = await owner.request('mutation($m: ID!) { decideJoinRequest(membershipId: $m, approve: true) { status } }', { m: requestId });
    expect(approved.data!.decideJoinRequest.status).toBe('ACTIVE');
    const now = await outsider.request('query($id: ID!) { thread(id: $id) { title } }', { id: thread.id });
    expect(now.data!.thread.title).toBe('Bozza di convenzione riservata');
    const approval = await outsider.request('{ notifications { edges { node { kind actor { id } } } } }');
    expect(approval.data!.notifications.edges[0].node).toEqual({ kind: 'JOIN_APPROVED', actor: { id: ownerId } });
  });

  it('forgets a declined request, so the person may ask again', async () => {
    const { client: owner } = await signUpAs(hub);
    const community = await createCommunity(owner, { visibility: 'PRIVATE' });
    const { client: outsider } = await signUpAs(hub);
    const request = await outsider.request('mutation($id: ID!) { requestToJoinCommunity(communityId: $id) { id } }', { id: community.id });
    await owner.request('mutation($m: ID!) { decideJoinRequest(membershipId: $m, approve: false) { id } }', { m: request.data!.requestToJoinCommunity.id });
    const again = await outsider.request(COMMUNITY, { slug: community.slug });
    expect(again.data!.community.viewerMembership).toBeNull();
    expect(again.data!.community.viewerCan.requestToJoin).toBe(true);
  });

  it('invites an existing person by email, who accepts by joining', async () => {
    const { client: owner } = await signUpAs(hub);
    const community = await createCommunity(owner, { visibility: 'PRIVATE' });
    const { client: invitee, input } = await signUpAs(hub);
    const invited = await owner.request('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { status role } }', {
      i: { communityId: community.id, email: input.email.toUpperCase(), role: 'OBSERVER' },
    });
    expect(invited.data!.inviteMember).toEqual({ status: 'INVITED', role: 'OBSERVER' });
    const unknown = await owner.request('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', {
      i: { communityId: community.id, email: 'nessuno@comune.example.it' },
    });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const accepted = await invitee.request('mutation($id: ID!) { joinCommunity(communityId: $id) { status role } }', { id: community.id });
    expect(accepted.data!.joinCommunity).toEqual({ status: 'ACTIVE', role: 'OBSERVER' });
    const observer = await invitee.request(COMMUNITY, { slug: community.slug });
    expect(observer.data!.community.viewerCan).toMatchObject({ read: true, startThread: false });
    const post = await invitee.request('mutation($i: StartThreadInput!) { startThread(input: $i) { id } }', {
      i: { communityId: community.id, kind: 'DISCUSSION', title: 'Un osservatore scrive', body: 'testo' },
    });
    expect(post.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('keeps at least one owner: the last owner can neither leave nor be demoted', async () => {
    const { client: owner } = await signUpAs(hub);
    const community = await createCommunity(owner);
    const leave = await owner.request('mutation($id: ID!) { leaveCommunity(communityId: $id) }', { id: community.id });
    expect(leave.errors![0].extensions!.code).toBe('CONFLICT');
    const { client: member } = await signUpAs(hub);
    await member.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    const members = await owner.request(MEMBERS, { slug: community.slug });
    const ownMembership = members.data!.community.members.edges.find((e: any) => e.node.role === 'OWNER').node.id;
    const memberMembership = members.data!.community.members.edges.find((e: any) => e.node.role === 'MEMBER').node.id;
    const demote = await owner.request('mutation($m: ID!) { changeMemberRole(membershipId: $m, role: MEMBER) { id } }', { m: ownMembership });
    expect(demote.errors![0].extensions!.code).toBe('CONFLICT');
    const promote = await owner.request('mutation($m: ID!) { changeMemberRole(membershipId: $m, role: OWNER) { role } }', { m: memberMembership });
    expect(promote.data!.changeMemberRole.role).toBe('OWNER');
    const left = await owner.request('mutation($id: ID!) { leaveCommunity(communityId: $id) }', { id: community.id });
    expect(left.data!.leaveCommunity).toBe(true);
    const after = await member.request(COMMUNITY, { slug: community.slug });
    expect(after.data!.community.memberCount).toBe(1);
  });

  it('lets facilitators manage members but only owners make owners', async () => {
    const { client: owner } = await signUpAs(hub);
    const community = await createCommunity(owner);
    const { client: facilitator } = await signUpAs(hub);
    const { client: member } = await signUpAs(hub);
    await facilitator.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    await member.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    const members = (await owner.request(MEMBERS, { slug: community.slug })).data!.community.members.edges.map((e: any) => e.node);
    const [facilitatorId, memberId] = members.filter((m: any) => m.role === 'MEMBER').map((m: any) => m.id);
    await owner.request('mutation($m: ID!) { changeMemberRole(membershipId: $m, role: FACILITATOR) { id } }', { m: facilitatorId });
    const toObserver = await facilitator.request('mutation($m: ID!) { changeMemberRole(membershipId: $m, role: OBSERVER) { role } }', { m: memberId });
    expect(toObserver.data!.changeMemberRole.role).toBe('OBSERVER');
    const toOwner = await facilitator.request('mutation($m: ID!) { changeMemberRole(membershipId: $m, role: OWNER) { role } }', { m: memberId });
    expect(toOwner.errors![0].extensions!.code).toBe('FORBIDDEN');
    const byMember = await member.request('mutation($m: ID!) { removeMember(membershipId: $m) }', { m: facilitatorId });
    expect(byMember.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('lists communities by search, theme and membership, the help desk first', async () => {
    const { client } = await signUpAs(hub);
    await createCommunity(client, { name: 'Digitalizzazione dei servizi comunali', themes: ['DIGITALIZZAZIONE'] });
    const all = await client.request('{ communities(first: 100) { edges { node { name kind } } } }');
    expect(all.data!.communities.edges[0].node.kind).toBe('HELP_DESK');
    const byTheme = await client.request('{ communities(theme: "DIGITALIZZAZIONE") { edges { node { name } } } }');
    expect(byTheme.data!.communities.edges.map((e: any) => e.node.name)).toEqual(['Digitalizzazione dei servizi comunali']);
    const bySearch = await client.request('{ communities(search: "servizio comunale") { edges { node { name } } } }');
    expect(bySearch.data!.communities.edges.map((e: any) => e.node.name)).toContain('Digitalizzazione dei servizi comunali');
    const mine = await client.request('{ communities(mine: true) { totalCount } }');
    expect(mine.data!.communities.totalCount).toBe(1);
  });
});
