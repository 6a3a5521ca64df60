import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestClient, type TestHub } from '../../../test/hub';
import { makeHelpDeskExpert, organizationIdOf, signUpAs } from '../../../test/factories';
import { eventually, LiveClient } from '../../../test/sockets';

let hub: TestHub;
const sockets: LiveClient[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await hub.close();
});

const ASK = 'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }';
const THREAD = 'query($id: ID!) { thread(id: $id) { id title viewerCan { reopen reply } } }';
const SEARCH = 'query($q: String!) { search(query: $q) { edges { node { type threadId } } } }';
const HELP_DESK_THREADS = '{ helpDesk { threads(first: 100) { edges { node { id } } } } }';
const ME = '{ me { affiliationStatus referente organization { name } } }';
const REQUESTS = '{ affiliationRequests { totalCount edges { node { id displayName affiliationStatus } } } }';
const DECIDE = 'mutation($u: ID!, $a: Boolean!) { decideAffiliation(userId: $u, approve: $a) { id affiliationStatus } }';
const NOTIFICATIONS = '{ notifications { edges { node { kind } } } }';

async function makeReferente(userId: string) {
  await hub.orm.em.fork().execute('update app_user set referente = true where id = ?', [userId]);
}

async function askPrivately(client: TestClient, title: string): Promise<string> {
  const asked = await client.request<{ askQuestion: { id: string } }>(ASK, { i: { title, body: 'Dettagli riservati del comune.', visibility: 'PRIVATE', tags: [] } });
  return asked.data!.askQuestion.id;
}

/** Everything a person can learn of a private question: the thread, search, the help desk list, its room. */
async function whatTheySee(client: TestClient, threadId: string, words: string) {
  const thread = await client.request(THREAD, { id: threadId });
  const found = await client.request(SEARCH, { q: words });
  const listed = await client.request(HELP_DESK_THREADS);
  const socket = new LiveClient(hub.url, client);
  sockets.push(socket);
  const room = await socket.subscribe(`thread:${threadId}`, null);
  socket.close();
  return {
    thread: thread.data?.thread ? 'read' : thread.errors![0].extensions!.code,
    search: found.data!.search.edges.some((e: any) => e.node.threadId === threadId),
    listed: listed.data!.helpDesk.threads.edges.some((e: any) => e.node.id === threadId),
    room: room.ok ? 'joined' : room.reason,
  };
}

