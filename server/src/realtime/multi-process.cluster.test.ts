import { execSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DatabaseHandle } from '../db/database';
import { createTestDatabase } from '../../test/database';
import { graphql, spawnHub, type HubProcess } from '../../test/process';
import { eventually, LiveClient, settle } from '../../test/sockets';
import type { TestClient } from '../../test/hub';

let database: DatabaseHandle;
let processA: HubProcess;
let processB: HubProcess;
let urlA: string;
let urlB: string;
const sockets: LiveClient[] = [];

beforeAll(async () => {
  const source = inject('testDatabase');
  if (source.kind !== 'postgres') throw new Error('the cluster tests need TEST_DATABASE_URL: a real PostgreSQL server');
  database = await createTestDatabase(source);
  const env = { DATABASE_URL: database.clientUrl, REALTIME_ADAPTER: 'postgres', SIGN_UP_LIMIT_PER_IP: '1000' };
  processA = spawnHub(env);
  processB = spawnHub(env);
  [urlA, urlB] = await Promise.all([processA.ready, processB.ready]);
}, 60_000);

afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  for (const hub of [processA, processB]) {
    hub?.child.kill('SIGTERM');
    await hub?.exited;
  }
  await database?.close();
});

/** A signed-up person as a cookie jar usable with the process helpers. */
async function person(url: string, name: string): Promise<{ cookie: string; token: string; id: string }> {
  const org = await graphql(url, '{ municipality(istatCode: "016226") { organizationId } }');
  const email = `${name.toLowerCase().replace(/\W/g, '')}-${Date.now()}@comune.example.it`;
  const { body, cookie } = await graphql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
    i: { email, password: 'password-di-prova', displayName: name, organizationId: org.body.data.municipality.organizationId, jobTitle: 'Tecnico' },
  });
  return { cookie: cookie!, token: cookie!.split('=')[1], id: body.data.signUp.id };
}

function liveOn(url: string, token: string) {
  const socket = new LiveClient(url, { token } as TestClient);
  sockets.push(socket);
  return socket;
}

