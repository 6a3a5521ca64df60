import type { IncomingMessage } from 'node:http';
import { parse } from 'cookie';
import type { Config } from '../config';

export const SESSION_COOKIE = 'cantiere_session';

export function sessionCookieOptions(config: Config) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure, path: '/' };
}

/** The session token from the cookie, or from `Authorization: Bearer …` for non-browser clients. */
export function readSessionToken(req: Pick<IncomingMessage, 'headers'>): string | undefined {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  const cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  return cookies[SESSION_COOKIE];
}
