import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Knex } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { rateLimited } from '../../errors';

/**
 * Limits stored in PostgreSQL, so that every process of a scaled-out hub counts the same attempts.
 * Sign-in counts failures only (OWASP's authentication guidance): per address and email together,
 * with a block that grows each time, and per address across emails. The right password from an
 * address that has not been failing is never refused because of someone else's failures.
 */
export interface RateLimits {
  signInFailuresByIp: RateLimiterPostgres;
  signInFailuresByEmailAndIp: RateLimiterPostgres;
  /** How many times a pair was blocked in the last day: each block lasts twice the one before. */
  signInLockouts: RateLimiterPostgres;
  signUpByIp: RateLimiterPostgres;
  windowSeconds: number;
}

/** The first block of an email from an address; each later one doubles, up to the window. */
const FIRST_BLOCK_SECONDS = 30;

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
  const limiter = (keyPrefix: string, points: number, duration = config.rateLimitWindowSeconds) =>
    new RateLimiterPostgres({
      storeClient,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      points,
      duration,
    });
  return {
    signInFailuresByIp: limiter('sign-in-failures-ip', config.signInLimitPerIp),
    signInFailuresByEmailAndIp: limiter('sign-in-failures-email-ip', config.signInLimitPerEmail),
    signInLockouts: limiter('sign-in-lockouts', 1000, 24 * 3600),
    signUpByIp: limiter('sign-up-ip', config.signUpLimitPerIp),
    windowSeconds: config.rateLimitWindowSeconds,
  };
}

const pairKey = (email: string, ip: string) => `${email}|${ip}`;

/** RATE_LIMITED, with when to retry, when this address (or this address for this email) has failed too often. */
export async function ensureSignInAllowed(limits: RateLimits, email: string, ip: string): Promise<void> {
  await ensureAttemptsLeft(limits.signInFailuresByIp, ip);
  await ensureAttemptsLeft(limits.signInFailuresByEmailAndIp, pairKey(email, ip));
}

/** Counts a failed sign-in; the pair's limit reached blocks it, each time for twice as long. */
export async function recordSignInFailure(limits: RateLimits, email: string, ip: string): Promise<void> {
  const pair = pairKey(email, ip);
  await limits.signInFailuresByIp.penalty(ip, 1);
  const failures = await limits.signInFailuresByEmailAndIp.penalty(pair, 1);
  if (failures.consumedPoints < limits.signInFailuresByEmailAndIp.points) return;
  const lockouts = await limits.signInLockouts.penalty(pair, 1);
  const seconds = Math.min(limits.windowSeconds, FIRST_BLOCK_SECONDS * 2 ** (lockouts.consumedPoints - 1));
  await limits.signInFailuresByEmailAndIp.block(pair, seconds);
}

/** A successful sign-in forgets the pair's failures (not its lockouts: those fade in a day). */
export async function recordSignInSuccess(limits: RateLimits, email: string, ip: string): Promise<void> {
  await limits.signInFailuresByEmailAndIp.delete(pairKey(email, ip));
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
