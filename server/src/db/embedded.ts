import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** PGlite runs every query on one backend; the ORM pool must not be larger than this. */
export const EMBEDDED_CONNECTIONS = 4;

export interface EmbeddedDatabase {
  clientUrl: string;
  db: PGlite;
  close(): Promise<void>;
}

const LOCK_FILE = 'cantiere.pid';

/**
 * PostgreSQL's default 128 MB of shared buffers lives inside PGlite's WebAssembly memory and
 * costs as much resident memory; the hub's data fits in far less, and the OS caches the files.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB', '-c', 'wal_buffers=1MB'];

export class DataDirInUseError extends Error {}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is a single-process database: a second hub on the same folder would corrupt it.
 * The pid file is created atomically; a stale one (its process is gone) is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(owner) && owner !== process.pid && processIsAlive(owner)) {
        throw new DataDirInUseError(
          `the data folder ${dataDir} is in use by another Cantiere process (pid ${owner}); ` +
            'the embedded database serves one process: stop the other one, or set DATABASE_URL to scale out',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock the data folder ${dataDir}`);
}

async function serve(db: PGlite, release: () => void): Promise<EmbeddedDatabase> {
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_CONNECTIONS });
  await server.start();
  return {
    clientUrl: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    db,
    async close() {
      await server.stop();
      await db.close();
      release();
    },
  };
}

/** Starts PGlite with its data in `dataDir` and serves it on a loopback port for the pg driver. */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir: path.join(dataDir, 'pg'), startParams: START_PARAMS });
    return await serve(db, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** An in-memory PGlite loaded from a dump: each test file gets its own database in milliseconds. */
export async function startEmbeddedFromDump(dump: Blob): Promise<EmbeddedDatabase> {
  const db = await PGlite.create({ loadDataDir: dump, startParams: START_PARAMS });
  return serve(db, () => undefined);
}

/** An empty in-memory PGlite, used once per test run to build the dump. */
export async function startEmbeddedInMemory(): Promise<EmbeddedDatabase> {
  return serve(await PGlite.create({ startParams: START_PARAMS }), () => undefined);
}
