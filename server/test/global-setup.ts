import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { startEmbeddedInMemory } from '../src/db/embedded';
import { openOrm } from '../src/db/orm';
import { loadReferenceData } from '../src/db/reference-data';
import type { TestDatabaseSource } from './database';
import { startJobRunner } from '../src/jobs/job-runner';
import { pruneEventsJob } from '../src/jobs/prune-events.job';

/**
 * Prepares one migrated database with the comuni loaded, which every test file then copies:
 * a PostgreSQL template database with TEST_DATABASE_URL, otherwise a dump of an embedded one.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const template = `cantiere_test_template_${process.pid}`;
    // Short-lived connections only: some tests restart the server under the test run.
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await admin(`drop database if exists ${template}`);
    await admin(`create database ${template}`);
    const url = new URL(adminUrl);
    url.pathname = `/${template}`;
    await prepare(url.toString());
    const source: TestDatabaseSource = { kind: 'postgres', adminUrl, template };
    project.provide('testDatabase', source);
    return () => admin(`drop database if exists ${template} with (force)`);
  }
  const embedded = await startEmbeddedInMemory();
  await prepare(embedded.clientUrl);
  const dump = await embedded.db.dumpDataDir('none');
  await embedded.close();
  const dumpPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-test-')), 'template.tar');
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  const source: TestDatabaseSource = { kind: 'embedded', dumpPath };
  project.provide('testDatabase', source);
  return () => fs.rmSync(path.dirname(dumpPath), { recursive: true, force: true });
}

async function prepare(clientUrl: string) {
  const orm = await openOrm({ clientUrl, poolMax: 1 });
  try {
    await orm.getMigrator().up();
    await loadReferenceData(orm.em.fork());
  } finally {
    await orm.close();
  }
  // The job queue's own schema, created once here rather than by every hub a test starts.
  const quiet = { info: () => undefined, error: () => undefined };
  const runner = await startJobRunner({ connectionString: clientUrl, maxConnections: 1, jobs: [pruneEventsJob(7)], log: quiet });
  await runner.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseSource;
  }
}
