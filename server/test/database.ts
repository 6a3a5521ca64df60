import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseHandle } from '../src/db/database';
import { EMBEDDED_CONNECTIONS, startEmbeddedFromDump } from '../src/db/embedded';

export type TestDatabaseSource =
  | { kind: 'postgres'; adminUrl: string; template: string }
  | { kind: 'embedded'; dumpPath: string };

/** A fresh database for one test file, copied from the prepared template: nothing is shared. */
export async function createTestDatabase(source: TestDatabaseSource): Promise<DatabaseHandle> {
  if (source.kind === 'embedded') {
    const embedded = await startEmbeddedFromDump(new Blob([fs.readFileSync(source.dumpPath)]));
    return { clientUrl: embedded.clientUrl, poolMax: EMBEDDED_CONNECTIONS, embedded: true, close: () => embedded.close() };
  }
  const name = `cantiere_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: source.adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${source.template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(source.adminUrl);
  url.pathname = `/${name}`;
  return {
    clientUrl: url.toString(),
    poolMax: 5,
    embedded: false,
    async close() {
      const cleanup = new pg.Client({ connectionString: source.adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
