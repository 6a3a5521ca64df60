import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/hub';
import { createCommunity, REPLY, replyTo, signUpAs, startThread } from '../../../test/factories';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const EDIT = 'mutation($p: ID!, $b: String!) { editPost(postId: $p, body: $b) { body } }';

describe('small gaps closed', () => {
  it('refuses text that is only spaces, naming the field', async () => {
    const { client } = await signUpAs(hub);
    const community = await createCommunity(client);
    const thread = await startThread(client, community.id);
    const blankReply = await client.request(REPLY, { input: { threadId: thread.id, body: '   \n\t ' } });
    expect(blankReply.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', reason: 'tooShort' });
    const blankTitle = await client.request('mutation($i: StartThreadInput!) { startThread(input: $i) { id } }', {
      i: { communityId: community.id, kind: 'DISCUSSION', title: '       ', body: 'testo' },
    });
    expect(blankTitle.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', reason: 'tooShort' });
    const blankName = await client.request('mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { displayName } }', { i: { displayName: '     ' } });
    expect(blankName.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName', reason: 'tooShort' });
    expect((await client.request('{ me { displayName } }')).data!.me.displayName).toBe('Anna Pedretti');
  });

  it('takes no edits in a locked thread, nor from someone who left the community', async () => {
    const { client: owner } = await signUpAs(hub);
    const community = await createCommunity(owner, { visibility: 'PRIVATE' });
    const member = await signUpAs(hub);
    await owner.request('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { communityId: community.id, email: member.input.email } });
    await member.client.request('mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: community.id });
    const thread = await startThread(owner, community.id);
    const post = await replyTo(member.client, thread.id, 'Il mio intervento');
    expect((await member.client.request(EDIT, { p: post.id, b: 'Il mio intervento, corretto' })).data!.editPost.body).toBe('Il mio intervento, corretto');

    await owner.request('mutation($t: ID!) { setThreadLocked(threadId: $t, locked: true) { id } }', { t: thread.id });
    expect((await member.client.request(EDIT, { p: post.id, b: 'Cambio idea' })).errors![0].extensions!.code).toBe('FORBIDDEN');
    await owner.request('mutation($t: ID!) { setThreadLocked(threadId: $t, locked: false) { id } }', { t: thread.id });

    await member.client.request('mutation($id: ID!) { leaveCommunity(communityId: $id) }', { id: community.id });
    expect((await member.client.request(EDIT, { p: post.id, b: 'Dopo essere uscito' })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
