import { afterAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/hub';
import { signUpAs } from '../../../test/factories';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id } }';
const hubs: TestHub[] = [];
afterAll(() => Promise.all(hubs.map((hub) => hub.close())));

async function hubWith(env: Record<string, string>) {
  const hub = await startTestHub({ SIGN_IN_LIMIT_PER_EMAIL: '5', SIGN_IN_LIMIT_PER_IP: '12', ...env });
  hubs.push(hub);
  return hub;
}

function signIn(hub: TestHub, email: string, password: string, from?: string) {
  return hub.client().request(SIGN_IN, { input: { email, password } }, from ? { 'x-forwarded-for': from } : {});
}

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code ?? 'OK';

describe('sign-in throttling', () => {
  it('slows an attacker with growing blocks and never locks the owner out from another address', async () => {
    const hub = await hubWith({ TRUST_PROXY: 'loopback' });
    const { input } = await signUpAs(hub);
    const attacker = '198.51.100.7';
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await signIn(hub, input.email, 'password-sbagliata', attacker)));
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED']);
    const first = await signIn(hub, input.email, input.password, attacker);
    expect(first.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });

    // The owner, at the town hall, signs in.
    expect(codeOf(await signIn(hub, input.email, input.password, '203.0.113.20'))).toBe('OK');

    // The block runs out (made to, here); five more failures block for twice as long.
    await hub.orm.em.fork().execute(`update rate_limit set expire = (extract(epoch from now()) * 1000)::bigint where key like 'sign-in-failures-email-ip:%198.51.100.7'`);
    for (let i = 0; i < 5; i++) await signIn(hub, input.email, 'password-sbagliata', attacker);
    const second = await signIn(hub, input.email, input.password, attacker);
    expect(second.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(second.errors![0].extensions!.retryAfter).toBeGreaterThan(first.errors![0].extensions!.retryAfter);
  });

  it('does not count successful sign-ins against an address: a workshop room behind one address signs in', async () => {
    const hub = await hubWith({ SIGN_IN_LIMIT_PER_IP: '3' });
    const people = await Promise.all([1, 2, 3, 4, 5, 6].map(() => signUpAs(hub)));
    const results = await Promise.all(people.map(({ input }) => signIn(hub, input.email, input.password)));
    expect(results.map(codeOf)).toEqual(Array(6).fill('OK'));
  });

  it('ignores a rotating X-Forwarded-For unless TRUST_PROXY says which proxy to believe', async () => {
    const hub = await hubWith({});
    const codes = [];
    for (let i = 0; i < 14; i++) codes.push(codeOf(await signIn(hub, `chiunque-${i}@comune.example.it`, 'password-sbagliata', `192.0.2.${i + 1}`)));
    expect(codes.slice(0, 12)).toEqual(Array(12).fill('BAD_USER_INPUT'));
    expect(codes.slice(12)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});
