import type http from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../graphql/context';
import type { Logger } from '../lib/logger';
import { readSessionToken } from '../lib/session-cookie';
import { authenticate } from '../modules/account/account.service';
import type { User } from '../modules/account/user.entity';
import { scopes, type HubEvent } from './events';
import { grantScope, parseScope, socketContext } from './scope-access';

export const REALTIME_PATH = '/realtime';

/** Largest message a client may send; anything bigger closes its connection. */
const MAX_MESSAGE_BYTES = 16 * 1024;
/** A client sending more than this many messages in the window is disconnected: it is broken or hostile. */
const FLOOD_LIMIT = { messages: 50, windowMs: 5000 };
/** Presence changes within this window are sent as one. */
const PRESENCE_DELAY_MS = 200;
/** More events than this to catch up on: the client is told to refetch instead. */
const MAX_REPLAY = 1000;

export interface RealtimeOptions {
  retentionDays: number;
}

interface PresenceUser {
  id: string;
  displayName: string;
  organizationName: string;
}

interface SocketState {
  user: PresenceUser;
  sessionId: string;
  /** Followed scopes and the community each belongs to (null for a user scope). */
  grants: Record<string, string | null>;
  flood: { windowStart: number; count: number };
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

/**
 * Socket.io at /realtime: authenticated connections, rooms per scope joined through the same
 * policies as GraphQL, replay from the event table, presence and typing. Services publish here.
 */
export class Realtime {
  readonly io: Server;
  private cleanup: NodeJS.Timeout | undefined;

  constructor(
    httpServer: http.Server,
    private readonly orm: MikroORM,
    private readonly app: () => AppServices,
    private readonly log: Logger,
    private readonly options: RealtimeOptions,
  ) {
    this.io = new Server(httpServer, { path: REALTIME_PATH, serveClient: false, maxHttpBufferSize: MAX_MESSAGE_BYTES });
    this.io.use((socket, next) => void this.authenticateSocket(socket as HubSocket, next));
    this.io.on('connection', (socket) => this.onConnection(socket as HubSocket));
    // Old events are dropped; a client that asks for them is told to refetch.
    this.cleanup = setInterval(() => void this.dropOldEvents(), 3600_000);
    this.cleanup.unref();
  }

  /** Sends committed events to their rooms. Only services call this, after their transaction. */
  publish(events: HubEvent[]): void {
    for (const event of events) this.io.to(event.scope).emit('event', event);
  }

  /** Takes a person out of a community's rooms at once, its threads included, on every process. */
  async evictFromCommunity(userId: string, communityId: string): Promise<void> {
    const sockets = await this.io.in(scopes.user(userId)).fetchSockets();
    const touched = new Set<string>();
    for (const socket of sockets) {
      const state = socket.data as SocketState;
      for (const room of socket.rooms) {
        if (room === scopes.community(communityId) || state.grants?.[room] === communityId) {
          socket.leave(room);
          touched.add(room);
        }
      }
    }
    for (const room of touched) this.broadcastPresence(room);
  }

  /** Closes the sockets of a session that was signed out or revoked. */
  async disconnectSession(sessionId: string): Promise<void> {
    for (const socket of await this.io.fetchSockets()) {
      if ((socket.data as SocketState).sessionId === sessionId) socket.disconnect(true);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.cleanup);
    this.presenceDue.forEach((timer) => clearTimeout(timer));
    this.io.disconnectSockets(true);
  }

  private async authenticateSocket(socket: HubSocket, next: (error?: Error) => void) {
    const auth = socket.handshake.auth as { token?: unknown } | undefined;
    const token = typeof auth?.token === 'string' ? auth.token : readSessionToken(socket.request);
    try {
      const session = await authenticate({ em: this.orm.em.fork() }, token);
      if (!session) return next(new Error('UNAUTHENTICATED'));
      const user = session.user;
      socket.data.user = { id: user.id, displayName: user.displayName, organizationName: user.organization.name };
      socket.data.sessionId = session.id;
      socket.data.grants = {};
      socket.data.flood = { windowStart: Date.now(), count: 0 };
      this.viewers.set(socket, user);
      next();
    } catch (error) {
      this.log.error('realtime authentication failed', { error: (error as Error).message });
      next(new Error('INTERNAL_SERVER_ERROR'));
    }
  }

  private onConnection(socket: HubSocket) {
    void socket.join(scopes.user(socket.data.user.id));
    socket.data.grants[scopes.user(socket.data.user.id)] = null;
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
      const rooms = [...socket.rooms].filter((room) => room.startsWith('community:') || room.startsWith('thread:'));
      // Presence is recomputed once the socket has left its rooms.
      setImmediate(() => rooms.forEach((room) => this.broadcastPresence(room)));
    });
  }

  private async subscribe(socket: HubSocket, message: unknown, ack: Ack) {
    const { scope, since } = (message ?? {}) as { scope?: unknown; since?: unknown };
    const parsed = parseScope(scope);
    if (!parsed) return ack({ ok: false, reason: 'BAD_SCOPE' });
    if (since !== undefined && since !== null && (!Number.isInteger(since) || (since as number) < 0)) {
      return ack({ ok: false, reason: 'BAD_SINCE' });
    }
    const viewer = this.viewers.get(socket)!;
    try {
      const ctx = socketContext(this.orm, this.app(), viewer);
      const grant = await grantScope(ctx, parsed);
      if (!grant) return ack({ ok: false, reason: 'FORBIDDEN' });
      const room = scope as string;
      const lastSeq = await this.lastSeq(room);
      socket.data.grants[room] = grant.communityId;
      await socket.join(room);
      if (room.startsWith('community:') || room.startsWith('thread:')) this.broadcastPresence(room);
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
      this.log.error('realtime subscribe failed', { scope: String(scope), error: (error as Error).message });
      ack({ ok: false, reason: 'INTERNAL_SERVER_ERROR' });
    }
  }

  private async unsubscribe(socket: HubSocket, message: unknown, ack: Ack) {
    const { scope } = (message ?? {}) as { scope?: unknown };
    if (typeof scope !== 'string' || scope === scopes.user(socket.data.user.id)) return ack({ ok: false, reason: 'BAD_SCOPE' });
    await socket.leave(scope);
    delete socket.data.grants[scope];
    this.broadcastPresence(scope);
    ack({ ok: true });
  }

  private typing(socket: HubSocket, message: unknown) {
    const { scope, typing } = (message ?? {}) as { scope?: unknown; typing?: unknown };
    if (typeof scope !== 'string' || !scope.startsWith('thread:') || !socket.rooms.has(scope)) return;
    socket.to(scope).emit('typing', { scope, user: socket.data.user, typing: typing === true });
  }

  private readonly presenceDue = new Map<string, NodeJS.Timeout>();
  /** The signed-in person behind each socket of this process, for policy checks on its messages. */
  private readonly viewers = new WeakMap<HubSocket, User>();

  /**
   * Who is here: the people with a socket in the room, across processes, sent to the room only.
   * Coalesced per room: a hundred people opening a workshop at once cost one broadcast, not a hundred.
   */
  private broadcastPresence(room: string): void {
    if (this.presenceDue.has(room)) return;
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
      this.log.error('presence failed', { room, error: (error as Error).message });
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

  private async dropOldEvents() {
    try {
      await this.orm.em.fork().execute(`delete from event where created_at < now() - make_interval(days => ?)`, [this.options.retentionDays]);
    } catch (error) {
      this.log.error('dropping old events failed', { error: (error as Error).message });
    }
  }
}