describe('verified affiliations', () => {
  it('keeps a comune’s private question from a new account that names the comune, until a referente verifies it', async () => {
    const official = await signUpAs(hub, { displayName: 'Marco Rota' });
    await makeReferente(official.userId);
    const threadId = await askPrivately(official.client, 'Mutuo per la scuola di Valleve');

    const impostor = await signUpAs(hub, { displayName: 'Finto Tecnico', verified: false });
    expect((await impostor.client.request(ME)).data!.me).toEqual({ affiliationStatus: 'CLAIMED', referente: false, organization: { name: 'Valleve' } });
    expect(await whatTheySee(impostor.client, threadId, 'mutuo scuola')).toEqual({ thread: 'NOT_FOUND', search: false, listed: false, room: 'FORBIDDEN' });

    // The referente of Valleve is told, finds the claim in the queue, and verifies it.
    expect((await official.client.request(NOTIFICATIONS)).data!.notifications.edges.map((e: any) => e.node.kind)).toContain('AFFILIATION_REQUEST');
    const queue = (await official.client.request(REQUESTS)).data!.affiliationRequests;
    expect(queue.edges.map((e: any) => e.node.displayName)).toEqual(['Finto Tecnico']);
    expect((await official.client.request(DECIDE, { u: impostor.userId, a: true })).data!.decideAffiliation.affiliationStatus).toBe('VERIFIED');
    expect((await impostor.client.request(NOTIFICATIONS)).data!.notifications.edges.map((e: any) => e.node.kind)).toEqual(['AFFILIATION_VERIFIED']);
    expect(await whatTheySee(impostor.client, threadId, 'mutuo scuola')).toEqual({ thread: 'read', search: true, listed: true, room: 'joined' });
  });

  it('keeps the private questions of an unverified person to themselves and the experts', async () => {
    const colleague = await signUpAs(hub);
    const expert = await signUpAs(hub, { istatCode: '015146' });
    await makeHelpDeskExpert(hub, expert.userId);
    const claimant = await signUpAs(hub, { verified: false });
    const threadId = await askPrivately(claimant.client, 'Domanda di chi non è ancora verificato');
    expect((await claimant.client.request(THREAD, { id: threadId })).data!.thread.viewerCan.reply).toBe(true);
    expect((await expert.client.request(THREAD, { id: threadId })).data!.thread).not.toBeNull();
    expect((await colleague.client.request(THREAD, { id: threadId })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('verifies at once an address on the organisation’s own domain, and nowhere else', async () => {
    const bicocca = await hub.orm.em.fork().execute(`select id from organization where name = 'Università di Milano-Bicocca'`);
    const signUp = (email: string, organizationId: string) =>
      hub.client().request('mutation($i: SignUpInput!) { signUp(input: $i) { affiliationStatus } }', {
        i: { email, password: 'password-di-prova-1', displayName: 'Ricercatrice', organizationId, jobTitle: 'Ricercatrice' },
      });
    const stamp = Date.now();
    expect((await signUp(`r${stamp}@unimib.it`, bicocca[0].id)).data!.signUp.affiliationStatus).toBe('VERIFIED');
    expect((await signUp(`s${stamp}@unimib.it`, await organizationIdOf(hub, '016226'))).data!.signUp.affiliationStatus).toBe('CLAIMED');
    expect((await signUp(`t${stamp}@unimib.it.example.com`, bicocca[0].id)).data!.signUp.affiliationStatus).toBe('CLAIMED');
  });

  it('returns an affiliation to claimed when the person changes organisation, and stops what they heard on the old side', async () => {
    const asker = await signUpAs(hub);
    const threadId = await askPrivately(asker.client, 'Questione riservata del comune');
    const colleague = await signUpAs(hub);
    const socket = new LiveClient(hub.url, colleague.client);
    sockets.push(socket);
    expect(await socket.subscribe(`thread:${threadId}`, null)).toMatchObject({ ok: true });
    const unsubscribed: unknown[] = [];
    socket.socket.on('unsubscribed', (message) => unsubscribed.push(message));
    const moved = await colleague.client.request('mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { affiliationStatus organization { name } } }', {
      i: { organizationId: await organizationIdOf(hub, '016024') },
    });
    expect(moved.data!.updateProfile).toEqual({ affiliationStatus: 'CLAIMED', organization: { name: 'Bergamo' } });
    await eventually(() => unsubscribed.length === 1);
    expect((await colleague.client.request(THREAD, { id: threadId })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('lets only a referente of the organisation or an admin decide, and tells the person when declined', async () => {
    const referente = await signUpAs(hub);
    await makeReferente(referente.userId);
    const otherReferente = await signUpAs(hub, { istatCode: '016024' });
    await makeReferente(otherReferente.userId);
    const plain = await signUpAs(hub);
    const claimant = await signUpAs(hub, { verified: false });
    for (const client of [otherReferente.client, plain.client, claimant.client]) {
      expect((await client.request(DECIDE, { u: claimant.userId, a: true })).errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect((await plain.client.request(REQUESTS)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await otherReferente.client.request(REQUESTS)).data!.affiliationRequests.edges.map((e: any) => e.node.id)).not.toContain(claimant.userId);
    expect((await referente.client.request(DECIDE, { u: claimant.userId, a: false })).data!.decideAffiliation.affiliationStatus).toBe('DECLINED');
    expect((await claimant.client.request(NOTIFICATIONS)).data!.notifications.edges.map((e: any) => e.node.kind)).toEqual(['AFFILIATION_DECLINED']);
    expect((await referente.client.request(DECIDE, { u: claimant.userId, a: true })).errors![0].extensions!.code).toBe('CONFLICT');

    const admin = await signUpAs(hub, { istatCode: '015146' });
    await hub.orm.em.fork().execute(`update app_user set platform_role = 'ADMIN' where id = ?`, [admin.userId]);
    const another = await signUpAs(hub, { verified: false });
    expect((await admin.client.request(REQUESTS)).data!.affiliationRequests.edges.map((e: any) => e.node.id)).toContain(another.userId);
    expect((await admin.client.request(DECIDE, { u: another.userId, a: true })).data!.decideAffiliation.affiliationStatus).toBe('VERIFIED');
  });
});
