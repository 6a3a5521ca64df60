import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../test/database';
import { graphql, spawnHub, type HubProcess } from '../test/process';

const running: HubProcess[] = [];
afterEach(() => {
  for (const hub of running.splice(0)) hub.child.kill('SIGKILL');
});

function start(env: Record<string, string>): HubProcess {
  const hub = spawnHub(env);
  running.push(hub);
  return hub;
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { displayName } }`;

describe('starting the hub', () => {
  it('fails fast with a one-line reason when DATABASE_URL points at no server', async () => {
    const port = await closedPort();
    const hub = start({ DATABASE_URL: `postgres://cantiere@127.0.0.1:${port}/cantiere` });
    expect(await hub.exited).toBe(1);
    const { stderr } = hub.output();
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`Cantiere cannot start: cannot use PostgreSQL at 127.0.0.1:${port}/cantiere`);
  });

  it('fails with a one-line reason when DATABASE_URL is not a PostgreSQL URL', async () => {
    const hub = start({ DATABASE_URL: 'mysql://localhost/cantiere' });
    expect(await hub.exited).toBe(1);
    expect(hub.output().stderr.trim()).toBe('Cantiere cannot start: DATABASE_URL must start with postgres:// (got mysql://)');
  });

  it('keeps every change across a clean Ctrl-C and restart, and refuses a second process on the same data', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-data-'));
    const first = start({ DATA_DIR: dataDir, DEMO_PASSWORD: 'password-della-demo' });
    const url = await first.ready;
    expect(first.output().stdout).toContain('Demo sign-in: giulia.ferrari@demo.cantiere.it / password-della-demo');

    const { body: org } = await graphql(url, '{ municipality(istatCode: "016226") { organizationId } }');
    const input = {
      email: 'persistente@comune.example.it',
      password: 'password-persistente',
      displayName: 'Rita Persistente',
      organizationId: org.data.municipality.organizationId,
      jobTitle: 'Segretaria comunale',
    };
    expect((await graphql(url, SIGN_UP, { input })).body.errors).toBeUndefined();

    const second = start({ DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.output().stderr).toMatch(/Cantiere cannot start: the data folder .* is in use by another Cantiere process/);

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'cantiere.pid'))).toBe(false);

    const restarted = start({ DATA_DIR: dataDir });
    const again = await restarted.ready;
    const signIn = await graphql(again, SIGN_IN, { input: { email: input.email, password: input.password } });
    expect(signIn.body.data).toEqual({ signIn: { displayName: 'Rita Persistente' } });
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
    // Three processes and a first start of the embedded database (initdb): a budget, not a timing.
  }, 90_000);

  it('runs on a PostgreSQL server given by DATABASE_URL, with demo data only when SEED_DEMO=true', async () => {
    const database = await createTestDatabase(inject('testDatabase'));
    try {
      const plain = start({ DATABASE_URL: database.clientUrl });
      const url = await plain.ready;
      const demo = { email: 'marco.rota@demo.cantiere.it', password: 'password-della-demo' };
      const refused = await graphql(url, SIGN_IN, { input: demo });
      expect(refused.body.errors![0].extensions!.reason).toBe('wrongCredentials');
      plain.child.kill('SIGTERM');
      expect(await plain.exited).toBe(0);

      const seeded = start({ DATABASE_URL: database.clientUrl, SEED_DEMO: 'true', DEMO_PASSWORD: demo.password });
      const seededUrl = await seeded.ready;
      const accepted = await graphql(seededUrl, SIGN_IN, { input: demo });
      expect(accepted.body, seeded.output().stderr).toEqual({ data: { signIn: { displayName: 'Marco Rota' } } });
      seeded.child.kill('SIGTERM');
      expect(await seeded.exited).toBe(0);
    } finally {
      await database.close();
    }
  });
});
