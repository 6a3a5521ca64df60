import type { Server } from 'socket.io';
import type { Session } from './session.entity';
import { userScope } from './account.scope';

/** Sessions kept at most: the oldest go first. */
const MAX_ENTRIES = 20_000;

interface Entry {
  session: Session;
  until: number;
}

/**
 * The live sessions seen lately, by token hash: every request asks who is behind its cookie, and
 * reading the session, the person and their organisation costs a statement per request.
 *
 * A session is forgotten as soon as anything about its person's rights changes (sign-out, a
 * revoked session, an affiliation decided, a platform role, a profile saved), on this process at
 * once and on the others through the realtime adapter, and in any case after a few seconds:
 * the bound when a message between processes is lost. A lookup that was under way while
 * something was forgotten does not store what it read, which may predate the change.
 * SESSION_CACHE_SECONDS sets the bound (default 30; 0 turns the cache off).
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private forgetCount = 0;

  constructor(private readonly ttlMs: number) {}

  /** The cached live session of a token hash, or undefined when it must be read. */
  get(tokenHash: string, now = Date.now()): Session | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until <= now || entry.session.expiresAt.getTime() <= now) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.session;
  }

  /** Marks the start of a lookup; `store` keeps its result only if nothing was forgotten since. */
  startLookup(): number {
    return this.forgetCount;
  }

  store(tokenHash: string, session: Session, lookup: number, now = Date.now()): void {
    if (lookup !== this.forgetCount || this.ttlMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { session, until: now + this.ttlMs });
  }

  /** Told of every user whose sessions this process forgets, so that the other processes forget them too. */
  onForget: ((userIds: string[]) => void) | null = null;

  /** After a change of access: forgets the sessions of the people whose own scopes (`user:<id>`) changed, here and on the other processes. */
  forgetScopes(scopes: Iterable<string>): void {
    const prefix = userScope('');
    const userIds = [...scopes].filter((scope) => scope.startsWith(prefix)).map((scope) => scope.slice(prefix.length));
    if (!userIds.length) return;
    this.forgetUsers(userIds);
    this.onForget?.(userIds);
  }

  /** Forgets every cached session of these people, on this process. */
  forgetUsers(userIds: Iterable<string>): void {
    const ids = new Set(userIds);
    if (!ids.size) return;
    this.forgetCount++;
    for (const [hash, entry] of this.entries) if (ids.has(entry.session.user.id)) this.entries.delete(hash);
  }
}

const FORGET_SESSIONS = 'sessions:forget';

/** Across processes: what one process forgets, the others forget too (socket.io's server-side messages, through the adapter). */
export function shareForgottenSessions(io: Server, cache: SessionCache): void {
  cache.onForget = (userIds) => io.serverSideEmit(FORGET_SESSIONS, userIds);
  io.on(FORGET_SESSIONS, (userIds: unknown) => {
    if (Array.isArray(userIds)) cache.forgetUsers(userIds.filter((id): id is string => typeof id === 'string'));
  });
}
