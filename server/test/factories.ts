import type { TestClient, TestHub } from './hub';

export const ME = '{ me { id displayName email jobTitle organization { name } } }';
export const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }';

/** The organisation id of a comune, by ISTAT code. */
export async function organizationIdOf(hub: TestHub, istatCode: string): Promise<string> {
  const [row] = await hub.orm.em.fork().execute('select id from organization where istat_code = ?', [istatCode]);
  return row.id as string;
}

let counter = 0;

/** Signs up a new official of a comune (Valleve unless told) and returns their signed-in client. */
export async function signUpAs(
  hub: TestHub,
  overrides: { istatCode?: string; displayName?: string; email?: string } = {},
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
  return { client, input, userId: result.data.signUp.id };
}
