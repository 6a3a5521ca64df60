import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestClient, type TestHub } from '../../test/hub';
import { createCommunity, makeHelpDeskExpert, replyTo, signUpAs, startThread } from '../../test/factories';
import { eventually, LiveClient } from '../../test/sockets';

/**
 * When who may read a scope changes, sockets already in its room are authorized again. Each test
 * ends with a marker event in a room the client may still read: once it has arrived, anything
 * forbidden sent before it would have arrived too, so "nothing forbidden" is shown, not assumed.
 */
let hub: TestHub;
const live: LiveClient[] = [];

function liveClient(client: TestClient) {
  const socket = new LiveClient(hub.url, client);
  live.push(socket);
  return socket;
}

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  live.forEach((socket) => socket.close());
  await hub.close();
});

const HELP_DESK = '{ helpDesk { id members { edges { node { id user { id } } } } } }';
const ASK = 'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }';
const CHANGE_ROLE = 'mutation($m: ID!, $r: MemberRole!) { changeMemberRole(membershipId: $m, role: $r) { id role } }';
const THREAD = 'query($id: ID!) { thread(id: $id) { id } }';

/** Everything the socket got from `scope` after the index `from`: events, typing and presence. */
function receivedFrom(socket: LiveClient, scope: string, from: { events: number; typing: number; presence: number }) {
  return [
    ...socket.received.slice(from.events).filter((e) => e.scope === scope),
    ...socket.typing.slice(from.typing).filter((t) => t.scope === scope),
    ...socket.presence.slice(from.presence).filter((p) => p.scope === scope),
  ];
}

const mark = (socket: LiveClient) => ({ events: socket.received.length, typing: socket.typing.length, presence: socket.presence.length });

