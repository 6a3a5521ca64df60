// The PostgreSQL that every subject of bench:api reads: a database `cantiere_bench` on the server
// of BENCH_DATABASE_URL, or else a throw-away server started from the system's binaries (as
// .ci/postgres.sh does) in a temporary directory, stopped and removed at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { freePort, run } from './processes.mjs';

export const BENCH_DATABASE = 'cantiere_bench';

function postgresBinDir() {
  const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = `/usr/lib/postgresql/${version}/bin`;
    if (fs.existsSync(`${dir}/initdb`)) return dir;
  }
  try {
    return path.dirname(fs.realpathSync(execFileSync('sh', ['-c', 'command -v initdb']).toString().trim()));
  } catch {
    throw new Error('no PostgreSQL binaries found (initdb): install PostgreSQL or set BENCH_DATABASE_URL');
  }
}

/**
 * initdb and pg_ctl refuse to run as root: as root they run as the `postgres` user, which owns
 * the data directory.
 */
function asPostgresUser(dir) {
  if (process.getuid?.() !== 0) return (command, args) => [command, args];
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  fs.chownSync(dir, uid, gid);
  return (command, args) => ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

async function startThrowAwayServer() {
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-bench-pg-'));
  fs.chmodSync(dir, 0o755);
  const as = asPostgresUser(dir);
  const port = await freePort();
  const data = path.join(dir, 'data');
  await run(...as(`${bin}/initdb`, ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']), { quiet: true });
  // fsync off as in CI: the figures are about the API's work, not about the disk.
  const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200 -c fsync=off`;
  await run(...as(`${bin}/pg_ctl`, ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start']), { quiet: true });
  return {
    serverUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await run(...as(`${bin}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', 'stop']), { quiet: true }).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function databaseUrlOf(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The bench database, created if missing (`fresh`: dropped first). Resolves with its URL, the
 * server's version and a `stop` that ends the throw-away server, if one was started.
 */
export async function openBenchDatabase({ fresh, log }) {
  const given = process.env.BENCH_DATABASE_URL;
  const server = given ? { serverUrl: given, stop: async () => undefined } : await startThrowAwayServer();
  log(given ? `PostgreSQL of BENCH_DATABASE_URL (${new URL(given).host})` : `throw-away PostgreSQL at ${new URL(server.serverUrl).host}`);
  try {
    const version = await withClient(server.serverUrl, async (client) => {
      if (fresh) await client.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
      const { rows } = await client.query('select 1 from pg_database where datname = $1', [BENCH_DATABASE]);
      if (!rows.length) await client.query(`create database ${BENCH_DATABASE}`);
      return (await client.query('show server_version')).rows[0].server_version;
    });
    return { url: databaseUrlOf(server.serverUrl, BENCH_DATABASE), version, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export { withClient };
