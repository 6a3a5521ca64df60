import type { TestClient, TestHub } from './hub';

export const ME = '{ me { id displayName email jobTitle organization { name } } }';
export const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }';

/** The organisation id of a comune, by ISTAT code. */
export async function organizationIdOf(hub: TestHub, istatCode: string): Promise<string> {
  const [row] = await hub.orm.em.fork().execute('select id from organization where istat_code = ?', [istatCode]);
  return row.id as string;
}

let counter = 0;

/**
 * Signs up a new official of a comune (Valleve unless told) and returns their signed-in client.
 * Their affiliation is verified, as a referente would, unless `verified: false`.
 */
export async function signUpAs(
  hub: TestHub,
  overrides: { istatCode?: string; displayName?: string; email?: string; verified?: boolean } = {},
): Promise<{ client: TestClient; input: Record<string, string>; userId: string }> {
  counter += 1;
  const input = {
    email: overrides.email ?? `user-${process.pid}-${counter}@comune.example.it`,
    password: 'password-di-prova-1',
    displayName: overrides.displayName ?? 'Anna Pedretti',
    organizationId: await organizationIdOf(hub, overrides.istatCode ?? '016226'),
    jobTitle: 'Responsabile ufficio tecnico',
  };
  const client = hub.client();
  const result = await client.request<{ signUp: { id: string } }>(
    'mutation($input: SignUpInput!) { signUp(input: $input) { id } }',
    { input },
  );
  if (!result.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  if (overrides.verified !== false) await verifyAffiliation(hub, result.data.signUp.id);
  return { client, input, userId: result.data.signUp.id };
}

/** Marks a person's affiliation verified, as a referente or an admin would. */
export async function verifyAffiliation(hub: TestHub, userId: string): Promise<void> {
  await hub.orm.em.fork().execute(`update app_user set affiliation_status = 'VERIFIED', affiliation_decided_at = now() where id = ?`, [userId]);
}

/** Makes a person an expert of the help desk (a facilitator of its community), as ANCI would. */
export async function makeHelpDeskExpert(hub: TestHub, userId: string): Promise<void> {
  await hub.orm.em.fork().execute(
    `insert into membership (id, community_id, user_id, role, status, created_at)
     select gen_random_uuid(), id, ?, 'FACILITATOR', 'ACTIVE', now() from community where kind = 'HELP_DESK'`,
    [userId],
  );
}

export const CREATE_COMMUNITY = `mutation($input: CreateCommunityInput!) {
  createCommunity(input: $input) { id slug visibility memberCount }
}`;

/** Creates a community owned by the client's user. */
export async function createCommunity(client: TestClient, overrides: Record<string, unknown> = {}) {
  const result = await client.request<{ createCommunity: { id: string; slug: string } }>(CREATE_COMMUNITY, {
    input: {
      name: `Comunità ${Math.random().toString(36).slice(2, 8)}`,
      description: 'Una comunità di pratica dei comuni lombardi',
      themes: ['PNRR'],
      visibility: 'PUBLIC',
      ...overrides,
    },
  });
  if (!result.data?.createCommunity) throw new Error(`createCommunity failed: ${JSON.stringify(result.errors)}`);
  return result.data.createCommunity;
}

export const START_THREAD = `mutation($input: StartThreadInput!) { startThread(input: $input) { id title kind } }`;

export async function startThread(client: TestClient, communityId: string, overrides: Record<string, unknown> = {}) {
  const result = await client.request<{ startThread: { id: string } }>(START_THREAD, {
    input: { communityId, kind: 'DISCUSSION', title: 'Una discussione tra comuni', body: 'Il testo di apertura.', ...overrides },
  });
  if (!result.data?.startThread) throw new Error(`startThread failed: ${JSON.stringify(result.errors)}`);
  return result.data.startThread;
}

export const REPLY = `mutation($input: ReplyInput!) { reply(input: $input) { id body } }`;

export async function replyTo(client: TestClient, threadId: string, body: string, parentId?: string) {
  const result = await client.request<{ reply: { id: string } }>(REPLY, { input: { threadId, body, parentId } });
  if (!result.data?.reply) throw new Error(`reply failed: ${JSON.stringify(result.errors)}`);
  return result.data.reply;
}
