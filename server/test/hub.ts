import 'reflect-metadata';
import { inject } from 'vitest';
import { startHub, type Hub, type HubOptions } from '../src/app';
import { loadConfig } from '../src/config';
import { createTestDatabase } from './database';
import type { DatabaseHandle } from '../src/db/database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

/** A visitor of the hub with its own cookie jar, like one browser. */
export class TestClient {
  cookie: string | undefined;

  constructor(readonly hub: TestHub) {}

  /** Sends one GraphQL operation and remembers the session cookie the server sets. */
  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T> & { status: number; setCookie: string | null }> {
    const response = await fetch(`${this.hub.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status, setCookie };
  }

  /** The session token, as a non-browser client would hold it. */
  get token(): string | undefined {
    return this.cookie?.split('=')[1];
  }
}

export interface TestHub extends Hub {
  database: DatabaseHandle;
  /** SQL statements run since the last `resetSqlLog()`. */
  sql: string[];
  resetSqlLog(): void;
  client(): TestClient;
}

/** Starts the whole hub (HTTP, GraphQL, realtime) on port 0 over a fresh copy of the test database. */
export async function startTestHub(
  env: Record<string, string> = {},
  options: Pick<HubOptions, 'extraScopeKinds' | 'extraEvents'> = {},
): Promise<TestHub> {
  const database = await createTestDatabase(inject('testDatabase'));
  const sql: string[] = [];
  // Tests sign many people up from one address: the limits get their own tests.
  const generousLimits = { SIGN_UP_LIMIT_PER_IP: '100000', SIGN_IN_LIMIT_PER_IP: '100000' };
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', SEED_DEMO: 'false', ...generousLimits, ...env });
  const hub = await startHub(config, {
    ...options,
    database,
    onQuery: (message) => {
      // The ORM logs "[query] <sql> [took N ms]"; keep just the statements.
      if (message.includes('[query]')) sql.push(message);
    },
  });
  const closeHub = hub.close.bind(hub);
  const testHub: TestHub = Object.assign(hub, {
    database,
    sql,
    resetSqlLog: () => void sql.splice(0),
    client: () => new TestClient(testHub),
    async close() {
      await closeHub();
      await database.close();
    },
  });
  return testHub;
}
