import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestClient, type TestHub } from '../../test/hub';
import { createCommunity, makeHelpDeskExpert, REPLY, signUpAs, startThread } from '../../test/factories';

/** Use cases that check an invariant, hit by concurrent requests on the same rows. */
let hub: TestHub;
let owner: TestClient;

beforeAll(async () => {
  hub = await startTestHub();
  owner = (await signUpAs(hub, { displayName: 'Giulia Ferrari' })).client;
});
afterAll(() => hub.close());

const JOIN = 'mutation($id: ID!) { joinCommunity(communityId: $id) { id status } }';
const LEAVE = 'mutation($id: ID!) { leaveCommunity(communityId: $id) }';
const CHANGE_ROLE = 'mutation($m: ID!, $r: MemberRole!) { changeMemberRole(membershipId: $m, role: $r) { id role } }';
const REACT = 'mutation($p: ID!) { react(postId: $p, kind: LIKE) { id reactions { kind count viewerReacted } } }';

async function row(sql: string, params: unknown[]) {
  const [result] = await hub.orm.em.fork().execute(sql, params);
  return result;
}

async function membershipIds(communityId: string): Promise<Map<string, string>> {
  const rows = await hub.orm.em.fork().execute('select id, user_id from membership where community_id = ?', [communityId]);
  return new Map(rows.map((r) => [r.user_id as string, r.id as string]));
}

function codesOf(results: Array<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>): string[] {
  return results.flatMap((r) => (r.errors ?? []).map((e) => String(e.extensions?.code)));
}

