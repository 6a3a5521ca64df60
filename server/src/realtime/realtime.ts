import type http from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices, RequestScope } from '../core/request-scope';
import { createRequestScope } from '../core/request-scope';
import type { Actor } from '../core/actor';
import type { Logger } from '../lib/logger';
import { readSessionToken } from '../lib/session-cookie';
import type { HubEvent } from './events';
import type { ScopeRegistry } from './scope-registry';

export const REALTIME_PATH = '/realtime';

/** Largest message a client may send; anything bigger closes its connection. */
const MAX_MESSAGE_BYTES = 16 * 1024;
/** A client sending more than this many messages in the window is disconnected: it is broken or hostile. */
const FLOOD_LIMIT = { messages: 50, windowMs: 5000 };
/** Presence changes within this window are sent as one. */
const PRESENCE_DELAY_MS = 200;
/** More events than this to catch up on: the client is told to refetch instead. */
const MAX_REPLAY = 1000;
/** Typing signals closer than this from one socket in one room are dropped, unless its kind says otherwise. */
const DEFAULT_TYPING_INTERVAL_MS = 1000;

/** The person behind a socket, as presence shows them. */
export interface PresenceUser {
  id: string;
  displayName: string;
  organizationName: string;
}

/**
 * How the realtime layer learns who a socket is: the domain of accounts turns a session token or
 * id into an actor (null for a missing, expired or revoked session), read as it is now.
 */
export interface SocketIdentity {
  actorOfToken(scope: RequestScope, token: string | undefined): Promise<{ actor: Actor; sessionId: string; person: PresenceUser } | null>;
  /** Actors of live sessions, by session id; sessions that ended are missing from the map. */
  actorsOfSessions(scope: RequestScope, sessionIds: string[]): Promise<Map<string, Actor>>;
}

export interface RealtimeOptions {
  scopeKinds: ScopeRegistry;
  identity: SocketIdentity;
  /** Origins besides the hub's own whose pages may connect. */
  allowedOrigins: string[];
  /** Simultaneous connections of one person, across processes. */
  maxConnectionsPerUser: number;
}

interface SocketState {
  user: PresenceUser;
  sessionId: string;
  /** The room of the person's own user scope, followed for as long as the socket lives. */
  ownRoom: string;
  /** Followed rooms and the parent scopes each was granted under. */
  grants: Record<string, string[]>;
  flood: { windowStart: number; count: number };
  /** When each room last relayed this socket's typing. */
  typedAt: Record<string, number>;
}

// socket.io's own default event map: messages are validated by hand in each handler.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyEvents = Record<string, (...args: any[]) => void>;
type HubSocket = Socket<AnyEvents, AnyEvents, AnyEvents, SocketState>;

type Ack = (answer: Record<string, unknown>) => void;

function ackOf(args: unknown[]): Ack {
  const last = args.at(-1);
  return typeof last === 'function' ? (last as Ack) : () => undefined;
}

/** The hidden room of every socket following a scope that lives in `parent`. */
const withinRoom = (parent: string) => `within:${parent}`;
const isScopeRoom = (room: string) => room.includes(':') && !room.startsWith('within:');

/** The within-rooms a set of grants needs. */
function withinRoomsOf(grants: Record<string, string[]>, rooms: Iterable<string>): Set<string> {
  const needed = new Set<string>();
  for (const room of rooms) for (const parent of grants[room] ?? []) needed.add(withinRoom(parent));
  return needed;
}

/**
 * Socket.io at /realtime: authenticated connections, rooms per scope joined through the scope
 * kinds the domains register (and their policies), replay from the event table, presence and
 * typing where a kind allows them, and re-authorization of rooms when access changes.
 * It knows no domain. Services publish here, through their use cases.
 */
export class Realtime {
  readonly io: Server;
  private readonly presenceDue = new Map<string, NodeJS.Timeout>();
  /** The logger of each socket of this process, naming the socket. */
  private readonly socketLogs = new WeakMap<HubSocket, Logger>();

  constructor(
    httpServer: http.Server,
    private readonly orm: MikroORM,
    private readonly app: () => AppServices,
    private readonly log: Logger,
    private readonly options: RealtimeOptions,
  ) {
    this.io = new Server(httpServer, {
      path: REALTIME_PATH,
      serveClient: false,
      maxHttpBufferSize: MAX_MESSAGE_BYTES,
      // A page of another site must not open a connection with the visitor's cookie.
      allowRequest: (req, callback) => callback(null, this.originAllowed(req)),
    });
    this.io.use((socket, next) => void this.authenticateSocket(socket as HubSocket, next));
    this.io.on('connection', (socket) => this.onConnection(socket as HubSocket));
  }

