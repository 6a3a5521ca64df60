import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestClient, type TestHub } from '../../../test/hub';
import { createCommunity, replyTo, signUpAs, startThread } from '../../../test/factories';

let hub: TestHub;
let owner: TestClient;
let member: TestClient;
let memberId: string;
let community: { id: string; slug: string };

beforeAll(async () => {
  hub = await startTestHub();
  owner = (await signUpAs(hub, { displayName: 'Giulia Ferrari' })).client;
  const joined = await signUpAs(hub, { displayName: 'Marco Rota', istatCode: '016226' });
  member = joined.client;
  memberId = joined.userId;
  community = await createCommunity(owner);
  await member.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
});
afterAll(() => hub.close());

const THREAD = `query($id: ID!) { thread(id: $id) {
  title replyCount pinned locked lastPost { id author { displayName } }
  posts { totalCount edges { node { id body deletedAt editedAt replyToId author { displayName }
    revisions { body } reactions { kind count viewerReacted } viewerCan { edit delete react } } } }
} }`;

describe('threads and posts', () => {
  it('keeps Markdown as written, raw HTML included, for the client to render without it', async () => {
    const body = '**Attenzione**: <script>alert(1)</script> vedi [circolare](https://example.org)';
    const thread = await startThread(member, community.id, { body });
    const read = await owner.request(THREAD, { id: thread.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.thread.posts.edges[0].node.body).toBe(body);
  });

  it('threads replies to posts and keeps the last activity', async () => {
    const thread = await startThread(member, community.id);
    const first = await replyTo(owner, thread.id, 'Prima risposta');
    const second = await replyTo(member, thread.id, 'Risposta alla prima', first.id);
    const read = await owner.request(THREAD, { id: thread.id });
    expect(read.data!.thread.replyCount).toBe(2);
    expect(read.data!.thread.lastPost).toEqual({ id: second.id, author: { displayName: 'Marco Rota' } });
    expect(read.data!.thread.posts.edges[2].node.replyToId).toBe(first.id);
    const elsewhere = await startThread(member, community.id);
    const wrongParent = await member.request('mutation($i: ReplyInput!) { reply(input: $i) { id } }', {
      i: { threadId: elsewhere.id, body: 'x', parentId: first.id },
    });
    expect(wrongParent.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('lets only the author edit, keeping the earlier text', async () => {
    const thread = await startThread(member, community.id, { body: 'Testo originale' });
    const postId = (await member.request(THREAD, { id: thread.id })).data!.thread.posts.edges[0].node.id;
    const byOther = await owner.request('mutation($p: ID!) { editPost(postId: $p, body: "altro") { id } }', { p: postId });
    expect(byOther.errors![0].extensions!.code).toBe('FORBIDDEN');
    await member.request('mutation($p: ID!) { editPost(postId: $p, body: "Testo corretto") { id } }', { p: postId });
    const post = (await owner.request(THREAD, { id: thread.id })).data!.thread.posts.edges[0].node;
    expect(post).toMatchObject({ body: 'Testo corretto', revisions: [{ body: 'Testo originale' }] });
    expect(post.editedAt).not.toBeNull();
  });

  it('deletes a post as a tombstone that keeps the thread readable', async () => {
    const thread = await startThread(member, community.id);
    const reply = await replyTo(member, thread.id, 'Messaggio da cancellare');
    await replyTo(owner, thread.id, 'Risposta che resta', reply.id);
    const deleted = await owner.request('mutation($p: ID!) { deletePost(postId: $p) { body deletedAt } }', { p: reply.id });
    expect(deleted.data!.deletePost.body).toBeNull();
    const read = await member.request(THREAD, { id: thread.id });
    expect(read.data!.thread.replyCount).toBe(1);
    const [, tombstone, kept] = read.data!.thread.posts.edges.map((e: any) => e.node);
    expect(tombstone).toMatchObject({ id: reply.id, body: null, revisions: [], viewerCan: { edit: false, delete: false } });
    expect(kept).toMatchObject({ body: 'Risposta che resta', replyToId: reply.id });
    expect(JSON.stringify(read)).not.toContain('Messaggio da cancellare');
  });

  it('counts reactions from the small fixed set, once per person and kind, never on one’s own post', async () => {
    const thread = await startThread(member, community.id);
    const postId = (await member.request(THREAD, { id: thread.id })).data!.thread.posts.edges[0].node.id;
    await owner.request('mutation($p: ID!) { react(postId: $p, kind: THANKS) { id } }', { p: postId });
    await owner.request('mutation($p: ID!) { react(postId: $p, kind: THANKS) { id } }', { p: postId });
    const own = await member.request('mutation($p: ID!) { react(postId: $p, kind: LIKE) { id } }', { p: postId });
    expect(own.errors![0].extensions!.code).toBe('FORBIDDEN');
    const read = await owner.request(THREAD, { id: thread.id });
    expect(read.data!.thread.posts.edges[0].node.reactions).toEqual([{ kind: 'THANKS', count: 1, viewerReacted: true }]);
    await owner.request('mutation($p: ID!) { unreact(postId: $p, kind: THANKS) { id } }', { p: postId });
    expect((await owner.request(THREAD, { id: thread.id })).data!.thread.posts.edges[0].node.reactions).toEqual([]);
    const bad = await owner.request('mutation($p: ID!) { react(postId: $p, kind: ANGRY) { id } }', { p: postId });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('notifies mentioned members, and not a mentioned person who may not read the thread', async () => {
    const { userId: outsiderId, client: outsider } = await signUpAs(hub, { displayName: 'Esterno' });
    const privateCommunity = await createCommunity(owner, { visibility: 'PRIVATE' });
    await owner.request('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', {
      i: { communityId: privateCommunity.id, email: (await member.request('{ me { email } }')).data!.me.email },
    });
    await member.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: privateCommunity.id });
    await startThread(owner, privateCommunity.id, {
      title: 'Riunione riservata',
      body: `Ciao @[Marco Rota](user:${memberId}) e @[Esterno](user:${outsiderId})`,
    });
    const mentioned = await member.request('{ notifications { edges { node { kind thread { title } } } } }');
    expect(mentioned.data!.notifications.edges.map((e: any) => e.node)).toContainEqual({ kind: 'MENTION', thread: { title: 'Riunione riservata' } });
    const notMentioned = await outsider.request('{ unreadNotificationCount }');
    expect(notMentioned.data!.unreadNotificationCount).toBe(0);
  });

  it('marks notifications read, one or all', async () => {
    const thread = await startThread(member, community.id);
    await replyTo(owner, thread.id, 'uno');
    await replyTo(owner, thread.id, 'due');
    const { data } = await member.request('{ unreadNotificationCount notifications(unreadOnly: true) { edges { node { id kind } } } }');
    expect(data!.unreadNotificationCount).toBeGreaterThanOrEqual(2);
    await member.request('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [data!.notifications.edges[0].node.id] });
    expect((await member.request('{ unreadNotificationCount }')).data!.unreadNotificationCount).toBe(data!.unreadNotificationCount - 1);
    await member.request('mutation { markNotificationsRead }');
    expect((await member.request('{ unreadNotificationCount }')).data!.unreadNotificationCount).toBe(0);
  });

  it('lets facilitators announce, pin and lock; members reply to a locked thread no more', async () => {
    const announce = await member.request('mutation($i: StartThreadInput!) { startThread(input: $i) { id } }', {
      i: { communityId: community.id, kind: 'ANNOUNCEMENT', title: 'Avviso non autorizzato', body: 'x' },
    });
    expect(announce.errors![0].extensions!.code).toBe('FORBIDDEN');
    const thread = await startThread(member, community.id, { title: 'Da bloccare e fissare' });
    expect((await member.request('mutation($t: ID!) { setThreadPinned(threadId: $t, pinned: true) { id } }', { t: thread.id })).errors![0].extensions!.code).toBe('FORBIDDEN');
    await owner.request('mutation($t: ID!) { setThreadPinned(threadId: $t, pinned: true) { id } }', { t: thread.id });
    await owner.request('mutation($t: ID!) { setThreadLocked(threadId: $t, locked: true) { id } }', { t: thread.id });
    const refused = await member.request('mutation($i: ReplyInput!) { reply(input: $i) { id } }', { i: { threadId: thread.id, body: 'ancora' } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    await replyTo(owner, thread.id, 'Il facilitatore può ancora scrivere');
    const list = await member.request('query($s: String!) { community(slug: $s) { threads(first: 1) { edges { node { title pinned locked } } } } }', { s: community.slug });
    expect(list.data!.community.threads.edges[0].node).toEqual({ title: 'Da bloccare e fissare', pinned: true, locked: true });
  });

  it('refuses an empty or oversized post naming the field', async () => {
    const thread = await startThread(member, community.id);
    const empty = await member.request('mutation($i: ReplyInput!) { reply(input: $i) { id } }', { i: { threadId: thread.id, body: '' } });
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const huge = await member.request('mutation($i: ReplyInput!) { reply(input: $i) { id } }', { i: { threadId: thread.id, body: 'x'.repeat(20_001) } });
    expect(huge.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'tooLong' });
  });
});

describe('cost in SQL statements', () => {
  const THREAD_LIST = `query($s: String!, $n: Int) { community(slug: $s) { threads(first: $n) { totalCount edges { node {
    title replyCount lastActivityAt viewerCan { reply moderate }
    author { displayName organization { name province } }
    lastPost { createdAt author { displayName organization { name } } }
  } } } } }`;

  /** Statements of a request once the viewer's session is cached (as it is after their first request). */
  async function statementsFor(client: TestClient, query: string, variables: Record<string, unknown>) {
    await client.request('{ me { id } }');
    hub.resetSqlLog();
    const result = await client.request(query, variables);
    expect(result.errors).toBeUndefined();
    return { count: hub.sql.length, data: result.data! };
  }

  it('lists 20 threads with authors, comuni, counts and last posts in as many statements as 5', async () => {
    const busy = await createCommunity(owner);
    const authors: TestClient[] = [owner];
    for (const istatCode of ['016024', '015146', '017029', '013041']) {
      const { client } = await signUpAs(hub, { istatCode });
      await client.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: busy.id });
      authors.push(client);
    }
    for (let i = 0; i < 20; i++) {
      const thread = await startThread(authors[i % authors.length], busy.id, { title: `Discussione numero ${i}` });
      await replyTo(authors[(i + 1) % authors.length], thread.id, 'una risposta');
    }
    const five = await statementsFor(member, THREAD_LIST, { s: busy.slug, n: 5 });
    const twenty = await statementsFor(member, THREAD_LIST, { s: busy.slug, n: 20 });
    expect(twenty.data.community.threads.edges).toHaveLength(20);
    expect(twenty.count).toBe(five.count);
    // The community with the viewer's membership; the page with its people and last posts.
    expect(twenty.count).toBe(2);
  });

  it('answers a community by its slug in one statement, the session read once for many requests', async () => {
    const { client } = await signUpAs(hub);
    const header = 'query($s: String!) { community(slug: $s) { id name memberCount viewerCan { read join } viewerMembership { role } } }';
    hub.resetSqlLog();
    await client.request(header, { s: community.slug });
    // After sign-up the session is read once (the person, their organisation, the session)…
    expect(hub.sql).toHaveLength(2);
    // …and then answers from memory until the person's rights change.
    expect((await statementsFor(client, header, { s: community.slug })).count).toBe(1);
  });

  it('reads a thread of 50 posts with authors, comuni, reactions and rights in as many statements as 5', async () => {
    const thread = await startThread(owner, community.id, { title: 'Discussione lunga' });
    const { client: other } = await signUpAs(hub, { istatCode: '016024' });
    await other.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    for (let i = 0; i < 49; i++) {
      const reply = await replyTo(i % 2 ? member : other, thread.id, `Risposta ${i}`);
      // Some edited posts: their earlier texts are read in one batch too.
      if (i % 5 === 0) await (i % 2 ? member : other).request('mutation($p: ID!) { editPost(postId: $p, body: "corretto") { id } }', { p: reply.id });
    }
    const POSTS = `query($id: ID!, $n: Int) { thread(id: $id) { title posts(first: $n) { edges { node {
      body createdAt author { displayName organization { name } } reactions { kind count } revisions { body }
      viewerCan { edit delete react accept }
    } } } } }`;
    const five = await statementsFor(owner, POSTS, { id: thread.id, n: 5 });
    const fifty = await statementsFor(owner, POSTS, { id: thread.id, n: 50 });
    expect(fifty.data.thread.posts.edges).toHaveLength(50);
    expect(fifty.count).toBe(five.count);
    // The thread with its community and the viewer's membership; the page with its people and
    // reactions; the earlier texts of the edited posts.
    expect(fifty.count).toBe(3);
  });
});
