import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Knex } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { rateLimited } from '../../errors';

/** Limits stored in PostgreSQL, so that every process of a scaled-out hub counts the same attempts. */
export interface RateLimits {
  signInByIp: RateLimiterPostgres;
  signInByEmail: RateLimiterPostgres;
  signUpByIp: RateLimiterPostgres;
}

interface PgQuery {
  text: string;
  values?: unknown[];
}

/**
 * The library names its prepared statements. The embedded PostgreSQL serves every connection
 * from one backend, where a name prepared by one connection collides with the next; so its
 * queries run unnamed on a connection borrowed from the ORM's pool.
 */
function unnamedQueries(knex: Knex) {
  return {
    async query({ text, values }: PgQuery) {
      const connection = await knex.client.acquireConnection();
      try {
        return await connection.query({ text, values });
      } finally {
        await knex.client.releaseConnection(connection);
      }
    },
  };
}

export function createRateLimits(knex: Knex, config: Config): RateLimits {
  const storeClient = unnamedQueries(knex);
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPostgres({
      storeClient,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      points,
      duration: config.rateLimitWindowSeconds,
    });
  return {
    signInByIp: limiter('sign-in-ip', config.signInLimitPerIp),
    signInByEmail: limiter('sign-in-email', config.signInLimitPerEmail),
    signUpByIp: limiter('sign-up-ip', config.signUpLimitPerIp),
  };
}

/** Throws RATE_LIMITED, with the seconds to wait, when the key has no attempts left. */
export async function ensureAttemptsLeft(limiter: RateLimiterPostgres, key: string): Promise<void> {
  const state = await limiter.get(key);
  if (state && state.consumedPoints >= limiter.points) throw rateLimited(retryAfterSeconds(state));
}

/** Counts one attempt; throws RATE_LIMITED when that was one too many. */
export async function consumeAttempt(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) throw rateLimited(retryAfterSeconds(outcome));
    throw outcome;
  }
}

function retryAfterSeconds(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}
