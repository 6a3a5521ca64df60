import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/hub';
import { makeHelpDeskExpert, replyTo, signUpAs } from '../../../test/factories';
import type { TestClient } from '../../../test/hub';

let hub: TestHub;
let official: TestClient;
let colleague: TestClient;
let otherComune: TestClient;
let expert: TestClient;
let expertId: string;

beforeAll(async () => {
  hub = await startTestHub();
  official = (await signUpAs(hub, { displayName: 'Marco Rota', istatCode: '016226' })).client;
  colleague = (await signUpAs(hub, { displayName: 'Elena Pesenti', istatCode: '016226' })).client;
  otherComune = (await signUpAs(hub, { displayName: 'Laura Colombo', istatCode: '016024' })).client;
  const expertUser = await signUpAs(hub, { displayName: 'Sara Galli' });
  expert = expertUser.client;
  expertId = expertUser.userId;
  await makeHelpDeskExpert(hub, expertId);
});
afterAll(() => hub.close());

const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id status visibility tags } }`;
const QUESTION = `query($id: ID!) { thread(id: $id) {
  id title status visibility tags replyCount timeToFirstAnswerSeconds timeToSolutionSeconds faqEntryId
  assignee { displayName } acceptedPost { id body } askerOrganization { name }
  viewerCan { reply accept assign promote reopen }
} }`;
const QUEUE = `query($assigneeId: ID, $tag: String, $unassigned: Boolean) {
  questionQueue(assigneeId: $assigneeId, tag: $tag, unassigned: $unassigned) { totalCount edges { node { id title status } } }
}`;

async function ask(client: TestClient, title: string, visibility: 'PUBLIC' | 'PRIVATE', tags: string[] = []) {
  const result = await client.request<{ askQuestion: { id: string; status: string } }>(ASK, {
    input: { title, body: `Domanda: ${title}`, visibility, tags },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.askQuestion;
}

describe('the help desk life cycle', () => {
  it('takes a question from a comune, through an expert, to an accepted answer and a FAQ entry', async () => {
    const question = await ask(official, 'Scadenza ReGiS per la misura M1C3 INV 2.1', 'PUBLIC', ['M1C3 INV 2.1']);
    expect(question.status).toBe('OPEN');

    const queue = await expert.request(QUEUE, { tag: 'M1C3 INV 2.1' });
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.questionQueue.edges.map((e: any) => e.node.id)).toContain(question.id);

    const assigned = await expert.request('mutation($t: ID!, $a: ID) { assignQuestion(threadId: $t, assigneeId: $a) { status assignee { displayName } } }', {
      t: question.id,
      a: expertId,
    });
    expect(assigned.data!.assignQuestion).toEqual({ status: 'ASSIGNED', assignee: { displayName: 'Sara Galli' } });

    const answer = await replyTo(expert, question.id, 'La scadenza è il 30 giugno: vedi la circolare MEF n. 13/2024.');
    const answered = await official.request(QUESTION, { id: question.id });
    expect(answered.data!.thread).toMatchObject({ status: 'ANSWERED', replyCount: 1, viewerCan: { accept: true, promote: false } });
    expect(answered.data!.thread.timeToFirstAnswerSeconds).toBeGreaterThanOrEqual(0);

    const unread = await official.request<{ notifications: { edges: Array<{ node: { kind: string; thread: { id: string } } }> } }>(
      '{ notifications(unreadOnly: true) { edges { node { kind thread { id } actor { displayName } } } } }',
    );
    expect(unread.data!.notifications.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ kind: 'ANSWER', thread: { id: question.id } }),
    );

    const accepted = await official.request('mutation($p: ID!) { acceptAnswer(postId: $p) { status acceptedPost { id } } }', { p: answer.id });
    expect(accepted.data!.acceptAnswer).toEqual({ status: 'CLOSED', acceptedPost: { id: answer.id } });
    const solved = await expert.request(QUESTION, { id: question.id });
    expect(solved.data!.thread.timeToSolutionSeconds).toBeGreaterThanOrEqual(0);
    expect(solved.data!.thread.viewerCan.promote).toBe(true);

    const promoted = await expert.request<{ promoteToFaq: { id: string; question: string; answer: string; sourceThread: { id: string } } }>(
      'mutation($t: ID!) { promoteToFaq(threadId: $t) { id question answer tags sourceThread { id } } }',
      { t: question.id },
    );
    expect(promoted.data!.promoteToFaq).toMatchObject({
      question: 'Scadenza ReGiS per la misura M1C3 INV 2.1',
      answer: 'La scadenza è il 30 giugno: vedi la circolare MEF n. 13/2024.',
      sourceThread: { id: question.id },
    });
    const faq = await otherComune.request('{ faqEntries { edges { node { id question } } } }');
    expect(faq.data!.faqEntries.edges.map((e: any) => e.node.id)).toContain(promoted.data!.promoteToFaq.id);
    const again = await expert.request('mutation($t: ID!) { promoteToFaq(threadId: $t) { id } }', { t: question.id });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('reopens a closed question at the asker’s request', async () => {
    const question = await ask(official, 'Convenzione per la gestione associata della polizia locale', 'PUBLIC');
    const answer = await replyTo(expert, question.id, 'Serve una delibera di ciascun consiglio comunale.');
    await official.request('mutation($p: ID!) { acceptAnswer(postId: $p) { status } }', { p: answer.id });
    const reopened = await official.request('mutation($t: ID!) { reopenQuestion(threadId: $t) { status acceptedPost { id } } }', { t: question.id });
    expect(reopened.data!.reopenQuestion).toEqual({ status: 'ANSWERED', acceptedPost: null });
  });

  it('keeps a private question to the asking comune and the experts', async () => {
    const question = await ask(official, 'Variazione di bilancio per il cofinanziamento', 'PRIVATE');
    expect((await colleague.request(QUESTION, { id: question.id })).data!.thread.askerOrganization).toEqual({ name: 'Valleve' });
    const stranger = await otherComune.request(QUESTION, { id: question.id });
    expect(stranger.errors![0].extensions!.code).toBe('NOT_FOUND');
    const list = await otherComune.request('{ helpDesk { threads(first: 100) { edges { node { id } } } } }');
    expect(list.data!.helpDesk.threads.edges.map((e: any) => e.node.id)).not.toContain(question.id);
    expect((await expert.request(QUESTION, { id: question.id })).data!.thread.viewerCan.reply).toBe(true);
    const answer = await replyTo(expert, question.id, 'Sì, con variazione di giunta da ratificare.');
    const promote = await official.request('mutation($p: ID!) { acceptAnswer(postId: $p) { status } }', { p: answer.id });
    expect(promote.data!.acceptAnswer.status).toBe('CLOSED');
    const faq = await expert.request('mutation($t: ID!) { promoteToFaq(threadId: $t) { id } }', { t: question.id });
    expect(faq.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('gives the queue to experts only, oldest first, filtered by assignee', async () => {
    const first = await ask(otherComune, 'Prima domanda in coda', 'PUBLIC');
    const second = await ask(otherComune, 'Seconda domanda in coda', 'PUBLIC');
    const queue = await expert.request(QUEUE, { unassigned: true });
    const ids = queue.data!.questionQueue.edges.map((e: any) => e.node.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    await expert.request('mutation($t: ID!, $a: ID) { assignQuestion(threadId: $t, assigneeId: $a) { id } }', { t: second.id, a: expertId });
    const mine = await expert.request(QUEUE, { assigneeId: expertId });
    expect(mine.data!.questionQueue.edges.map((e: any) => e.node.id)).toContain(second.id);
    expect(mine.data!.questionQueue.edges.map((e: any) => e.node.id)).not.toContain(first.id);
    const refused = await official.request(QUEUE, {});
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('lets only experts be assigned, and only experts assign', async () => {
    const question = await ask(official, 'Chi risponde a questa domanda?', 'PUBLIC');
    const byOfficial = await official.request('mutation($t: ID!) { assignQuestion(threadId: $t, assigneeId: null) { id } }', { t: question.id });
    expect(byOfficial.errors![0].extensions!.code).toBe('FORBIDDEN');
    const { userId } = await signUpAs(hub);
    const notExpert = await expert.request('mutation($t: ID!, $a: ID) { assignQuestion(threadId: $t, assigneeId: $a) { id } }', { t: question.id, a: userId });
    expect(notExpert.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
  });
});
