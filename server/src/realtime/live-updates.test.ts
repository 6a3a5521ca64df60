import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestClient, type TestHub } from '../../test/hub';
import { createCommunity, replyTo, signUpAs, startThread } from '../../test/factories';
import { eventually, LiveClient, settle } from '../../test/sockets';

let hub: TestHub;
let owner: TestClient;
const live: LiveClient[] = [];

function liveClient(client: TestClient) {
  const socket = new LiveClient(hub.url, client);
  live.push(socket);
  return socket;
}

beforeAll(async () => {
  hub = await startTestHub();
  owner = (await signUpAs(hub, { displayName: 'Giulia Ferrari' })).client;
});
afterAll(async () => {
  live.forEach((socket) => socket.close());
  await hub.close();
});

async function joinedMember(communityId: string, displayName = 'Marco Rota') {
  const member = await signUpAs(hub, { displayName });
  await member.client.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: communityId });
  return member;
}

describe('live updates', () => {
  it('delivers a community’s new threads in order, numbered without gaps', async () => {
    const community = await createCommunity(owner);
    const { client } = await joinedMember(community.id);
    const socket = liveClient(client);
    const scope = `community:${community.id}`;
    expect(await socket.subscribe(scope, null)).toMatchObject({ ok: true });
    for (let i = 0; i < 10; i++) await startThread(owner, community.id, { title: `Discussione in diretta ${i}` });
    await eventually(() => socket.seqs(scope).length === 10);
    // Sequence 1 was the member joining, before the socket subscribed.
    expect(socket.seqs(scope)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(socket.received.map((e) => e.type)).toEqual(Array(10).fill('thread.created'));
    expect(JSON.stringify(socket.received)).not.toContain('Discussione in diretta');
  });

  it('catches a client up exactly after a forced disconnect while posts keep coming', async () => {
    const community = await createCommunity(owner);
    const thread = await startThread(owner, community.id);
    const scope = `thread:${thread.id}`;
    const readers = await Promise.all([1, 2, 3].map(async (i) => liveClient((await joinedMember(community.id, `Lettore ${i}`)).client)));
    for (const reader of readers) await reader.subscribe(scope, 0);
    const writing = (async () => {
      for (let i = 0; i < 30; i++) await replyTo(owner, thread.id, `messaggio ${i}`);
    })();
    await eventually(() => readers[0].seqs(scope).length >= 5);
    readers[0].socket.disconnect();
    await eventually(() => readers[1].seqs(scope).length >= 15);
    readers[1].socket.disconnect();
    await settle(100);
    await readers[0].resume([scope]);
    await readers[1].resume([scope]);
    await writing;
    // 30 replies, each one post.created and one thread.updated on the thread's scope.
    const expected = Array.from({ length: 60 }, (_, i) => i + 1);
    for (const reader of readers) {
      await eventually(() => reader.seqs(scope).length === 60);
      expect(reader.seqs(scope)).toEqual(expected);
    }
  });

  it('replays a scope from a sequence number, and asks for a refetch when events were dropped', async () => {
    const community = await createCommunity(owner);
    const scope = `community:${community.id}`;
    for (let i = 0; i < 3; i++) await startThread(owner, community.id);
    const socket = liveClient(owner);
    expect(await socket.subscribe(scope, 1)).toEqual({ ok: true, replayed: 2, lastSeq: 3 });
    expect(socket.seqs(scope)).toEqual([2, 3]);
    await hub.orm.em.fork().execute('delete from event where scope = ? and seq = 1', [scope]);
    const late = liveClient(owner);
    expect(await late.subscribe(scope, 0)).toEqual({ ok: true, resync: true, lastSeq: 3 });
    expect(late.received).toEqual([]);
  });

  it('refuses an unauthorized scope with a reason and no data', async () => {
    const community = await createCommunity(owner, { visibility: 'PRIVATE' });
    const thread = await startThread(owner, community.id, { title: 'Riservato' });
    const { client: outsider, userId: outsiderId } = await signUpAs(hub);
    const socket = liveClient(outsider);
    expect(await socket.subscribe(`community:${community.id}`, 0)).toEqual({ ok: false, reason: 'FORBIDDEN' });
    expect(await socket.subscribe(`thread:${thread.id}`, 0)).toEqual({ ok: false, reason: 'FORBIDDEN' });
    expect(await socket.subscribe(`user:${(await signUpAs(hub)).userId}`, 0)).toEqual({ ok: false, reason: 'FORBIDDEN' });
    expect(await socket.subscribe('community:not-an-id', 0)).toEqual({ ok: false, reason: 'BAD_SCOPE' });
    await replyTo(owner, thread.id, 'ancora riservato');
    await settle();
    expect(socket.received).toEqual([]);
    expect(socket.presence).toEqual([]);
    void outsiderId;
  });

  it('takes a removed member out of a private community’s rooms at once', async () => {
    const community = await createCommunity(owner, { visibility: 'PRIVATE' });
    const thread = await startThread(owner, community.id);
    const member = await signUpAs(hub, { displayName: 'Marco Rota' });
    await owner.request('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { communityId: community.id, email: member.input.email } });
    await member.client.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    const socket = liveClient(member.client);
    await socket.subscribe(`community:${community.id}`, null);
    await socket.subscribe(`thread:${thread.id}`, null);
    const members = await owner.request('query($s: String!) { community(slug: $s) { members { edges { node { id role } } } } }', { s: community.slug });
    const membershipId = members.data!.community.members.edges.find((e: any) => e.node.role === 'MEMBER').node.id;
    await owner.request('mutation($m: ID!) { removeMember(membershipId: $m) }', { m: membershipId });
    await eventually(() => socket.received.some((e) => e.type === 'member.left'));
    const before = socket.received.length;
    await startThread(owner, community.id);
    await replyTo(owner, thread.id, 'dopo la rimozione');
    await settle();
    expect(socket.received.slice(before).filter((e) => e.scope !== `user:${member.userId}`)).toEqual([]);
  });

  it('shows who is here only to members of the room, and typing to the others in a thread', async () => {
    const community = await createCommunity(owner, { visibility: 'PRIVATE' });
    const thread = await startThread(owner, community.id);
    const ownerSocket = liveClient(owner);
    await ownerSocket.subscribe(`thread:${thread.id}`, null);
    const { client: outsider } = await signUpAs(hub, { displayName: 'Curioso' });
    const outsiderSocket = liveClient(outsider);
    await outsiderSocket.subscribe(`thread:${thread.id}`, null);
    await eventually(() => ownerSocket.presence.length > 0);
    expect(ownerSocket.presence.at(-1)!.users.map((u) => u.displayName)).toEqual(['Giulia Ferrari']);
    expect(outsiderSocket.presence).toEqual([]);

    const second = liveClient(owner);
    await second.subscribe(`thread:${thread.id}`, null);
    second.socket.emit('typing', { scope: `thread:${thread.id}`, typing: true });
    outsiderSocket.socket.emit('typing', { scope: `thread:${thread.id}`, typing: true });
    await eventually(() => ownerSocket.typing.length > 0);
    await settle();
    expect(ownerSocket.typing).toHaveLength(1);
    expect(second.typing).toEqual([]);
  });

  it('brings notifications live to the person’s own room', async () => {
    const community = await createCommunity(owner);
    const member = await joinedMember(community.id);
    const socket = liveClient(member.client);
    const thread = await startThread(member.client, community.id);
    await replyTo(owner, thread.id, 'Ti rispondo');
    await eventually(() => socket.received.some((e) => e.type === 'notification.created'));
    expect(socket.received.find((e) => e.type === 'notification.created')!.payload).toMatchObject({ kind: 'REPLY', threadId: thread.id });
  });

  it('disconnects a client that floods the server, and only that one', async () => {
    const { client } = await signUpAs(hub);
    const flooder = liveClient(client);
    const calm = liveClient(owner);
    await flooder.connected();
    await calm.connected();
    const closed = new Promise((resolve) => flooder.socket.once('disconnect', resolve));
    for (let i = 0; i < 80; i++) flooder.socket.emit('ping');
    await closed;
    expect(await calm.socket.timeout(2000).emitWithAck('ping')).toMatchObject({ pong: true });
  });

  it('closes the connection of a client that sends an oversized message', async () => {
    const { client } = await signUpAs(hub);
    const socket = liveClient(client);
    await socket.connected();
    const closed = new Promise((resolve) => socket.socket.once('disconnect', resolve));
    socket.socket.emit('typing', { scope: 'x'.repeat(20_000), typing: true });
    await closed;
  });

  it('closes the sockets of a session that signs out', async () => {
    const { client } = await signUpAs(hub);
    const socket = liveClient(client);
    await socket.connected();
    const closed = new Promise((resolve) => socket.socket.once('disconnect', resolve));
    await client.request('mutation { signOut }');
    await closed;
  });
});
