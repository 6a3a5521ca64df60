import pg from 'pg';
import type { Config } from '../config';
import { EMBEDDED_CONNECTIONS, startEmbeddedDatabase } from './embedded';

export interface DatabaseHandle {
  clientUrl: string;
  poolMax: number;
  embedded: boolean;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

function describe(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || 5432}${pathname}`;
}

/** Connects once, briefly, so that a wrong URL or a stopped server fails in seconds with a clear reason. */
export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? '';
    throw new DatabaseUnavailableError(
      `cannot use PostgreSQL at ${describe(url)}: ${(error as Error).message || reason}`.trim(),
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The real PostgreSQL of DATABASE_URL, or the embedded one in DATA_DIR. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    await checkConnection(config.databaseUrl);
    return { clientUrl: config.databaseUrl, poolMax: 10, embedded: false, close: async () => undefined };
  }
  const embedded = await startEmbeddedDatabase(config.dataDir);
  return { clientUrl: embedded.clientUrl, poolMax: EMBEDDED_CONNECTIONS, embedded: true, close: () => embedded.close() };
}
