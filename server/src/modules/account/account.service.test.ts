import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/hub';
import { signUpAs, SIGN_IN, ME, organizationIdOf } from '../../../test/factories';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ SIGN_IN_LIMIT_PER_EMAIL: '3', SIGN_IN_LIMIT_PER_IP: '20', SIGN_UP_LIMIT_PER_IP: '1000' });
});
afterAll(() => hub.close());

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { id displayName jobTitle email organization { name istatCode } }
}`;

async function validInput(overrides: Record<string, unknown> = {}) {
  return {
    email: `official-${Math.random().toString(36).slice(2)}@comune.example.it`,
    password: 'una-password-lunga',
    displayName: 'Anna Pedretti',
    organizationId: await organizationIdOf(hub, '016226'),
    jobTitle: 'Responsabile ufficio tecnico',
    ...overrides,
  };
}

describe('sign up', () => {
  it('creates the account, signs it in with an httpOnly SameSite cookie and shows it as me', async () => {
    const client = hub.client();
    const input = await validInput({ email: '  Anna.Pedretti@Comune.Example.IT ' });
    const result = await client.request(SIGN_UP, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.signUp).toMatchObject({
      displayName: 'Anna Pedretti',
      email: 'anna.pedretti@comune.example.it',
      organization: { name: 'Valleve', istatCode: '016226' },
    });
    expect(result.setCookie).toMatch(/^cantiere_session=[\w-]{40,};/);
    expect(result.setCookie).toMatch(/HttpOnly/i);
    expect(result.setCookie).toMatch(/SameSite=Lax/i);
    const me = await client.request(ME);
    expect(me.data!.me).toMatchObject({ displayName: 'Anna Pedretti', email: 'anna.pedretti@comune.example.it' });
  });

  it('stores the password as an argon2id hash, never as written', async () => {
    const input = await validInput();
    await hub.client().request(SIGN_UP, { input });
    const [row] = await hub.orm.em.fork().execute('select password_hash from app_user where email = ?', [input.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(input.password);
  });

  it.each([
    ['password', { password: 'corta' }, 'tooShort'],
    ['email', { email: 'non-una-email' }, 'invalid'],
    ['displayName', { displayName: 'x' }, 'tooShort'],
    ['jobTitle', { jobTitle: 'y'.repeat(500) }, 'tooLong'],
    ['organizationId', { organizationId: '8a1c3a52-4c40-4d38-9a4e-5b1a0e2f0c11' }, 'unknown'],
  ])('refuses a bad %s with BAD_USER_INPUT naming the field', async (field, overrides, reason) => {
    const client = hub.client();
    const result = await client.request(SIGN_UP, { input: await validInput(overrides) });
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(client.cookie).toBeUndefined();
  });

  it('says only that a taken email cannot be used, and creates nothing', async () => {
    const input = await validInput();
    await hub.client().request(SIGN_UP, { input });
    const again = await hub.client().request(SIGN_UP, { input: { ...input, displayName: 'Someone Else' } });
    expect(again.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email', reason: 'taken' });
    expect(JSON.stringify(again)).not.toContain('Anna');
    const [{ count }] = await hub.orm.em.fork().execute('select count(*) from app_user where email = ?', [input.email]);
    expect(Number(count)).toBe(1);
  });
});

describe('sign in and sessions', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { input } = await signUpAs(hub);
    const wrongPassword = await hub.client().request(SIGN_IN, { input: { email: input.email, password: 'password-sbagliata' } });
    const unknownEmail = await hub.client().request(SIGN_IN, {
      input: { email: 'nessuno@comune.example.it', password: 'password-sbagliata' },
    });
    expect(wrongPassword.errors![0]).toEqual(unknownEmail.errors![0]);
    expect(wrongPassword.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'wrongCredentials' });
  });

  it('signs out by revoking the session: the old cookie no longer works', async () => {
    const { client } = await signUpAs(hub);
    const stolenCookie = client.cookie;
    expect((await client.request('mutation { signOut }')).data).toEqual({ signOut: true });
    expect(client.cookie).toBeUndefined();
    const replay = hub.client();
    replay.cookie = stolenCookie;
    expect((await replay.request(ME)).data).toEqual({ me: null });
  });

  it('lets a person revoke another of their sessions, but not somebody else’s', async () => {
    const { input, client: laptop } = await signUpAs(hub);
    const phone = hub.client();
    await phone.request(SIGN_IN, { input: { email: input.email, password: input.password } });
    const sessions = await laptop.request<{ mySessions: Array<{ id: string; current: boolean }> }>(
      '{ mySessions { id current } }',
    );
    expect(sessions.data!.mySessions).toHaveLength(2);
    const phoneSession = sessions.data!.mySessions.find((s) => !s.current)!;

    const { client: stranger } = await signUpAs(hub);
    const attempt = await stranger.request('mutation($id: ID!) { revokeSession(id: $id) }', { id: phoneSession.id });
    expect(attempt.errors![0].extensions!.code).toBe('NOT_FOUND');

    await laptop.request('mutation($id: ID!) { revokeSession(id: $id) }', { id: phoneSession.id });
    expect((await phone.request(ME)).data).toEqual({ me: null });
    expect((await laptop.request<{ me: { id: string } }>(ME)).data!.me).not.toBeNull();
  });

  it('accepts the session token as a bearer token for non-browser clients', async () => {
    const { client } = await signUpAs(hub);
    const bare = hub.client();
    const result = await bare.request<{ me: { displayName: string } }>(ME, {}, { authorization: `Bearer ${client.token}` });
    expect(result.data!.me.displayName).toBe('Anna Pedretti');
  });

  it('counts attempts correctly when many sign-ins run at once on several database connections', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        hub.client().request(SIGN_IN, { input: { email: `concurrent-${i}@comune.example.it`, password: 'x'.repeat(12) } }),
      ),
    );
    expect(attempts.map((a) => a.errors![0].extensions!.reason)).toEqual(Array(6).fill('wrongCredentials'));
  });

  it('rate limits sign-in per email with RATE_LIMITED and a retry-after, even for the right password', async () => {
    const { input } = await signUpAs(hub);
    for (let i = 0; i < 3; i++) {
      const wrong = await hub.client().request(SIGN_IN, { input: { email: input.email, password: 'password-sbagliata' } });
      expect(wrong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
    const blocked = await hub.client().request(SIGN_IN, { input: { email: input.email, password: input.password } });
    expect(blocked.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(blocked.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
  });

  it('rate limits sign-in per IP address across emails', async () => {
    // Earlier tests in this file used some of the 20 attempts of this IP; keep trying new emails.
    let last;
    for (let i = 0; i < 21; i++) {
      last = await hub.client().request(SIGN_IN, { input: { email: `ip-${i}@comune.example.it`, password: 'x'.repeat(12) } });
      if (last.errors![0].extensions!.code === 'RATE_LIMITED') break;
    }
    expect(last!.errors![0].extensions!.code).toBe('RATE_LIMITED');
  });
});

describe('profile', () => {
  it('updates the display name, job title and language of the viewer only', async () => {
    const { client } = await signUpAs(hub);
    const result = await client.request(
      'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName jobTitle locale } }',
      { input: { displayName: 'Anna P.', jobTitle: 'Segretaria comunale', locale: 'en' } },
    );
    expect(result.data!.updateProfile).toEqual({ displayName: 'Anna P.', jobTitle: 'Segretaria comunale', locale: 'en' });
    const anonymous = await hub.client().request('mutation { updateProfile(input: { displayName: "Hacker" }) { id } }');
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