  /** Sends committed events to their rooms. Only use cases call this, after their transaction. */
  publish(events: HubEvent[]): void {
    for (const event of events) this.io.to(event.scope).emit('event', event);
  }

  /**
   * Authorizes again, with the policies as they now read, every socket (on every process) that
   * follows one of these scopes or a scope within them; a user scope means all rooms of that
   * person's sockets. Sockets of ended sessions are closed; rooms no longer readable are left,
   * the client is told, and the room's presence is sent again.
   */
  async reauthorize(scopes: string[]): Promise<void> {
    try {
      const sockets = new Map<string, { socket: Awaited<ReturnType<Server['fetchSockets']>>[number]; rooms: Set<string> }>();
      for (const changed of new Set(scopes)) {
        for (const socket of await this.io.in([changed, withinRoom(changed)]).fetchSockets()) {
          const state = socket.data as SocketState;
          const entry = sockets.get(socket.id) ?? { socket, rooms: new Set<string>() };
          for (const room of socket.rooms) {
            if (!isScopeRoom(room) || room === state.ownRoom) continue;
            if (changed === state.ownRoom || room === changed || state.grants[room]?.includes(changed)) entry.rooms.add(room);
          }
          if (changed === state.ownRoom) entry.rooms.add(state.ownRoom);
          sockets.set(socket.id, entry);
        }
      }
      if (!sockets.size) return;
      const lookup = createRequestScope(this.orm, this.app(), { kind: 'system', name: 'realtime' }, { requestId: 'reauthorize' });
      const sessionIds = [...new Set([...sockets.values()].map(({ socket }) => (socket.data as SocketState).sessionId))];
      const actors = await this.options.identity.actorsOfSessions(lookup, sessionIds);
      const scopesByActor = new Map<string, RequestScope>();
      const touched = new Set<string>();
      for (const { socket, rooms } of sockets.values()) {
        const state = socket.data as SocketState;
        const actor = actors.get(state.sessionId);
        if (!actor) {
          socket.disconnect(true);
          [...socket.rooms].filter(isScopeRoom).forEach((room) => touched.add(room));
          continue;
        }
        let scope = scopesByActor.get(state.sessionId);
        if (!scope) {
          scope = createRequestScope(this.orm, this.app(), actor, { requestId: 'reauthorize' });
          scopesByActor.set(state.sessionId, scope);
        }
        const kept = new Set([...socket.rooms].filter(isScopeRoom));
        const grants: Record<string, string[]> = { ...state.grants };
        for (const room of rooms) {
          if (room === state.ownRoom) continue;
          const parsed = this.options.scopeKinds.parse(room);
          const grant = parsed ? await parsed.kind.authorize(scope, parsed.id) : null;
          if (grant) {
            grants[room] = grant.parents;
            continue;
          }
          socket.leave(room);
          kept.delete(room);
          touched.add(room);
          socket.emit('unsubscribed', { scope: room, reason: 'FORBIDDEN' });
        }
        const needed = withinRoomsOf(grants, kept);
        for (const room of socket.rooms) if (room.startsWith('within:') && !needed.has(room)) socket.leave(room);
        for (const room of needed) if (!socket.rooms.has(room)) socket.join(room);
      }
      for (const room of touched) this.broadcastPresence(room);
    } catch (error) {
      this.log.error({ err: error, scopes }, 'realtime re-authorization failed');
    }
  }

  async close(): Promise<void> {
    this.presenceDue.forEach((timer) => clearTimeout(timer));
    this.io.disconnectSockets(true);
  }

