import { isEmail, isUUID } from 'class-validator';
import type { Context } from '../../graphql/context';
import type { RequestScope } from '../../core/request-scope';
import { runUseCase } from '../../core/use-case';
import { anonymous, userActor, userOf } from '../../core/actor';
import { setActor } from '../../core/request-scope';
import { userScope } from './account.scope';
import { claimAffiliation } from './affiliation.service';
import { badInput, notFound, unauthenticated } from '../../errors';
import { hashPassword, verifyPassword } from '../../lib/password';
import { hashToken, newToken } from '../../lib/tokens';
import { Organization } from '../organization/organization.entity';
import type { SignInInput, SignUpInput, UpdateProfileInput } from './account.inputs';
import { consumeAttempt, ensureSignInAllowed, recordSignInFailure, recordSignInSuccess } from './rate-limits';
import { Session } from './session.entity';
import { leanQuery, leanReader } from '../../db/lean-rows';
import { readUserWithOrganization, userWithOrganizationColumns } from './user.loaders';
import { User } from './user.entity';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Opens a session for the user and hands its token to the response as a cookie. */
async function startSession(ctx: Context, user: User): Promise<Session> {
  const { token, hash } = newToken();
  const expiresAt = new Date(Date.now() + ctx.app.config.sessionDays * 24 * 3600 * 1000);
  const session = ctx.em.create(Session, { tokenHash: hash, user, userAgent: ctx.userAgent?.slice(0, 300), expiresAt });
  await ctx.em.flush();
  ctx.setSessionCookie(token, expiresAt);
  setActor(ctx, userActor(user, session.id));
  ctx.session = session;
  return session;
}

export async function signUp(ctx: Context, input: SignUpInput): Promise<User> {
  await consumeAttempt(ctx.app.rateLimits.signUpByIp, ctx.ip);
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) throw badInput('email', 'invalid', 'Not a valid email address');
  const organization = await ctx.em.findOne(Organization, { id: input.organizationId });
  if (!organization) throw badInput('organizationId', 'unknown', 'Unknown organisation');
  const displayName = input.displayName.trim();
  const jobTitle = input.jobTitle.trim();
  if (displayName.length < 2) throw badInput('displayName', 'tooShort', 'Display name is too short');
  if (jobTitle.length < 2) throw badInput('jobTitle', 'tooShort', 'Job title is too short');

  const passwordHash = await hashPassword(input.password);
  const created = await runUseCase(
    ctx,
    async (tx) => {
      const user = tx.em.create(User, { email, passwordHash, displayName, organization, jobTitle, locale: input.locale ?? 'it' });
      await claimAffiliation(tx, user, await tx.em.findOneOrFail(Organization, { id: organization.id }));
      return user;
    },
    // Sign-up has to say the address cannot be used; it says nothing else about that account.
    { onUniqueViolation: (constraint) => (constraint.includes('email') ? badInput('email', 'taken', 'This email cannot be used to sign up') : null) },
  );
  const user = await ctx.em.findOneOrFail(User, { id: created.id }, { populate: ['organization'] });
  await startSession(ctx, user);
  return user;
}

export async function signIn(ctx: Context, input: SignInInput): Promise<User> {
  const email = normalizeEmail(input.email);
  const limits = ctx.app.rateLimits;
  await ensureSignInAllowed(limits, email, ctx.ip);

  const user = await ctx.em.findOne(User, { email }, { populate: ['passwordHash', 'organization'] });
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) {
    await recordSignInFailure(limits, email, ctx.ip);
    // Same answer for an unknown email and a wrong password.
    throw badInput('password', 'wrongCredentials', 'Wrong email or password');
  }
  await recordSignInSuccess(limits, email, ctx.ip);
  await startSession(ctx, user);
  return user;
}

/** Ends the current session; its cookie stops working on every process at once. */
export async function signOut(ctx: Context): Promise<boolean> {
  const session = ctx.session;
  if (session) await endSession(ctx, session.id, session.user.id);
  ctx.clearSessionCookie();
  setActor(ctx, anonymous);
  ctx.session = null;
  return true;
}

