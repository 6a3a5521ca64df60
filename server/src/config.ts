import net from 'node:net';
import path from 'node:path';

/** Where the repository lives; paths in the configuration are resolved from here. */
export const REPO_ROOT = path.resolve(__dirname, '../..');

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Real PostgreSQL; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl: string | null;
  dataDir: string;
  seedDemo: boolean;
  demoPassword: string;
  cookieSecure: boolean;
  sessionDays: number;
  clientDir: string;
  signInLimitPerIp: number;
  signInLimitPerEmail: number;
  signUpLimitPerIp: number;
  rateLimitWindowSeconds: number;
  logLevel: 'silent' | 'error' | 'info';
  /** `postgres`: socket.io's PostgreSQL adapter carries broadcasts between processes. */
  realtimeAdapter: 'memory' | 'postgres';
  eventRetentionDays: number;
  /**
   * Which peers may tell the client's address and protocol in X-Forwarded-For / -Proto: none
   * (false), all (true), the nearest N hops, or these addresses, subnets and names (Express's
   * `trust proxy`). Decides the address the rate limits count and whether a request came over TLS.
   */
  trustProxy: boolean | number | string[];
  /** Accounts given the platform's ADMIN role at every start: how the first admins are made. */
  adminEmails: string[];
  /** Origins besides the hub's own whose pages may open a realtime connection (e.g. a partner's portal). */
  realtimeAllowedOrigins: string[];
  /** Simultaneous realtime connections of one person, all processes together. */
  realtimeMaxConnectionsPerUser: number;
  /** How long a session read from the database answers for its cookie; 0 reads it on every request. */
  sessionCacheSeconds: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function databaseUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// (got ${url.protocol}//)`);
  }
  if (!url.hostname) throw new ConfigError('DATABASE_URL has no host');
  return raw;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrSubnet(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY: off unless the operator says which proxy sits in front (see the README). */
function trustProxy(raw: string | undefined): boolean | number | string[] {
  const value = (raw ?? '').trim();
  if (value === '' || ['false', 'no', 'off'].includes(value.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops === 0) return false;
    if (hops > 10) throw new ConfigError(`TRUST_PROXY as a number of proxies must be between 0 and 10 (got "${raw}")`);
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  const wrong = entries.find((entry) => !PROXY_NAMES.includes(entry) && !isAddressOrSubnet(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be false, true, a number of proxies, or addresses and subnets (e.g. loopback or 10.0.0.0/8) (got "${wrong}")`,
    );
  }
  return entries;
}

/** REALTIME_ALLOWED_ORIGINS: comma-separated origins such as https://portale.example.it. */
function origins(raw: string | undefined): string[] {
  const list = (raw ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of list) {
    const url = URL.canParse(entry) ? new URL(entry) : null;
    if (!url || url.origin !== entry) throw new ConfigError(`REALTIME_ALLOWED_ORIGINS must list origins like https://example.it (got "${entry}")`);
  }
  return list;
}

/** Reads and validates every environment variable the hub uses, in one place. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  const url = databaseUrl(env.DATABASE_URL);
  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (logLevel !== 'silent' && logLevel !== 'error' && logLevel !== 'info') {
    throw new ConfigError(`LOG_LEVEL must be silent, error or info (got "${logLevel}")`);
  }
  const realtimeAdapter = env.REALTIME_ADAPTER || 'memory';
  if (realtimeAdapter !== 'memory' && realtimeAdapter !== 'postgres') {
    throw new ConfigError(`REALTIME_ADAPTER must be memory or postgres (got "${realtimeAdapter}")`);
  }
  if (realtimeAdapter === 'postgres' && !url) {
    throw new ConfigError('REALTIME_ADAPTER=postgres needs DATABASE_URL: the embedded database serves one process');
  }
  return {
    env: nodeEnv,
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: url,
    dataDir: path.resolve(REPO_ROOT, env.DATA_DIR || 'data'),
    // Embedded mode is a personal or demo hub: it gets the demo data on an empty database.
    seedDemo: boolean(env, 'SEED_DEMO', url === null),
    demoPassword: env.DEMO_PASSWORD || 'cantiere-demo-2026',
    cookieSecure: boolean(env, 'COOKIE_SECURE', nodeEnv === 'production'),
    sessionDays: integer(env, 'SESSION_DAYS', 30, 1, 365),
    clientDir: path.resolve(REPO_ROOT, env.CLIENT_DIR || 'client/dist'),
    signInLimitPerIp: integer(env, 'SIGN_IN_LIMIT_PER_IP', 30, 1, 100000),
    signInLimitPerEmail: integer(env, 'SIGN_IN_LIMIT_PER_EMAIL', 5, 1, 100000),
    signUpLimitPerIp: integer(env, 'SIGN_UP_LIMIT_PER_IP', 10, 1, 100000),
    rateLimitWindowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 900, 1, 86400),
    logLevel,
    realtimeAdapter,
    eventRetentionDays: integer(env, 'EVENT_RETENTION_DAYS', 7, 1, 365),
    trustProxy: trustProxy(env.TRUST_PROXY),
    realtimeAllowedOrigins: origins(env.REALTIME_ALLOWED_ORIGINS),
    realtimeMaxConnectionsPerUser: integer(env, 'REALTIME_MAX_CONNECTIONS_PER_USER', 20, 1, 1000),
    sessionCacheSeconds: integer(env, 'SESSION_CACHE_SECONDS', 30, 0, 300),
    adminEmails: (env.ADMIN_EMAILS ?? '')
      .split(',')
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  };
}
