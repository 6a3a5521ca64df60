import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestClient, type TestHub } from '../../../test/hub';
import { createCommunity, makeHelpDeskExpert, replyTo, signUpAs, startThread } from '../../../test/factories';

let hub: TestHub;
let official: TestClient;
let outsider: TestClient;
let expert: TestClient;
let publicCommunity: { id: string };

const SEARCH = `query($q: String!, $types: [SearchHitType!], $c: ID) {
  search(query: $q, types: $types, communityId: $c) { totalCount edges { node { type title snippet threadId communitySlug } } }
}`;

async function search(client: TestClient, q: string, extra: Record<string, unknown> = {}) {
  const result = await client.request<{ search: { totalCount: number; edges: Array<{ node: Record<string, string> }> } }>(SEARCH, { q, ...extra });
  expect(result.errors).toBeUndefined();
  return result.data!.search.edges.map((e) => e.node);
}

beforeAll(async () => {
  hub = await startTestHub();
  official = (await signUpAs(hub, { istatCode: '016226' })).client;
  outsider = (await signUpAs(hub, { istatCode: '016024' })).client;
  const expertUser = await signUpAs(hub);
  expert = expertUser.client;
  await makeHelpDeskExpert(hub, expertUser.userId);

  publicCommunity = await createCommunity(official, { name: 'Gestioni associate', visibility: 'PUBLIC' });
  await startThread(official, publicCommunity.id, {
    title: 'Convenzioni tra piccoli comuni per la polizia locale',
    body: 'Quali comuni hanno già firmato una convenzione per il servizio di polizia locale?',
  });
  const privateCommunity = await createCommunity(official, { name: 'Gruppo ristretto', visibility: 'PRIVATE' });
  await startThread(official, privateCommunity.id, {
    title: 'Tariffe riservate della mensa scolastica',
    body: 'Le tariffe della mensa scolastica per il prossimo anno restano riservate.',
  });
  const askPublic = await official.request('mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }', {
    i: { title: 'Rendicontazione dei fondi per la digitalizzazione', body: 'Come si rendicontano i fondi della misura 1.4.1?', visibility: 'PUBLIC' },
  });
  const questionId = askPublic.data!.askQuestion.id;
  const answer = await replyTo(expert, questionId, 'La rendicontazione avviene sulla piattaforma PA digitale 2026 con asseverazione.');
  await official.request('mutation($p: ID!) { acceptAnswer(postId: $p) { id } }', { p: answer.id });
  await expert.request('mutation($t: ID!) { promoteToFaq(threadId: $t) { id } }', { t: questionId });
  await official.request('mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }', {
    i: { title: 'Debito fuori bilancio per la mensa', body: 'Il debito della mensa va riconosciuto in consiglio?', visibility: 'PRIVATE' },
  });
});
afterAll(() => hub.close());

describe('search', () => {
  it('finds Italian words by their stem: "comune" finds a thread about "comuni"', async () => {
    const hits = await search(outsider, 'comune', { types: ['THREAD'] });
    expect(hits.map((h) => h.title)).toContain('Convenzioni tra piccoli comuni per la polizia locale');
    const plural = await search(outsider, 'convenzione', { types: ['POST'] });
    expect(plural[0].snippet).toMatch(/\[\[convenzione\]\]/i);
  });

  it('ranks the reviewed FAQ answer above the discussion it came from, with highlighted snippets', async () => {
    const hits = await search(outsider, 'rendicontazione digitalizzazione');
    expect(hits[0]).toMatchObject({ type: 'FAQ', title: 'Rendicontazione dei fondi per la digitalizzazione' });
    expect(hits.map((h) => h.type)).toEqual(expect.arrayContaining(['FAQ', 'QUESTION']));
    expect(hits[0].snippet).toContain('[[');
    const oneWord = await search(outsider, 'rendicontazione');
    expect(oneWord[0].type).toBe('FAQ');
    expect(oneWord.map((h) => h.type)).toContain('POST');
  });

  it('never returns what the viewer may not read: private communities and private questions', async () => {
    for (const query of ['mensa', 'tariffe riservate', 'debito fuori bilancio']) {
      const hits = await search(outsider, query);
      expect(JSON.stringify(hits)).not.toMatch(/mensa|tariff|debito/i);
    }
    const ownSide = await search(official, 'mensa');
    expect(ownSide.map((h) => h.title)).toEqual(
      expect.arrayContaining(['Tariffe riservate della mensa scolastica', 'Debito fuori bilancio per la mensa']),
    );
    const asExpert = await search(expert, 'debito fuori bilancio', { types: ['QUESTION'] });
    expect(asExpert.map((h) => h.title)).toEqual(['Debito fuori bilancio per la mensa']);
  });

  it('keeps to one community when asked, and refuses a one-letter query', async () => {
    const hits = await search(outsider, 'polizia', { c: publicCommunity.id });
    expect(hits.every((h) => h.type === 'THREAD' || h.type === 'POST')).toBe(true);
    expect(hits.length).toBeGreaterThan(0);
    const tooShort = await outsider.request(SEARCH, { q: 'a' });
    expect(tooShort.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('never finds the text of a deleted post', async () => {
    const thread = await startThread(official, publicCommunity.id, { title: 'Discussione sui contatori' });
    const post = await replyTo(official, thread.id, 'Il contatore idrico della scuola perde acqua');
    expect((await search(outsider, 'contatore idrico', { types: ['POST'] })).length).toBe(1);
    await official.request('mutation($p: ID!) { deletePost(postId: $p) { id } }', { p: post.id });
    expect(await search(outsider, 'contatore idrico', { types: ['POST'] })).toEqual([]);
  });
});