describe('rooms follow rights', () => {
  it('stops a help desk expert demoted mid-subscription from hearing a private question', async () => {
    const asker = await signUpAs(hub, { displayName: 'Marco Rota' });
    // The experts work for ANCI in Milano, not for the asking comune (whose officials read its questions).
    const expert = await signUpAs(hub, { displayName: 'Esperta Declassata', istatCode: '015146' });
    const lead = await signUpAs(hub, { displayName: 'Esperto Capo', istatCode: '015146' });
    await makeHelpDeskExpert(hub, expert.userId);
    await makeHelpDeskExpert(hub, lead.userId);
    // Experts are appointed (and demoted) by ANCI's admins, not by each other.
    await hub.orm.em.fork().execute(`update app_user set platform_role = 'ADMIN' where id = ?`, [lead.userId]);
    const asked = await asker.client.request(ASK, { i: { title: 'Variante al PGT riservata', body: 'Testo riservato', visibility: 'PRIVATE', tags: [] } });
    const threadId = asked.data!.askQuestion.id as string;
    const scope = `thread:${threadId}`;
    const helpDesk = (await lead.client.request(HELP_DESK)).data!.helpDesk;
    const helpDeskScope = `community:${helpDesk.id}`;

    const expertSocket = liveClient(expert.client);
    expect(await expertSocket.subscribe(scope, null)).toMatchObject({ ok: true });
    expect(await expertSocket.subscribe(helpDeskScope, null)).toMatchObject({ ok: true });
    const askerSocket = liveClient(asker.client);
    await askerSocket.subscribe(scope, null);
    await eventually(() => expertSocket.presence.some((p) => p.scope === scope && p.users.length === 2));
    const unsubscribed: unknown[] = [];
    expertSocket.socket.on('unsubscribed', (message) => unsubscribed.push(message));

    const membershipId = helpDesk.members.edges.find((e: any) => e.node.user.id === expert.userId).node.id;
    expect((await lead.client.request(CHANGE_ROLE, { m: membershipId, r: 'MEMBER' })).data!.changeMemberRole.role).toBe('MEMBER');
    await eventually(() => unsubscribed.length > 0);
    expect(unsubscribed).toEqual([{ scope, reason: 'FORBIDDEN' }]);
    expect((await expert.client.request(THREAD, { id: threadId })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const from = mark(expertSocket);

    // What the expert may no longer hear: typing, a reply, and the room's presence changing.
    askerSocket.socket.emit('typing', { scope, typing: true });
    await replyTo(asker.client, threadId, 'Aggiungo un dettaglio riservato');
    const leadSocket = liveClient(lead.client);
    await leadSocket.subscribe(scope, null);
    await eventually(() => askerSocket.presence.some((p) => p.scope === scope && p.users.some((u) => u.displayName === 'Esperto Capo')));

    // The marker: a public question in the help desk, which the expert still reads as a member.
    await startThread(asker.client, helpDesk.id, { kind: 'QUESTION', title: 'Domanda pubblica di controllo', visibility: 'PUBLIC' });
    await eventually(() => expertSocket.received.slice(from.events).some((e) => e.scope === helpDeskScope && e.type === 'thread.created'));
    expect(receivedFrom(expertSocket, scope, from)).toEqual([]);
    // The others no longer see the demoted expert here.
    expect(askerSocket.presence.filter((p) => p.scope === scope).at(-1)!.users.map((u) => u.displayName).sort()).toEqual(['Esperto Capo', 'Marco Rota']);
  });

  it('stops non-members in a community’s rooms from hearing it once it turns private', async () => {
    const { client: owner } = await signUpAs(hub, { displayName: 'Giulia Ferrari' });
    const community = await createCommunity(owner);
    const thread = await startThread(owner, community.id);
    const outsider = await signUpAs(hub, { displayName: 'Curioso di Passaggio' });
    const ownCommunity = await createCommunity(outsider.client);
    const socket = liveClient(outsider.client);
    const ownerSocket = liveClient(owner);
    for (const scope of [`community:${community.id}`, `thread:${thread.id}`, `community:${ownCommunity.id}`]) {
      expect(await socket.subscribe(scope, null)).toMatchObject({ ok: true });
    }
    await ownerSocket.subscribe(`thread:${thread.id}`, null);
    const update = 'mutation($id: ID!, $i: UpdateCommunityInput!) { updateCommunity(id: $id, input: $i) { visibility } }';
    expect((await owner.request(update, { id: community.id, i: { visibility: 'PRIVATE' } })).data!.updateCommunity.visibility).toBe('PRIVATE');
    const from = mark(socket);

    await startThread(owner, community.id, { title: 'Ora riservata' });
    ownerSocket.socket.emit('typing', { scope: `thread:${thread.id}`, typing: true });
    await replyTo(owner, thread.id, 'Solo per i membri');
    // The marker, in the outsider's own community.
    await startThread(outsider.client, ownCommunity.id, { title: 'Marcatore' });
    await eventually(() => socket.received.slice(from.events).some((e) => e.scope === `community:${ownCommunity.id}`));
    expect(receivedFrom(socket, `community:${community.id}`, from)).toEqual([]);
    expect(receivedFrom(socket, `thread:${thread.id}`, from)).toEqual([]);
    // And the room refuses them from now on, as GraphQL does.
    expect(await socket.subscribe(`community:${community.id}`, null)).toEqual({ ok: false, reason: 'FORBIDDEN' });
  });

  it('keeps a member of a public community who is removed in its rooms, as they may still read it', async () => {
    const { client: owner } = await signUpAs(hub);
    const community = await createCommunity(owner);
    const member = await signUpAs(hub);
    await member.client.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    const socket = liveClient(member.client);
    await socket.subscribe(`community:${community.id}`, null);
    const [membership] = await hub.orm.em.fork().execute('select id from membership where user_id = ?', [member.userId]);
    await owner.request('mutation($m: ID!) { removeMember(membershipId: $m) }', { m: membership.id });
    await startThread(owner, community.id, { title: 'Ancora pubblica' });
    await eventually(() => socket.received.some((e) => e.type === 'thread.created'));
  });

  it('closes the sockets of a revoked session on the next check, and refuses its subscriptions', async () => {
    const person = await signUpAs(hub);
    const second = hub.client();
    await second.request('mutation($i: SignInInput!) { signIn(input: $i) { id } }', { i: { email: person.input.email, password: person.input.password } });
    const socket = liveClient(second);
    await socket.connected();
    const sessions = await person.client.request('{ mySessions { id current } }');
    const other = sessions.data!.mySessions.find((s: any) => !s.current).id;
    const closed = new Promise((resolve) => socket.socket.once('disconnect', resolve));
    await person.client.request('mutation($id: ID!) { revokeSession(id: $id) }', { id: other });
    await closed;
  });
});