  /**
   * The hub's own origin (as the request addressed it, behind a proxy too) or one allowed by
   * configuration. A request without Origin is not a browser page's (browsers always send it on
   * WebSocket and cross-site requests), so it is let through to authenticate like any client.
   */
  private originAllowed(req: http.IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin) return true;
    const forwarded = (req.headers['x-forwarded-host'] as string | undefined)?.split(',')[0]?.trim();
    const hosts = [req.headers.host, forwarded].filter(Boolean);
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false;
    }
    return hosts.includes(host) || this.options.allowedOrigins.includes(origin);
  }

  private scopeFor(socket: HubSocket, actor: Actor): RequestScope {
    return createRequestScope(this.orm, this.app(), actor, { requestId: `socket:${socket.id}`, log: this.socketLogs.get(socket) });
  }

  private async authenticateSocket(socket: HubSocket, next: (error?: Error) => void) {
    const auth = socket.handshake.auth as { token?: unknown } | undefined;
    const token = typeof auth?.token === 'string' ? auth.token : readSessionToken(socket.request);
    const log = this.log.child({ socketId: socket.id });
    try {
      const lookup = createRequestScope(this.orm, this.app(), { kind: 'anonymous' }, { requestId: `socket:${socket.id}`, log });
      const identity = await this.options.identity.actorOfToken(lookup, token);
      if (!identity) return next(new Error('UNAUTHENTICATED'));
      // Counted on every process: a leaking script or a stolen cookie cannot hold a thousand sockets.
      const open = await this.io.in(`user:${identity.person.id}`).fetchSockets();
      if (open.length >= this.options.maxConnectionsPerUser) {
        log.info({ userId: identity.person.id, open: open.length }, 'realtime connection refused: too many');
        return next(Object.assign(new Error('TOO_MANY_CONNECTIONS'), { data: { limit: this.options.maxConnectionsPerUser } }));
      }
      this.socketLogs.set(socket, log.child({ userId: identity.person.id }));
      socket.data.user = identity.person;
      socket.data.sessionId = identity.sessionId;
      socket.data.ownRoom = `user:${identity.person.id}`;
      socket.data.grants = {};
      socket.data.flood = { windowStart: Date.now(), count: 0 };
      socket.data.typedAt = {};
      next();
    } catch (error) {
      log.error({ err: error }, 'realtime authentication failed');
      next(new Error('INTERNAL_SERVER_ERROR'));
    }
  }

  private onConnection(socket: HubSocket) {
    void socket.join(socket.data.ownRoom);
    socket.use((_packet, next) => {
      const flood = socket.data.flood;
      const now = Date.now();
      if (now - flood.windowStart > FLOOD_LIMIT.windowMs) Object.assign(flood, { windowStart: now, count: 0 });
      if (++flood.count > FLOOD_LIMIT.messages) {
        socket.emit('error-message', { reason: 'RATE_LIMITED' });
        socket.disconnect(true);
        return;
      }
      next();
    });
    socket.on('ping', (...args: unknown[]) => ackOf(args)({ pong: true, userId: socket.data.user.id, at: new Date().toISOString() }));
    socket.on('subscribe', (...args: unknown[]) => void this.subscribe(socket, args[0], ackOf(args)));
    socket.on('unsubscribe', (...args: unknown[]) => void this.unsubscribe(socket, args[0], ackOf(args)));
    socket.on('typing', (message: unknown) => this.typing(socket, message));
    socket.on('disconnecting', () => {
      const rooms = [...socket.rooms].filter((room) => this.options.scopeKinds.parse(room)?.kind.presence);
      // Presence is recomputed once the socket has left its rooms.
      setImmediate(() => rooms.forEach((room) => this.broadcastPresence(room)));
    });
  }

  private async subscribe(socket: HubSocket, message: unknown, ack: Ack) {
    const { scope, since } = (message ?? {}) as { scope?: unknown; since?: unknown };
    const parsed = this.options.scopeKinds.parse(scope);
    if (!parsed) return ack({ ok: false, reason: 'BAD_SCOPE' });
    if (since !== undefined && since !== null && (!Number.isInteger(since) || (since as number) < 0)) {
      return ack({ ok: false, reason: 'BAD_SINCE' });
    }
    try {
      // Rights as they are now: the session is read again, so a revoked one or a changed affiliation counts.
      const lookup = this.scopeFor(socket, { kind: 'system', name: 'realtime' });
      const actor = (await this.options.identity.actorsOfSessions(lookup, [socket.data.sessionId])).get(socket.data.sessionId);
      if (!actor) {
        ack({ ok: false, reason: 'UNAUTHENTICATED' });
        socket.disconnect(true);
        return;
      }
      const grant = await parsed.kind.authorize(this.scopeFor(socket, actor), parsed.id);
      if (!grant) return ack({ ok: false, reason: 'FORBIDDEN' });
      const room = parsed.scope;
      const lastSeq = await this.lastSeq(room);
      socket.data.grants[room] = grant.parents;
      await socket.join([room, ...grant.parents.map(withinRoom)]);
      if (parsed.kind.presence) this.broadcastPresence(room);
      if (since === undefined || since === null) return ack({ ok: true, lastSeq });
      const from = since as number;
      const oldest = await this.oldestSeq(room);
      const pruned = oldest === null ? lastSeq > from : oldest > from + 1;
      if (from > lastSeq || pruned || lastSeq - from > MAX_REPLAY) return ack({ ok: true, resync: true, lastSeq });
      // Joined first, then read: whatever the read misses was committed after it, so it is
      // published to the room and arrives live. An event may come both ways, or live before
      // older replayed ones: clients apply events in sequence order and drop what they have.
      const events = await this.eventsAfter(room, from);
      for (const event of events) socket.emit('event', event);
      ack({ ok: true, replayed: events.length, lastSeq: events.at(-1)?.seq ?? from });
    } catch (error) {
      this.socketLogs.get(socket)?.error({ err: error, scope: String(scope) }, 'realtime subscribe failed');
      ack({ ok: false, reason: 'INTERNAL_SERVER_ERROR' });
    }
  }

  private async unsubscribe(socket: HubSocket, message: unknown, ack: Ack) {
    const { scope } = (message ?? {}) as { scope?: unknown };
    if (typeof scope !== 'string' || scope === socket.data.ownRoom || !socket.rooms.has(scope)) return ack({ ok: false, reason: 'BAD_SCOPE' });
    await socket.leave(scope);
    delete socket.data.grants[scope];
    const needed = withinRoomsOf(socket.data.grants, socket.rooms);
    for (const room of [...socket.rooms]) if (room.startsWith('within:') && !needed.has(room)) await socket.leave(room);
    if (this.options.scopeKinds.parse(scope)?.kind.presence) this.broadcastPresence(scope);
    ack({ ok: true });
  }

  private typing(socket: HubSocket, message: unknown) {
    const { scope, typing } = (message ?? {}) as { scope?: unknown; typing?: unknown };
    const kind = this.options.scopeKinds.parse(scope)?.kind;
    if (typeof scope !== 'string' || !kind?.typing || !socket.rooms.has(scope)) return;
    const now = Date.now();
    const interval = kind.limits?.typingIntervalMs ?? DEFAULT_TYPING_INTERVAL_MS;
    // "Stopped typing" always goes through, so nobody is left shown as typing.
    if (typing === true && now - (socket.data.typedAt[scope] ?? 0) < interval) return;
    socket.data.typedAt[scope] = typing === true ? now : 0;
    socket.to(scope).emit('typing', { scope, user: socket.data.user, typing: typing === true });
  }

  /**
   * Who is here: the people with a socket in the room, across processes, sent to the room only.
   * Coalesced per room: a hundred people opening a workshop at once cost one broadcast, not a hundred.
   */
  private broadcastPresence(room: string): void {
    if (this.presenceDue.has(room) || !this.options.scopeKinds.parse(room)?.kind.presence) return;
    const timer = setTimeout(() => {
      this.presenceDue.delete(room);
      void this.sendPresence(room);
    }, PRESENCE_DELAY_MS);
    timer.unref();
    this.presenceDue.set(room, timer);
  }

  private async sendPresence(room: string) {
    try {
      const sockets = await this.io.in(room).fetchSockets();
      const users = new Map<string, PresenceUser>();
      for (const socket of sockets) {
        const user = (socket.data as SocketState).user;
        if (user) users.set(user.id, user);
      }
      this.io.to(room).emit('presence', { scope: room, users: [...users.values()] });
    } catch (error) {
      this.log.error({ err: error, room }, 'presence failed');
    }
  }

  private async lastSeq(scope: string): Promise<number> {
    const rows = await this.orm.em.fork().execute('select last_seq from event_scope where scope = ?', [scope]);
    return rows.length ? Number(rows[0].last_seq) : 0;
  }

  private async oldestSeq(scope: string): Promise<number | null> {
    const [row] = await this.orm.em.fork().execute('select min(seq) as oldest from event where scope = ?', [scope]);
    return row.oldest === null ? null : Number(row.oldest);
  }

  private async eventsAfter(scope: string, since: number): Promise<HubEvent[]> {
    const rows = await this.orm.em
      .fork()
      .execute('select seq, type, payload, actor_id, created_at from event where scope = ? and seq > ? order by seq', [scope, since]);
    return rows.map((row) => ({
      scope,
      seq: Number(row.seq),
      type: row.type as string,
      payload: row.payload as Record<string, unknown>,
      actorId: (row.actor_id as string | null) ?? null,
      at: new Date(row.created_at as string).toISOString(),
    }));
  }
}
