import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../lib/logger';

/** A probe that waits longer than this for the database answers 503: the pool may be stuck on a dead server. */
export const READY_TIMEOUT_MS = 2000;

type Readiness = { ready: true } | { ready: false; reason: 'databaseUnavailable' | 'migrationsPending'; pending?: number };

class Timeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Whether this process should be sent traffic: the database answers and the schema is up to date. */
async function readiness(orm: MikroORM, log: Logger): Promise<Readiness> {
  try {
    await within(orm.em.getConnection().execute('select 1'), READY_TIMEOUT_MS);
  } catch (error) {
    if (!(error instanceof Timeout)) log.error({ err: error }, 'readiness: the database does not answer');
    return { ready: false, reason: 'databaseUnavailable' };
  }
  try {
    const pending = await within(orm.getMigrator().getPendingMigrations(), READY_TIMEOUT_MS);
    return pending.length ? { ready: false, reason: 'migrationsPending', pending: pending.length } : { ready: true };
  } catch (error) {
    if (!(error instanceof Timeout)) log.error({ err: error }, 'readiness: cannot read the applied migrations');
    return { ready: false, reason: 'databaseUnavailable' };
  }
}

/**
 * `/healthz`: 200 while the process serves HTTP at all (for restarts). `/readyz`: 200 only when
 * the database answers and no migration is pending, 503 with a one-word reason otherwise (for
 * load balancers, which should stop sending requests while it is 503).
 */
export function mountHealth(app: Express, orm: MikroORM, log: Logger) {
  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await readiness(orm, log);
    res.setHeader('Cache-Control', 'no-store');
    res.status(state.ready ? 200 : 503).json(state);
  });
}