describe('concurrent requests on one community or thread', () => {
  it('counts 20 concurrent replies to one thread as 20', async () => {
    const community = await createCommunity(owner);
    const thread = await startThread(owner, community.id);
    const writers = await Promise.all(
      Array.from({ length: 4 }, async (_, i) => {
        const { client } = await signUpAs(hub, { displayName: `Scrivente ${i}` });
        await client.request(JOIN, { id: community.id });
        return client;
      }),
    );
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => writers[i % writers.length].request(REPLY, { input: { threadId: thread.id, body: `risposta ${i}` } })),
    );
    expect(codesOf(results)).toEqual([]);
    const counted = await row('select reply_count, (select count(*) from post where thread_id = ?) - 1 as posts from thread where id = ?', [thread.id, thread.id]);
    expect(counted.reply_count).toBe(20);
    expect(Number(counted.posts)).toBe(20);
  });

  it('keeps memberCount equal to the active memberships after 10 concurrent joins', async () => {
    const community = await createCommunity(owner);
    const people = await Promise.all(Array.from({ length: 10 }, (_, i) => signUpAs(hub, { displayName: `Persona ${i}` })));
    const results = await Promise.all(people.map(({ client }) => client.request(JOIN, { id: community.id })));
    expect(codesOf(results)).toEqual([]);
    const counted = await row(
      `select member_count, (select count(*) from membership where community_id = c.id and status = 'ACTIVE') as active from community c where id = ?`,
      [community.id],
    );
    expect(counted.member_count).toBe(11);
    expect(Number(counted.active)).toBe(11);
  });

  it('answers a double-clicked join with the same membership, never a 500', async () => {
    const community = await createCommunity(owner);
    const { client } = await signUpAs(hub);
    const results = await Promise.all(Array.from({ length: 5 }, () => client.request(JOIN, { id: community.id })));
    expect(codesOf(results)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.joinCommunity.id)).size).toBe(1);
    expect((await row('select member_count from community where id = ?', [community.id])).member_count).toBe(2);
  });

  it('keeps an owner when two owners demote each other at the same instant', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const first = await signUpAs(hub, { displayName: 'Prima Titolare' });
      const community = await createCommunity(first.client);
      const second = await signUpAs(hub, { displayName: 'Seconda Titolare' });
      await second.client.request(JOIN, { id: community.id });
      const ids = await membershipIds(community.id);
      await first.client.request(CHANGE_ROLE, { m: ids.get(second.userId), r: 'OWNER' });
      const results = await Promise.all([
        first.client.request(CHANGE_ROLE, { m: ids.get(second.userId), r: 'MEMBER' }),
        second.client.request(CHANGE_ROLE, { m: ids.get(first.userId), r: 'MEMBER' }),
      ]);
      const owners = await row(`select count(*) as n from membership where community_id = ? and role = 'OWNER' and status = 'ACTIVE'`, [community.id]);
      expect(Number(owners.n)).toBe(1);
      expect(codesOf(results)).toEqual(['CONFLICT']);
    }
  });

  it('lets only one of the last two owners leave when both leave at once', async () => {
    const first = await signUpAs(hub);
    const community = await createCommunity(first.client);
    const second = await signUpAs(hub);
    await second.client.request(JOIN, { id: community.id });
    const ids = await membershipIds(community.id);
    await first.client.request(CHANGE_ROLE, { m: ids.get(second.userId), r: 'OWNER' });
    const results = await Promise.all([first.client.request(LEAVE, { id: community.id }), second.client.request(LEAVE, { id: community.id })]);
    expect(codesOf(results)).toEqual(['CONFLICT']);
    const counted = await row(
      `select member_count, (select count(*) from membership where community_id = c.id and status = 'ACTIVE' and role = 'OWNER') as owners
         from community c where id = ?`,
      [community.id],
    );
    expect(counted.member_count).toBe(1);
    expect(Number(counted.owners)).toBe(1);
  });

  it('keeps memberCount right when the last members leave at once', async () => {
    const community = await createCommunity(owner);
    const members = await Promise.all([1, 2, 3].map(() => signUpAs(hub)));
    for (const member of members) await member.client.request(JOIN, { id: community.id });
    const results = await Promise.all(members.map((member) => member.client.request(LEAVE, { id: community.id })));
    expect(codesOf(results)).toEqual([]);
    const counted = await row(
      `select member_count, (select count(*) from membership where community_id = c.id and status = 'ACTIVE') as active from community c where id = ?`,
      [community.id],
    );
    expect(counted.member_count).toBe(1);
    expect(Number(counted.active)).toBe(1);
  });

  it('keeps one reaction for 10 concurrent identical reactions, without errors', async () => {
    const community = await createCommunity(owner);
    const thread = await startThread(owner, community.id);
    const { client } = await signUpAs(hub);
    await client.request(JOIN, { id: community.id });
    const [opening] = await hub.orm.em.fork().execute('select id from post where thread_id = ?', [thread.id]);
    const results = await Promise.all(Array.from({ length: 10 }, () => client.request(REACT, { p: opening.id })));
    expect(codesOf(results)).toEqual([]);
    for (const result of results) expect(result.data!.react.reactions).toEqual([{ kind: 'LIKE', count: 1, viewerReacted: true }]);
    expect(Number((await row('select count(*) as n from reaction where post_id = ?', [opening.id])).n)).toBe(1);
    const events = await row(`select count(*) as n from event where scope = ? and type = 'reaction.changed'`, [`thread:${thread.id}`]);
    expect(Number(events.n)).toBe(1);
  });

  it('makes one FAQ entry when two experts promote the same answer at once', async () => {
    const { client: asker } = await signUpAs(hub);
    const experts = await Promise.all([1, 2].map(() => signUpAs(hub)));
    for (const expert of experts) await makeHelpDeskExpert(hub, expert.userId);
    const asked = await asker.request('mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }', {
      i: { title: 'Proroga dei termini PNRR', body: 'Come si chiede?', visibility: 'PUBLIC', tags: [] },
    });
    const threadId = asked.data!.askQuestion.id;
    const answer = await experts[0].client.request(REPLY, { input: { threadId, body: 'Con la piattaforma ReGiS.' } });
    await asker.request('mutation($p: ID!) { acceptAnswer(postId: $p) { id } }', { p: answer.data!.reply.id });
    const promote = 'mutation($t: ID!) { promoteToFaq(threadId: $t) { id } }';
    const results = await Promise.all(experts.map((expert) => expert.client.request(promote, { t: threadId })));
    expect(codesOf(results)).toEqual(['CONFLICT']);
    expect(Number((await row('select count(*) as n from faq_entry where source_thread_id = ?', [threadId])).n)).toBe(1);
  });
});
