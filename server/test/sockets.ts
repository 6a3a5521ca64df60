import { io as connect, type Socket } from 'socket.io-client';
import { REALTIME_PATH } from '../src/realtime/realtime';
import type { TestClient } from './hub';

export interface ReceivedEvent {
  scope: string;
  seq: number;
  type: string;
  payload: Record<string, any>;
}

/**
 * A real socket.io client holding, per scope, the last sequence it applied, as the web client does:
 * it applies events in sequence order (holding one that arrives early until the gap is filled),
 * drops what it has already seen, and resumes from its last sequence after any disconnect.
 */
export class LiveClient {
  readonly socket: Socket;
  readonly received: ReceivedEvent[] = [];
  readonly lastSeq = new Map<string, number>();
  readonly presence: Array<{ scope: string; users: Array<{ id: string; displayName: string }> }> = [];
  readonly typing: Array<{ scope: string; user: { id: string }; typing: boolean }> = [];
  duplicatesDropped = 0;
  private readonly early = new Map<string, Map<number, ReceivedEvent>>();

  constructor(url: string, client: TestClient, options: { autoConnect?: boolean } = {}) {
    this.socket = connect(url, {
      path: REALTIME_PATH,
      transports: ['websocket'],
      reconnection: false,
      autoConnect: options.autoConnect ?? true,
      auth: { token: client.token },
    });
    this.socket.on('event', (event: ReceivedEvent) => {
      const last = this.lastSeq.get(event.scope);
      if (last !== undefined && event.seq <= last) {
        this.duplicatesDropped++;
        return;
      }
      const early = this.early.get(event.scope) ?? new Map<number, ReceivedEvent>();
      early.set(event.seq, event);
      this.early.set(event.scope, early);
      // A scope followed without history starts at the first event seen.
      let next = (last ?? event.seq - 1) + 1;
      while (early.has(next)) {
        this.received.push(early.get(next)!);
        early.delete(next);
        this.lastSeq.set(event.scope, next);
        next++;
      }
    });
    this.socket.on('presence', (message) => this.presence.push(message));
    this.socket.on('typing', (message) => this.typing.push(message));
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  async subscribe(scope: string, since: number | null = this.lastSeq.get(scope) ?? null) {
    await this.connected();
    const answer = await this.socket.timeout(5000).emitWithAck('subscribe', { scope, since });
    if (answer.ok && !answer.resync && !this.lastSeq.has(scope) && !this.received.some((e) => e.scope === scope)) {
      this.lastSeq.set(scope, answer.lastSeq);
    }
    return answer;
  }

  /** Reconnects and resumes every followed scope from its last sequence. */
  async resume(scopes: string[]) {
    this.socket.connect();
    await this.connected();
    return Promise.all(scopes.map((scope) => this.subscribe(scope, this.lastSeq.get(scope) ?? 0)));
  }

  seqs(scope: string): number[] {
    return this.received.filter((e) => e.scope === scope).map((e) => e.seq);
  }

  close() {
    this.socket.close();
  }
}

/** Waits until `check` holds, polling: for deliveries that happen asynchronously. */
export async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lets in-flight messages arrive, to show that something did not. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
