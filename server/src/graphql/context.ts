import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { User } from '../modules/account/user.entity';
import type { Session } from '../modules/account/session.entity';
import type { RateLimits } from '../modules/account/rate-limits';
import type { Logger } from '../lib/logger';
import type { Loaders } from './loaders';
import type { Realtime } from '../realtime/realtime';

/** What lives as long as the process: shared by every request. */
export interface AppServices {
  config: Config;
  rateLimits: RateLimits;
  log: Logger;
  realtime: Realtime;
}

/** What one GraphQL request sees. Built fresh for every request; nothing here is shared. */
export interface Context {
  app: AppServices;
  em: EntityManager;
  requestId: string;
  loaders: Loaders;
  /** The token the request carried, if any; `viewer` is resolved from it after validation. */
  sessionToken: string | undefined;
  viewer: User | null;
  session: Session | null;
  ip: string;
  userAgent: string | null;
  /** Sets or clears the session cookie on the HTTP response. */
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

export type { Request, Response };
