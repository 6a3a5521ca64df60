import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { DatabaseUnavailableError } from './db/database';
import { DataDirInUseError } from './db/embedded';
import { DEMO_PEOPLE } from './db/demo-data';
import { startHub, type Hub } from './app';

const SHUTDOWN_TIMEOUT_MS = 10_000;

let hub: Hub | undefined;
let stopping = false;

/** Closes in order (HTTP, realtime, ORM, database) so the embedded data folder is never left half-written. */
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  // A signal during start-up is honoured once the start-up is done: interrupting initdb would corrupt the folder.
  if (!hub) return;
  console.log(`\n${signal}: stopping Cantiere…`);
  const force = setTimeout(() => {
    console.error('Cantiere: shutdown took too long, exiting');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  await hub.close();
  clearTimeout(force);
  process.exit(0);
}

async function main() {
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const started = Date.now();
  const config = loadConfig();
  hub = await startHub(config);
  if (stopping) {
    stopping = false;
    return stop('signal during start-up');
  }
  const mode = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
  const lines = [`Cantiere is ready at ${hub.url} (${mode}, ${Date.now() - started} ms)`];
  if (config.seedDemo) {
    lines.push(`Demo sign-in: ${DEMO_PEOPLE[0].email} / ${config.demoPassword}`);
    lines.push(`  also: ${DEMO_PEOPLE.slice(1).map((p) => p.email).join(', ')} (same password)`);
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  // Known start-up failures get one line; anything else keeps its stack for the operator.
  const known = error instanceof ConfigError || error instanceof DatabaseUnavailableError || error instanceof DataDirInUseError;
  console.error('Cantiere cannot start:', known ? (error as Error).message : error);
  process.exit(1);
});
