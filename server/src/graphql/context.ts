import type { Request, Response } from 'express';
import type { RequestScope } from '../core/request-scope';
import type { Session } from '../modules/account/session.entity';

export type { AppServices } from '../core/request-scope';

/** What one GraphQL request sees: the request scope every caller has, plus what HTTP adds. */
export interface Context extends RequestScope {
  /** The token the request carried, if any; the actor is resolved from it after validation. */
  sessionToken: string | undefined;
  session: Session | null;
  ip: string;
  userAgent: string | null;
  /** Sets or clears the session cookie on the HTTP response. */
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

export type { Request, Response };
