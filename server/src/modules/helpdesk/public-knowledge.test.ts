import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestClient, type TestHub } from '../../../test/hub';
import { createCommunity, makeHelpDeskExpert, replyTo, signUpAs, startThread } from '../../../test/factories';

/**
 * What a visitor without an account may read: the FAQ and the solved public questions of the help
 * desk, searched and shown with organisations instead of people. Everything else asks to sign in.
 */
let hub: TestHub;
let visitor: TestClient;
let official: TestClient;
let expert: TestClient;
let officialId: string;
let expertId: string;

/** Every person of the test, by the words that must never reach a visitor. */
const OFFICIAL = 'Ottavio Bresciani';
const EXPERT = 'Serena Locatelli';
const COLLEAGUE = 'Camilla Invernizzi';
const JOB_TITLE = 'Responsabile ufficio tecnico';

const ids: Record<string, string> = {};

const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`;
const ACCEPT = `mutation($p: ID!) { acceptAnswer(postId: $p) { status } }`;
const THREAD = `query($id: ID!) { thread(id: $id) {
  id title status visibility
  author { id displayName jobTitle nameHidden referente organization { name } }
  assignee { displayName jobTitle nameHidden }
  askerOrganization { name }
  community { name kind viewerCan { read startThread moderate } }
  acceptedPost { id body author { displayName } }
  viewerCan { reply react moderate accept assign promote reopen }
  posts { totalCount edges { node {
    id body author { displayName jobTitle nameHidden organization { name } }
    reactions { kind count viewerReacted }
    revisions { body }
    viewerCan { edit delete react accept }
  } } }
} }`;
const SEARCH = `query($q: String!, $types: [SearchHitType!]) {
  search(query: $q, types: $types, first: 50) { totalCount edges { node { type id title snippet threadId communitySlug } } }
}`;
const FAQ_ENTRY = `query($id: ID!) { faqEntry(id: $id) {
  id question answer promotedBy { displayName jobTitle nameHidden organization { name } } sourceThread { id title }
} }`;

async function ask(client: TestClient, title: string, body: string, visibility: 'PUBLIC' | 'PRIVATE') {
  const result = await client.request<{ askQuestion: { id: string } }>(ASK, { input: { title, body, visibility, tags: ['Ciclabili'] } });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.askQuestion.id;
}

/** A question answered by the expert, the answer accepted by the asker: solved. */
async function solved(title: string, visibility: 'PUBLIC' | 'PRIVATE', answer: string) {
  const id = await ask(official, title, `Domanda sulla pista ciclabile: ${title}`, visibility);
  const reply = await replyTo(expert, id, answer);
  expect((await official.request(ACCEPT, { p: reply.id })).data).toEqual({ acceptAnswer: { status: 'CLOSED' } });
  return { id, answerId: reply.id };
}

/** Checks that a response names nobody: no person's name nor job title, whole or in part. */
function expectNoPerson(response: unknown) {
  const text = JSON.stringify(response);
  for (const word of [OFFICIAL, EXPERT, COLLEAGUE, 'Ottavio', 'Bresciani', 'Serena', 'Locatelli', 'Camilla', 'Invernizzi', JOB_TITLE]) {
    expect(text).not.toContain(word);
  }
}

beforeAll(async () => {
  hub = await startTestHub();
  visitor = hub.client();
  const asker = await signUpAs(hub, { displayName: OFFICIAL, istatCode: '016226' });
  official = asker.client;
  officialId = asker.userId;
  const helper = await signUpAs(hub, { displayName: EXPERT, istatCode: '016024' });
  expert = helper.client;
  expertId = helper.userId;
  await makeHelpDeskExpert(hub, expertId);
  const colleague = (await signUpAs(hub, { displayName: COLLEAGUE, istatCode: '016024' })).client;

  await expert.request('mutation($t: ID!, $a: ID) { assignQuestion(threadId: $t, assigneeId: $a) { id } }', {
    t: (ids.faqSource = await ask(official, 'Contributo regionale per la pista ciclabile', 'Quale bando finanzia una pista ciclabile intercomunale?', 'PUBLIC')),
    a: expertId,
  });
  const answer = await replyTo(expert, ids.faqSource, `Gentile @[${OFFICIAL}](user:${officialId}), la pista ciclabile rientra nel bando regionale per la mobilità dolce.`);
  ids.faqAnswer = answer.id;
  await expert.request('mutation($p: ID!, $b: String!) { editPost(postId: $p, body: $b) { id } }', {
    p: answer.id,
    b: `Gentile @[${OFFICIAL}](user:${officialId}), la pista ciclabile rientra nel bando regionale per la mobilità dolce (scadenza a marzo).`,
  });
  await official.request(ACCEPT, { p: answer.id });
  await colleague.request('mutation($p: ID!) { react(postId: $p, kind: THANKS) { id } }', { p: answer.id });
  const promoted = await expert.request<{ promoteToFaq: { id: string } }>('mutation($t: ID!) { promoteToFaq(threadId: $t) { id } }', { t: ids.faqSource });
  ids.faq = promoted.data!.promoteToFaq.id;

  ids.solved = (await solved('Manutenzione della pista ciclabile lungo il fiume', 'PUBLIC', 'La manutenzione della pista ciclabile spetta al comune capofila.')).id;
  ids.privateSolved = (await solved('Esproprio riservato per la pista ciclabile', 'PRIVATE', 'Per l’esproprio della pista ciclabile serve la dichiarazione di pubblica utilità.')).id;
  ids.unsolved = await ask(official, 'Segnaletica della pista ciclabile ancora in attesa', 'Chi paga la segnaletica della pista ciclabile?', 'PUBLIC');
  await replyTo(expert, ids.unsolved, 'La segnaletica della pista ciclabile è a carico del comune proprietario.');

  const reopened = await solved('Illuminazione della pista ciclabile, da riaprire', 'PUBLIC', 'L’illuminazione della pista ciclabile si finanzia con il conto termico.');
  const reopenedFaq = await expert.request<{ promoteToFaq: { id: string } }>('mutation($t: ID!) { promoteToFaq(threadId: $t) { id } }', { t: reopened.id });
  ids.reopenedFaq = reopenedFaq.data!.promoteToFaq.id;
  ids.reopened = reopened.id;
  await official.request('mutation($t: ID!) { reopenQuestion(threadId: $t) { status } }', { t: reopened.id });

  const closedGroup = await createCommunity(official, { name: 'Gruppo ristretto ciclabili', visibility: 'PRIVATE' });
  ids.privateCommunityThread = (await startThread(official, closedGroup.id, { title: 'Tracciato riservato della pista ciclabile', body: 'Il tracciato della pista ciclabile resta riservato.' })).id;
  const openGroup = await createCommunity(official, { name: 'Mobilità dolce', visibility: 'PUBLIC' });
  ids.publicCommunityThread = (await startThread(official, openGroup.id, { title: 'Pista ciclabile: esperienze a confronto', body: 'Come avete progettato la pista ciclabile?' })).id;
  const question = await startThread(official, openGroup.id, { kind: 'QUESTION', title: 'Pista ciclabile in una comunità', body: 'Una domanda sulla pista ciclabile fuori dallo sportello.' });
  await expert.request('mutation($c: ID!) { joinCommunity(communityId: $c) { id } }', { c: openGroup.id });
  const communityAnswer = await replyTo(expert, question.id, 'Risposta sulla pista ciclabile nella comunità.');
  await official.request(ACCEPT, { p: communityAnswer.id });
  ids.communityQuestion = question.id;
});
afterAll(() => hub.close());

describe('a visitor without an account', () => {
  it('reads a solved public question with its answer, each person shown as their organisation', async () => {
    const result = await visitor.request(THREAD, { id: ids.faqSource });
    expect(result.errors).toBeUndefined();
    const thread = result.data!.thread;
    expect(thread).toMatchObject({
      status: 'CLOSED',
      visibility: 'PUBLIC',
      author: { displayName: 'Valleve', jobTitle: '', nameHidden: true, referente: false, organization: { name: 'Valleve' } },
      assignee: { displayName: 'Bergamo', jobTitle: '', nameHidden: true },
      askerOrganization: { name: 'Valleve' },
      community: { kind: 'HELP_DESK', viewerCan: { startThread: false, moderate: false } },
      acceptedPost: { id: ids.faqAnswer, author: { displayName: 'Bergamo' } },
      viewerCan: { reply: false, react: false, moderate: false, accept: false, assign: false, promote: false, reopen: false },
    });
    const [opening, answer] = thread.posts.edges.map((edge: { node: Record<string, any> }) => edge.node);
    expect(opening.author).toEqual({ displayName: 'Valleve', jobTitle: '', nameHidden: true, organization: { name: 'Valleve' } });
    expect(answer.body).toBe('Gentile @partecipante, la pista ciclabile rientra nel bando regionale per la mobilità dolce (scadenza a marzo).');
    expect(answer.revisions).toEqual([{ body: 'Gentile @partecipante, la pista ciclabile rientra nel bando regionale per la mobilità dolce.' }]);
    expect(answer.reactions).toEqual([{ kind: 'THANKS', count: 1, viewerReacted: false }]);
    for (const post of [opening, answer]) expect(post.viewerCan).toEqual({ edit: false, delete: false, react: false, accept: false });
    expectNoPerson(result);
  });

  it('is asked to sign in for any other thread, whether it exists or not, exactly as before', async () => {
    const others = [ids.privateSolved, ids.unsolved, ids.reopened, ids.privateCommunityThread, ids.publicCommunityThread, ids.communityQuestion];
    for (const id of [...others, '0b6f9b9e-1111-4222-8333-944445555666']) {
      const result = await visitor.request(THREAD, { id });
      expect({ id, data: result.data, code: result.errors?.[0].extensions?.code }).toEqual({ id, data: null, code: 'UNAUTHENTICATED' });
    }
  });

  it('reads the FAQ and its entries, the reviewer shown as their organisation', async () => {
    const list = await visitor.request('{ faqEntries(first: 50) { totalCount edges { node { id question answer tags promotedBy { displayName nameHidden } } } } }');
    expect(list.errors).toBeUndefined();
    expect(list.data!.faqEntries.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual([ids.faq, ids.reopenedFaq].sort());
    expectNoPerson(list);
    const entry = await visitor.request(FAQ_ENTRY, { id: ids.faq });
    expect(entry.data!.faqEntry).toMatchObject({
      question: 'Contributo regionale per la pista ciclabile',
      answer: 'Gentile @partecipante, la pista ciclabile rientra nel bando regionale per la mobilità dolce (scadenza a marzo).',
      promotedBy: { displayName: 'Bergamo', jobTitle: '', nameHidden: true, organization: { name: 'Bergamo' } },
      sourceThread: { id: ids.faqSource },
    });
    expectNoPerson(entry);
    // The question behind an entry was reopened: the entry stays, the question is no longer public.
    const orphan = await visitor.request(FAQ_ENTRY, { id: ids.reopenedFaq });
    expect(orphan.errors).toBeUndefined();
    expect(orphan.data!.faqEntry.sourceThread).toBeNull();
  });

  it('searches the FAQ and the solved public questions only, and never finds a person by name', async () => {
    const result = await visitor.request<{ search: { edges: Array<{ node: Record<string, string | null> }> } }>(SEARCH, { q: 'pista ciclabile' });
    expect(result.errors).toBeUndefined();
    const hits = result.data!.search.edges.map((edge) => edge.node);
    const threads = new Set(hits.filter((hit) => hit.type !== 'FAQ').map((hit) => hit.threadId));
    expect([...threads].sort()).toEqual([ids.faqSource, ids.solved].sort());
    expect(hits.filter((hit) => hit.type === 'FAQ').map((hit) => [hit.id, hit.threadId])).toEqual(
      expect.arrayContaining([
        [ids.faq, ids.faqSource],
        [ids.reopenedFaq, null],
      ]),
    );
    expect(new Set(hits.map((hit) => hit.type))).toEqual(new Set(['FAQ', 'QUESTION', 'POST']));
    expectNoPerson(result);
    // The answer mentions the asker: signed in, a search for the name finds it; without an account, nothing.
    const signedIn = await official.request<{ search: { totalCount: number } }>(SEARCH, { q: 'Bresciani', types: ['POST'] });
    expect(signedIn.data!.search.totalCount).toBeGreaterThan(0);
    const byName = await visitor.request<{ search: { totalCount: number } }>(SEARCH, { q: 'Bresciani' });
    expect(byName.data!.search.totalCount).toBe(0);
  });

  it('is asked to sign in to search communities or discussions', async () => {
    for (const types of [['COMMUNITY'], ['THREAD'], ['FAQ', 'COMMUNITY']]) {
      const result = await visitor.request(SEARCH, { q: 'pista ciclabile', types });
      expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('sees the help desk and its solved public questions, not its experts nor its queue', async () => {
    const result = await visitor.request('{ helpDesk { name description viewerCan { startThread } threads(kind: QUESTION, first: 100) { edges { node { id author { displayName } } } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.helpDesk.viewerCan.startThread).toBe(false);
    const listed = result.data!.helpDesk.threads.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(listed.sort()).toEqual([ids.faqSource, ids.solved].sort());
    expectNoPerson(result);
    for (const query of [
      '{ helpDesk { members { edges { node { user { displayName } } } } } }',
      '{ questionQueue { totalCount } }',
      '{ communities { totalCount } }',
      '{ community(slug: "sportello") { id } }',
      '{ notifications { totalCount } }',
    ]) {
      const refused = await visitor.request(query);
      expect({ query, code: refused.errors?.[0].extensions?.code }).toEqual({ query, code: 'UNAUTHENTICATED' });
    }
  });

  it('may not react, reply, accept, reopen nor ask: each asks to sign in', async () => {
    const mutations: Array<[string, Record<string, unknown>]> = [
      ['mutation($p: ID!) { react(postId: $p, kind: LIKE) { id } }', { p: ids.faqAnswer }],
      ['mutation($p: ID!) { acceptAnswer(postId: $p) { id } }', { p: ids.faqAnswer }],
      ['mutation($p: ID!) { editPost(postId: $p, body: "Testo nuovo") { id } }', { p: ids.faqAnswer }],
      ['mutation($t: ID!) { reopenQuestion(threadId: $t) { id } }', { t: ids.faqSource }],
      ['mutation($t: ID!) { setThreadPinned(threadId: $t, pinned: true) { id } }', { t: ids.faqSource }],
      ['mutation($i: ReplyInput!) { reply(input: $i) { id } }', { i: { threadId: ids.faqSource, body: 'Grazie!' } }],
      [ASK, { input: { title: 'Domanda senza account', body: 'Posso chiedere?', visibility: 'PUBLIC' } }],
    ];
    for (const [mutation, variables] of mutations) {
      const result = await visitor.request(mutation, variables);
      expect({ mutation, code: result.errors?.[0].extensions?.code }).toEqual({ mutation, code: 'UNAUTHENTICATED' });
    }
    const after = await visitor.request(THREAD, { id: ids.faqSource });
    expect(after.data!.thread.status).toBe('CLOSED');
  });

  it('keeps the query limits: an expensive query is refused before any SQL, an affordable one answered', async () => {
    const nested = `query($n: Int) { faqEntries(first: $n) { edges { node { sourceThread {
      posts(first: $n) { edges { node { body reactions { count } author { displayName organization { name } } } } } } } } } }`;
    hub.resetSqlLog();
    const refused = await visitor.request(nested, { n: 100 });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'tooExpensive' });
    expect(hub.sql).toEqual([]);
    const small = await visitor.request(nested, { n: 5 });
    expect(small.errors).toBeUndefined();
    expectNoPerson(small);
  });

  it('leaves signed-in readers seeing who people are', async () => {
    const result = await official.request(THREAD, { id: ids.faqSource });
    expect(result.data!.thread.author).toMatchObject({ displayName: OFFICIAL, jobTitle: JOB_TITLE, nameHidden: false });
    expect(result.data!.thread.posts.edges[1].node.body).toContain(`@[${OFFICIAL}](user:${officialId})`);
  });
});
