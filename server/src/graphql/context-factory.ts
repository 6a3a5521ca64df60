import type { Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { authenticate } from '../modules/account/account.service';
import { anonymous, userActor } from '../core/actor';
import { createRequestScope, setActor, type AppServices } from '../core/request-scope';
import type { Context } from './context';
import { SESSION_COOKIE, readSessionToken, sessionCookieOptions } from '../lib/session-cookie';

/** Sessions seen within this window are not written back on every request. */
const LAST_SEEN_PRECISION_MS = 5 * 60 * 1000;

/** A header value the client chose, kept only when short and plain. */
function headerId(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && /^[\w.-]{1,64}$/.test(value) ? value : null;
}

/**
 * Finds the actor behind the request's cookie or bearer token. Called by the server once the
 * operation is parsed and validated, so a query refused by the limits costs no SQL at all.
 */
export async function identifyViewer(ctx: Context): Promise<void> {
  const session = await authenticate(ctx, ctx.sessionToken);
  if (session && Date.now() - session.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    session.lastSeenAt = new Date();
    await ctx.em.execute('update session set last_seen_at = ? where id = ?', [session.lastSeenAt, session.id]);
  }
  ctx.session = session;
  // Apollo hands plugins and resolvers a copy of the context: the loaders are rebuilt on that copy, for this actor.
  setActor(ctx, session ? userActor(session.user, session.id) : anonymous);
  if (session) ctx.log = ctx.log.child({ userId: session.user.id });
}

/** Builds a request's context from the one request-scope factory. Runs no SQL. */
export function contextFactory(orm: MikroORM, app: AppServices) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<Context> => {
    const requestId = headerId(req.headers['x-request-id']) ?? undefined;
    const scope = createRequestScope(orm, app, anonymous, { requestId, origin: headerId(req.headers['x-cantiere-tab']) });
    res.setHeader('x-request-id', scope.requestId);
    return {
      ...scope,
      sessionToken: readSessionToken(req),
      session: null,
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      setSessionCookie(token, expiresAt) {
        res.cookie(SESSION_COOKIE, token, { ...sessionCookieOptions(app.config), expires: expiresAt });
      },
      clearSessionCookie() {
        res.clearCookie(SESSION_COOKIE, sessionCookieOptions(app.config));
      },
    };
  };
}
