import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { createLogger, type Logger } from './lib/logger';
import { openOrm } from './db/orm';
import { openDatabase, type DatabaseHandle } from './db/database';
import { prepareDatabase } from './db/prepare';
import { buildHubSchema } from './graphql/schema';
import { createApolloServer } from './graphql/server';
import { contextFactory } from './graphql/context-factory';
import { createRateLimits } from './modules/account/rate-limits';
import { Realtime, REALTIME_PATH } from './realtime/realtime';
import { attachPostgresAdapter } from './realtime/adapter';
import type { AppServices } from './core/request-scope';
import { ScopeRegistry, type ScopeKind } from './realtime/scope-registry';
import type { EventCatalogue } from './realtime/event-catalogue';
import { eventCatalogue, scopeKinds } from './modules/registry';
import { socketIdentity } from './modules/account/account.scope';

export interface Hub {
  url: string;
  orm: MikroORM;
  realtime: Realtime;
  /** What every request scope shares: for jobs and tests that act as the hub itself. */
  services: AppServices;
  log: Logger;
  demoLoaded: boolean;
  close(): Promise<void>;
}

export interface HubOptions {
  /** An already open database (tests); otherwise DATABASE_URL or the embedded one. */
  database?: DatabaseHandle;
  /** Receives every SQL statement the ORM runs. */
  onQuery?: (sql: string) => void;
  /** More scope kinds and event types beside the domains' own (tests plug in a kind of their own). */
  extraScopeKinds?: ScopeKind[];
  extraEvents?: EventCatalogue;
}

/** Serves the built client, with every unknown path answered by index.html for the client's router. */
function serveClient(app: express.Express, clientDir: string) {
  const index = path.join(clientDir, 'index.html');
  if (!fs.existsSync(index)) {
    app.get('/', (_req, res) => {
      res.type('text').send('Cantiere: the client is not built. Run `npm run build -w client`, or use `npm start`.');
    });
    return;
  }
  app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(clientDir, { index: false, maxAge: 0 }));
  app.get(/^\/(?!graphql|realtime).*/, (_req, res) => res.sendFile(index));
}

/** Boot order: database -> migrations and data -> GraphQL over HTTP -> realtime. */
export async function startHub(config: Config, options: HubOptions = {}): Promise<Hub> {
  const log = createLogger(config.logLevel);
  const database = options.database ?? (await openDatabase(config));
  let orm: MikroORM | undefined;
  try {
    orm = await openOrm({ clientUrl: database.clientUrl, poolMax: database.poolMax, onQuery: options.onQuery });
    const { demoLoaded } = await prepareDatabase(orm, config, log);

    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback');
    const httpServer = http.createServer(app);
    const apollo = createApolloServer(await buildHubSchema(), httpServer, config);
    await apollo.start();
    const rateLimits = createRateLimits(orm.em.getKnex(), config);
    const registry = new ScopeRegistry([...scopeKinds, ...(options.extraScopeKinds ?? [])]);
    const realtime = new Realtime(httpServer, orm, () => services, log, { scopeKinds: registry, identity: socketIdentity });
    const detachAdapter = config.realtimeAdapter === 'postgres' ? attachPostgresAdapter(realtime.io, database.clientUrl, log) : null;
    const catalogue = { ...eventCatalogue, ...options.extraEvents };
    const services: AppServices = { config, rateLimits, log, realtime, catalogue };
    app.get('/healthz', (_req, res) => res.json({ ok: true }));
    app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: contextFactory(orm, services) }));
    serveClient(app, config.clientDir);

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const address = httpServer.address() as { port: number };
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const openOrmInstance = orm;
    return {
      url: `http://${host}:${address.port}`,
      orm: openOrmInstance,
      realtime,
      services,
      log,
      demoLoaded,
      async close() {
        // Realtime clients first (they would hold the HTTP server open), then Apollo drains
        // in-flight requests and closes the HTTP server, then socket.io releases the rest.
        await realtime.close();
        await apollo.stop();
        await new Promise<void>((resolve) => realtime.io.close(() => resolve()));
        await detachAdapter?.();
        await openOrmInstance.close();
        if (!options.database) await database.close();
      },
    };
  } catch (error) {
    await orm?.close().catch(() => undefined);
    if (!options.database) await database.close().catch(() => undefined);
    throw error;
  }
}

export { REALTIME_PATH };
