import type { Socket } from 'socket.io-client';
import { isHubEvent, type HubEvent } from './events';
import { ScopeSequence } from './sequence';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'catching-up';

export interface PresenceUser {
  id: string;
  displayName: string;
  organizationName: string;
}

interface ScopeState {
  followers: number;
  /**
   * Where the scope's events are; null once the hub refused or stopped the scope (the person may
   * no longer follow it): it is not subscribed again, on reconnect or otherwise, until followed anew.
   */
  sequence: ScopeSequence | null;
  presence: PresenceUser[];
  typing: Map<string, { user: PresenceUser; until: number }>;
}

export interface ConnectionHandlers {
  /** An event to apply, in order, once. */
  onEvent(event: HubEvent): void;
  /** Too much was missed for a replay: refetch what the scope shows. */
  onResync(scope: string): void;
  /** The person may no longer follow the scope (the hub took them out): refetch what it shows, GraphQL says what they now see. */
  onUnsubscribed(scope: string): void;
  onStatus(status: ConnectionStatus): void;
  /** Presence or typing changed in a scope. */
  onPeople(scope: string): void;
}

/** An event that waits this long for an older one makes the client ask for a replay. */
const GAP_PATIENCE_MS = 1500;
/** Someone who said they are typing and then fell silent stops being shown as typing. */
const TYPING_SHOWN_MS = 6000;

/**
 * The page's one socket to the hub. Scopes are followed while some component needs them; after
 * any disconnect it resubscribes each from the last sequence it applied, so nothing is missed.
 */
export class RealtimeConnection {
  private socket: Socket | null = null;
  private readonly scopes = new Map<string, ScopeState>();
  private catchingUp = 0;
  private closed = false;

  constructor(private readonly handlers: ConnectionHandlers) {}

  async open() {
    this.closed = false;
    // Loaded once signed in: the first page a visitor sees does not pay for it.
    const { io } = await import('socket.io-client');
    if (this.closed) return;
    const socket = io({ path: '/realtime', withCredentials: true, reconnectionDelayMax: 10_000 });
    this.socket = socket;
    this.handlers.onStatus('connecting');
    socket.on('connect', () => void this.resubscribeAll());
    socket.on('disconnect', () => this.handlers.onStatus('offline'));
    socket.on('connect_error', () => this.handlers.onStatus('offline'));
    socket.on('event', (event: unknown) => {
      if (isHubEvent(event)) this.receive(event);
    });
    socket.on('unsubscribed', (message: { scope?: unknown }) => {
      if (typeof message?.scope === 'string') this.forbidden(message.scope);
    });
    socket.on('presence', (message: { scope: string; users: PresenceUser[] }) => {
      const state = this.scopes.get(message.scope);
      // Nothing more of a scope the person may no longer follow, even what was already on its way.
      if (!state?.sequence) return;
      state.presence = message.users;
      this.handlers.onPeople(message.scope);
    });
    socket.on('typing', (message: { scope: string; user: PresenceUser; typing: boolean }) => {
      const state = this.scopes.get(message.scope);
      if (!state?.sequence) return;
      if (message.typing) state.typing.set(message.user.id, { user: message.user, until: Date.now() + TYPING_SHOWN_MS });
      else state.typing.delete(message.user.id);
      this.handlers.onPeople(message.scope);
    });
  }

  close() {
    this.closed = true;
    this.socket?.close();
    this.socket = null;
  }

  /** Follows a scope until the returned function is called. */
  follow(scope: string): () => void {
    let state = this.scopes.get(scope);
    if (!state) {
      state = { followers: 0, sequence: null, presence: [], typing: new Map() };
      this.scopes.set(scope, state);
    }
    if (!state.sequence) {
      // New, or refused before: a component asking now may follow it again (rights can come back).
      state.sequence = new ScopeSequence();
      if (this.socket?.connected) void this.subscribe(scope, state);
    }
    state.followers++;
    return () => {
      const current = this.scopes.get(scope);
      if (!current || --current.followers > 0) return;
      this.scopes.delete(scope);
      if (current.sequence) this.socket?.emit('unsubscribe', { scope });
    };
  }

  presence(scope: string): PresenceUser[] {
    return this.scopes.get(scope)?.presence ?? [];
  }

  typing(scope: string): PresenceUser[] {
    const now = Date.now();
    return [...(this.scopes.get(scope)?.typing.values() ?? [])].filter((t) => t.until > now).map((t) => t.user);
  }

  sendTyping(scope: string, typing: boolean) {
    this.socket?.emit('typing', { scope, typing });
  }

  private receive(event: HubEvent) {
    const state = this.scopes.get(event.scope);
    const sequence = state?.sequence;
    if (!state || !sequence) return;
    for (const ready of sequence.accept(event)) this.handlers.onEvent(ready);
    if (sequence.waiting) {
      // A missing event will not come by itself (e.g. a broadcast lost while a server restarted).
      setTimeout(() => {
        if (sequence.waiting && this.scopes.get(event.scope)?.sequence === sequence) void this.subscribe(event.scope, state);
      }, GAP_PATIENCE_MS);
    }
  }

  /**
   * The hub no longer lets the person follow the scope (their role changed, they were removed, the
   * community turned private…) and has already taken the socket out of its room. Its order is
   * dropped so that no reconnection asks for it again, who was there and typing is forgotten, and
   * the page refetches what it shows.
   */
  private forbidden(scope: string) {
    const state = this.scopes.get(scope);
    if (!state?.sequence) return;
    state.sequence = null;
    state.presence = [];
    state.typing.clear();
    this.handlers.onPeople(scope);
    this.handlers.onUnsubscribed(scope);
  }

  private async resubscribeAll() {
    // A scope dropped by the hub stays dropped: asking again after every reconnection would loop.
    const followed = [...this.scopes.entries()].filter(([, state]) => state.sequence);
    await Promise.all(followed.map(([scope, state]) => this.subscribe(scope, state, true)));
  }

  private async subscribe(scope: string, state: ScopeState, afterReconnect = false) {
    const socket = this.socket;
    const sequence = state.sequence;
    if (!socket || !sequence) return;
    this.catchingUp++;
    // Only a return after a disconnect is worth a banner; opening a page is not.
    if (afterReconnect && sequence.lastSeq !== null) this.handlers.onStatus('catching-up');
    try {
      const since = sequence.lastSeq;
      const answer = await socket.timeout(15_000).emitWithAck('subscribe', { scope, since });
      // Dropped or given up meanwhile: this answer is about a scope no longer followed.
      if (this.scopes.get(scope) !== state || state.sequence !== sequence) return;
      // Rights lost while away (or just before the page asked): as if the hub had said so live.
      if (answer?.reason === 'FORBIDDEN') return this.forbidden(scope);
      if (!answer?.ok) return;
      // A first subscription starts from now: the page has just fetched what it shows.
      if (since === null) sequence.reset(answer.lastSeq);
      // Too much missed to replay: what is on screen is fetched again, and events go on from here.
      if (answer.resync) {
        sequence.reset(answer.lastSeq);
        this.handlers.onResync(scope);
      }
    } catch {
      // No answer in time: the next reconnection subscribes again.
    } finally {
      this.catchingUp--;
      if (this.catchingUp === 0) this.handlers.onStatus(socket.connected ? 'online' : 'offline');
    }
  }
}
