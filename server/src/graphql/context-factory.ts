import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { authenticate } from '../modules/account/account.service';
import type { AppServices, Context } from './context';
import { createLoaders } from './loaders';
import { SESSION_COOKIE, readSessionToken, sessionCookieOptions } from '../lib/session-cookie';

/** Sessions seen within this window are not written back on every request. */
const LAST_SEEN_PRECISION_MS = 5 * 60 * 1000;

/**
 * Finds the viewer behind the request's cookie or bearer token. Called by the server once the
 * operation is parsed and validated, so a query refused by the limits costs no SQL at all.
 */
export async function identifyViewer(ctx: Context): Promise<void> {
  const session = await authenticate(ctx, ctx.sessionToken);
  if (session && Date.now() - session.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    session.lastSeenAt = new Date();
    await ctx.em.flush();
  }
  ctx.session = session;
  ctx.viewer = session?.user ?? null;
  // Apollo hands plugins and resolvers a copy of the context: rebuild the loaders on that copy, for this viewer.
  ctx.loaders = createLoaders(ctx.em, ctx.viewer?.id ?? null);
}

/** Builds a request's context: its own EntityManager and loaders. Runs no SQL. */
export function contextFactory(orm: MikroORM, app: AppServices) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<Context> => {
    const em = orm.em.fork();
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const ctx: Context = {
      app,
      em,
      requestId,
      loaders: createLoaders(em, null),
      sessionToken: readSessionToken(req),
      viewer: null,
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
    return ctx;
  };
}
