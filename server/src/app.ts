import http from 'node:http';
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
import { SessionCache, shareForgottenSessions } from './modules/account/session-cache';
import { withoutNamedStatements } from './db/lean-rows';
import { Realtime, REALTIME_PATH } from './realtime/realtime';
import { attachPostgresAdapter } from './realtime/adapter';
import type { AppServices } from './core/request-scope';
import { ScopeRegistry, type ScopeKind } from './realtime/scope-registry';
import type { EventCatalogue } from './realtime/event-catalogue';
import { eventCatalogue, scopeKinds } from './modules/registry';
import { socketIdentity } from './modules/account/account.scope';
import { securityHeaders } from './http/security-headers';
import { dynamicCompression, serveClient } from './http/client';
import { errorHandler, graphqlBodyErrors, notFound } from './http/errors';
import { mountHealth } from './http/health';
import { publicPageMeta } from './http/public-pages';
import { createRequestScope } from './core/request-scope';
import { anonymous } from './core/actor';
import { startJobRunner, type JobRunner } from './jobs/job-runner';
import { pruneEventsJob } from './jobs/prune-events.job';

/** The largest GraphQL request body: a long post with its variables fits many times over. */
export const GRAPHQL_BODY_LIMIT = '100kb';

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

/** Boot order: database -> migrations and data -> GraphQL over HTTP -> realtime. */
export async function startHub(config: Config, options: HubOptions = {}): Promise<Hub> {
  const log = createLogger(config.logLevel);
  const database = options.database ?? (await openDatabase(config));
  let orm: MikroORM | undefined;
  let jobs: Promise<JobRunner> | undefined;
  try {
    // One connection of the database's is the job runner's.
    orm = await openOrm({ clientUrl: database.clientUrl, poolMax: Math.max(1, database.poolMax - 1), onQuery: options.onQuery });
    if (database.embedded) withoutNamedStatements(orm.em);
    const { demoLoaded } = await prepareDatabase(orm, config, log);
    const jobLog = log.child({ component: 'jobs' });
    // Started beside the HTTP server, not before it: creating the job queue's schema on a first
    // embedded start takes several seconds that nobody should wait for.
    jobs = startJobRunner({
      connectionString: database.clientUrl,
      maxConnections: 1,
      jobs: [pruneEventsJob(config.eventRetentionDays)],
      log: { info: (message, fields) => jobLog.info(fields ?? {}, message), error: (message, fields) => jobLog.error(fields ?? {}, message) },
    });
    jobs.catch((error: unknown) => jobLog.error({ err: error }, 'the job runner did not start'));

    const app = express();
    app.disable('x-powered-by');
    // Off unless TRUST_PROXY names the proxy in front: otherwise anyone could choose the address
    // the rate limits count by sending X-Forwarded-For.
    app.set('trust proxy', config.trustProxy);
    app.use(securityHeaders());
    app.use(dynamicCompression());
    const httpServer = http.createServer(app);
    const apollo = createApolloServer(await buildHubSchema(), httpServer, config);
    await apollo.start();
    const rateLimits = createRateLimits(orm.em.getKnex(), config);
    const registry = new ScopeRegistry([...scopeKinds, ...(options.extraScopeKinds ?? [])]);
    const realtime = new Realtime(httpServer, orm, () => services, log, {
      scopeKinds: registry,
      identity: socketIdentity,
      allowedOrigins: config.realtimeAllowedOrigins,
      maxConnectionsPerUser: config.realtimeMaxConnectionsPerUser,
    });
    const detachAdapter = config.realtimeAdapter === 'postgres' ? attachPostgresAdapter(realtime.io, database.clientUrl, log) : null;
    const catalogue = { ...eventCatalogue, ...options.extraEvents };
    const sessions = new SessionCache(config.sessionCacheSeconds * 1000);
    if (detachAdapter) shareForgottenSessions(realtime.io, sessions);
    const services: AppServices = { config, rateLimits, log, realtime, catalogue, sessions };
    mountHealth(app, orm, log);
    app.use(
      '/graphql',
      express.json({ limit: GRAPHQL_BODY_LIMIT }),
      graphqlBodyErrors,
      expressMiddleware(apollo, { context: contextFactory(orm, services) }),
    );
    serveClient(app, config.clientDir, config.env === 'production', (pagePath) =>
      publicPageMeta(pagePath, createRequestScope(orm!, services, anonymous, { log: log.child({ component: 'public-pages' }) })),
    );
    app.use(notFound);
    app.use(errorHandler(log));

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const address = httpServer.address() as { port: number };
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const openOrmInstance = orm;
    const runningJobs = jobs;
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
        await runningJobs.then((runner) => runner.stop()).catch(() => undefined);
        await openOrmInstance.close();
        if (!options.database) await database.close();
      },
    };
  } catch (error) {
    await jobs?.then((runner) => runner.stop()).catch(() => undefined);
    await orm?.close().catch(() => undefined);
    if (!options.database) await database.close().catch(() => undefined);
    throw error;
  }
}

export { REALTIME_PATH };
