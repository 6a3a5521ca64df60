import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { DatabaseUnavailableError } from './db/database';
import { DEMO_PEOPLE } from './db/demo-data';
import { startHub } from './app';

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const hub = await startHub(config);
  const mode = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
  console.log(`Cantiere is ready at ${hub.url} (${mode}, ${Date.now() - started} ms)`);
  if (config.seedDemo) {
    console.log(`Demo sign-in: ${DEMO_PEOPLE[0].email} / ${config.demoPassword}`);
    console.log(`  also: ${DEMO_PEOPLE.slice(1).map((p) => p.email).join(', ')} (same password)`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Cantiere…`);
    const force = setTimeout(() => {
      console.error('shutdown took too long, exiting');
      process.exit(1);
    }, 10_000);
    await hub.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Known start-up failures get one line; anything else keeps its stack for the operator.
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(`Cantiere cannot start: ${error.message}`);
  } else if (error instanceof Error && /data folder .* is in use/.test(error.message)) {
    console.error(`Cantiere cannot start: ${error.message}`);
  } else {
    console.error('Cantiere cannot start:', error);
  }
  process.exit(1);
});