describe('several hub processes on one PostgreSQL', () => {
  it('delivers to a client on process A what a mutation on process B caused, and replays on either', async () => {
    const owner = await person(urlB, 'Giulia Ferrari');
    const reader = await person(urlA, 'Marco Rota');
    const created = await graphql(urlB, 'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }', {
      i: { name: 'Comunità tra processi', description: 'prova', themes: [], visibility: 'PUBLIC' },
    }, owner.cookie);
    const communityId = created.body.data.createCommunity.id;
    await graphql(urlA, 'mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: communityId }, reader.cookie);

    const scope = `community:${communityId}`;
    const onA = liveOn(urlA, reader.token);
    expect(await onA.subscribe(scope, 0)).toMatchObject({ ok: true, replayed: 1 });
    const startThread = (title: string) =>
      graphql(urlB, 'mutation($i: StartThreadInput!) { startThread(input: $i) { id } }', {
        i: { communityId, kind: 'DISCUSSION', title, body: 'testo' },
      }, owner.cookie);

    for (let i = 0; i < 5; i++) await startThread(`Discussione da B numero ${i}`);
    await eventually(() => onA.seqs(scope).length === 6, 10_000);
    expect(onA.seqs(scope)).toEqual([1, 2, 3, 4, 5, 6]);

    // Offline on A while B keeps writing, then back through B.
    onA.socket.disconnect();
    for (let i = 5; i < 10; i++) await startThread(`Discussione da B numero ${i}`);
    const onB = liveOn(urlB, reader.token);
    onB.lastSeq.set(scope, onA.lastSeq.get(scope)!);
    expect(await onB.subscribe(scope)).toMatchObject({ ok: true, replayed: 5, lastSeq: 11 });
    expect(onB.seqs(scope)).toEqual([7, 8, 9, 10, 11]);
  });

  it('refuses on every process a cookie signed out on one, though each had the session in memory', async () => {
    const person1 = await person(urlA, 'Anna Colombo');
    const me = '{ me { id affiliationStatus } }';
    // Both processes have now read (and keep) the session.
    expect((await graphql(urlA, me, {}, person1.cookie)).body.data.me.id).toBe(person1.id);
    expect((await graphql(urlB, me, {}, person1.cookie)).body.data.me.id).toBe(person1.id);
    await graphql(urlA, 'mutation { signOut }', {}, person1.cookie);
    // The other process is told through the adapter, within milliseconds of the commit.
    const started = Date.now();
    let viewer: unknown = 'still signed in';
    while (viewer !== null && Date.now() - started < 2000) viewer = (await graphql(urlB, me, {}, person1.cookie)).body.data.me;
    expect(viewer).toBeNull();
  });

  it('shows presence across processes', async () => {
    const owner = await person(urlA, 'Laura Colombo');
    const created = await graphql(urlA, 'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }', {
      i: { name: 'Presenza tra processi', description: 'prova', themes: [], visibility: 'PUBLIC' },
    }, owner.cookie);
    const scope = `community:${created.body.data.createCommunity.id}`;
    const visitor = await person(urlB, 'Paolo Bianchi');
    const onA = liveOn(urlA, owner.token);
    const onB = liveOn(urlB, visitor.token);
    await onA.subscribe(scope, null);
    await onB.subscribe(scope, null);
    await eventually(() => onA.presence.some((p) => p.users.length === 2), 10_000);
    expect(onA.presence.at(-1)!.users.map((u) => u.displayName).sort()).toEqual(['Laura Colombo', 'Paolo Bianchi']);
  });
  it('takes people out of a community’s rooms on every process when it turns private', async () => {
    const owner = await person(urlB, 'Elena Riva');
    const outsider = await person(urlA, 'Luca Sala');
    const create = (cookie: string, name: string) =>
      graphql(urlB, 'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }', {
        i: { name: `${name} ${Date.now()}`, description: 'prova', themes: [], visibility: 'PUBLIC' },
      }, cookie);
    const communityId = (await create(owner.cookie, 'Diventa riservata')).body.data.createCommunity.id;
    const markerId = (await create(outsider.cookie, 'Marcatore')).body.data.createCommunity.id;
    const startThread = (id: string, cookie: string, title: string) =>
      graphql(urlB, 'mutation($i: StartThreadInput!) { startThread(input: $i) { id } }', { i: { communityId: id, kind: 'DISCUSSION', title, body: 'testo' } }, cookie);
    const onA = liveOn(urlA, outsider.token);
    await onA.subscribe(`community:${communityId}`, null);
    await onA.subscribe(`community:${markerId}`, null);
    const unsubscribed: unknown[] = [];
    onA.socket.on('unsubscribed', (message) => unsubscribed.push(message));

    await graphql(urlB, 'mutation($id: ID!, $i: UpdateCommunityInput!) { updateCommunity(id: $id, input: $i) { id } }', {
      id: communityId,
      i: { visibility: 'PRIVATE' },
    }, owner.cookie);
    await eventually(() => unsubscribed.length === 1, 10_000);
    const before = onA.received.length;
    await startThread(communityId, owner.cookie, 'Solo per i membri');
    await startThread(markerId, outsider.cookie, 'Marcatore');
    await eventually(() => onA.received.slice(before).some((e) => e.scope === `community:${markerId}`), 10_000);
    expect(onA.received.slice(before).filter((e) => e.scope === `community:${communityId}`)).toEqual([]);
  });

  it('recovers from a PostgreSQL restart without restarting, and clients catch up by replay', async () => {
    const restart = process.env.TEST_POSTGRES_RESTART;
    if (!restart) throw new Error('TEST_POSTGRES_RESTART must name the command that restarts the test server');
    const owner = await person(urlB, 'Sara Galli');
    const created = await graphql(urlB, 'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }', {
      i: { name: 'Riavvio del database', description: 'prova', themes: [], visibility: 'PUBLIC' },
    }, owner.cookie);
    const communityId = created.body.data.createCommunity.id;
    const scope = `community:${communityId}`;
    const onA = liveOn(urlA, owner.token);
    await onA.subscribe(scope, 0);

    // Stopped first: the processes stay alive (/healthz) but say they are not ready (/readyz).
    execSync(restart.replace(/ restart$/, ' stop'), { stdio: 'ignore' });
    for (const url of [urlA, urlB]) {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ready: false, reason: 'databaseUnavailable' });
    }
    // pg_ctl restart starts a stopped server with the options it last ran with.
    execSync(restart, { stdio: 'ignore' });
    for (const url of [urlA, urlB]) {
      const deadline = Date.now() + 20_000;
      while ((await fetch(`${url}/readyz`)).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    }
    // Both processes answer again on their own; the first queries may meet a dropped connection.
    let written = 0;
    const deadline = Date.now() + 30_000;
    while (written < 3 && Date.now() < deadline) {
      const result = await graphql(urlB, 'mutation($i: StartThreadInput!) { startThread(input: $i) { id } }', {
        i: { communityId, kind: 'DISCUSSION', title: `Dopo il riavvio ${written}`, body: 'testo' },
      }, owner.cookie).catch(() => null);
      if (result?.body.data?.startThread) written++;
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(written).toBe(3);
    expect((await graphql(urlA, '{ municipality(istatCode: "015146") { name } }')).body.data.municipality.name).toBe('Milano');
    // A broadcast sent while a process was still re-listening is not lost: the replay brings it.
    await onA.subscribe(scope);
    await eventually(() => onA.seqs(scope).length === 3, 10_000);
    expect(onA.seqs(scope)).toEqual([1, 2, 3]);

    // Once both processes listen again, a change on B reaches A live.
    await settle(4000);
    await graphql(urlB, 'mutation($i: StartThreadInput!) { startThread(input: $i) { id } }', {
      i: { communityId, kind: 'DISCUSSION', title: 'Di nuovo in diretta', body: 'testo' },
    }, owner.cookie);
    await eventually(() => onA.seqs(scope).length === 4, 10_000);
  }, 60_000);

});
