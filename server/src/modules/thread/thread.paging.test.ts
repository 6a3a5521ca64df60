import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/hub';
import { createCommunity, replyTo, signUpAs, startThread } from '../../../test/factories';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const PAGE = `query($slug: String!, $after: String) { community(slug: $slug) {
  threads(first: 2, after: $after) { totalCount edges { cursor node { title } } pageInfo { hasNextPage endCursor } }
} }`;
const NOTIFICATIONS = `query($after: String) {
  notifications(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;

describe('pages of lists that live updates reorder', () => {
  it('loads more threads after a live reply bumped one, with no duplicate and no gap', async () => {
    const { client } = await signUpAs(hub);
    const community = await createCommunity(client);
    const ids: Record<string, string> = {};
    for (const title of ['uno', 'due', 'tre', 'quattro', 'cinque']) ids[title] = (await startThread(client, community.id, { title: `Discussione ${title}` })).id;
    const first = (await client.request(PAGE, { slug: community.slug })).data!.community.threads;
    expect(first.edges.map((e: any) => e.node.title)).toEqual(['Discussione cinque', 'Discussione quattro']);

    // A reply moves "uno" (last on the list) to the top while the reader looks at page 1.
    await replyTo(client, ids.uno, 'Riprendo la discussione');
    const second = (await client.request(PAGE, { slug: community.slug, after: first.pageInfo.endCursor })).data!.community.threads;
    expect(second.edges.map((e: any) => e.node.title)).toEqual(['Discussione tre', 'Discussione due']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // "uno" is not lost: it is now above page 1, where the live update shows it.
    const top = (await client.request(PAGE, { slug: community.slug })).data!.community.threads;
    expect(top.edges.map((e: any) => e.node.title)).toEqual(['Discussione uno', 'Discussione cinque']);
    expect(top.totalCount).toBe(5);
  });

  it('loads more notifications after new ones arrived, with no duplicate', async () => {
    const author = await signUpAs(hub);
    const { client: replier } = await signUpAs(hub);
    const community = await createCommunity(author.client);
    await replier.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    const thread = await startThread(author.client, community.id);
    for (let i = 0; i < 4; i++) await replyTo(replier, thread.id, `risposta ${i}`);
    const first = (await author.client.request(NOTIFICATIONS)).data!.notifications;
    await replyTo(replier, thread.id, 'una risposta nuova');
    const second = (await author.client.request(NOTIFICATIONS, { after: first.pageInfo.endCursor })).data!.notifications;
    const seen = [...first.edges, ...second.edges].map((e: any) => e.node.id);
    expect(new Set(seen).size).toBe(4);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('answers a cursor that is not one of ours with BAD_USER_INPUT', async () => {
    const { client } = await signUpAs(hub);
    const community = await createCommunity(client);
    for (const after of ['bm90IGEgY3Vyc29y', Buffer.from('k:[1,2]').toString('base64url'), Buffer.from('k:{').toString('base64url')]) {
      const result = await client.request(PAGE, { slug: community.slug, after });
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