/** Revokes a session: its cookie stops working on every process, and its sockets close. */
async function endSession(scope: RequestScope, sessionId: string, userId: string): Promise<void> {
  await runUseCase(scope, async (tx) => {
    await tx.em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
    tx.events.accessChange(userScope(userId));
  });
}

/**
 * Finds the live session behind a token, or null for a missing, expired or revoked one: one
 * statement, read as lean rows (session, person, organisation), and kept for the next requests
 * until anything about the person's rights changes (see SessionCache).
 */
export async function authenticate(ctx: Pick<RequestScope, 'app' | 'em' | 'loaders'>, token: string | undefined): Promise<Session | null> {
  if (!token) return null;
  const hash = hashToken(token);
  const cache = ctx.app.sessions;
  const cached = cache.get(hash);
  if (cached) return cached;
  const lookup = cache.startLookup();
  const [session] = await liveSessions(ctx, 's.token_hash = ?', [hash]);
  if (session) cache.store(hash, session, lookup);
  return session ?? null;
}

/** Live sessions by id, with their person: re-authorizing sockets reads the sessions as they are now. */
export function liveSessionsById(ctx: Pick<RequestScope, 'em' | 'loaders'>, ids: string[]): Promise<Session[]> {
  return ids.length ? liveSessions(ctx, 's.id = any(?)', [ids]) : Promise.resolve([]);
}

async function liveSessions(ctx: Pick<RequestScope, 'em' | 'loaders'>, condition: string, params: unknown[]): Promise<Session[]> {
  const sessions = leanReader(ctx.em, Session);
  const rows = await leanQuery(
    ctx.em,
    `select ${sessions.columns('s')}, ${userWithOrganizationColumns(ctx.em, 'u', 'o', 'u.')}
       from session s join app_user u on u.id = s.user_id join organization o on o.id = u.organization_id
      where ${condition} and s.revoked_at is null and s.expires_at > now()`,
    params,
  );
  return rows.map((row) => {
    const session = sessions.read(row);
    session.user = readUserWithOrganization(ctx.em, row, ctx.loaders.organization, 'u.');
    ctx.loaders.user.prime(session.user.id, session.user);
    return session;
  });
}

/** The signed-in person acting, or UNAUTHENTICATED. */
export function requireViewer(scope: RequestScope): User {
  const user = userOf(scope.actor);
  if (!user) throw unauthenticated();
  return user;
}

export async function listSessions(ctx: RequestScope): Promise<Session[]> {
  const viewer = requireViewer(ctx);
  return ctx.em.find(
    Session,
    { user: viewer.id, revokedAt: null, expiresAt: { $gt: new Date() } },
    { orderBy: { lastSeenAt: 'desc' } },
  );
}

/** Revokes one of the viewer's sessions, e.g. a forgotten browser at the town hall. */
export async function revokeSession(ctx: Context, sessionId: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const session = isUUID(sessionId) ? await ctx.em.findOne(Session, { id: sessionId, user: viewer.id, revokedAt: null }) : null;
  if (!session) throw notFound('Session');
  await endSession(ctx, session.id, viewer.id);
  if (ctx.session?.id === session.id) ctx.clearSessionCookie();
  return true;
}

export function updateProfile(scope: RequestScope, input: UpdateProfileInput): Promise<User> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const user = await tx.em.findOneOrFail(User, { id: viewer.id }, { populate: ['organization'] });
    // The person's facts as the requests see them change: their cached sessions are read again.
    tx.events.accessChange(userScope(user.id));
    if (input.displayName !== undefined && input.displayName !== null) user.displayName = input.displayName.trim();
    if (input.jobTitle !== undefined && input.jobTitle !== null) user.jobTitle = input.jobTitle.trim();
    if (input.locale) user.locale = input.locale;
    if (input.organizationId && input.organizationId !== user.organization.id) {
      const organization = await tx.em.findOne(Organization, { id: input.organizationId });
      if (!organization) throw badInput('organizationId', 'unknown', 'Unknown organisation');
      // A new organisation is a new claim: no rights on its side until it is verified.
      await claimAffiliation(tx, user, organization);
    }
    return user;
  });
}
