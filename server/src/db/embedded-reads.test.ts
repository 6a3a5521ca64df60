import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../app';
import { loadConfig } from '../config';
import { EMBEDDED_CONNECTIONS, startEmbeddedInMemory } from './embedded';
import { TestClient, type TestHub } from '../../test/hub';
import { createCommunity, replyTo, signUpAs, startThread } from '../../test/factories';

// The embedded database carries every pool connection into one session: the reads' prepared
// statements must not clash there. The other tests run on whatever TEST_DATABASE_URL says; this
// one always runs on the embedded database, as `npm start` does on a fresh machine.
let hub: Hub & { client(): TestClient };

beforeAll(async () => {
  const embedded = await startEmbeddedInMemory();
  const database = { clientUrl: embedded.clientUrl, poolMax: EMBEDDED_CONNECTIONS, embedded: true, close: () => embedded.close() };
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', SEED_DEMO: 'false', SIGN_UP_LIMIT_PER_IP: '1000' });
  const started = await startHub(config, { database });
  hub = Object.assign(started, { client: () => new TestClient(hub as unknown as TestHub) });
  const close = started.close.bind(started);
  started.close = async () => {
    await close();
    await database.close();
  };
}, 120_000);

afterAll(async () => {
  await hub?.close();
});

describe('reads on the embedded database', () => {
  it('answers many signed-in pages at once, each connection preparing the same statements', async () => {
    const { client } = await signUpAs(hub as unknown as TestHub);
    const community = await createCommunity(client);
    const thread = await startThread(client, community.id);
    await replyTo(client, thread.id, 'Una risposta');
    const feed = 'query($s: String!) { community(slug: $s) { threads(first: 20) { totalCount edges { node { title author { displayName } } } } } }';
    const page = 'query($id: ID!) { thread(id: $id) { title posts(first: 50) { totalCount edges { node { body reactions { kind } } } } } }';
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? client.request(feed, { s: community.slug }) : client.request(page, { id: thread.id }))),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(answers[1].data!.community.threads.totalCount).toBe(1);
    expect(answers[0].data!.thread.posts.totalCount).toBe(2);
  }, 60_000);
});
